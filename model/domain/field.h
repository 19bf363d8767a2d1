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
 * `pos` is where the value stands in the source file.
 *
 * A Service holds about sixty of these, most of them absent, so the layout is kept small: the
 * value is always constructed (a default T while absent or raw) and one word says which state
 * it is in, pointing to the raw node when there is one. Raw nodes are rare (wrong input), so a
 * copy of a Field copies its raw node.
 */
template<typename T>
class Field
{
public:
    Field() = default;
    Field(T value)
        : m_value(std::move(value))
        , m_state(HasValue)
    {} // NOLINT: a value converts to a set field
    Field(const Field &other)
        : pos(other.pos)
        , m_value(other.m_value)
        , m_state(other.isRaw() ? reinterpret_cast<std::uintptr_t>(new Node(*other.raw()))
                                : other.m_state)
    {}
    Field(Field &&other) noexcept
        : pos(other.pos)
        , m_value(std::move(other.m_value))
        , m_state(std::exchange(other.m_state, Absent))
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
            pos = other.pos;
            m_value = std::move(other.m_value);
            m_state = std::exchange(other.m_state, Absent);
        }
        return *this;
    }
    ~Field() { dropRaw(); }

    bool isSet() const { return m_state != Absent; }
    bool hasValue() const { return m_state == HasValue; }
    bool isRaw() const { return m_state > HasValue; }
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
    const Node *raw() const { return isRaw() ? reinterpret_cast<const Node *>(m_state) : nullptr; }

    void set(T value)
    {
        dropRaw();
        m_value = std::move(value);
        m_state = HasValue;
    }
    void setRaw(Node node)
    {
        Node *kept = new Node(std::move(node));
        dropRaw();
        m_value = T();
        m_state = reinterpret_cast<std::uintptr_t>(kept);
    }
    void clear()
    {
        dropRaw();
        m_value = T();
        m_state = Absent;
    }

    SourcePos pos;

    /** Equal when they say the same thing; positions do not count. */
    friend bool operator==(const Field &a, const Field &b)
    {
        if (a.isRaw() || b.isRaw())
            return a.isRaw() && b.isRaw() && *a.raw() == *b.raw();
        return a.m_state == b.m_state && (!a.hasValue() || a.m_value == b.m_value);
    }

private:
    // m_state: Absent, HasValue, or the address of the raw node this Field owns.
    static constexpr std::uintptr_t Absent = 0;
    static constexpr std::uintptr_t HasValue = 1;

    void dropRaw()
    {
        if (isRaw()) {
            delete reinterpret_cast<Node *>(m_state);
            m_state = Absent;
        }
    }

    T m_value{};
    std::uintptr_t m_state = Absent;
};

/** A list whose items may each be of the wrong type (`ports: [80]`). */
template<typename T>
using List = std::vector<Field<T>>;

/** Fields of an object that the model does not know (newer Kubernetes, typos, `x-` extensions),
 *  kept in the order and form the author wrote them. Most objects have none, so until one is
 *  added this takes one word. */
class Extras
{
public:
    using value_type = Node::Entry;
    using iterator = Node::Entry *;
    using const_iterator = const Node::Entry *;

    Extras() = default;
    Extras(const Extras &other)
        : m_entries(other.m_entries ? std::make_unique<std::vector<Node::Entry>>(*other.m_entries)
                                    : nullptr)
    {}
    Extras(Extras &&) noexcept = default;
    Extras &operator=(const Extras &other)
    {
        if (this != &other)
            *this = Extras(other);
        return *this;
    }
    Extras &operator=(Extras &&) noexcept = default;
    ~Extras() = default;

    bool empty() const { return !m_entries || m_entries->empty(); }
    size_t size() const { return m_entries ? m_entries->size() : 0; }
    iterator begin() { return m_entries ? m_entries->data() : nullptr; }
    iterator end() { return begin() + size(); }
    const_iterator begin() const { return m_entries ? m_entries->data() : nullptr; }
    const_iterator end() const { return begin() + size(); }
    std::reverse_iterator<const_iterator> rbegin() const
    {
        return std::reverse_iterator<const_iterator>(end());
    }
    std::reverse_iterator<const_iterator> rend() const
    {
        return std::reverse_iterator<const_iterator>(begin());
    }
    const Node::Entry &operator[](size_t i) const { return (*m_entries)[i]; }
    Node::Entry &operator[](size_t i) { return (*m_entries)[i]; }

    void push_back(Node::Entry entry)
    {
        if (!m_entries)
            m_entries = std::make_unique<std::vector<Node::Entry>>();
        m_entries->push_back(std::move(entry));
    }
    void clear() { m_entries.reset(); }
    /** Removes the entries `pred` holds true for; returns how many. */
    template<typename Pred>
    size_t removeIf(Pred pred)
    {
        return m_entries ? size_t(std::erase_if(*m_entries, pred)) : 0;
    }

    friend bool operator==(const Extras &a, const Extras &b)
    {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    std::unique_ptr<std::vector<Node::Entry>> m_entries;
};

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
