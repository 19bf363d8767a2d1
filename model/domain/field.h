// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

#include "model/domain/node.h"

namespace sd {

/**
 * One optional field of a Kubernetes object, with the three states a file can give it:
 * - absent: the author did not write it (the API server may default it; we never invent it);
 * - a value of type T;
 * - raw: written, but not a T (a string in an integer field, `VHF` as a protocol, a null). The
 *   node is kept exactly, so that nothing the author wrote is lost on save, and the validator can
 *   say what is wrong with it.
 * pos() is where the value stands in the source file.
 *
 * A Service holds about sixty of these, most of them absent, so a Field is its value and one
 * word: the value is always constructed (a default T while absent or raw), and the word holds
 * the state with the position, or the raw node this Field owns (whose own position is the
 * Field's). Raw nodes are rare (wrong input), so a copy of a Field copies its raw node.
 */
template<typename T>
class Field
{
public:
    Field() = default;
    Field(T value)
        : m_value(std::move(value))
        , m_word(HasValue)
    {} // NOLINT: a value converts to a set field
    Field(const Field &other)
        : m_value(other.m_value)
        , m_word(other.isRaw() ? rawWord(new Node(*other.raw())) : other.m_word)
    {}
    Field(Field &&other) noexcept
        : m_value(std::move(other.m_value))
        , m_word(std::exchange(other.m_word, Absent))
    {}
    Field &operator=(const Field &other)
    {
        if (this != &other)
            *this = Field(other);
        return *this;
    }
    Field &operator=(Field &&other) noexcept
    {
        if (this != &other) {
            dropRaw();
            m_value = std::move(other.m_value);
            m_word = std::exchange(other.m_word, Absent);
        }
        return *this;
    }
    ~Field() { dropRaw(); }

    bool isSet() const { return state() != Absent; }
    bool hasValue() const { return state() == HasValue; }
    bool isRaw() const { return state() == Raw; }
    /** Written as `null`, `~` or nothing: Kubernetes treats it as not set. */
    bool isNull() const
    {
        const Node *n = raw();
        return n && n->isScalar() && !n->isQuoted() && n->tag().isEmpty()
               && (n->text().isEmpty() || n->text() == u"~" || n->text() == u"null"
                   || n->text() == u"Null" || n->text() == u"NULL");
    }

    const T &value() const { return m_value; }
    T &value() { return m_value; }
    T valueOr(T fallback) const { return hasValue() ? m_value : std::move(fallback); }
    const T *get() const { return hasValue() ? &m_value : nullptr; }
    T *get() { return hasValue() ? &m_value : nullptr; }
    const Node *raw() const { return rawNode(); }

    /** Where the value stands in the source file; not valid for a value set by an edit. */
    SourcePos pos() const
    {
        if (isRaw())
            return raw()->pos();
        return SourcePos{int((m_word >> LineShift) & LineMask), int(m_word >> ColumnShift)};
    }
    void setPos(SourcePos p)
    {
        if (Node *n = rawNode())
            n->setPos(p);
        else
            m_word = state() | packed(p);
    }

    /** Sets the value; the position stays. */
    void set(T value)
    {
        const SourcePos p = pos();
        dropRaw();
        m_value = std::move(value);
        m_word = HasValue | packed(p);
    }
    /** For a reader: makes a Field that is still absent hold its value, the default T it has
     *  held since it was made, and returns that value to be filled in place (a large object is
     *  not moved twice then). The position stays. */
    T &setInPlace()
    {
        Q_ASSERT(state() == Absent);
        m_word |= HasValue;
        return m_value;
    }
    /** Keeps a node that is not a T; its position (or, when it has none, the Field's) is the
     *  Field's from now on. */
    void setRaw(Node node)
    {
        if (!node.pos().isValid())
            node.setPos(pos()); // an edit's node stands where the value stood
        Node *kept = new Node(std::move(node));
        dropRaw();
        m_value = T();
        m_word = rawWord(kept);
    }
    /** Makes the field absent; the position stays. */
    void clear()
    {
        const SourcePos p = pos();
        dropRaw();
        m_value = T();
        m_word = Absent | packed(p);
    }

    /** Equal when they say the same thing; positions do not count. */
    friend bool operator==(const Field &a, const Field &b)
    {
        if (a.isRaw() || b.isRaw())
            return a.isRaw() && b.isRaw() && *a.raw() == *b.raw();
        return a.state() == b.state() && (!a.hasValue() || a.m_value == b.m_value);
    }

private:
    // m_word: the state in its low two bits; for Raw, the rest is the node's address (which is
    // aligned to 8); otherwise the line above them (30 bits, files are far smaller) and the
    // column in the upper half.
    static constexpr std::uintptr_t Absent = 0;
    static constexpr std::uintptr_t HasValue = 1;
    static constexpr std::uintptr_t Raw = 2;
    static constexpr std::uintptr_t StateMask = 3;
    static constexpr int LineShift = 2;
    static constexpr std::uintptr_t LineMask = (std::uintptr_t(1) << 30) - 1;
    static constexpr int ColumnShift = 32;
    static_assert(sizeof(std::uintptr_t) == 8 && alignof(Node) >= 4);

    std::uintptr_t state() const { return m_word & StateMask; }
    static std::uintptr_t packed(SourcePos p)
    {
        const auto line = std::uintptr_t(std::clamp<qint64>(p.line, 0, qint64(LineMask)));
        const auto column = std::uintptr_t(std::clamp<qint64>(p.column, 0, INT32_MAX));
        return (line << LineShift) | (column << ColumnShift);
    }
    static std::uintptr_t rawWord(Node *node)
    {
        return reinterpret_cast<std::uintptr_t>(node) | Raw;
    }
    // The raw node this Field owns, or nullptr.
    Node *rawNode() const
    {
        return isRaw() ? reinterpret_cast<Node *>(m_word & ~StateMask) : nullptr;
    }
    void dropRaw()
    {
        if (Node *n = rawNode()) {
            const SourcePos p = n->pos();
            delete n;
            m_word = Absent | packed(p);
        }
    }

