// SPDX-License-Identifier: GPL-3.0-or-later
// Decode-level findings: values of the wrong type (400 BadRequest), enum strings the API does not
// support, unknown fields (kubectl's strict field validation), apiVersion and kind.

#include <algorithm>

#include "model/domain/editdistance.h"
#include "model/domain/scalar.h"
#include "model/io/decodemessages.h"
#include "model/io/servicefields.h"
#include "model/io/servicereader.h"
#include "model/io/servicewriter.h"
#include "model/tr.h"
#include "model/validation/rulecontext_p.h"

namespace sd::rules {

namespace {

// The field of Obj that `key` most likely meant, or an empty string: the one at most two edits
// away (case aside), else the only one that shares a long first part with it (at least 8
// characters and half of each name: publishNotReadyEndpoints for publishNotReadyAddresses).
template<typename Obj>
QString nearKnownField(const QString &key)
{
    const QString lowerKey = key.toLower();
    QString best;
    int bestDistance = 3;
    QStringList sharingStart;
    Obj probe{};
    fields::visit(probe, [&](QStringView name, auto &) {
        const QString lowerName = name.toString().toLower();
        const int d = editDistance(lowerKey, lowerName);
        if (d < bestDistance) {
            bestDistance = d;
            best = name.toString();
        }
        qsizetype common = 0;
        while (common < lowerKey.size() && common < lowerName.size()
               && lowerKey[common] == lowerName[common])
            ++common;
        if (common >= 8 && 2 * common >= lowerKey.size() && 2 * common >= lowerName.size())
            sharingStart << name.toString();
    });
    if (best.isEmpty() && sharingStart.size() == 1)
        best = sharingStart.front();
    return best;
}

// Renames the unknown field `key` of the object at `parentPath` to `known`: the value is read
// again as that field's (the reader checks its type).
Fix renameField(const QString &parentPath, const QString &key, const QString &known)
{
    return Fix{ValidationTr::tr("Rename it to %1").arg(known), [parentPath, key, known](Service &s) {
                   Node tree = writeService(s);
                   Node *at = &tree;
                   const FieldPath path(parentPath);
                   for (const FieldPath::Step &step : path.steps()) {
                       if (step.kind == FieldPath::Step::Kind::Index)
                           at = at->isSequence() && size_t(step.index) < at->items().size()
                                    ? &at->items()[size_t(step.index)]
                                    : nullptr;
                       else
                           at = at->isMapping() ? at->find(step.name) : nullptr;
                       if (!at)
                           return;
                   }
                   if (!at->isMapping() || at->find(known))
                       return;
                   for (Node::Entry &entry : at->entries()) {
                       if (entry.key == key)
                           entry.key = known;
                   }
                   s = readService(tree);
               }};
}

// metadata fields of ObjectMeta that the model keeps in extras. All but resourceVersion are
// ignored or overwritten on create.
bool isKnownMetadataField(QStringView key)
{
    static const QStringView known[] = {u"uid",
                                        u"resourceVersion",
                                        u"generation",
                                        u"creationTimestamp",
                                        u"deletionTimestamp",
                                        u"deletionGracePeriodSeconds",
                                        u"ownerReferences",
                                        u"finalizers",
                                        u"managedFields",
                                        u"selfLink"};
    return std::find(std::begin(known), std::end(known), key) != std::end(known);
}

QString kebab(QStringView camel)
{
    QString out;
    for (qsizetype i = 0; i < camel.size(); ++i) {
        const QChar ch = camel[i];
        if (ch.isUpper() && i > 0 && camel[i - 1].isLower())
            out += u'-';
        out += ch.toLower();
    }
    return out;
}

bool isStringScalar(const Node &n)
{
    return n.isScalar()
           && (resolveScalar(n) == ScalarType::String || resolveScalar(n) == ScalarType::Timestamp);
}

template<typename T>
constexpr ExpectedValue expectedFor()
{
    if constexpr (std::is_same_v<T, int>)
        return ExpectedValue::Integer;
    else if constexpr (std::is_same_v<T, bool>)
        return ExpectedValue::Boolean;
    else if constexpr (std::is_same_v<T, IntOrString>)
        return ExpectedValue::IntOrString;
    else if constexpr (std::is_same_v<T, StringMap>)
        return ExpectedValue::Object;
    else if constexpr (requires(T t) { t.extras; })
        return ExpectedValue::Object;
    else
        return ExpectedValue::String;
}

template<typename T>
struct IsList : std::false_type
{};
template<typename T>
struct IsList<List<T>> : std::true_type
{
    using Item = T;
};

// Where an object or a field is in a Service, for the fixes (they edit a copy).
template<typename Obj>
using ObjectAccessor = std::function<Obj *(Service &)>;
template<typename T>
using FieldAccessor = std::function<Field<T> *(Service &)>;

// The field named `key` of the object an accessor finds.
template<typename T, typename Obj>
FieldAccessor<T> childAccessor(ObjectAccessor<Obj> parent, QStringView key)
{
    return [parent, key](Service &s) -> Field<T> * {
        Obj *obj = parent(s);
        Field<T> *found = nullptr;
        if (obj) {
            fields::visit(*obj, [&](QStringView k, auto &field) {
                if constexpr (std::is_same_v<std::remove_reference_t<decltype(field)>, Field<T>>) {
                    if (k == key)
                        found = &field;
                }
            });
        }
        return found;
    };
}

// A field path as a chain on the stack, printed only when a finding needs it: most Services
// have no decode errors, and building every path string was most of the time of a pass.
struct PathChain
{
    const PathChain *parent = nullptr;
    QStringView key;      ///< a field name; empty for a list item
    qsizetype index = -1; ///< a list index

