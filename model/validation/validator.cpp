// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/validator.h"

#include <algorithm>
#include <array>
#include <iterator>

#include <QSet>

#include "model/domain/sampledhash.h"
#include "model/domain/scalar.h"
#include "model/tr.h"
#include "model/validation/rulecontext_p.h"

namespace sd {

namespace rules {

namespace {

// spec.type as the API sees it after defaulting: absent, null and "" become ClusterIP.
std::optional<ServiceType> defaultedType(const ServiceSpec *spec)
{
    if (!spec || !spec->type.isSet() || spec->type.isNull())
        return ServiceType::ClusterIP;
    if (spec->type.hasValue())
        return spec->type.value();
    const Node *raw = spec->type.raw();
    if (raw->isScalar() && resolveScalar(*raw) == ScalarType::String && raw->text().isEmpty())
        return ServiceType::ClusterIP;
    return std::nullopt;
}

QStringList normalizedClusterIPs(const ServiceSpec *spec)
{
    QStringList ips;
    if (spec) {
        if (spec->clusterIPs.hasValue() && !spec->clusterIPs.value().empty()) {
            for (const Field<QString> &ip : spec->clusterIPs.value())
                ips << ip.valueOr({});
        } else if (!spec->clusterIP.valueOr({}).isEmpty()) {
            ips << spec->clusterIP.value();
        }
    }
    return ips;
}

} // namespace

RuleContext::RuleContext(const Service &s, const Environment &e, std::vector<Finding> &findings)
    : service(s)
    , environment(e)
    , meta(s.metadata.get())
    , spec(s.spec.get())
    , clusterIPs(normalizedClusterIPs(spec))
    , m_findings(findings)
{
    type = defaultedType(spec);
    headless = clusterIPs.size() == 1 && clusterIPs.front() == u"None";
    const bool hasExternalIPs = spec && spec->externalIPs.hasValue()
                                && !spec->externalIPs.value().empty();
    externallyAccessible = type == ServiceType::LoadBalancer || type == ServiceType::NodePort
                           || (type == ServiceType::ClusterIP && hasExternalIPs);
}

SourcePos RuleContext::specPos() const
{
    return service.spec.pos().isValid() ? service.spec.pos() : service.pos;
}

SourcePos RuleContext::metaPos() const
{
    return service.metadata.pos().isValid() ? service.metadata.pos() : service.pos;
}

QString RuleContext::translated(const char *source) const
{
    struct Texts
    {
        QString language;
        std::vector<std::pair<const char *, QString>> made; // by the address of the source
    };
    thread_local Texts texts;
    if (texts.language != language())
        texts = Texts{language(), {}};
    for (const auto &[from, text] : texts.made) {
        if (from == source)
            return text;
    }
    return texts.made.emplace_back(source, ValidationTr::tr(source)).second;
}

void RuleContext::add(Finding finding)
{
    // Many Services get the same finding in the same words (a note on every SCTP port): each
    // thread keeps the last text of a few codes, and a finding that says it again shares it, so
    // that the findings of a large file hold one copy of such a text, not thousands.
    struct LastText
    {
        QString code;
        QString message;
    };
    thread_local std::array<LastText, 16> last;
    const QString &code = finding.code;
    LastText &slot = last[sampledHash(code) % last.size()];
    // Texts made once (by the provider checks) come as the same string: equal without a look.
    const auto same = [](const QString &a, const QString &b) {
        return a.size() == b.size() && (a.constData() == b.constData() || QStringView(a) == b);
    };
    if (same(slot.message, finding.message) && same(slot.code, code)) {
        finding.message = slot.message;
    } else {
        slot.code = finding.code;
        slot.message = finding.message;
    }
    m_findings.push_back(std::move(finding));
}

void RuleContext::required(const QString &code,
                           const QString &path,
                           SourcePos pos,
                           const QString &detail,
                           std::optional<Fix> fix)
{
    const QString message = detail.isEmpty() ? ValidationTr::tr("Required value")
                                             : ValidationTr::tr("Required value: %1").arg(detail);
    add({Severity::Error, code, ErrorType::Required, path, pos, message, std::move(fix)});
}

void RuleContext::invalid(const QString &code,
                          const QString &path,
                          SourcePos pos,
                          const QString &value,
                          const QStringList &messages,
                          std::optional<Fix> fix)
{
    for (const QString &m : messages) {
        add({Severity::Error,
             code,
             ErrorType::Invalid,
             path,
             pos,
             ValidationTr::tr("Invalid value: %1: %2").arg(value, m),
             fix});
    }
}

void RuleContext::forbidden(const QString &code,
                            const QString &path,
                            SourcePos pos,
                            const QString &detail,
                            std::optional<Fix> fix)
{
    add({Severity::Error,
         code,
         ErrorType::Forbidden,
         path,
         pos,
         ValidationTr::tr("Forbidden: %1").arg(detail),
         std::move(fix)});
}

void RuleContext::notSupported(const QString &code,
                               const QString &path,
                               SourcePos pos,
                               const QString &value,
                               const QStringList &supported,
                               std::optional<Fix> fix)
{
    QStringList items;
    for (const QString &s : supported)
        items << quoted(s);
    add({Severity::Error,
         code,
         ErrorType::NotSupported,
         path,
         pos,
         ValidationTr::tr("Unsupported value: %1: supported values: %2")
             .arg(value, items.join(u", ")),
         std::move(fix)});
}

void RuleContext::duplicate(const QString &code,
                            const QString &path,
                            SourcePos pos,
                            const QString &value,
                            std::optional<Fix> fix)
{
    add({Severity::Error,
         code,
         ErrorType::Duplicate,
         path,
         pos,
         ValidationTr::tr("Duplicate value: %1").arg(value),
         std::move(fix)});
}

void RuleContext::warning(const QString &code,
                          const FieldPath &path,
                          SourcePos pos,
                          const QString &message,
                          std::optional<Fix> fix)
{
    add({Severity::Warning, code, ErrorType::None, path, pos, message, std::move(fix)});
}

QString portPath(size_t i)
{
    return u"spec.ports[" + QString::number(i) + u']';
}

FieldPath portFieldPath(size_t i, QStringView field)
{
    static constexpr QStringView kFields[]
        = {u"", u"name", u"protocol", u"port", u"targetPort", u"nodePort", u"appProtocol"};
    static constexpr size_t kPorts = 32;
    static const std::vector<FieldPath> made = [] {
        std::vector<FieldPath> paths;
        for (size_t port = 0; port < kPorts; ++port) {
            for (const QStringView f : kFields)
                paths.push_back(f.isEmpty() ? FieldPath(portPath(port))
                                            : FieldPath(portPath(port) + u'.' + f));
        }
        return paths;
    }();
    const auto known = std::find(std::begin(kFields), std::end(kFields), field);
    if (i < kPorts && known != std::end(kFields))
        return made[i * std::size(kFields) + size_t(known - std::begin(kFields))];
    return field.isEmpty() ? FieldPath(portPath(i)) : FieldPath(portPath(i) + u'.' + field);
}

ServicePort *portAt(Service &s, size_t i)
{
    ServiceSpec *spec = s.spec.get();
    if (!spec || !spec->ports.hasValue() || i >= spec->ports.value().size())
        return nullptr;
    return spec->ports.value()[i].get();
}

} // namespace rules

namespace {

// validateService() on a context that the checks against the manifest can go on with.
void checkService(rules::RuleContext &c)
{
    const Service &service = c.service;
    rules::checkDecoding(c);
    rules::checkMetadata(c);
    if (c.spec) {
        rules::checkTypeSpecific(c);
        rules::checkPorts(c);
        rules::checkSelectorAndAffinity(c);
        rules::checkAddresses(c);
        rules::checkTrafficAndLoadBalancer(c);
        rules::checkAddressWarnings(c);
        rules::checkPlatform(c);
    } else if (!service.spec.isRaw() || service.spec.isNull()) {
        // No spec at all: a ClusterIP Service without ports.
        c.required(QStringLiteral("ports-required"), QStringLiteral("spec.ports"), service.pos);
    }
}

// The findings of `check` on one Service, gathered in a vector this thread keeps for it and
// handed out in a vector of just their number: a vector grown one finding at a time allocates
// at every doubling, and a pass makes tens of thousands of them. A check that validates
// another Service meanwhile gathers in a vector of its own.
template<typename Check>
std::vector<Finding> gather(const Service &service, const Environment &environment, Check check)
{
    thread_local std::vector<Finding> scratch;
    thread_local bool gathering = false;
    std::vector<Finding> findings;
    const bool outermost = !gathering;
    gathering = true;
    rules::RuleContext c(service, environment, outermost ? scratch : findings);
    check(c);
    if (outermost) {
        gathering = false;
        findings.assign(std::make_move_iterator(scratch.begin()),
                        std::make_move_iterator(scratch.end()));
        scratch.clear();
    }
    return findings;
}

} // namespace

std::vector<Finding> validateService(const Service &service, const Environment &environment)
{
    return gather(service, environment, checkService);
}

std::vector<Finding> validatePlatform(const Service &service, const Environment &environment)
{
    return gather(service, environment, [](rules::RuleContext &c) {
        if (c.spec)
            rules::checkPlatform(c);
    });
}

std::vector<Finding> validateInManifest(const Manifest &manifest,
                                        ServiceRef ref,
                                        const Environment &environment)
{
    return validateInManifest(manifest, ManifestIndex(manifest), ref, environment);
}

std::vector<Finding> validateInManifest(const Manifest &manifest,
                                        const ManifestIndex &index,
                                        ServiceRef ref,
                                        const Environment &environment)
{
    return gather(manifest.service(ref), environment, [&index](rules::RuleContext &c) {
        checkService(c);
        if (c.spec)
            rules::checkAgainstManifest(c, index.podTemplates());
    });
}

bool fixHelps(const Service &service, const Fix &fix, const Environment &environment)
{
    Service fixed = service;
    fix.apply(fixed);
    if (fixed == service)
        return false;
    auto errors = [&](const Service &s) {
        QSet<QString> found;
        for (const Finding &f : validateService(s, environment)) {
            if (f.severity == Severity::Error)
                found.insert(f.code + u' ' + f.path.toString());
        }
        return found;
    };
    return (errors(fixed) - errors(service)).isEmpty();
}

} // namespace sd
