// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <new>
#include <vector>

#include <QString>

namespace sd {

/** A place in a source file: 1-based line and column (columns count characters, not bytes).
 *  A default-constructed SourcePos means "not from a file". */
struct SourcePos
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    friend bool operator==(const SourcePos &, const SourcePos &) = default;
};

/**
 * A generic YAML/JSON value tree: what the readers produce and the writers consume, and how the
 * model keeps anything it does not know (unknown fields, other kinds, status) exactly as written.
 *
 * Scalars keep their decoded text and their style. The style carries the meaning the writers need:
 * a Plain scalar is written as its text (its type is what YAML 1.1 resolution gives it, as kubectl
 * reads it); any quoted or block style means "this is a string", and the writer chooses how to quote
 * it. Mapping keys keep their order, and duplicates are kept as they come (the reader of the model
 * decides what a duplicate means).
 */
class Node
{
public:
    enum class Kind : unsigned char { Scalar, Sequence, Mapping };
    enum class Style : unsigned char {
        Plain,        ///< scalar: unquoted (type by resolution); collection: block layout
        SingleQuoted, ///< scalar: a string
        DoubleQuoted, ///< scalar: a string
        Literal,      ///< scalar: a string from a `|` block
        Folded,       ///< scalar: a string from a `>` block
        Flow,         ///< collection written in flow style (`{}` / `[]`)
    };
    struct Entry;

    Node()
        : m_text()
    {}
    Node(const Node &other);
    Node(Node &&other) noexcept;
    Node &operator=(const Node &other);
    Node &operator=(Node &&other) noexcept;
    ~Node();

    static Node scalar(QString text, Style style = Style::Plain, SourcePos pos = {});
    /** A string scalar: the writers quote it as YAML needs. */
    static Node string(QString text, SourcePos pos = {});
    static Node sequence(Style style = Style::Plain, SourcePos pos = {});
    static Node mapping(Style style = Style::Plain, SourcePos pos = {});

    Kind kind() const { return m_kind; }
    Style style() const { return m_style; }
    void setStyle(Style s) { m_style = s; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isMapping() const { return m_kind == Kind::Mapping; }
    /** True for a quoted or block scalar: its value is a string whatever its text looks like. */
    bool isQuoted() const { return m_kind == Kind::Scalar && m_style != Style::Plain; }

    SourcePos pos() const { return m_pos; }
    void setPos(SourcePos p) { m_pos = p; }

    /** Scalar text, decoded (escapes resolved, block scalars folded). */
    const QString &text() const;
    void setText(QString t);

    /** An explicit tag as written (`!!str`, `!foo`), or empty. */
    const QString &tag() const;
    void setTag(QString t);

    const std::vector<Node> &items() const;
    std::vector<Node> &items();
    const std::vector<Entry> &entries() const;
    std::vector<Entry> &entries();

    /** The last entry with this key (kubectl keeps the last of duplicate keys), or nullptr. */
    const Node *find(QStringView key) const;
    Node *find(QStringView key);
    void append(Node item);
    void insert(QString key, Node value, SourcePos keyPos = {});

    friend bool operator==(const Node &a, const Node &b);

private:
    // A node holds what its kind has (a scalar its text, a collection its children) in one
    // place, so that a collection costs one allocation (its children's), not two. What a node
    // of this kind does not have (a tag, or children asked of a scalar) goes to Rest, made when
    // first asked for: most nodes never need it.
    struct Rest;
    Rest &rest();
    static Node collection(Kind kind, Style style, SourcePos pos);
    void destroyOwn() noexcept;
    void destroyChildren() noexcept;
    template<typename From>
    void constructOwnFrom(From &&other);

    Kind m_kind = Kind::Scalar;
    Style m_style = Style::Plain;
    SourcePos m_pos;
    union {
        QString m_text;
        std::vector<Node> m_items;
        std::vector<Entry> m_entries;
    };
    std::unique_ptr<Rest> m_rest;
};

struct Node::Entry
{
    QString key;
    SourcePos keyPos;
    Node value;