    T m_value{};
    std::uintptr_t m_word = Absent;
};

/** A list whose items may each be of the wrong type (`ports: [80]`). */
template<typename T>
using List = std::vector<Field<T>>;

/** A list that takes one word while it is empty, as most of those the model keeps are. */
template<typename T>
class SparseList
{
public:
    using value_type = T;
    using iterator = T *;
    using const_iterator = const T *;

    SparseList() = default;
    explicit SparseList(std::vector<T> items)
        : m_items(items.empty() ? nullptr : std::make_unique<std::vector<T>>(std::move(items)))
    {}
    SparseList(const SparseList &other)
        : m_items(other.m_items ? std::make_unique<std::vector<T>>(*other.m_items) : nullptr)
    {}
    SparseList(SparseList &&) noexcept = default;
    SparseList &operator=(const SparseList &other)
    {
        if (this != &other)
            *this = SparseList(other);
        return *this;
    }
    SparseList &operator=(SparseList &&) noexcept = default;
    ~SparseList() = default;

    bool empty() const { return !m_items || m_items->empty(); }
    size_t size() const { return m_items ? m_items->size() : 0; }
    iterator begin() { return m_items ? m_items->data() : nullptr; }
    iterator end() { return begin() + size(); }
    const_iterator begin() const { return m_items ? m_items->data() : nullptr; }
    const_iterator end() const { return begin() + size(); }
    std::reverse_iterator<const_iterator> rbegin() const
    {
        return std::reverse_iterator<const_iterator>(end());
    }
    std::reverse_iterator<const_iterator> rend() const
    {
        return std::reverse_iterator<const_iterator>(begin());
    }
    const T &operator[](size_t i) const { return (*m_items)[i]; }
    T &operator[](size_t i) { return (*m_items)[i]; }

    void push_back(T item)
    {
        if (!m_items)
            m_items = std::make_unique<std::vector<T>>();
        m_items->push_back(std::move(item));
    }
    void clear() { m_items.reset(); }
    /** Removes the items `pred` holds true for; returns how many. */
    template<typename Pred>
    size_t removeIf(Pred pred)
    {
        return m_items ? size_t(std::erase_if(*m_items, pred)) : 0;
    }

    friend bool operator==(const SparseList &a, const SparseList &b)
    {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    std::unique_ptr<std::vector<T>> m_items;
};

/** Fields of an object that the model does not know (newer Kubernetes, typos, `x-` extensions),
 *  kept in the order and form the author wrote them. */
using Extras = SparseList<Node::Entry>;

/** One entry of a string map (labels, annotations, selector), in the author's order. */
struct StringMapEntry
{
    QString key;
    Field<QString> value;
    SourcePos keyPos;

    friend bool operator==(const StringMapEntry &a, const StringMapEntry &b)
    {
        return a.key == b.key && a.value == b.value;
    }
};

/** A map of string to string that keeps the author's order. Duplicate keys are kept as read; the
 *  last one wins, as in kubectl. */
class StringMap
{
public:
    std::vector<StringMapEntry> entries;

    /** The value of the last entry with this key, or nullptr. */
    const Field<QString> *find(QStringView key) const;
    /** Sets (replacing the last entry with this key) or appends. */
    void set(const QString &key, const QString &value);
    bool remove(QStringView key);
    bool isEmpty() const { return entries.empty(); }
    qsizetype size() const { return qsizetype(entries.size()); }

    /** The entries kubectl sees, for duplicate keys only the last, at its own place: a view
     *  over `entries` that skips the shadowed ones (no copy; validation walks it per Service). */
    class EffectiveEntries
    {
    public:
        class iterator
        {
        public:
            using value_type = StringMapEntry;
            using difference_type = std::ptrdiff_t;
            iterator() = default;
            iterator(const StringMap *map, size_t index)
                : m_map(map)
                , m_index(index)
            {
                skipShadowed();
            }
            const StringMapEntry &operator*() const { return m_map->entries[m_index]; }
            const StringMapEntry *operator->() const { return &m_map->entries[m_index]; }
            iterator &operator++()
            {
                ++m_index;
                skipShadowed();
                return *this;
            }
            iterator operator++(int)
            {
                iterator old = *this;
                ++*this;
                return old;
            }
            friend bool operator==(const iterator &a, const iterator &b)
            {
                return a.m_index == b.m_index;
            }

        private:
            void skipShadowed()
            {
                while (m_index < m_map->entries.size()
                       && m_map->find(m_map->entries[m_index].key)
                              != &m_map->entries[m_index].value) {
                    ++m_index;
                }
            }
            const StringMap *m_map = nullptr;
            size_t m_index = 0;
        };

        explicit EffectiveEntries(const StringMap *map)
            : m_map(map)
        {}
        iterator begin() const { return iterator(m_map, 0); }
        iterator end() const { return iterator(m_map, m_map->entries.size()); }

    private:
        const StringMap *m_map;
    };

    EffectiveEntries effectiveEntries() const { return EffectiveEntries(this); }

    /** Equal when they mean the same to kubectl: the last of duplicate keys counts, in order. */
    friend bool operator==(const StringMap &a, const StringMap &b)
    {
        const EffectiveEntries ea = a.effectiveEntries();
        const EffectiveEntries eb = b.effectiveEntries();
        return std::equal(ea.begin(), ea.end(), eb.begin(), eb.end());
    }
};

} // namespace sd
