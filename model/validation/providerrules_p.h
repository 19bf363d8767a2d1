// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Findings that depend on where the Service runs: the chosen load-balancer
// implementation (TargetPlatform::provider and the variant profilematch selects for the
// Service), the node OS and the network plugin. The API server accepts what these rules look at;
// the provider's controller, the nodes or the CNI then refuse, drop or ignore it.
//
// Which rules run:
// - node OS and CNI (SCTP): always (the multihoming note only when a provider is chosen);
// - appProtocol naming: when a provider is chosen, whatever the Service's type (without one the
//   validator keeps to the API server's view, which accepts any qualified name);
// - everything else: when a provider is chosen and spec.type is LoadBalancer after defaulting.
//
// Severity of a profile fact (judge()): support `no` with outcome `rejected` is an error (the
// load balancer is never created); `no` with `dropped`, `ignored` or no outcome a warning;
// `unknown` a warning that it depends on the implementation; `conditional` with its condition not
// met a warning naming the condition, or an error when the condition is one the validator tests
// (`requires`) and the outcome is `rejected` (Azure: SCTP only on an internal Standard LB).
//
// | Code                                      | Severity      | Path                               |
// |-------------------------------------------|---------------|------------------------------------|
// | platform-sctp-windows                     | warning       | spec.ports[i].protocol             |
// | platform-sctp-windows-mixed               | warning       | spec.ports[i].protocol             |
// | platform-sctp-cni                         | warning       | spec.ports[i].protocol             |
// | platform-sctp-multihoming                 | info          | spec.ports[i].protocol (first) [1] |
// | platform-app-protocol-unprefixed          | warning       | spec.ports[i].appProtocol          |
// | platform-app-protocol-kubernetes-unknown  | warning       | spec.ports[i].appProtocol          |
// | platform-app-protocol-unregistered        | warning       | spec.ports[i].appProtocol          |
// | provider-no-load-balancer                 | warning       | spec.type                          |
// | provider-class-ignored                    | warning       | spec.loadBalancerClass             |
// | provider-class-unknown                    | warning       | spec.loadBalancerClass             |
// | provider-class-required                   | warning       | spec.loadBalancerClass             |
// | provider-not-handled                      | error         | spec.loadBalancerClass             |
// | provider-handed-off                       | warning       | metadata.annotations[K] / class    |
// | provider-<rejection.code>                 | error/warning | the rule's path [2]                |
// | provider-tcp-unsupported                  | judged        | spec.ports[i].protocol             |
// | provider-udp-unsupported                  | judged        | spec.ports[i].protocol             |
// | provider-sctp-unsupported                 | judged        | spec.ports[i].protocol             |
// | provider-mixed-protocols                  | judged        | spec.ports                         |
// | provider-mixed-same-port                  | judged        | spec.ports[j].port                 |
// | provider-proxy-protocol-invalid           | judged [3]    | metadata.annotations[K]            |
// | provider-proxy-protocol-unsupported       | judged        | metadata.annotations[K]            |
// | provider-proxy-protocol-udp               | error/warning | spec.ports[i].protocol             |
// | provider-proxy-protocol-enabled           | info          | metadata.annotations[K]            |
// | provider-tls-unsupported                  | judged        | metadata.annotations[cert]         |
// | provider-tls-ports-spaces                 | warning       | metadata.annotations[ports]        |
// | provider-tls-ports-star                   | warning       | metadata.annotations[ports]        |
// | provider-tls-port-unknown                 | judged [3]    | metadata.annotations[ports]        |
// | provider-tls-no-ports                     | warning       | metadata.annotations[cert]         |
// | provider-backend-protocol-invalid         | judged [3]    | metadata.annotations[backend]      |
// | provider-backend-protocol-conflict        | warning       | spec.ports[i].appProtocol          |
// | provider-app-protocol-not-read            | info          | spec.ports[i].appProtocol (first)  |
// | provider-annotation-other-variant         | warning       | metadata.annotations[K]            |
// | provider-annotation-other-provider        | warning       | metadata.annotations[K]            |
// | provider-annotation-unknown               | warning       | metadata.annotations[K]            |
// | provider-annotation-value-invalid         | judged [3]    | metadata.annotations[K]            |
// | provider-annotation-deprecated            | info          | metadata.annotations[K]            |
// | provider-annotation-value-deprecated      | info          | metadata.annotations[K]            |
// | provider-annotation-written               | info          | metadata.annotations[K]            |
// "judged": the severity follows the policy above. [1] only when a provider is chosen. [2] an
// error when the rule's outcome is `rejected`, a warning otherwise; a rule with `forEachPort`
// gives one finding per port. [3] an error when the profile says the controller rejects it
// (the catalogue entry's `onInvalid`, the TLS list's `unmatchedPorts`), a warning otherwise.
//
// The rules live in platformrules.cpp (node OS, CNI, appProtocol naming), providerrules.cpp
// (whether the provider acts on the Service; checkPlatform()), providerrules_rejections.cpp (the
// controller's own rules), providerrules_protocols.cpp, providerrules_proxy.cpp (PROXY protocol),
// providerrules_tls.cpp, providerrules_backend.cpp (backend protocol and appProtocol),
// annotationrules.cpp (the annotation catalogue) and providerrules_values.cpp (an annotation's
// value as the controller parses it). This header holds what they share; not part of the
// model's interface.