    /** Equal when key and value say the same thing; positions do not count. */
    friend bool operator==(const Entry &a, const Entry &b)
    {
        return a.key == b.key && a.value == b.value;
    }
};

struct Node::Rest
{
    QString tag;
    // What a node was asked to hold that its kind does not have: kept, but not part of its value.
    QString text;
    std::vector<Node> items;
    std::vector<Entry> entries;
};

// Defined here, not in the class: they need Rest and Entry complete.

// A scalar's text goes here, inline (most nodes are scalars, and a moved-from one holds
// nothing); a collection's children in destroyChildren().
inline void Node::destroyOwn() noexcept
{
    if (m_kind == Kind::Scalar)
        m_text.~QString();
    else
        destroyChildren();
}

// Makes this node's own part (of its kind, which is set; the part is not) from other's: a copy
// from a const node, a move (other keeps its kind, empty) from an rvalue.
template<typename From>
void Node::constructOwnFrom(From &&other)
{
    switch (m_kind) {
    case Kind::Scalar:
        new (&m_text) QString(std::forward<From>(other).m_text);
        break;
    case Kind::Sequence:
        new (&m_items) std::vector<Node>(std::forward<From>(other).m_items);
        break;
    case Kind::Mapping:
        new (&m_entries) std::vector<Entry>(std::forward<From>(other).m_entries);
        break;
    }
}

inline Node::Node(Node &&other) noexcept
    : m_kind(other.m_kind)
    , m_style(other.m_style)
    , m_pos(other.m_pos)
    , m_rest(std::move(other.m_rest))
{
    constructOwnFrom(std::move(other));
}

inline Node &Node::operator=(Node &&other) noexcept
{
    if (this == &other)
        return *this;
    // `other` may be a part of this node (`node = std::move(node.items()[0])`): its parts are
    // taken out before this node's go.
    const Kind kind = other.m_kind;
    const Style style = other.m_style;
    const SourcePos pos = other.m_pos;
    std::unique_ptr<Rest> rest = std::move(other.m_rest);
    switch (kind) {
    case Kind::Scalar: {
        QString text = std::move(other.m_text);
        destroyOwn();
        new (&m_text) QString(std::move(text));
        break;
    }
    case Kind::Sequence: {
        std::vector<Node> items = std::move(other.m_items);
        destroyOwn();
        new (&m_items) std::vector<Node>(std::move(items));
        break;
    }
    case Kind::Mapping: {
        std::vector<Entry> entries = std::move(other.m_entries);
        destroyOwn();
        new (&m_entries) std::vector<Entry>(std::move(entries));
        break;
    }
    }
    m_kind = kind;
    m_style = style;
    m_pos = pos;
    m_rest = std::move(rest);
    return *this;
}

inline Node::~Node()
{
    destroyOwn();
}

inline Node Node::scalar(QString text, Style style, SourcePos pos)
{
    Node n;
    n.m_style = style;
    n.m_text = std::move(text);
    n.m_pos = pos;
    return n;
}

inline Node Node::string(QString text, SourcePos pos)
{
    return scalar(std::move(text), Style::DoubleQuoted, pos);
}

inline Node Node::collection(Kind kind, Style style, SourcePos pos)
{
    Node n;
    n.m_text.~QString();
    n.m_kind = kind;
    if (kind == Kind::Sequence)
        new (&n.m_items) std::vector<Node>();
    else
        new (&n.m_entries) std::vector<Entry>();
    n.m_style = style;
    n.m_pos = pos;
    return n;
}

inline Node Node::sequence(Style style, SourcePos pos)
{
    return collection(Kind::Sequence, style, pos);
}

inline Node Node::mapping(Style style, SourcePos pos)
{
    return collection(Kind::Mapping, style, pos);
}

inline const QString &Node::text() const
{
    static const QString none;
    if (m_kind == Kind::Scalar)
        return m_text;
    return m_rest ? m_rest->text : none;
}

inline void Node::setText(QString t)
{
    if (m_kind == Kind::Scalar)
        m_text = std::move(t);
    else if (m_rest || !t.isEmpty())
        rest().text = std::move(t);
}

inline const QString &Node::tag() const
{
    static const QString none;
    return m_rest ? m_rest->tag : none;
}

inline const std::vector<Node> &Node::items() const
{
    static const std::vector<Node> none;
    if (m_kind == Kind::Sequence)
        return m_items;
    return m_rest ? m_rest->items : none;
}

inline const std::vector<Node::Entry> &Node::entries() const
{
    static const std::vector<Entry> none;
    if (m_kind == Kind::Mapping)
        return m_entries;
    return m_rest ? m_rest->entries : none;
}

inline Node::Rest &Node::rest()
{
    if (!m_rest)
        m_rest = std::make_unique<Rest>();
    return *m_rest;
}

inline std::vector<Node> &Node::items()
{
    return m_kind == Kind::Sequence ? m_items : rest().items;
}

inline std::vector<Node::Entry> &Node::entries()
{
    return m_kind == Kind::Mapping ? m_entries : rest().entries;
}

inline void Node::setTag(QString t)
{
    if (m_rest || !t.isEmpty())
        rest().tag = std::move(t);
}

inline void Node::append(Node item)
{
    items().push_back(std::move(item));
}

} // namespace sd
