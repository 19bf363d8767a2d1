// SPDX-License-Identifier: GPL-3.0-or-later
// The helpers shared by the provider rule files (see providerrules_p.h).

#include "model/validation/providerrules_p.h"

#include <memory>
#include <vector>

#include "model/providers/profilematch.h"
#include "model/tr.h"

namespace sd::rules::platform {

using namespace Qt::StringLiterals;

namespace {

const StringMapEntry *annotationEntry(const RuleContext &c, QStringView key)
{
    const StringMap *annotations = c.meta ? c.meta->annotations.get() : nullptr;
    if (!annotations)
        return nullptr;
    for (auto it = annotations->entries.rbegin(); it != annotations->entries.rend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    return nullptr;
}

StringMap &annotationsOf(Service &s)
{
    if (!s.metadata.hasValue())
        s.metadata.set(ObjectMeta());
    ObjectMeta &m = s.metadata.value();
    if (!m.annotations.hasValue())
        m.annotations.set(StringMap());
    return m.annotations.value();
}

QString describeSelector(const Selector &s)
{
    QString text;
    if (!s.loadBalancerClass.isEmpty()) {
        text = ValidationTr::tr("spec.loadBalancerClass is one of %1")
                   .arg(quotedList(s.loadBalancerClass));
    } else if (!s.field.isEmpty()) {
        text = s.absent ? ValidationTr::tr("%1 is not set").arg(s.field)
                        : ValidationTr::tr("%1 is %2").arg(s.field, quotedList(s.equals));
    } else if (s.port) {
        const PortTest &t = *s.port;
        QStringList parts;
        if (!t.protocol.isEmpty())
            parts << ValidationTr::tr("protocol %1").arg(t.protocol.join(u'/'));
        if (!t.setting.isEmpty()) {
            parts << (t.absent
                          ? ValidationTr::tr("no %1", "a per-port setting that is not set")
                                .arg(t.setting)
                          : ValidationTr::tr(
                                "%1 %2", "a per-port setting and its values: protocol \"https\"")
                                .arg(t.setting, quotedList(t.equals)));
        }
        if (!t.inAnnotation.isEmpty())
            parts << ValidationTr::tr("listed in %1").arg(t.inAnnotation);
        if (t.sharesNumber)
            parts << ValidationTr::tr("sharing its number with another port");
        text = s.absent ? ValidationTr::tr("no port with %1").arg(parts.join(u", "))
                        : ValidationTr::tr("a port with %1").arg(parts.join(u", "));
    } else if (!s.anyOf.empty() || !s.allOf.empty()) {
        QStringList parts;
        for (const Selector &x : s.anyOf.empty() ? s.allOf : s.anyOf)
            parts << describeSelector(x);
        text = u'('
               + parts.join(s.anyOf.empty() ? ValidationTr::tr(" and ") : ValidationTr::tr(" or "))
               + u')';
    } else if (s.absent) {
        text = ValidationTr::tr("the annotation %1 is not set").arg(s.annotation);
    } else if (!s.item.isEmpty()) {
        text = ValidationTr::tr("the annotation %1 lists %2").arg(s.annotation, quotedList(s.item));
    } else if (s.equals.isEmpty()) {
        text = ValidationTr::tr("the annotation %1 is set").arg(s.annotation);
    } else {
        text = ValidationTr::tr("the annotation %1 is %2").arg(s.annotation, quotedList(s.equals));
    }
    return s.negate ? ValidationTr::tr("not: %1").arg(text) : text;
}

QString describeCondition(const Fact &f, QStringView language)
{
    if (!f.note.isEmpty())
        return f.note.text(language);
    return describeSelectors(f.requires_);
}

// The edit that meets a condition made of annotation tests with a known value.
std::optional<Fix> conditionFix(const Fact &f)
{
    if (f.requires_.empty())
        return std::nullopt;
    std::vector<std::pair<QString, std::optional<QString>>> edits; // key -> value, or remove
    for (const Selector &s : f.requires_) {
        if (!s.loadBalancerClass.isEmpty() || s.annotation.isEmpty())
            return std::nullopt;
        if (s.absent)
            edits.emplace_back(s.annotation, std::nullopt);
        else if (!s.equals.isEmpty())
            edits.emplace_back(s.annotation, s.equals.front());
        else
            return std::nullopt;
    }
    const QString label = edits.size() == 1 && edits.front().second
                              ? ValidationTr::tr("Set the annotation %1 to %2")
                                    .arg(edits.front().first, quoted(*edits.front().second))
                              : ValidationTr::tr("Set the annotations the condition needs");
    return Fix{label, [edits](Service &s) {
                   StringMap &a = annotationsOf(s);
                   for (const auto &[key, value] : edits) {
                       if (value)
                           a.set(key, *value);
                       else
                           a.remove(key);
                   }
               }};
}

QString withNote(const QString &message, const Fact &f, QStringView language)
{
    const QString note = f.note.text(language);
    return note.isEmpty() ? message : message + u' ' + note;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Paths, positions, fixes

QString describeSelectors(const std::vector<Selector> &selectors)
{
    QStringList parts;
    for (const Selector &s : selectors)
        parts << describeSelector(s);
    return parts.join(u"; ");
}

void reportOnAnnotation(ProviderCheck &pc, const QString &code, const QString &key, Verdict &verdict)
{
    pc.placed.insert(key);
    report(pc.c, code, annotationPath(key), annotationPos(pc.c, key), std::move(verdict));
}

QString annotationPath(const QString &key)
{
    return u"metadata.annotations["_s + key + u']';
}

SourcePos annotationPos(const RuleContext &c, QStringView key)
{
    const StringMapEntry *e = annotationEntry(c, key);
    if (!e)
        return c.metaPos();
    return c.posOr(e->value, e->keyPos.isValid() ? e->keyPos : c.metaPos());
}

SourcePos portPos(const RuleContext &c, size_t i)
{
    const List<ServicePort> &ports = c.service.ports();
    return i < ports.size() ? c.posOr(ports[i], c.specPos()) : c.specPos();
}

Fix removeAnnotation(const QString &key)
{
    return {ValidationTr::tr("Remove the annotation"), [key](Service &s) {
                if (ObjectMeta *m = s.metadata.get()) {
                    if (StringMap *a = m->annotations.get())
                        a->remove(key);
                }
            }};
}

Fix setAnnotation(const QString &label, const QString &key, const QString &value)
{
    return {label, [key, value](Service &s) { annotationsOf(s).set(key, value); }};
}

Fix renameAnnotation(const QString &from, const QString &to)
{
    return {ValidationTr::tr("Rename the annotation to %1").arg(to), [from, to](Service &s) {
                StringMap &a = annotationsOf(s);
                const Field<QString> *old = a.find(from);
                const QString value = old ? old->valueOr({}) : QString();
                a.remove(from);
                a.set(to, value);
            }};
}

bool containsText(const QStringList &list, QStringView value, bool caseInsensitive)
{
    const Qt::CaseSensitivity cs = caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const QString &item : list) {
        if (QStringView(item).compare(value, cs) == 0)
            return true;
    }
    return false;
}

QString quotedList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out << quoted(v);
    return out.join(u", ");
}

// ---------------------------------------------------------------------------------------------
// Profile facts

QString providerName(const ProviderProfile &p)
{
    return providerName(p, currentLanguage());
}

QString providerName(const ProviderProfile &p, QStringView language)
{
    const QString name = p.name.text(language);
    return name.isEmpty() ? p.id : name;
}

QString describeProvider(const ProviderProfile &p, const ProfileVariant &v)
{
    return describeProvider(p, v, currentLanguage());
}

QString describeProvider(const ProviderProfile &p, const ProfileVariant &v, QStringView language)
{
    const QString variant = v.name.text(language);
    const QString provider = providerName(p, language);
    if (p.variants.size() < 2 || variant.isEmpty())
        return provider;
    return ValidationTr::tr("%1, %2", "provider, load-balancer type").arg(provider, variant);
}

std::optional<Provenance> sourceOf(const Provenance &basis, const ProviderProfile &profile)
{
    if (!basis.source.isEmpty())
        return basis;
    if (!profile.provenance.source.isEmpty())
        return profile.provenance;
    return std::nullopt;
}

bool isStated(const Fact &f)
{
    return f.support != Support::Unknown || !f.note.isEmpty() || !f.provenance.source.isEmpty();
}

bool factHolds(const ProviderCheck &pc, const Fact &fact)
{
    switch (fact.support) {
    case Support::Yes:
        return true;
    case Support::Conditional:
        return conditionHolds(fact, pc.c.service);
    case Support::Unknown:
    case Support::No:
        break;
    }
    return false;
}

namespace {

Verdict verdictOf(const ProviderCheck &pc, const Fact &fact, const QString &what)
{
    switch (fact.support) {
    case Support::Yes: // holds: not judged
    case Support::Conditional:
        // A condition the validator can test and that does not hold, on a fact whose outcome is
        // a refusal, is the controller's error (Azure SCTP without an internal load balancer); a
        // condition in words only stays a warning.
        return Verdict{fact.outcome == Outcome::Rejected && !fact.requires_.empty()
                           ? Severity::Error
                           : Severity::Warning,
                       ValidationTr::tr("%1 supports %2 only when this holds: %3")
                           .arg(pc.who(), what, describeCondition(fact, pc.language())),
                       conditionFix(fact)};
    case Support::Unknown:
        return Verdict{Severity::Warning,
                       withNote(ValidationTr::tr(
                                    "Whether %1 supports %2 depends on the implementation; "
                                    "check it before you rely on it.")
                                    .arg(pc.who(), what),
                                fact,
                                pc.language()),
                       std::nullopt};
    case Support::No:
        break;
    }
    switch (fact.outcome) {
    case Outcome::Rejected:
        return Verdict{Severity::Error,
                       withNote(ValidationTr::tr(
                                    "%1 does not support %2: its controller refuses the "
                                    "Service and the load balancer is never created.")
                                    .arg(pc.who(), what),
                                fact,
                                pc.language()),
                       std::nullopt};
    case Outcome::Dropped:
        return Verdict{Severity::Warning,
                       withNote(ValidationTr::tr(
                                    "%1 does not support %2: it is left out of the load "
                                    "balancer.")
                                    .arg(pc.who(), what),
                                fact,
                                pc.language()),
                       std::nullopt};
    case Outcome::Ignored:
        return Verdict{Severity::Warning,
                       withNote(ValidationTr::tr("%1 does not support %2: it has no effect.")
                                    .arg(pc.who(), what),
                                fact,
                                pc.language()),
                       std::nullopt};
    case Outcome::Unknown:
        break;
    }
    return Verdict{Severity::Warning,
                   withNote(ValidationTr::tr("%1 does not support %2.").arg(pc.who(), what),
                            fact,
                            pc.language()),
                   std::nullopt};
}

// The texts of the chosen profile in one language that do not depend on the Service: the names
// of its variants (ProviderCheck::who()) and its verdicts (judge()). Making a verdict
// (translations, arguments, notes) costs more than all the checks that lead to it. It holds the
// profile, so that no other profile can take the addresses it keeps while it keeps them.
struct ProfileTexts
{
    struct Kept
    {
        const ProfileVariant *variant;
        const Fact *fact;
        qint64 detail;
        Verdict verdict;
    };
    struct Read
    {
        const ProfileVariant *variant;
        QString key;
        KeyReading reading;
    };
    // A Service's own numbers can make the verdicts differ (TCP and UDP on port N), and a file
    // may have any number of annotation keys: the first are kept, the others made each time.
    static constexpr size_t kMaxVerdicts = 64;
    static constexpr size_t kMaxReadings = 32;

