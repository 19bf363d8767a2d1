// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/servicewriter.h"

#include <algorithm>

#include "model/io/servicefields.h"

namespace sd {

namespace {

Node toNode(const QString &s)
{
    return Node::string(s);
}
Node toNode(int v)
{
    return Node::scalar(QString::number(v));
}
Node toNode(bool v)
{
    return Node::scalar(v ? QStringLiteral("true") : QStringLiteral("false"));
}
Node toNode(const Node &n)
{
    return n;
}

template<typename E>
requires std::is_enum_v<E> Node toNode(E e)
{
    return Node::string(toString(e));
}

Node toNode(const IntOrString &v)
{
    return v.isInt() ? toNode(v.toInt()) : Node::string(v.toString());
}

template<typename T>
Node fieldToNode(const Field<T> &f);

Node toNode(const StringMap &map)
{
    Node n = Node::mapping();
    n.entries().reserve(map.entries.size());
    for (const StringMapEntry &e : map.entries) {
        // kubectl keeps the last of duplicate keys; writing both would make the file invalid
        // for strict parsers.
        if (map.find(e.key) != &e.value || !e.value.isSet())
            continue;
        n.insert(e.key, fieldToNode(e.value));
    }
    return n;
}

template<typename T>
Node toNode(const List<T> &list)
{
    Node n = Node::sequence();
    n.items().reserve(list.size());
    for (const Field<T> &item : list) {
        if (item.isSet())
            n.append(fieldToNode(item));
    }
    return n;
}

template<typename S>
requires requires(const S &s)
{
    s.extras;
}
Node toNode(const S &obj)
{
    Node n = Node::mapping();
    n.entries().reserve(obj.extras.size() + 8);
    fields::visit(obj, [&](QStringView key, const auto &field) {
        // The names are string literals that live as long as the program: no copy needed.
        if (field.isSet())
            n.insert(QString::fromRawData(key.data(), key.size()), fieldToNode(field));
    });
    if (!obj.extras.empty()) {
        for (const Node::Entry &e : obj.extras)
            n.insert(e.key, e.value);
        // Stable: known fields and extras of equal names cannot both exist.
        std::stable_sort(n.entries().begin(),
                         n.entries().end(),
                         [](const Node::Entry &a, const Node::Entry &b) { return a.key < b.key; });
    }
    return n;
}

template<typename T>
Node fieldToNode(const Field<T> &f)
{
    if (const Node *raw = f.raw())
        return *raw;
    return toNode(f.value());
}

} // namespace

Node writeService(const Service &service)
{
    return toNode(service);
}

} // namespace sd
