// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/node.h"

#include "model/domain/scalar.h"

namespace sd {

Node::Node(const Node &other)
    : m_kind(other.m_kind)
    , m_style(other.m_style)
    , m_pos(other.m_pos)
    , m_text(other.m_text)
    , m_rest(other.m_rest ? std::make_unique<Rest>(*other.m_rest) : nullptr)
{}

Node &Node::operator=(const Node &other)
{
    if (this != &other)
        *this = Node(other);
    return *this;
}

Node::~Node() = default;

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
    if (!m_rest)
        return nullptr;
    const std::vector<Entry> &all = m_rest->entries;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
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
    rest().entries.push_back(Entry{std::move(key), keyPos, std::move(value)});
}

namespace {

// kubectl sends a timestamp as a JSON string, so to it the two are the same.
ScalarType kubectlType(const Node &scalar)
{
    const ScalarType t = resolveScalar(scalar);
    return t == ScalarType::Timestamp ? ScalarType::String : t;
}

} // namespace

// Positions and layout (flow or block) are where a value was written, not what it is: two trees
// are equal when they say the same thing: scalars by their text and by what type kubectl reads
// them as (so plain `web` equals quoted "web", but plain `80` does not equal "80").
bool operator==(const Node &a, const Node &b)
{
    if (a.m_kind != b.m_kind)
        return false;
    switch (a.m_kind) {
    case Node::Kind::Scalar:
        return a.m_text == b.m_text && kubectlType(a) == kubectlType(b);
    case Node::Kind::Sequence:
        return a.items() == b.items();
    case Node::Kind::Mapping:
        return a.entries() == b.entries();
    }
    return false;
}

} // namespace sd
