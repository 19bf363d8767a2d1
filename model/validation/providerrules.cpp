// SPDX-License-Identifier: GPL-3.0-or-later
// The provider-* findings of the table in providerrules_p.h, except the annotation catalogue
// (annotationrules.cpp), and checkPlatform(), which runs every platform rule.

#include "model/providers/profilematch.h"
#include "model/tr.h"
#include "model/validation/providerrules_p.h"

namespace sd::rules {

namespace platform {
namespace {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// Whether the provider acts on the Service

bool checkHandled(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const ProviderProfile &profile = pc.profile;
    const QString path = u"spec.loadBalancerClass"_s;
    const SourcePos pos = c.posOr(c.spec->loadBalancerClass, c.specPos());
    const QString *cls = c.spec->loadBalancerClass.get();
    // The profile states whom it acts on (handlesClasses, ignoredWhen) without sources of
    // their own: its main source is the basis.
    const std::optional<Provenance> basis = sourceOf({}, profile);
    if (!handlesClass(profile, c.service)) {
        const QString name = providerName(profile);
        Severity severity = Severity::Warning;
        QString code;
        QString message;
        std::optional<Fix> fix;
        if (!cls) {
            const QString wanted = profile.handlesClasses.value(0);
            if (!wanted.isEmpty()) {
                fix = Fix{ValidationTr::tr("Set loadBalancerClass to %1").arg(wanted),
                          [wanted](Service &s) {
                              if (ServiceSpec *sp = s.spec.get())
                                  sp->loadBalancerClass.set(wanted);
                          }};
            }
            if (profile.handlesUnclassed) {
                // Unclassed Services are handled only under the profile's conditions.
                severity = Severity::Error;
                code = u"provider-not-handled"_s;
                message = ValidationTr::tr(
                              "%1 acts on a Service without spec.loadBalancerClass only when "
                              "this holds: %2. It makes no load balancer for this one, unless "
                              "something sets the class %3 when the Service is created.")
                              .arg(name,
                                   describeSelectors(profile.handlesUnclassedWhen),
                                   quoted(wanted));
            } else {
                code = u"provider-class-required"_s;
                message = ValidationTr::tr(
                              "%1 acts only on Services of class %2: without "
                              "spec.loadBalancerClass no load balancer is made for this "
                              "Service.")
                              .arg(name, quotedList(profile.handlesClasses));
            }
        } else {
            if (profile.handlesUnclassed) {
                fix = Fix{ValidationTr::tr("Remove loadBalancerClass"), [](Service &s) {
                              if (ServiceSpec *sp = s.spec.get())
                                  sp->loadBalancerClass.clear();
                          }};
            }
            if (profile.handlesClasses.isEmpty()) {
                code = u"provider-class-ignored"_s;
                message = ValidationTr::tr(
                              "%1 ignores Services that set spec.loadBalancerClass: no load "
                              "balancer is made for this Service unless a controller for "
                              "class %2 runs in the cluster.")
                              .arg(name, quoted(*cls));
            } else {
                code = u"provider-class-unknown"_s;
                message = ValidationTr::tr(
                              "%1 acts only on the classes %2; class %3 is left to another "
                              "controller.")
                              .arg(name, quotedList(profile.handlesClasses), quoted(*cls));
            }
        }
        report(c, severity, code, path, pos, message, basis, std::move(fix));
        return false;
    }
    if (const Selector *s = ignoringSelector(profile, c.service)) {
        const bool byClass = !s->loadBalancerClass.isEmpty() || s->annotation.isEmpty();
        const QString what
            = byClass ? quoted(cls ? *cls : QString())
                      : s->annotation + u": "
                            + quoted(annotationValue(c.service, s->annotation).value_or(QString()));
        report(c,
               Severity::Warning,
               u"provider-handed-off"_s,
               byClass ? path : annotationPath(s->annotation),
               byClass ? pos : annotationPos(c, s->annotation),
               ValidationTr::tr(
                   "%1 leaves this Service to another load-balancer controller because of "
                   "%2; choose that controller as the provider to check it.")
                   .arg(providerName(profile), what),
               basis);
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

void checkNoImplementation(RuleContext &c, const ProviderProfile &profile)
{
    report(c,
           Severity::Warning,
           u"provider-no-load-balancer"_s,
           u"spec.type"_s,
           c.posOr(c.spec->type, c.specPos()),
           ValidationTr::tr("The cluster has no load-balancer implementation (%1): a LoadBalancer "
                            "Service stays pending forever (its node ports still work).")
               .arg(providerName(profile)),
           sourceOf({}, profile),
           Fix{ValidationTr::tr("Make it a NodePort Service"), [](Service &s) {
                   ServiceSpec *sp = s.spec.get();
                   if (!sp)
                       return;
                   sp->type.set(ServiceType::NodePort);
                   // Fields only a LoadBalancer Service may have.
                   sp->loadBalancerClass.clear();
                   sp->loadBalancerIP.clear();
                   sp->loadBalancerSourceRanges.clear();
                   sp->allocateLoadBalancerNodePorts.clear();
                   sp->healthCheckNodePort.clear();
               }});
}

} // namespace

} // namespace platform

void checkPlatform(RuleContext &c)
{
    using namespace platform;
    checkNodesAndCni(c);
    const ProviderProfile *profile = c.environment.platform.provider.get();
    if (!profile || !c.spec)
        return;
    checkAppProtocolNames(c);
    if (!c.isType(ServiceType::LoadBalancer))
        return;
    if (profile->kind == u"none") {
        checkNoImplementation(c, *profile);
        return;
    }
    const ProfileVariant &variant = selectVariant(*profile, c.service);
    ProviderCheck pc(c, *profile, variant);
    if (!checkHandled(pc))
        return;
    checkRejections(pc);
    checkProtocols(pc);
    checkProxyProtocol(pc);
    checkTls(pc);
    checkBackendProtocol(pc);
    checkAnnotations(pc);
}

} // namespace sd::rules
