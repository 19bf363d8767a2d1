// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bundled provider profiles (resources/providers/*.yaml), and Services validated on one of
// them, for the tests of the profile files.

#include <memory>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "model/io/manifest.h"
#include "model/providers/providerregistry.h"
#include "model/validation/validator.h"
#include "resources/resources.h"

namespace sdtest {

inline const sd::ProviderRegistry &bundledProviders()
{
    static const sd::ProviderRegistry r
        = sd::ProviderRegistry::withBuiltIns(sd::providerProfilesPath(), false, nullptr);
    return r;
}

inline std::shared_ptr<const sd::ProviderProfile> bundledProfile(const QString &id)
{
    return bundledProviders().find(id);
}

/** The ids of the bundled profiles of controllers (every one but generic and none). */
inline const QStringList &controllerProviderIds()
{
    static const QStringList ids{QStringLiteral("aws"),
                                 QStringLiteral("aws-lbc"),
                                 QStringLiteral("eks-auto"),
                                 QStringLiteral("gke"),
                                 QStringLiteral("azure"),
                                 QStringLiteral("digitalocean"),
                                 QStringLiteral("linode"),
                                 QStringLiteral("hetzner"),
                                 QStringLiteral("oci"),
                                 QStringLiteral("metallb")};
    return ids;
}

/** The first Service of @p yaml, a whole manifest. */
inline sd::Service serviceFromYaml(const QByteArray &yaml)
{
    const sd::Manifest m = sd::Manifest::fromBytes(yaml);
    const std::vector<sd::ServiceRef> refs = m.services();
    return refs.empty() ? sd::Service() : m.service(refs.front());
}

/** What the validator says of @p service with the bundled profile @p provider chosen (every
 *  bundled profile known, a Linux cluster whose network plugin carries SCTP). */
inline std::vector<sd::Finding> validateOn(const QString &provider, const sd::Service &service)
{
    sd::Environment env;
    env.platform.provider = bundledProfile(provider);
    env.platform.knownProviders = bundledProviders().profiles();
    env.platform.cniSctp = true;
    return sd::validateService(service, env);
}

/** "error provider-x metadata.annotations[k]": severity, code and path of each finding whose
 *  code starts with `provider-`, sorted. */
inline QStringList providerFindings(const std::vector<sd::Finding> &findings)
{
    QStringList out;
    for (const sd::Finding &f : findings) {
        if (f.code.startsWith(u"provider-"))
            out << sd::severityName(f.severity) + u' ' + f.code + u' ' + f.path.toString();
    }
    out.sort();
    return out;
}

/** @p value as a YAML double-quoted scalar. */
inline QByteArray yamlQuoted(const QString &value)
{
    QByteArray out = "\"";
    for (const QChar ch : value) {
        if (ch == u'"' || ch == u'\\')
            out += '\\';
        out += QString(ch).toUtf8();
    }
    return out + '"';
}

} // namespace sdtest
