// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
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
 */
template<typename T>
class Field
{
public:
    Field() = default;
    Field(T value)
        : m_value(std::move(value))
    {} // NOLINT: a value converts to a set field

    bool isSet() const { return m_value.has_value() || m_raw != nullptr; }
    bool hasValue() const { return m_value.has_value(); }
    bool isRaw() const { return m_raw != nullptr; }
    /** Written as `null`, `~` or nothing: Kubernetes treats it as not set. */
    bool isNull() const
    {
        return m_raw && m_raw->isScalar() && !m_raw->isQuoted() && m_raw->tag().isEmpty()
               && (m_raw->text().isEmpty() || m_raw->text() == u"~" || m_raw->text() == u"null"
                   || m_raw->text() == u"Null" || m_raw->text() == u"NULL");
    }

    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }
    const T *get() const { return m_value ? &*m_value : nullptr; }
    T *get() { return m_value ? &*m_value : nullptr; }
    const Node *raw() const { return m_raw.get(); }

    void set(T value)
    {
        m_value = std::move(value);
        m_raw.reset();
    }
    void setRaw(Node node)
    {
        m_value.reset();
        m_raw = std::make_shared<const Node>(std::move(node));
    }
    void clear()
    {
        m_value.reset();
        m_raw.reset();
    }

    SourcePos pos;

    /** Equal when they say the same thing; positions do not count. */
    friend bool operator==(const Field &a, const Field &b)
    {
        if (a.m_value != b.m_value)
            return false;
        if ((a.m_raw == nullptr) != (b.m_raw == nullptr))
            return false;
        return !a.m_raw || *a.m_raw == *b.m_raw;
    }

private:
    std::optional<T> m_value;
    std::shared_ptr<const Node> m_raw; // immutable, so copies may share it
};

/** A list whose items may each be of the wrong type (`ports: [80]`). */
template<typename T>
using List = std::vector<Field<T>>;

/** Fields of an object that the model does not know (newer Kubernetes, typos, `x-` extensions),
 *  kept in the order and form the author wrote them. */
using Extras = std::vector<Node::Entry>;

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