#include <optional>

#include <QSet>
#include <QString>
#include <QStringList>

#include "model/providers/profile.h"
#include "model/providers/profileloader.h"
#include "model/validation/rulecontext_p.h"

namespace sd::rules::platform {

// ---------------------------------------------------------------------------------------------
// Paths, positions, fixes

QString annotationPath(const QString &key);
/** Where the effective annotation `key` is written (its value, else its key, else metadata). */
SourcePos annotationPos(const RuleContext &c, QStringView key);
SourcePos portPos(const RuleContext &c, size_t i);

template<typename T>
SourcePos portFieldPos(const RuleContext &c, size_t i, Field<T> ServicePort::*member)
{
    const List<ServicePort> &ports = c.service.ports();
    if (i < ports.size() && ports[i].hasValue())
        return c.posOr(ports[i].value().*member, portPos(c, i));
    return portPos(c, i);
}

Fix removeAnnotation(const QString &key);
Fix setAnnotation(const QString &label, const QString &key, const QString &value);
Fix renameAnnotation(const QString &from, const QString &to);

bool containsText(const QStringList &list, QStringView value, bool caseInsensitive = false);
/** The values as %q, separated by commas: "a", "b". */
QString quotedList(const QStringList &values);

// ---------------------------------------------------------------------------------------------
// Profile facts

QString providerName(const ProviderProfile &p);
QString providerName(const ProviderProfile &p, QStringView language);
/** The provider, and the variant when the profile has several: "AWS, Network Load Balancer". */
QString describeProvider(const ProviderProfile &p, const ProfileVariant &v);
/** The same with the profile's texts in `language` (currentLanguage()). */
QString describeProvider(const ProviderProfile &p, const ProfileVariant &v, QStringView language);

/** One provider check of one Service: the profile, the variant and what was reported so far. */
struct ProviderCheck
{
    ProviderCheck(RuleContext &context, const ProviderProfile &p, const ProfileVariant &v)
        : c(context)
        , profile(p)
        , variant(v)
    {}

    RuleContext &c;
    const ProviderProfile &profile;
    const ProfileVariant &variant;
    QSet<QString> placed; ///< annotation keys already reported as read by someone else
    QSet<QString> valued; ///< annotation keys whose value is already reported

