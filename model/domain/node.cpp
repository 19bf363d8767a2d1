// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/node.h"

namespace sd {

Node Node::scalar(QString text, Style style, SourcePos pos)
{
    Node n;
    n.m_kind = Kind::Scalar;
    n.m_style = style;
    n.m_text = std::move(text);
    n.m_pos = pos;
    return n;
}

Node Node::string(QString text, SourcePos pos)
{
    return scalar(std::move(text), Style::DoubleQuoted, pos);
}

Node Node::sequence(Style style, SourcePos pos)
{
    Node n;
    n.m_kind = Kind::Sequence;
    n.m_style = style;
    n.m_pos = pos;
    return n;
}

Node Node::mapping(Style style, SourcePos pos)
{
    Node n;
    n.m_kind = Kind::Mapping;
    n.m_style = style;
    n.m_pos = pos;
    return n;
}

const Node *Node::find(QStringView key) const
{
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->key == key)
            return &it->value;
    }
    return nullptr;
}

Node *Node::find(QStringView key)
{
    return const_cast<Node *>(std::as_const(*this).find(key));
}

void Node::insert(QString key, Node value, SourcePos keyPos)
{
    m_entries.push_back(Entry{std::move(key), keyPos, std::move(value)});
}

// Positions and layout (flow or block) are where a value was written, not what it is: two trees
// are equal when they say the same thing. Quoting style matters only as "string or plain".
bool operator==(const Node &a, const Node &b)
{
    if (a.m_kind != b.m_kind)
        return false;
    switch (a.m_kind) {
    case Node::Kind::Scalar:
        return a.m_text == b.m_text && a.isQuoted() == b.isQuoted() && a.m_tag == b.m_tag;
    case Node::Kind::Sequence:
        return a.m_items == b.m_items;
    case Node::Kind::Mapping:
        if (a.m_entries.size() != b.m_entries.size())
            return false;
        for (size_t i = 0; i < a.m_entries.size(); ++i) {
            if (a.m_entries[i].key != b.m_entries[i].key || !(a.m_entries[i].value == b.m_entries[i].value))
                return false;
        }
        return true;
    }
    return false;
}

} // namespace sd
