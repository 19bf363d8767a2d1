// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
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

    Node() = default;
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
    const QString &text() const { return m_text; }
    void setText(QString t) { m_text = std::move(t); }

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
    // What most nodes (scalars without a tag) do not have, made when first asked for: a parse
    // tree is mostly scalars, and the model keeps nodes for what it does not know.
    struct Rest;
    Rest &rest();

    Kind m_kind = Kind::Scalar;
    Style m_style = Style::Plain;
    SourcePos m_pos;
    QString m_text;
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
    std::vector<Node> items;
    std::vector<Entry> entries;
};

// Defined here, not in the class: they need Rest (and Entry) complete.
inline Node::Node(Node &&other) noexcept = default;
inline Node &Node::operator=(Node &&other) noexcept = default;

inline const QString &Node::tag() const
{
    static const QString none;
    return m_rest ? m_rest->tag : none;
}

inline const std::vector<Node> &Node::items() const
{
    static const std::vector<Node> none;
    return m_rest ? m_rest->items : none;
}

inline const std::vector<Node::Entry> &Node::entries() const
{
    static const std::vector<Entry> none;
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
    return rest().items;
}

inline std::vector<Node::Entry> &Node::entries()
{
    return rest().entries;
}

inline void Node::setTag(QString t)
{
    if (m_rest || !t.isEmpty())
        rest().tag = std::move(t);
}

inline void Node::append(Node item)
{
    rest().items.push_back(std::move(item));
}

} // namespace sd
