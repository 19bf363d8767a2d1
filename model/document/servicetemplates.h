// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include <QString>

#include "model/domain/service.h"

namespace sd {

/** A ready-made Service to start from ("New Service from template"). */
struct ServiceTemplate
{
    QString id;          ///< stable (`web-http`); for settings and tests
    QString name;        ///< translated, short: "Web over HTTP"
    QString description; ///< translated: what it is for and what else it needs
    Service service;
};

/**
 * The built-in templates, in menu order. Each is valid on the generic provider (no provider
 * annotations); where a provider needs an annotation for the feature, the description says
 * which. Ids: `web-http`, `https-lb-tls`, `dns`, `sctp-diameter`, `tcp-proxy-protocol`,
 * `headless-statefulset`, `external-name`.
 */
std::vector<ServiceTemplate> serviceTemplates();

/** A blank Service named `name`, as little as the API server takes: a selector `app: <name>`
 *  and one TCP port 80 named http. */
Service blankService(const QString &name);

/**
 * What a provider needs to terminate TLS at its load balancer for the `https-lb-tls` template:
 * the annotations to add, where `{certificate}` stands for the user's certificate, and what to
 * ask the user for. The load balancer then speaks plain HTTP to the pods (appProtocol http).
 */
struct TlsRecipe
{
    QString certificateLabel; ///< translated: "The ARN of the certificate in ACM:"
    QString example;          ///< a value of the right form, as a placeholder
    std::vector<std::pair<QString, QString>> annotations;
};

/** The recipe of a provider id, or std::nullopt where it does not terminate TLS for a Service
 *  or does it otherwise (a certificate inside a per-port JSON annotation: Linode). */
std::optional<TlsRecipe> tlsRecipe(const QString &providerId);

/** `service` with the recipe's annotations, `{certificate}` replaced. */
Service withTls(Service service, const TlsRecipe &recipe, const QString &certificate);

} // namespace sd
