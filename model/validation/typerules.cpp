// SPDX-License-Identifier: GPL-3.0-or-later
// Ports presence and the clusterIP / externalName rules of each type (S1-S8).

#include "model/tr.h"
#include "model/validation/rulecontext_p.h"
#include "model/validation/syntax.h"

namespace sd::rules {

void checkTypeSpecific(RuleContext &c)
{
    const ServiceSpec &spec = *c.spec;
    const bool noPorts = !spec.ports.hasValue() || spec.ports.value().empty();
    if (noPorts && !spec.ports.isRaw() && !c.headless && !c.isType(ServiceType::ExternalName))
        c.required(QStringLiteral("ports-required"),
                   QStringLiteral("spec.ports"),
                   c.posOr(spec.ports, c.specPos()));

    const QString firstIP = QStringLiteral("spec.clusterIPs[0]");
    const SourcePos ipPos = spec.clusterIP.pos().isValid() ? spec.clusterIP.pos()
                                                           : c.posOr(spec.clusterIPs, c.specPos());
    if (c.headless && c.isType(ServiceType::LoadBalancer)) {
        c.invalidQuoted(QStringLiteral("headless-load-balancer"),
                        firstIP,
                        ipPos,
                        c.clusterIPs[0],
                        {ValidationTr::tr("may not be set to 'None' for LoadBalancer services")});
    }
    if (c.headless && c.isType(ServiceType::NodePort)) {
        c.invalidQuoted(QStringLiteral("headless-node-port"),
                        firstIP,
                        ipPos,
                        c.clusterIPs[0],
                        {ValidationTr::tr("may not be set to 'None' for NodePort services")});
    }
    if (!c.isType(ServiceType::ExternalName))
        return;

    const QString notForExternalName = ValidationTr::tr("may not be set for ExternalName services");
    if (!c.clusterIPs.isEmpty()) {
        c.forbidden(QStringLiteral("cluster-ip-external-name"),
                    QStringLiteral("spec.clusterIPs"),
                    ipPos,
                    notForExternalName,
                    Fix{ValidationTr::tr("Remove clusterIP"), [](Service &s) {
                            if (ServiceSpec *sp = s.spec.get()) {
                                sp->clusterIP.clear();
                                sp->clusterIPs.clear();
                            }
                        }});
    }
    if (spec.ipFamilies.hasValue() && !spec.ipFamilies.value().empty()) {
        c.forbidden(QStringLiteral("ip-families-external-name"),
                    QStringLiteral("spec.ipFamilies"),
                    c.posOr(spec.ipFamilies, c.specPos()),
                    notForExternalName,
                    Fix{ValidationTr::tr("Remove ipFamilies"), [](Service &s) {
                            if (ServiceSpec *sp = s.spec.get())
                                sp->ipFamilies.clear();
                        }});
    }
    if (spec.ipFamilyPolicy.isSet() && !spec.ipFamilyPolicy.isNull()) {
        c.forbidden(QStringLiteral("ip-family-policy-external-name"),
                    QStringLiteral("spec.ipFamilyPolicy"),
                    c.posOr(spec.ipFamilyPolicy, c.specPos()),
                    notForExternalName,
                    Fix{ValidationTr::tr("Remove ipFamilyPolicy"), [](Service &s) {
                            if (ServiceSpec *sp = s.spec.get())
                                sp->ipFamilyPolicy.clear();
                        }});
    }
    if (spec.externalName.isRaw() && !spec.externalName.isNull())
        return; // a decode error already
    QString name = spec.externalName.valueOr({});
    if (name.endsWith(u'.'))
        name.chop(1);
    const SourcePos namePos = c.posOr(spec.externalName, c.specPos());
    if (name.isEmpty()) {
        c.required(QStringLiteral("external-name-required"),
                   QStringLiteral("spec.externalName"),
                   namePos);
        return;
    }
    c.invalidQuoted(QStringLiteral("external-name-invalid"),
                    QStringLiteral("spec.externalName"),
                    namePos,
                    name,
                    syntax::dns1123SubdomainErrors(name));
}

} // namespace sd::rules