    std::shared_ptr<const ProviderProfile> profile;
    QString language;
    std::vector<std::pair<const ProfileVariant *, QString>> who;
    std::vector<Kept> verdicts;
    // The readings name the other known providers, so they are kept for these.
    std::vector<std::shared_ptr<const ProviderProfile>> known;
    std::vector<Read> readings;
};

// This thread's texts of pc's profile in pc's language; nullptr when the check is not of the
// environment's profile (which holds it).
ProfileTexts *textsOf(const ProviderCheck &pc)
{
    const std::shared_ptr<const ProviderProfile> &chosen = pc.c.environment.platform.provider;
    if (chosen.get() != &pc.profile)
        return nullptr;
    thread_local ProfileTexts texts;
    if (texts.profile != chosen || texts.language != pc.language())
        texts = ProfileTexts{chosen, pc.language(), {}, {}, {}, {}};
    return &texts;
}

} // namespace

const QString &ProviderCheck::who() const
{
    if (m_who)
        return *m_who;
    ProfileTexts *texts = textsOf(*this);
    if (texts) {
        for (const auto &[v, name] : texts->who) {
            if (v == &variant)
                return m_who.emplace(name);
        }
    }
    m_who = describeProvider(profile, variant, language());
    if (texts)
        texts->who.emplace_back(&variant, *m_who);
    return *m_who;
}

Verdict verdictOn(const ProviderCheck &pc, const Fact &fact, const QString &what)
{
    Verdict verdict = verdictOf(pc, fact, what);
    verdict.provenance = sourceOf(fact.provenance, pc.profile);
    return verdict;
}

const Verdict *keptVerdict(const ProviderCheck &pc, const Fact &fact, qint64 detail)
{
    if (const ProfileTexts *texts = textsOf(pc)) {
        for (const ProfileTexts::Kept &kept : texts->verdicts) {
            if (kept.fact == &fact && kept.detail == detail && kept.variant == &pc.variant)
                return &kept.verdict;
        }
    }
    return nullptr;
}

Verdict keepVerdict(const ProviderCheck &pc, const Fact &fact, qint64 detail, Verdict verdict)
{
    ProfileTexts *texts = textsOf(pc);
    if (texts && texts->verdicts.size() < ProfileTexts::kMaxVerdicts)
        texts->verdicts.push_back({&pc.variant, &fact, detail, verdict});
    return verdict;
}

const KeyReading *keptReading(const ProviderCheck &pc, const QString &key)
{
    ProfileTexts *texts = textsOf(pc);
    if (!texts)
        return nullptr;
    if (texts->known != pc.c.environment.platform.knownProviders) {
        texts->known = pc.c.environment.platform.knownProviders;
        texts->readings.clear();
        return nullptr;
    }
    for (const ProfileTexts::Read &read : texts->readings) {
        if (read.key.size() == key.size() && read.variant == &pc.variant && read.key == key)
            return &read.reading;
    }
    return nullptr;
}

KeyReading keepReading(const ProviderCheck &pc, const QString &key, KeyReading reading)
{
    ProfileTexts *texts = textsOf(pc);
    if (texts && texts->known == pc.c.environment.platform.knownProviders
        && texts->readings.size() < ProfileTexts::kMaxReadings)
        texts->readings.push_back({&pc.variant, key, reading});
    return reading;
}

void report(RuleContext &c,
            Severity severity,
            const QString &code,
            const FieldPath &path,
            SourcePos pos,
            const QString &message,
            std::optional<Provenance> provenance,
            std::optional<Fix> fix)
{
    c.add(
        {severity, code, ErrorType::None, path, pos, message, std::move(fix), std::move(provenance)});
}

void report(
    RuleContext &c, const QString &code, const FieldPath &path, SourcePos pos, Verdict verdict)
{
    report(c,
           verdict.severity,
           code,
           path,
           pos,
           verdict.message,
           std::move(verdict.provenance),
           std::move(verdict.fix));
}

} // namespace sd::rules::platform
