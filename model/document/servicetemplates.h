// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace sd
