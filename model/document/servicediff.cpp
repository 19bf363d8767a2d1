// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/servicediff.h"

#include <QStringList>

#include "model/io/servicefields.h"

namespace sd {

namespace {

template<typename T>
qsizetype lengthOf(const Field<T> &)
{
    return -1; // not a list
}

template<typename T>
qsizetype lengthOf(const Field<List<T>> &field)
{
    return field.hasValue() ? qsizetype(field.value().size()) : -1;
}

qsizetype lengthOf(const Field<StringMap> &field)
{
    return field.hasValue() ? field.value().size() : -1;
}

// Entries that differ where equality does not look: a map keeps shadowed duplicates, which
// kubectl ignores but the file holds.
template<typename T>
bool same(const Field<T> &a, const Field<T> &b)
{
    return a == b;
}

bool same(const Field<StringMap> &a, const Field<StringMap> &b)
{
    if (!(a == b))
        return false;
    if (!a.hasValue() || !b.hasValue())
        return true;
    return a.value().entries.size() == b.value().entries.size()
           && std::equal(a.value().entries.begin(),
                         a.value().entries.end(),
                         b.value().entries.begin(),
                         [](const StringMapEntry &x, const StringMapEntry &y) {
                             return x.key == y.key && x.value == y.value;
                         });
}

// Unknown fields: one change for each that differs.
void diffExtras(ServiceRef ref,
                const FieldPath &path,
                const Extras &before,
                const Extras &after,
                std::vector<ServiceChange> &out)
{
    if (before == after)
        return;
    auto find = [](const Extras &extras, const QString &name) -> const Node * {
        for (const Node::Entry &e : extras) {
            if (e.key == name)
                return &e.value;
        }
        return nullptr;
    };
    QStringList names;
    for (const Extras *extras : {&before, &after}) {
        for (const Node::Entry &e : *extras) {
            if (!names.contains(e.key))
                names << e.key;
        }
    }
    for (const QString &name : std::as_const(names)) {
        const Node *x = find(before, name);
        const Node *y = find(after, name);
        if (!x || !y || !(*x == *y))
            out.push_back({ref, path.field(name), ServiceChange::Kind::Value});
    }
}

// One change per differing field of two objects of one kind, by visiting both.
template<typename Object>
void diffObject(ServiceRef ref,
                const FieldPath &path,
                const Object &before,
                const Object &after,
                std::vector<ServiceChange> &out)
{
    fields::visit(before, [&](QStringView name, const auto &field) {
        using F = std::remove_cvref_t<decltype(field)>;
        const F *other = nullptr;
        fields::visit(after, [&](QStringView otherName, const auto &candidate) {
            if constexpr (std::is_same_v<std::remove_cvref_t<decltype(candidate)>, F>) {
                if (otherName == name)
                    other = &candidate;
            }
        });
        if (!other || same(field, *other))
            return;
        const FieldPath at = path.field(name.toString());
        const qsizetype a = lengthOf(field);
        const qsizetype b = lengthOf(*other);
        if constexpr (std::is_same_v<F, Field<List<ServicePort>>>) {
            if (a == b && a >= 0) {
                for (qsizetype i = 0; i < a; ++i) {
                    if (!(field.value()[size_t(i)] == other->value()[size_t(i)]))
                        out.push_back({ref, at.index(int(i)), ServiceChange::Kind::Value});
                }
                return;
            }
        }
        out.push_back({ref, at, a == b ? ServiceChange::Kind::Value : ServiceChange::Kind::Reset});
    });
    diffExtras(ref, path, before.extras, after.extras, out);
}

} // namespace

std::vector<ServiceChange> serviceDiff(ServiceRef ref, const Service &before, const Service &after)
{
    std::vector<ServiceChange> out;
    if (before == after)
        return out;
    // Another shape at the top: a Service is replaced whole.
    if (before.metadata.hasValue() != after.metadata.hasValue()
        || before.spec.hasValue() != after.spec.hasValue()
        || !(before.apiVersion == after.apiVersion) || !(before.kind == after.kind)) {
        out.push_back({ref, FieldPath(), ServiceChange::Kind::Reset});
        return out;
    }
    if (before.metadata.hasValue()) {
        diffObject(ref,
                   FieldPath().field(QStringLiteral("metadata")),
                   before.metadata.value(),
                   after.metadata.value(),
                   out);
    } else if (!(before.metadata == after.metadata)) {
        out.push_back(
            {ref, FieldPath().field(QStringLiteral("metadata")), ServiceChange::Kind::Value});
    }
    if (before.spec.hasValue()) {
        diffObject(ref,
                   FieldPath().field(QStringLiteral("spec")),
                   before.spec.value(),
                   after.spec.value(),
                   out);
    } else if (!(before.spec == after.spec)) {
        out.push_back({ref, FieldPath().field(QStringLiteral("spec")), ServiceChange::Kind::Value});
    }
    if (!(before.status == after.status))
        out.push_back(
            {ref, FieldPath().field(QStringLiteral("status")), ServiceChange::Kind::Value});
    diffExtras(ref, FieldPath(), before.extras, after.extras, out);
    return out;
}

} // namespace sd
