// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/node.h"

#include "model/domain/scalar.h"

namespace sd {

// A parse tree is mostly scalars: a node stays as small as the text it holds beside its kind,
// position and the pointer to what it rarely has.
static_assert(sizeof(Node) == 16 + sizeof(QString) + sizeof(void *));

Node::Node(const Node &other)
    : m_kind(other.m_kind)
    , m_style(other.m_style)
    , m_pos(other.m_pos)
    , m_rest(other.m_rest ? std::make_unique<Rest>(*other.m_rest) : nullptr)
{
    constructOwnFrom(other);
}

void Node::destroyChildren() noexcept
{
    if (m_kind == Kind::Sequence)
        m_items.~vector();
    else
        m_entries.~vector();
}

Node &Node::operator=(const Node &other)
{
    if (this != &other)
        *this = Node(other);
    return *this;
}

const Node *Node::find(QStringView key) const
{
    const std::vector<Entry> &all = entries();
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
    entries().push_back(Entry{std::move(key), keyPos, std::move(value)});
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
