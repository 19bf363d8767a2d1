// SPDX-License-Identifier: GPL-3.0-or-later
// TLS at the load balancer: certificate, the list of TLS ports and how the controller reads it.

#include <algorithm>

#include "model/providers/conditions.h"
#include "model/providers/profilematch.h"
#include "model/tr.h"
#include "model/validation/providerrules_p.h"

namespace sd::rules::platform {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// TLS at the load balancer

void checkTls(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const Tls &tls = pc.variant.tls;
    QString certKey;
    for (const QString &key : tls.certificateAnnotations) {
        if (!annotationValue(c.service, key).value_or(QString()).isEmpty()) {
            certKey = key;
            break;
        }
    }
    std::optional<QString> portsValue = tls.portsAnnotation.isEmpty()
                                            ? std::nullopt
                                            : annotationValue(c.service, tls.portsAnnotation);
    if (certKey.isEmpty() && !portsValue)
        return;
    if (!certKey.isEmpty() && isStated(tls.support)) {
        if (std::optional<Verdict> v = judge(pc, tls.support, 0, [] {
                return ValidationTr::tr("TLS termination");
            })) {
            reportOnAnnotation(pc, u"provider-tls-unsupported"_s, certKey, *v);
            return;
        }
    }

    // A list the controller cannot parse at all is the catalogue's finding (annotationrules.cpp).
    if (portsValue) {
        const AnnotationSpec *spec = findAnnotationSpec(pc.profile, tls.portsAnnotation);
        if (spec && !annotationValueProblem(*spec, *portsValue, c.service, nullptr).isEmpty())
            portsValue.reset();
    }

    const List<ServicePort> &ports = c.service.ports();
    std::vector<bool> selected(ports.size(), false);
    auto matchPort = [&](QStringView entry) {
        bool found = false;
        for (size_t i = 0; i < ports.size(); ++i) {
            const ServicePort *p = ports[i].get();
            if (p && namesPort(entry, *p)) {
                selected[i] = true;
                found = true;
            }
        }
        return found;
    };
    const std::optional<Provenance> tlsBasis = sourceOf(tls.provenance, pc.profile);
    const QString portsPath = annotationPath(tls.portsAnnotation);
    const SourcePos portsPos = annotationPos(c, tls.portsAnnotation);
    bool explained = false; // a finding on the ports list already says why no port is selected
    // An entry that names no port: an error where the controller refuses the Service for it.
    const bool refused = tls.unmatchedPorts == Outcome::Rejected;
    const Severity unmatched = refused ? Severity::Error : Severity::Warning;
    const QString refusal = refused
                                ? u' '
                                      + ValidationTr::tr("%1 refuses the Service for it: the load "
                                                         "balancer is never created.")
                                            .arg(pc.who())
                                : QString();
    const QString separator = tls.portsSeparator.isEmpty() ? u","_s : tls.portsSeparator;
    if (portsValue && !portsValue->trimmed().isEmpty()) {
        const QStringList entries = portsValue->split(separator);
        bool spaces = false;
        for (const QString &raw : entries) {
            if (!tls.portsTrimmed && raw != raw.trimmed())
                spaces = true;
        }
        if (spaces) {
            explained = true;
            QStringList trimmed;
            for (const QString &raw : entries)
                trimmed << raw.trimmed();
            const QString fixed = trimmed.join(separator);
            report(c,
                   Severity::Warning,
                   u"provider-tls-ports-spaces"_s,
                   portsPath,
                   portsPos,
                   ValidationTr::tr(
                       "%1 does not trim the entries of %2: %3 names ports that do not "
                       "exist, so those ports silently get no TLS. Write the list without "
                       "spaces.")
                       .arg(pc.who(), tls.portsAnnotation, quoted(*portsValue)),
                   tlsBasis,
                   setAnnotation(ValidationTr::tr("Remove the spaces"), tls.portsAnnotation, fixed));
        }
        for (const QString &raw : entries) {
            const QString entry = tls.portsTrimmed ? raw.trimmed() : raw;
            if (entry.trimmed().isEmpty())
                continue;
            if (entry == u"*") {
                if (tls.starMeansAll) {
                    std::fill(selected.begin(), selected.end(), true);
                    continue;
                }
                explained = true;
                report(c,
                       unmatched,
                       u"provider-tls-ports-star"_s,
                       portsPath,
                       portsPos,
                       tls.absentMeansAll
                           ? ValidationTr::tr(
                                 "On %1, \"*\" in %2 matches no port: no port gets TLS. "
                                 "Leave the annotation out to use TLS on every port, or list "
                                 "the ports.")
                                     .arg(pc.who(), tls.portsAnnotation)
                                 + refusal
                           : ValidationTr::tr(
                                 "On %1, \"*\" in %2 matches no port: no port gets TLS. "
                                 "List the ports.")
                                     .arg(pc.who(), tls.portsAnnotation)
                                 + refusal,
                       tlsBasis,
                       tls.absentMeansAll
                           ? std::optional<Fix>(removeAnnotation(tls.portsAnnotation))
                           : std::nullopt);
                continue;
            }
            if (matchPort(entry))
                continue;
            // An entry broken only by the spaces is reported with them.
            if (spaces && entry != entry.trimmed() && matchPort(entry.trimmed()))
                continue;
            report(c,
                   unmatched,
                   u"provider-tls-port-unknown"_s,
                   portsPath,
                   portsPos,
                   ValidationTr::tr("%1 in %2 is neither the number nor the name of a port of this "
                                    "Service.")
                           .arg(quoted(entry), tls.portsAnnotation)
                       + refusal,
                   tlsBasis);
        }
    } else if (tls.absentMeansAll) {
        std::fill(selected.begin(), selected.end(), true);
    }
    if (certKey.isEmpty() || explained)
        return;
    if (std::find(selected.begin(), selected.end(), true) != selected.end())
        return;
    report(c,
           Severity::Warning,
           u"provider-tls-no-ports"_s,
           annotationPath(certKey),
           annotationPos(c, certKey),
           tls.portsAnnotation.isEmpty()
               ? ValidationTr::tr("A certificate is set, but %1 terminates TLS on no port of this "
                                  "Service.")
                     .arg(pc.who())
               : ValidationTr::tr(
                     "A certificate is set, but %1 selects no port of this Service: %2 "
                     "terminates TLS on none.")
                     .arg(tls.portsAnnotation, pc.who()),
           tlsBasis);
}

} // namespace sd::rules::platform
