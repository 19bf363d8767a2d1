// SPDX-License-Identifier: GPL-3.0-or-later
// The backend-protocol annotation against appProtocol, and appProtocol where it is not read.

#include "model/providers/conditions.h"
#include "model/providers/profilematch.h"
#include "model/tr.h"
#include "model/validation/providerrules_p.h"

namespace sd::rules::platform {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// Backend protocol and appProtocol

namespace {

enum class PodProtocol { None, Cleartext, Tls };

PodProtocol podProtocolOf(QStringView appProtocol)
{
    if (appProtocol.isEmpty()) // most ports
        return PodProtocol::None;
    if (appProtocol.compare(u"http", Qt::CaseInsensitive) == 0
        || appProtocol == u"kubernetes.io/h2c" || appProtocol == u"kubernetes.io/ws")
        return PodProtocol::Cleartext;
    if (appProtocol.compare(u"https", Qt::CaseInsensitive) == 0
        || appProtocol == u"kubernetes.io/wss")
        return PodProtocol::Tls;
    return PodProtocol::None;
}

} // namespace

void checkBackendProtocol(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const ProfileVariant &v = pc.variant;
    const List<ServicePort> &ports = c.service.ports();
    const BackendProtocol *backend = v.backendProtocol ? &*v.backendProtocol : nullptr;
    const std::optional<QString> value = backend ? annotationValue(c.service, backend->key)
                                                 : std::nullopt;
    if (value) {
        const QString path = annotationPath(backend->key);
        const SourcePos pos = annotationPos(c, backend->key);
        if (!backend->values.isEmpty()
            && !containsText(backend->values, *value, backend->caseInsensitive)) {
            pc.valued.insert(backend->key);
            const AnnotationSpec *spec = findAnnotationSpec(pc.profile, backend->key);
            const bool rejected = spec && spec->onInvalid == Outcome::Rejected;
            report(c,
                   rejected ? Severity::Error : Severity::Warning,
                   u"provider-backend-protocol-invalid"_s,
                   path,
                   pos,
                   ValidationTr::tr("%1 does not accept %2 for %3; it accepts %4.")
                       .arg(pc.who(), quoted(*value), backend->key, quotedList(backend->values)),
                   sourceOf(backend->provenance, pc.profile));
            return;
        }
        const bool http = containsText(backend->httpValues, *value, backend->caseInsensitive);
        const bool tls = containsText(backend->tlsValues, *value, backend->caseInsensitive);
        for (size_t i = 0; i < ports.size(); ++i) {
            const ServicePort *p = ports[i].get();
            const QString appProtocol = p ? p->appProtocol.valueOr({}) : QString();
            const PodProtocol expected = podProtocolOf(appProtocol);
            QString message;
            if (http && expected == PodProtocol::Tls) {
                message = ValidationTr::tr(
                    "%1: %2 makes the load balancer speak plain HTTP to the pods, but "
                    "appProtocol %3 says they expect TLS.");
            } else if (tls && expected == PodProtocol::Cleartext) {
                message = ValidationTr::tr(
                    "%1: %2 makes the load balancer speak TLS to the pods, but appProtocol %3 "
                    "says they expect cleartext.");
            } else {
                continue;
            }
            message = message.arg(pc.who(),
                                  backend->key + u": " + quoted(*value),
                                  quoted(appProtocol));
            report(c,
                   Severity::Warning,
                   u"provider-backend-protocol-conflict"_s,
                   portFieldPath(i, u"appProtocol"),
                   portFieldPos(c, i, &ServicePort::appProtocol),
                   message,
                   sourceOf(backend->provenance, pc.profile));
        }
        return;
    }

    // appProtocol on a variant that does not read it.
    if (v.appProtocol.support != Support::No)
        return;
    for (size_t i = 0; i < ports.size(); ++i) {
        const ServicePort *p = ports[i].get();
        const QString appProtocol = p ? p->appProtocol.valueOr({}) : QString();
        const PodProtocol expected = podProtocolOf(appProtocol);
        if (expected == PodProtocol::None)
            continue;
        const QString path = portPath(i) + u".appProtocol";
        const SourcePos pos = portFieldPos(c, i, &ServicePort::appProtocol);
        const QStringList &candidates = !backend                       ? QStringList()
                                        : expected == PodProtocol::Tls ? backend->tlsValues
                                                                       : backend->httpValues;
        if (backend && !candidates.isEmpty()) {
            const QString wanted = candidates.front();
            report(c,
                   Severity::Info,
                   u"provider-app-protocol-not-read"_s,
                   path,
                   pos,
                   ValidationTr::tr(
                       "%1 does not read appProtocol: to make the load balancer speak %2 to "
                       "the pods, set the annotation %3: %4 instead.")
                       .arg(pc.who(), quoted(appProtocol), backend->key, quoted(wanted)),
                   sourceOf(v.appProtocol.provenance, pc.profile),
                   setAnnotation(ValidationTr::tr("Set the annotation %1 to %2")
                                     .arg(backend->key, quoted(wanted)),
                                 backend->key,
                                 wanted));
        } else {
            report(c,
                   Severity::Info,
                   u"provider-app-protocol-not-read"_s,
                   path,
                   pos,
                   ValidationTr::tr(
                       "%1 does not read appProtocol, and has no annotation that makes the "
                       "load balancer speak %2 to the pods: appProtocol is only a hint for "
                       "Gateway API and service-mesh implementations here.")
                       .arg(pc.who(), quoted(appProtocol)),
                   sourceOf(v.appProtocol.provenance, pc.profile));
        }
        return;
    }
}

} // namespace sd::rules::platform