    QString toString() const
    {
        QString out = parent ? parent->toString() : QString();
        if (index >= 0)
            return out + u'[' + QString::number(index) + u']';
        if (key.isEmpty())
            return out;
        return out.isEmpty() ? key.toString() : out + u'.' + key;
    }
};

// The walk passes `makeAccess`, a callable that builds the std::function accessor of the
// current object or field, for the same reason: accessors are built only for findings.
class DecodeWalker
{
public:
    explicit DecodeWalker(RuleContext &c)
        : m_c(c)
    {}

    template<typename Obj, typename MakeAccess>
    void walkObject(const Obj &obj,
                    const PathChain &path,
                    SourcePos pos,
                    const MakeAccess &makeAccess)
    {
        for (const Node::Entry &e : obj.extras)
            extra<Obj>(path, e, makeAccess);
        fields::visit(obj, [&](QStringView key, const auto &field) {
            using F = std::remove_cvref_t<decltype(field)>;
            using T = std::remove_cvref_t<decltype(field.value())>;
            static_assert(std::is_same_v<F, Field<T>>);
            // Absent fields (most of them) have nothing to check.
            if (!field.isSet())
                return;
            const PathChain childPath{&path, key};
            walkField(field, childPath, key, field.pos().isValid() ? field.pos() : pos, [&] {
                return childAccessor<T, Obj>(makeAccess(), key);
            });
        });
    }

private:
    template<typename T, typename MakeAccess>
    void walkField(const Field<T> &f,
                   const PathChain &path,
                   QStringView key,
                   SourcePos pos,
                   const MakeAccess &makeAccess)
    {
        if (f.isRaw()) {
            if (!f.isNull())
                rawValue(f, path, key, pos, makeAccess);
            return;
        }
        if (!f.hasValue())
            return;
        if constexpr (std::is_same_v<T, StringMap>) {
            for (const StringMapEntry &e : f.value().entries) {
                if (e.value.isRaw() && !e.value.isNull())
                    wrongType(path.toString() + u'[' + e.key + u']',
                              e.value.pos(),
                              ExpectedValue::String,
                              *e.value.raw());
            }
        } else if constexpr (IsList<T>::value) {
            using Item = typename IsList<T>::Item;
            const T &list = f.value();
            for (size_t i = 0; i < list.size(); ++i) {
                const PathChain itemPath{&path, {}, qsizetype(i)};
                walkField(list[i],
                          itemPath,
                          key,
                          list[i].pos().isValid() ? list[i].pos() : pos,
                          [&makeAccess, i]() -> FieldAccessor<Item> {
                              return [access = makeAccess(), i](Service &s) -> Field<Item> * {
                                  Field<T> *l = access(s);
                                  return l && l->hasValue() && i < l->value().size()
                                             ? &l->value()[i]
                                             : nullptr;
                              };
                          });
            }
        } else if constexpr (requires(T t) { t.extras; }) {
            walkObject(f.value(), path, pos, [&makeAccess]() -> ObjectAccessor<T> {
                return [access = makeAccess()](Service &s) -> T * {
                    Field<T> *field = access(s);
                    return field ? field->get() : nullptr;
                };
            });
        }
    }