    /** "AWS (...), Network Load Balancer (NLB)": names provider and variant in a finding's
     *  message, asked for at the first finding (most Services have none, and the names are
     *  translated). */
    const QString &who() const;
    /** The language of the profile's texts (RuleContext::language()). */
    const QString &language() const { return c.language(); }

private:
    mutable std::optional<QString> m_who;
};

/** The provenance of a finding based on a fact (or annotation, rejection, catalogue entry) with
 *  provenance `basis`: `basis` when it names a source, else the profile's own; nullopt when
 *  neither names one. */
std::optional<Provenance> sourceOf(const Provenance &basis, const ProviderProfile &profile);

/** A fact says something when it has a support other than unknown, a note or a source. A
 *  profile that leaves a fact out gets the default (unknown, no note, no source). */
bool isStated(const Fact &f);

struct Verdict
{
    Severity severity = Severity::Warning;
    QString message;
    std::optional<Fix> fix;
    std::optional<Provenance> provenance = std::nullopt; ///< the fact's (sourceOf())
};

/** Whether the fact holds for this Service (support yes, or a condition that is met): then the
 *  severity policy has nothing to say about it. */
bool factHolds(const ProviderCheck &pc, const Fact &fact);
/** What the severity policy makes of a fact that does not hold. `what` names the feature in a
 *  sentence ("UDP ports", "PROXY protocol"). */
Verdict verdictOn(const ProviderCheck &pc, const Fact &fact, const QString &what);

/** A verdict of judge() kept for this thread, or nullptr: see judge(). */
const Verdict *keptVerdict(const ProviderCheck &pc, const Fact &fact, qint64 detail);
/** Keeps `verdict` for keptVerdict() (unless many are kept already) and returns it. */
Verdict keepVerdict(const ProviderCheck &pc, const Fact &fact, qint64 detail, Verdict verdict);

/** What the severity policy makes of a fact for this Service; nullopt when it holds. `what()`
 *  names the feature as for verdictOn(); `detail` tells apart the names it gives for one fact (a
 *  protocol, a port number; 0 when it always gives the same).
 *
 *  The verdict depends on the profile, the variant, the fact, the name and the language alone,
 *  and a file's Services mostly get the same ones: each thread keeps those of the chosen profile
 *  in the current language, and `what()` (translated) is called only to make a new one. */
template<typename What>
std::optional<Verdict> judge(const ProviderCheck &pc,
                             const Fact &fact,
                             qint64 detail,
                             const What &what)
{
    if (factHolds(pc, fact))
        return std::nullopt;
    if (const Verdict *kept = keptVerdict(pc, fact, detail))
        return *kept;
    return keepVerdict(pc, fact, detail, verdictOn(pc, fact, what()));
}

/** What the chosen profile and variant make of an annotation key, whatever its value and the
 *  Service (annotationrules.cpp). */
struct KeyReading
{
    const AnnotationSpec *spec = nullptr;         ///< the catalogue entry
    const ProfileVariant *otherVariant = nullptr; ///< another variant that alone reads it
    bool ownPrefix = false;                       ///< it has a prefix of the profile's
    /** The other known providers it belongs to (by name), when the catalogue has no entry. */
    QStringList owners;
    std::optional<Provenance> ownerBasis; ///< of the first owner
};
/** A reading kept for this thread (the chosen profile, variant, known providers and language
 *  as in pc), or nullptr. */
const KeyReading *keptReading(const ProviderCheck &pc, const QString &key);
/** Keeps `reading` for keptReading() (unless many are kept already) and returns it. */
KeyReading keepReading(const ProviderCheck &pc, const QString &key, KeyReading reading);

/** The conditions in words, joined by semicolons. */
QString describeSelectors(const std::vector<Selector> &selectors);

/** Why @p value does not fit the catalogue entry as the controller parses it, or an empty
 *  string. @p fixed, when not nullptr, receives the value meant when that is clear (a
 *  different case). */
QString annotationValueProblem(const AnnotationSpec &spec,
                               const QString &value,
                               const Service &service,
                               QString *fixed);

void report(RuleContext &c,
            Severity severity,
            const QString &code,
            const FieldPath &path,
            SourcePos pos,
            const QString &message,
            std::optional<Provenance> provenance,
            std::optional<Fix> fix = {});
void report(
    RuleContext &c, const QString &code, const FieldPath &path, SourcePos pos, Verdict verdict);
/** A verdict on the annotation `key`, which then counts as reported (no other-provider
 *  finding). */
void reportOnAnnotation(ProviderCheck &pc,
                        const QString &code,
                        const QString &key,
                        Verdict &verdict);

// ---------------------------------------------------------------------------------------------
// The rule files

void checkNodesAndCni(RuleContext &c);        ///< platformrules.cpp
void checkAppProtocolNames(RuleContext &c);   ///< platformrules.cpp
void checkRejections(ProviderCheck &pc);      ///< providerrules_rejections.cpp
void checkProtocols(ProviderCheck &pc);       ///< providerrules_protocols.cpp
void checkProxyProtocol(ProviderCheck &pc);   ///< providerrules_proxy.cpp
void checkTls(ProviderCheck &pc);             ///< providerrules_tls.cpp
void checkBackendProtocol(ProviderCheck &pc); ///< providerrules_backend.cpp
void checkAnnotations(ProviderCheck &pc);     ///< annotationrules.cpp

} // namespace sd::rules::platform
