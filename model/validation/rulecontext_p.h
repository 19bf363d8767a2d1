// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the rule files of the validator; not part of the model's interface.

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include <QSet>
#include <QStringList>

#include "model/providers/profileloader.h"
#include "model/validation/environment.h"
#include "model/validation/finding.h"
#include "model/validation/syntax.h"

namespace sd {
class Manifest;
} // namespace sd

namespace sd::rules {

struct PodTemplates;

using syntax::quoted; // the rules print values as the API server does

/** `spec.ports[i]`, as the API server prints the path of a port. */
QString portPath(size_t i);
/** `spec.ports[i].field` (`spec.ports[i]` for an empty field) as a FieldPath: the common ones
 *  are made once, since findings on ports are frequent and parsing their text is not free. */
FieldPath portFieldPath(size_t i, QStringView field);
/** The port at `i` of a Service being fixed, or nullptr. */
ServicePort *portAt(Service &s, size_t i);

/** The Service, what v1 defaulting and the registry make of it, and the findings so far. */
class RuleContext final
{
public:
    RuleContext(const Service &service,
                const Environment &environment,
                std::vector<Finding> &findings);

    const Service &service;
    const Environment &environment;
    const ObjectMeta *meta = nullptr; ///< nullptr when metadata is absent or not an object
    const ServiceSpec *spec = nullptr;

    /** spec.type after defaulting; nullopt when it is not one of the four types. */
    std::optional<ServiceType> type;
    /** spec.clusterIPs after normalisation (clusterIP copied in when clusterIPs is empty). Const,
     *  so that the rules' loops over it never copy it (a non-const empty list allocates to
     *  detach). */
    const QStringList clusterIPs;
    bool headless = false; ///< clusterIPs == ["None"]
    bool externallyAccessible = false;

    bool isType(ServiceType t) const { return type == t; }
    /** The position of a field, or of the nearest written parent. */
    SourcePos specPos() const;
    SourcePos metaPos() const;
    template<typename T>
    SourcePos posOr(const Field<T> &field, SourcePos parent) const
    {
        return field.pos().isValid() ? field.pos() : parent;
    }

    /** currentLanguage(), asked at the first text of this Service that needs it. */
    const QString &language() const
    {
        if (!m_language)
            m_language = currentLanguage();
        return *m_language;
    }
    /** ValidationTr::tr(source) of a text that many Services get, without arguments (marked
     *  where it is written with QT_TRANSLATE_NOOP("sd::validation", ...)): translated once per
     *  thread and language(). */
    QString translated(const char *source) const;

    void add(Finding finding);
    std::size_t findingCount() const { return m_findings.size(); }
    void required(const QString &code,
                  const QString &path,
                  SourcePos pos,
                  const QString &detail = {},
                  std::optional<Fix> fix = {});
    /** One finding per message, as the API reports them. `value` is printed as the API does. */
    void invalid(const QString &code,
                 const QString &path,
                 SourcePos pos,
                 const QString &value,
                 const QStringList &messages,
                 std::optional<Fix> fix = {});
    /** invalid() with `value` printed as %q, quoted only when there are messages: most values
     *  are valid, and the quoting would be wasted. */
    void invalidQuoted(const QString &code,
                       const QString &path,
                       SourcePos pos,
                       QStringView value,
                       const QStringList &messages,
                       std::optional<Fix> fix = {})
    {
        if (!messages.isEmpty())
            invalid(code, path, pos, quoted(value.toString()), messages, std::move(fix));
    }
    void forbidden(const QString &code,
                   const QString &path,
                   SourcePos pos,
                   const QString &detail,
                   std::optional<Fix> fix = {});
    void notSupported(const QString &code,
                      const QString &path,
                      SourcePos pos,
                      const QString &value,
                      const QStringList &supported,
                      std::optional<Fix> fix = {});
    void duplicate(const QString &code,
                   const QString &path,
                   SourcePos pos,
                   const QString &value,
                   std::optional<Fix> fix = {});
    void warning(const QString &code,
                 const FieldPath &path,
                 SourcePos pos,
                 const QString &message,
                 std::optional<Fix> fix = {});

private:
    std::vector<Finding> &m_findings;
    mutable std::optional<QString> m_language;
};

/**
 * The values seen so far by a duplicate check (port names, protocol and port): insert() says
 * whether the value was there already. Most Services have a handful of ports, so the first
 * values are searched in place without allocating; more go to a hash.
 */
template<typename T, size_t InPlace = 16>
class SeenValues
{
public:
    /** Adds `value`; true when it was seen before. */
    bool insert(const T &value)
    {
        if (m_hash.isEmpty()) {
            if (std::find(m_first.begin(), m_first.begin() + m_count, value)
                != m_first.begin() + m_count)
                return true;
            if (m_count < InPlace) {
                m_first[m_count++] = value;
                return false;
            }
            for (const T &v : m_first)
                m_hash.insert(v);
        }
        if (m_hash.contains(value))
            return true;
        m_hash.insert(value);
        return false;
    }

private:
    std::array<T, InPlace> m_first{};
    size_t m_count = 0;
    QSet<T> m_hash;
};

void checkDecoding(RuleContext &c);
void checkMetadata(RuleContext &c);
void checkTypeSpecific(RuleContext &c);
void checkPorts(RuleContext &c);
void checkSelectorAndAffinity(RuleContext &c);
void checkAddresses(RuleContext &c);
void checkAddressWarnings(RuleContext &c);
void checkTrafficAndLoadBalancer(RuleContext &c);
void checkPlatform(RuleContext &c);
/** Selector and target ports against the pod templates of the other documents of the file. */
void checkAgainstManifest(RuleContext &c, const PodTemplates &templates);

} // namespace sd::rules