    template<typename T, typename MakeAccess>
    void rawValue(const Field<T> &f,
                  const PathChain &path,
                  QStringView key,
                  SourcePos pos,
                  const MakeAccess &makeAccess)
    {
        const Node &raw = *f.raw();
        if constexpr (std::is_enum_v<T>) {
            if (isStringScalar(raw)) {
                if (enumValueAccepted(key, raw.text()))
                    return;
                QStringList supported;
                for (QStringView n : EnumNames<T>::names())
                    supported << n.toString();
                supported.sort();
                m_c.notSupported(kebab(key) + u"-unsupported",
                                 path.toString(),
                                 pos,
                                 quoted(raw.text()),
                                 supported,
                                 enumFix<T>(makeAccess()));
                return;
            }
        }
        if constexpr (std::is_same_v<T, Node>)
            return; // status is kept as is and wiped on create
        else
            wrongType(path.toString(), pos, expectedFor<T>(), raw);
    }

    template<typename E>
    static Fix enumFix(const FieldAccessor<E> &access)
    {
        if constexpr (std::is_same_v<E, Protocol>) {
            return {ValidationTr::tr("Set protocol to TCP"), [access](Service &s) {
                        if (Field<Protocol> *f = access(s))
                            f->set(Protocol::TCP);
                    }};
        } else {
            return {ValidationTr::tr("Remove the field"), [access](Service &s) {
                        if (Field<E> *f = access(s))
                            f->clear();
                    }};
        }
    }

    // Strings outside an enum that the API still accepts, or reports under another rule.
    bool enumValueAccepted(QStringView key, const QString &text) const
    {
        // Defaulted: "" means not set for these.
        if (text.isEmpty()
            && (key == u"protocol" || key == u"type" || key == u"sessionAffinity"
                || key == u"externalTrafficPolicy"))
            return true;
        // Not externally accessible: ETP1 says it may not be set at all.
        if (key == u"externalTrafficPolicy" && !m_c.externallyAccessible)
            return true;
        // ExternalName: S5/S6 forbid the fields and their values are not looked at.
        if ((key == u"ipFamilies" || key == u"ipFamilyPolicy")
            && m_c.isType(ServiceType::ExternalName))
            return true;
        return false;
    }

    void wrongType(const QString &path, SourcePos pos, ExpectedValue expected, const Node &raw)
    {
        m_c.add({Severity::Error,
                 QStringLiteral("wrong-type"),
                 ErrorType::TypeMismatch,
                 path,
                 raw.pos().isValid() ? raw.pos() : pos,
                 wrongTypeMessage(expected, raw),
                 {}});
    }

