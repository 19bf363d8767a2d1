// SPDX-License-Identifier: GPL-3.0-or-later
// spec.selector (SEL1, SEL2) and session affinity (SA4; SA2 is a decode-level finding).

#include "model/tr.h"
#include "model/validation/rulecontext_p.h"
#include "model/validation/syntax.h"

namespace sd::rules {

void checkSelectorAndAffinity(RuleContext &c)
{
    const ServiceSpec &spec = *c.spec;
    if (const StringMap *selector = spec.selector.get()) {
        const QString path = QStringLiteral("spec.selector");
        for (const StringMapEntry &e : selector->effectiveEntries()) {
            c.invalidQuoted(QStringLiteral("selector-key-invalid"),
                            path,
                            e.keyPos,
                            e.key,
                            syntax::qualifiedNameErrors(e.key));
            if (e.value.hasValue()) {
                c.invalidQuoted(QStringLiteral("selector-value-invalid"),
                                path,
                                c.posOr(e.value, e.keyPos),
                                e.value.value(),
                                syntax::labelValueErrors(e.value.value()));
            }
        }
    }

    // With affinity None (or defaulted to None) the config is dropped by defaulting.
    if (spec.sessionAffinity.valueOr(SessionAffinity::None) != SessionAffinity::ClientIP)
        return;
    const SessionAffinityConfig *config = spec.sessionAffinityConfig.get();
    const ClientIPConfig *clientIP = config ? config->clientIP.get() : nullptr;
    if (!clientIP || !clientIP->timeoutSeconds.hasValue())
        return; // defaulted to 10800
    const int timeout = clientIP->timeoutSeconds.value();
    if (timeout <= 0 || timeout > 86400) {
        c.invalid(QStringLiteral("session-affinity-timeout-invalid"),
                  QStringLiteral("spec.sessionAffinityConfig.clientIP.timeoutSeconds"),
                  c.posOr(clientIP->timeoutSeconds, c.specPos()),
                  QString::number(timeout),
                  {ValidationTr::tr("must be greater than 0 and less than %1").arg(86400)},
                  Fix{ValidationTr::tr("Use the default timeout (10800 seconds)"), [](Service &s) {
                          ServiceSpec *sp = s.spec.get();
                          SessionAffinityConfig *cfg = sp ? sp->sessionAffinityConfig.get()
                                                          : nullptr;
                          if (ClientIPConfig *ip = cfg ? cfg->clientIP.get() : nullptr)
                              ip->timeoutSeconds.set(10800);
                      }});
    }
}

} // namespace sd::rules
