// SPDX-License-Identifier: GPL-3.0-or-later
// Load-balancer fields (LB1-LB5, LB7, LB8), traffic policies (ETP1, HC1, HC3), traffic
// distribution (TD1) and the type warnings of GetWarningsForService.

#include "model/tr.h"
#include "model/validation/rulecontext_p.h"
#include "model/validation/syntax.h"

namespace sd::rules {

namespace {

const QString kSourceRangesAnnotation = QStringLiteral(
    "service.beta.kubernetes.io/load-balancer-source-ranges");

QString onlyForLoadBalancer()
{
    return ValidationTr::tr("may only be used when `type` is 'LoadBalancer'");
}

template<typename T>
Fix removeSpecField(const QString &label, Field<T> ServiceSpec::*member)
{
    return {label, [member](Service &s) {
                if (ServiceSpec *sp = s.spec.get())
                    (sp->*member).clear();
            }};
}

void checkSourceRanges(RuleContext &c)
{
    const ServiceSpec &spec = *c.spec;
    const bool lb = c.isType(ServiceType::LoadBalancer);
    const List<QString> *ranges = spec.loadBalancerSourceRanges.get();
    if (ranges && !ranges->empty()) {
        // The API's path has a capital L here.
        const QString path = QStringLiteral("spec.LoadBalancerSourceRanges");
        const SourcePos pos = c.posOr(spec.loadBalancerSourceRanges, c.specPos());
        if (!lb) {
            c.forbidden(QStringLiteral("source-ranges-not-load-balancer"),
                        path,
                        pos,
                        onlyForLoadBalancer(),
                        removeSpecField(ValidationTr::tr("Remove loadBalancerSourceRanges"),
                                        &ServiceSpec::loadBalancerSourceRanges));
        }
        for (size_t i = 0; i < ranges->size(); ++i) {
            const Field<QString> &range = (*ranges)[i];
            if (range.isRaw() && !range.isNull())
                continue;
            const QString value = range.valueOr({}).trimmed();
            c.invalidQuoted(QStringLiteral("source-range-invalid"),
                            path + u'[' + QString::number(i) + u']',
                            c.posOr(range, pos),
                            value,
                            syntax::cidrErrors(value));
        }
        return;
    }
    const ObjectMeta *meta = c.meta;
    const StringMap *annotations = meta ? meta->annotations.get() : nullptr;
    const Field<QString> *annotation = annotations ? annotations->find(kSourceRangesAnnotation)
                                                   : nullptr;
    if (!annotation)
        return;
    const QString path = u"metadata.annotations[" + kSourceRangesAnnotation + u']';
    const SourcePos pos = c.posOr(*annotation, c.metaPos());
    if (!lb) {
        c.forbidden(QStringLiteral("source-ranges-not-load-balancer"),
                    path,
                    pos,
                    onlyForLoadBalancer(),
                    Fix{ValidationTr::tr("Remove the annotation"), [](Service &s) {
                            ObjectMeta *m = s.metadata.get();
                            if (StringMap *a = m ? m->annotations.get() : nullptr)
                                a->remove(kSourceRangesAnnotation);
                        }});
    }
    const QString value = annotation->valueOr({}).trimmed();
    if (value.isEmpty())
        return;
    for (const QString &entry : value.split(u',')) {
        const QString cidr = entry.trimmed();
        c.invalidQuoted(QStringLiteral("source-range-invalid"),
                        path,
                        pos,
                        cidr,
                        syntax::cidrErrors(cidr));
    }
}

void checkLoadBalancerFields(RuleContext &c)
{
    const ServiceSpec &spec = *c.spec;
    const bool lb = c.isType(ServiceType::LoadBalancer);
    if (spec.allocateLoadBalancerNodePorts.hasValue() && !lb) {
        c.forbidden(QStringLiteral("allocate-node-ports-not-load-balancer"),
                    QStringLiteral("spec.allocateLoadBalancerNodePorts"),
                    c.posOr(spec.allocateLoadBalancerNodePorts, c.specPos()),
                    onlyForLoadBalancer(),
                    removeSpecField(ValidationTr::tr("Remove allocateLoadBalancerNodePorts"),
                                    &ServiceSpec::allocateLoadBalancerNodePorts));
    }
    if (const QString *cls = spec.loadBalancerClass.get()) {
        const QString path = QStringLiteral("spec.loadBalancerClass");
        const SourcePos pos = c.posOr(spec.loadBalancerClass, c.specPos());
        if (!lb) {
            c.forbidden(QStringLiteral("load-balancer-class-not-load-balancer"),
                        path,
                        pos,
                        onlyForLoadBalancer(),
                        removeSpecField(ValidationTr::tr("Remove loadBalancerClass"),
                                        &ServiceSpec::loadBalancerClass));
        } else {
            c.invalidQuoted(QStringLiteral("load-balancer-class-invalid"),
                            path,
                            pos,
                            *cls,
                            syntax::qualifiedNameErrors(*cls));
        }
    }
}

void checkTrafficPolicies(RuleContext &c)
{
    const ServiceSpec &spec = *c.spec;
    const Field<TrafficPolicy> &etp = spec.externalTrafficPolicy;
    const bool etpWritten = etp.hasValue()
                            || (etp.isRaw() && !etp.isNull() && etp.raw()->isScalar()
                                && !etp.raw()->text().isEmpty());
    if (!c.externallyAccessible && etpWritten) {
        const QString value = etp.hasValue() ? toString(etp.value()) : etp.raw()->text();
        c.invalidQuoted(QStringLiteral("external-traffic-policy-not-external"),
                        QStringLiteral("spec.externalTrafficPolicy"),
                        c.posOr(etp, c.specPos()),
                        value,
                        {ValidationTr::tr("may only be set for externally-accessible services")},
                        removeSpecField(ValidationTr::tr("Remove externalTrafficPolicy"),
                                        &ServiceSpec::externalTrafficPolicy));
    }
    const bool needsHealthCheck = c.isType(ServiceType::LoadBalancer) && etp.hasValue()
                                  && etp.value() == TrafficPolicy::Local;
    if (const int *port = spec.healthCheckNodePort.get()) {
        const QString path = QStringLiteral("spec.healthCheckNodePort");
        const SourcePos pos = c.posOr(spec.healthCheckNodePort, c.specPos());
        if (!needsHealthCheck && *port != 0) {
            c.invalid(QStringLiteral("health-check-node-port-not-allowed"),
                      path,
                      pos,
                      QString::number(*port),
                      {ValidationTr::tr("may only be set when `type` is 'LoadBalancer' and "
                                        "`externalTrafficPolicy` is 'Local'")},
                      removeSpecField(ValidationTr::tr("Remove healthCheckNodePort"),
                                      &ServiceSpec::healthCheckNodePort));
        } else if (needsHealthCheck && *port != 0) {
            c.invalid(QStringLiteral("health-check-node-port-invalid"),
                      path,
                      pos,
                      QString::number(*port),
                      syntax::portNumberErrors(*port));
        }
    }
    if (const QString *td = spec.trafficDistribution.get(); td && *td != u"PreferClose") {
        c.notSupported(QStringLiteral("traffic-distribution-unsupported"),
                       QStringLiteral("spec.trafficDistribution"),
                       c.posOr(spec.trafficDistribution, c.specPos()),
                       quoted(*td),
                       {QStringLiteral("PreferClose")},
                       Fix{ValidationTr::tr("Set trafficDistribution to PreferClose"),
                           [](Service &s) {
                               if (ServiceSpec *sp = s.spec.get())
                                   sp->trafficDistribution.set(QStringLiteral("PreferClose"));
                           }});
    }
}

void checkTypeWarnings(RuleContext &c)
{
    const ServiceSpec &spec = *c.spec;
    const bool externalName = c.isType(ServiceType::ExternalName);
    if (externalName && spec.externalIPs.hasValue() && !spec.externalIPs.value().empty()) {
        c.warning(QStringLiteral("external-ips-ignored"),
                  QStringLiteral("spec.externalIPs"),
                  c.posOr(spec.externalIPs, c.specPos()),
                  ValidationTr::tr(
                      "spec.externalIPs is ignored when spec.type is \"ExternalName\""),
                  removeSpecField(ValidationTr::tr("Remove externalIPs"),
                                  &ServiceSpec::externalIPs));
    }
    if (!externalName && !spec.externalName.valueOr({}).isEmpty()) {
        c.warning(QStringLiteral("external-name-ignored"),
                  QStringLiteral("spec.externalName"),
                  c.posOr(spec.externalName, c.specPos()),
                  ValidationTr::tr(
                      "spec.externalName is ignored when spec.type is not \"ExternalName\""),
                  removeSpecField(ValidationTr::tr("Remove externalName"),
                                  &ServiceSpec::externalName));
    }
    const StringMap *annotations = c.meta ? c.meta->annotations.get() : nullptr;
    const QString hints = QStringLiteral("service.kubernetes.io/topology-aware-hints");
    if (const Field<QString> *f = annotations ? annotations->find(hints) : nullptr) {
        c.warning(QStringLiteral("topology-aware-hints-deprecated"),
                  QString(u"metadata.annotations[" + hints + u']'),
                  c.posOr(*f, c.metaPos()),
                  ValidationTr::tr(
                      "annotation service.kubernetes.io/topology-aware-hints is deprecated, "
                      "please use service.kubernetes.io/topology-mode instead"));
    }
}

} // namespace

void checkTrafficAndLoadBalancer(RuleContext &c)
{
    checkSourceRanges(c);
    checkLoadBalancerFields(c);
    checkTrafficPolicies(c);
    checkTypeWarnings(c);
}

} // namespace sd::rules