    template<typename Obj, typename MakeAccess>
    void extra(const PathChain &path, const Node::Entry &e, const MakeAccess &makeAccess)
    {
        const QString parentPath = path.toString();
        const QString fieldPath = parentPath.isEmpty() ? e.key : parentPath + u'.' + e.key;
        const QString key = e.key;
        Fix remove{ValidationTr::tr("Remove the field"),
                   [access = ObjectAccessor<Obj>(makeAccess()), key](Service &s) {
                       if (Obj *obj = access(s)) {
                           obj->extras.removeIf([&](const Node::Entry &x) { return x.key == key; });
                       }
                   }};
        if constexpr (std::is_same_v<Obj, ObjectMeta>) {
            if (e.key == u"resourceVersion") {
                m_c.add(
                    {Severity::Error,
                     QStringLiteral("resource-version-set"),
                     ErrorType::None,
                     fieldPath,
                     e.keyPos,
                     ValidationTr::tr("resourceVersion should not be set on objects to be created"),
                     std::move(remove)});
                return;
            }
            if (isKnownMetadataField(e.key))
                return;
        }
        // A near miss of a known field (`publishNotReadyAddress`) is renamed, not removed.
        const QString known = nearKnownField<Obj>(key);
        m_c.add({Severity::Error,
                 QStringLiteral("unknown-field"),
                 ErrorType::UnknownField,
                 fieldPath,
                 e.keyPos,
                 ValidationTr::tr("unknown field \"%1\"").arg(fieldPath),
                 known.isEmpty() ? std::move(remove) : renameField(parentPath, key, known)});
    }

    RuleContext &m_c;
};

void checkApiVersionAndKind(RuleContext &c)
{
    const Service &s = c.service;
    const QString apiVersion = s.apiVersion.valueOr({});
    if (!s.apiVersion.isRaw() && apiVersion.isEmpty()) {
        c.add({Severity::Error,
               QStringLiteral("api-version-required"),
               ErrorType::Required,
               QStringLiteral("apiVersion"),
               s.pos,
               ValidationTr::tr("apiVersion must be set to \"v1\""),
               Fix{ValidationTr::tr("Set apiVersion to v1"),
                   [](Service &svc) { svc.apiVersion.set(QStringLiteral("v1")); }}});
    } else if (s.apiVersion.hasValue() && apiVersion != u"v1") {
        c.add({Severity::Error,
               QStringLiteral("api-version-invalid"),
               ErrorType::Invalid,
               QStringLiteral("apiVersion"),
               c.posOr(s.apiVersion, s.pos),
               ValidationTr::tr("a Service is served as apiVersion \"v1\", not %1")
                   .arg(quoted(apiVersion)),
               Fix{ValidationTr::tr("Set apiVersion to v1"),
                   [](Service &svc) { svc.apiVersion.set(QStringLiteral("v1")); }}});
    }
    const QString kind = s.kind.valueOr({});
    if (!s.kind.isRaw() && kind.isEmpty()) {
        c.add({Severity::Error,
               QStringLiteral("kind-required"),
               ErrorType::Required,
               QStringLiteral("kind"),
               s.pos,
               ValidationTr::tr("kind must be set to \"Service\""),
               Fix{ValidationTr::tr("Set kind to Service"),
                   [](Service &svc) { svc.kind.set(QStringLiteral("Service")); }}});
    } else if (s.kind.hasValue() && kind != u"Service") {
        c.add({Severity::Error,
               QStringLiteral("kind-invalid"),
               ErrorType::Invalid,
               QStringLiteral("kind"),
               c.posOr(s.kind, s.pos),
               ValidationTr::tr("expected kind \"Service\", found %1").arg(quoted(kind)),
               Fix{ValidationTr::tr("Set kind to Service"),
                   [](Service &svc) { svc.kind.set(QStringLiteral("Service")); }}});
    }
}

} // namespace

void checkDecoding(RuleContext &c)
{
    checkApiVersionAndKind(c);
    DecodeWalker walker(c);
    walker.walkObject(c.service, PathChain{}, c.service.pos, [] {
        return ObjectAccessor<Service>([](Service &s) { return &s; });
    });
}

} // namespace sd::rules
