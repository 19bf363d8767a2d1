// SPDX-License-Identifier: GPL-3.0-or-later
// Edits YAML text in place. The reader gives each node where it starts (line and column); where a
// node ends is found here by reading the text from there, by the rules of its style: a quoted
// scalar ends at its closing quote, a flow collection at its matching bracket, a plain or block
// scalar with the last line indented past its parent, a block collection where its last child
// ends. Those spans are all the patch needs.
#include "model/io/yamlpatch.h"

#include <algorithm>
#include <functional>

namespace sd {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

/** Thrown where a change cannot be placed: the enclosing node is written anew instead. */
struct CannotPlace
{};

/** The text, with what it takes to go from a reader's position to a byte and along lines. */
class Text
{
public:
    explicit Text(const QByteArray &text)
        : m_t(text)
    {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < m_t.size(); ++i) {
            const char c = m_t[i];
            if (c == '\n' || (c == '\r' && (i + 1 == m_t.size() || m_t[i + 1] != '\n')))
                m_lineStarts.push_back(i + 1);
        }
    }

    const QByteArray &bytes() const { return m_t; }
    qsizetype size() const { return m_t.size(); }
    char at(qsizetype i) const { return i >= 0 && i < m_t.size() ? m_t[i] : '\0'; }

    /** The byte at a reader's position (columns count characters). */
    qsizetype offset(SourcePos pos) const
    {
        if (!pos.isValid() || size_t(pos.line) > m_lineStarts.size())
            throw CannotPlace{};
        qsizetype i = m_lineStarts[size_t(pos.line - 1)];
        if (i == 0 && m_t.startsWith("\xEF\xBB\xBF"))
            i = 3; // the reader does not count a byte order mark
        for (int c = 1; c < pos.column; ++c) {
            if (i >= m_t.size() || isBreak(m_t[i]))
                throw CannotPlace{};
            ++i;
            while (i < m_t.size() && (uchar(m_t[i]) & 0xC0) == 0x80)
                ++i;
        }
        return i;
    }

    qsizetype lineStart(qsizetype off) const
    {
        while (off > 0 && !isBreak(m_t[off - 1]))
            --off;
        return off;
    }
    qsizetype lineEnd(qsizetype off) const
    {
        while (off < m_t.size() && !isBreak(m_t[off]))
            ++off;
        return off;
    }
    qsizetype nextLine(qsizetype off) const
    {
        off = lineEnd(off);
        if (at(off) == '\r')
            ++off;
        if (at(off) == '\n')
            ++off;
        return off;
    }
    /** The start of the line before the one starting at `start`, or -1. */
    qsizetype previousLine(qsizetype start) const
    {
        if (start <= 0)
            return -1;
        qsizetype e = start - 1;
        if (m_t[e] == '\n' && e > 0 && m_t[e - 1] == '\r')
            --e;
        return lineStart(e);
    }
    int indent(qsizetype start) const
    {
        int n = 0;
        while (at(start + n) == ' ')
            ++n;
        return n;
    }
    bool isBlankLine(qsizetype start) const
    {
        qsizetype i = start;
        while (isBlank(at(i)))
            ++i;
        return i >= m_t.size() || isBreak(m_t[i]);
    }
    bool isCommentLine(qsizetype start) const { return at(start + indent(start)) == '#'; }
    bool onlySpacesBefore(qsizetype off) const
    {
        return off - lineStart(off) == indent(lineStart(off));
    }
    int column(qsizetype off) const { return int(off - lineStart(off)); }

    /** Where a line's content ends: before a comment and the blanks before it. */
    qsizetype contentEnd(qsizetype from) const
    {
        qsizetype i = from;
        while (i < m_t.size() && !isBreak(m_t[i])) {
            if (m_t[i] == '#' && i > from && isBlank(m_t[i - 1]))
                break;
            ++i;
        }
        while (i > from && isBlank(m_t[i - 1]))
            --i;
        return i;
    }

    /** Past an anchor and a tag. */
    qsizetype skipProperties(qsizetype off) const
    {
        while (at(off) == '&' || at(off) == '!') {
            while (off < m_t.size() && !isBlank(m_t[off]) && !isBreak(m_t[off]))
                ++off;
            while (isBlank(at(off)))
                ++off;
        }
        return off;
    }

    qsizetype quotedEnd(qsizetype off) const
    {
        const char quote = at(off);
        for (qsizetype i = off + 1; i < m_t.size(); ++i) {
            if (quote == '"' && m_t[i] == '\\') {
                ++i;
            } else if (m_t[i] == quote) {
                if (quote == '\'' && at(i + 1) == '\'')
                    ++i;
                else
                    return i + 1;
            }
        }
        throw CannotPlace{};
    }

    qsizetype flowEnd(qsizetype off) const
    {
        int depth = 0;
        for (qsizetype i = off; i < m_t.size(); ++i) {
            const char c = m_t[i];
            if (c == '"' || c == '\'') {
                i = quotedEnd(i) - 1;
            } else if (c == '#' && i > 0 && (isBlank(m_t[i - 1]) || isBreak(m_t[i - 1]))) {
                i = lineEnd(i) - 1;
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if (c == ']' || c == '}') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        throw CannotPlace{};
    }

    /** The last line after `from`'s that is blank or indented past `parentIndent`, as long as
     *  `more` accepts its content: where a multi-line scalar ends. */
    template<typename More>
    qsizetype continuedEnd(qsizetype from, qsizetype end, int parentIndent, More more) const
    {
        for (qsizetype l = nextLine(from); l < m_t.size(); l = nextLine(l)) {
            if (isBlankLine(l))
                continue;
            const int ind = indent(l);
            if (ind <= parentIndent || !more(l + ind))
                break;
            end = contentEnd(l + ind);
        }
        return end;
    }

private:
    const QByteArray &m_t;
    std::vector<qsizetype> m_lineStarts;
};

struct Edit
{
    qsizetype begin;
    qsizetype end;
    QByteArray text;
};

QByteArray applyEdits(QByteArrayView text, qsizetype base, std::vector<Edit> edits)
{
    // From the end, so that earlier offsets stay right; of two at one place, the removal first
    // and the insertion after it.
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) {
        return a.begin != b.begin ? a.begin > b.begin : a.end > b.end;
    });
    QByteArray out = text.toByteArray();
    qsizetype limit = base + text.size();
    for (const Edit &e : edits) {
        if (e.begin < base || e.end > limit || e.begin > e.end)
            throw CannotPlace{};
        out.replace(e.begin - base, e.end - e.begin, e.text);
        limit = e.begin;
    }
    return out;
}

QByteArray spaces(int n)
{
    return QByteArray(std::max(0, n), ' ');
}

/** Indents every line of `text` but the first by `n` (empty lines stay empty). */
QByteArray indentFollowingLines(QByteArray text, int n)
{
    if (n <= 0)
        return text;
    QByteArray out;
    out.reserve(text.size() + n * 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        out.append(text[i]);
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            if (i + 1 < text.size() && !isBreak(text[i + 1]))
                out.append(spaces(n));
        }
    }
    return out;
}

QByteArray chopNewline(QByteArray text)
{
    while (!text.isEmpty() && isBreak(text.back()))
        text.chop(1);
    return text;
}

bool isEmptyPlain(const Node &n)
{
    return n.isScalar() && n.style() == Node::Style::Plain && n.text().isEmpty()
           && n.tag().isEmpty();
}

// A string in one of the quoted styles, when it can be written so on one line.
std::optional<QByteArray> quoted(const QString &s, Node::Style style)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c.unicode() == 0x85
            || c.unicode() == 0x2028 || c.unicode() == 0x2029 || c.unicode() == 0xFEFF)
            return std::nullopt;
    }
    QByteArray utf8 = s.toUtf8();
    if (style == Node::Style::SingleQuoted)
        return "'" + utf8.replace("'", "''") + "'";
    if (style == Node::Style::DoubleQuoted)
        return "\"" + utf8.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    return std::nullopt;
}

class Patcher
{
public:
    Patcher(const Text &text, QByteArrayView newline, YamlLayout layout)
        : m_text(text)
        , m_newline(newline.toByteArray())
        , m_layout(layout)
    {}

    std::vector<Edit> edits;
    bool rewrote = false;

    /** Where a value stands: after `key:`, after `- `, or inside a flow collection. */
    struct Slot
    {
        enum Kind { MapValue, SeqItem, Flow } kind;
        int indent = 0;          ///< the key's or the dash's column (block)
        qsizetype indicator = 0; ///< just past the `:` or the `-` (block)
    };

    void mapping(const Node &before, const Node &after, const Node &original)
    {
        if (!original.isMapping() || original.style() == Node::Style::Flow
            || original.entries().empty())
            throw CannotPlace{};
        const int indent = m_text.column(keyOffset(original.entries().front()));
        const auto &entries = original.entries();
        auto originalIndex = [&](const QString &key) {
            for (size_t i = entries.size(); i-- > 0;) {
                if (entries[i].key == key)
                    return int(i);
            }
            return -1;
        };
        std::vector<bool> removed(entries.size(), false);
        for (size_t i = 0; i < entries.size(); ++i) {
            removed[i] = before.find(entries[i].key) && !after.find(entries[i].key);
        }
        for (size_t i = 0; i < entries.size(); ++i) {
            if (removed[i])
                removeEntry(original, int(i), removed);
        }
        // Changed and new entries, in the order of `after`.
        qsizetype insertAt = -1;
        QByteArray inserted;
        auto flush = [&] {
            if (inserted.isEmpty())
                return;
            if (m_text.lineStart(insertAt) != insertAt) {
                // At a first key that shares its line with `- `: the new entries start there,
                // and the key they push down keeps its column.
                inserted = inserted.mid(indent) + spaces(indent);
            }
            edits.push_back({insertAt, insertAt, inserted});
            inserted.clear();
            insertAt = -1;
        };
        int previous = -1; // the entry of `original` that the next new one follows
        for (const Node::Entry &e : after.entries()) {
            const int at = originalIndex(e.key);
            if (at >= 0) {
                flush();
                previous = at;
                const Node *old = before.find(e.key);
                if (!old || !(*old == e.value))
                    value(old, e.value, entries[size_t(at)].value, mapSlot(entries[size_t(at)]));
                continue;
            }
            if (insertAt < 0)
                insertAt = insertionPoint(original, previous, &inserted);
            inserted += entryText(e.key, e.value, indent);
        }
        flush();
    }

    void value(const Node *before, const Node &after, const Node &original, const Slot &slot)
    {
        const size_t mark = edits.size();
        try {
            placeValue(before, after, original, slot);
        } catch (const CannotPlace &) {
            edits.resize(mark);
            rewrite(after, original, slot);
            rewrote = true;
        }
    }

private:
    void placeValue(const Node *before, const Node &after, const Node &original, const Slot &slot)
    {
        // An alias stands for text elsewhere, which other places share: it is written anew here.
        if (isAlias(original))
            throw CannotPlace{};
        const bool flow = slot.kind == Slot::Flow || original.style() == Node::Style::Flow;
        if (original.isScalar() && after.isScalar()) {
            replaceScalar(after, original, slot);
            return;
        }
        if (!before || before->kind() != original.kind() || after.kind() != original.kind()) {
            rewrite(after, original, slot);
            return;
        }
        if (flow) {
            flowCollection(*before, after, original);
            return;
        }
        if (original.isMapping()) {
            if (after.entries().empty())
                rewrite(after, original, slot);
            else
                mapping(*before, after, original);
        } else {
            sequence(*before, after, original);
        }
    }

    // ---- where things are ----

    qsizetype keyOffset(const Node::Entry &e) const { return m_text.offset(e.keyPos); }

    /** Just past the `:` of an entry. */
    qsizetype colonEnd(const Node::Entry &e) const
    {
        qsizetype i = keyOffset(e);
        if (m_text.at(i) == '"' || m_text.at(i) == '\'') {
            i = m_text.quotedEnd(i);
        } else {
            while (i < m_text.size() && !isBreak(m_text.at(i))
                   && !(m_text.at(i) == ':'
                        && (isBlank(m_text.at(i + 1)) || isBreak(m_text.at(i + 1))
                            || m_text.at(i + 1) == '\0' || isFlowIndicator(m_text.at(i + 1)))))
                ++i;
        }
        while (isBlank(m_text.at(i)))
            ++i;
        if (m_text.at(i) != ':')
            throw CannotPlace{};
        return i + 1;
    }

    Slot mapSlot(const Node::Entry &e) const
    {
        return {Slot::MapValue, m_text.column(keyOffset(e)), colonEnd(e)};
    }

    /** The `-` of a block sequence item. */
    qsizetype dashOf(const Node &item) const
    {
        qsizetype i = m_text.offset(item.pos()) - 1;
        const qsizetype start = m_text.lineStart(i + 1);
        while (i >= start && isBlank(m_text.at(i)))
            --i;
        if (i < start || m_text.at(i) != '-')
            throw CannotPlace{};
        return i;
    }

    /** Whether the node is an alias (`*name`): a copy of its anchored node, whose insides keep
     *  the positions of the original. */
    bool isAlias(const Node &n) const
    {
        return !isEmptyPlain(n) && m_text.at(m_text.skipProperties(m_text.offset(n.pos()))) == '*';
    }

    /** One past a node's last byte; `parentIndent` is the column of its key or dash. */
    qsizetype nodeEnd(const Node &n, int parentIndent) const
    {
        if (isAlias(n)) {
            qsizetype i = m_text.skipProperties(m_text.offset(n.pos()));
            while (i < m_text.size() && !isBlank(m_text.at(i)) && !isBreak(m_text.at(i))
                   && !isFlowIndicator(m_text.at(i)))
                ++i;
            return i;
        }
        if (isEmptyPlain(n))
            return m_text.offset(n.pos());
        if (n.isScalar()) {
            const qsizetype begin = m_text.skipProperties(m_text.offset(n.pos()));
            return scalarEnd(n, begin, parentIndent, false);
        }
        if (n.style() == Node::Style::Flow)
            return m_text.flowEnd(m_text.skipProperties(m_text.offset(n.pos())));
        if (n.isMapping()) {
            if (n.entries().empty())
                throw CannotPlace{};
            const Node::Entry &last = n.entries().back();
            return nodeEnd(last.value, m_text.column(keyOffset(last)));
        }
        if (n.items().empty())
            throw CannotPlace{};
        const Node &last = n.items().back();
        return nodeEnd(last, m_text.column(dashOf(last)));
    }

    qsizetype scalarEnd(const Node &n, qsizetype begin, int parentIndent, bool flow) const
    {
        switch (n.style()) {
        case Node::Style::SingleQuoted:
        case Node::Style::DoubleQuoted:
            return m_text.quotedEnd(begin);
        case Node::Style::Literal:
        case Node::Style::Folded:
            return m_text.continuedEnd(begin, m_text.lineEnd(begin), parentIndent, [](qsizetype) {
                return true;
            });
        default:
            break;
        }
        if (flow) {
            qsizetype i = begin;
            while (i < m_text.size()) {
                const char c = m_text.at(i);
                if (isBreak(c) || isFlowIndicator(c) || (c == '#' && isBlank(m_text.at(i - 1)))
                    || (c == ':'
                        && (isBlank(m_text.at(i + 1)) || isFlowIndicator(m_text.at(i + 1)))))
                    break;
                ++i;
            }
            while (i > begin && isBlank(m_text.at(i - 1)))
                --i;
            return i;
        }
        return m_text.continuedEnd(begin, m_text.contentEnd(begin), parentIndent, [&](qsizetype c) {
            return m_text.at(c) != '#';
        });
    }

    /** The first line of what goes with a key or dash at `off`: the comment lines right above it
     *  at its own indentation. */
    qsizetype ownedStart(qsizetype off) const
    {
        const int indent = m_text.column(off);
        qsizetype start = m_text.lineStart(off);
        for (qsizetype l = m_text.previousLine(start); l >= 0; l = m_text.previousLine(l)) {
            if (!m_text.isCommentLine(l) || m_text.indent(l) != indent)
                break;
            start = l;
        }
        return start;
    }

    // ---- writing ----

    QByteArray emit(const Node &root) const { return emitYaml(root, m_layout, m_newline); }

    /** `key: value` lines at `indent`. */
    QByteArray entryText(const QString &key, const Node &value, int indent) const
    {
        Node map = Node::mapping();
        map.insert(key, value);
        return spaces(indent) + indentFollowingLines(emit(map), indent);
    }

    /** Where entries that follow `previous` (an index of `original`, or -1) go. */
    qsizetype insertionPoint(const Node &original, int previous, QByteArray *text) const
    {
        if (previous >= 0) {
            const Node::Entry &p = original.entries()[size_t(previous)];
            const qsizetype end = nodeEnd(p.value, m_text.column(keyOffset(p)));
            const qsizetype at = m_text.nextLine(end);
            if (at == m_text.size() && !isBreak(m_text.at(at - 1)))
                *text = m_newline; // the object ended the file without a line break
            return at;
        }
        const qsizetype first = keyOffset(original.entries().front());
        if (m_text.onlySpacesBefore(first))
            return ownedStart(first);
        return first; // it shares its line with `- `
    }

    void removeEntry(const Node &original, int index, const std::vector<bool> &removed)
    {
        const auto &entries = original.entries();
        const Node::Entry &e = entries[size_t(index)];
        const qsizetype key = keyOffset(e);
        const qsizetype end = nodeEnd(e.value, m_text.column(key));
        if (m_text.onlySpacesBefore(key)) {
            edits.push_back({ownedStart(key), m_text.nextLine(end), {}});
            return;
        }
        // The first key of a `- key: value` item: the next entry moves up onto the dash line.
        size_t next = size_t(index) + 1;
        while (next < entries.size() && removed[next])
            ++next;
        if (next >= entries.size())
            throw CannotPlace{};
        const qsizetype nextKey = keyOffset(entries[next]);
        for (qsizetype l = m_text.nextLine(end); l < m_text.lineStart(nextKey);
             l = m_text.nextLine(l)) {
            if (!m_text.isBlankLine(l))
                throw CannotPlace{}; // a comment in between would land on the dash line
        }
        // Everything from the key to the next key that is kept: removed entries between them
        // go too (their own edits are dropped as they fall inside this one).
        edits.push_back({key, nextKey, {}});
        m_compactRemovals.emplace_back(key, nextKey);
    }

    void replaceScalar(const Node &after, const Node &original, const Slot &slot)
    {
        const bool flow = slot.kind == Slot::Flow;
        const qsizetype begin = isEmptyPlain(original)
                                    ? m_text.offset(original.pos())
                                    : m_text.skipProperties(m_text.offset(original.pos()));
        const qsizetype end = isEmptyPlain(original)
                                  ? begin
                                  : scalarEnd(original, begin, slot.indent, flow);
        QByteArray text;
        if (after.isQuoted() && original.isQuoted()) {
            if (auto q = quoted(after.text(), original.style()))
                text = *q;
        }
        if (text.isEmpty())
            text = scalarText(after, flow);
        if (text.contains('\n') || text.contains('\r')) {
            if (flow)
                throw CannotPlace{};
            rewrite(after, original, slot);
            return;
        }
        if (isEmptyPlain(original) && !flow)
            text.prepend(' ');
        edits.push_back({begin, end, text});
    }

    /** A scalar as the writer puts it after `key:`, made safe for a flow collection. */
    QByteArray scalarText(const Node &n, bool flow) const
    {
        Node map = Node::mapping();
        map.insert(QStringLiteral("k"), n);
        QByteArray text = chopNewline(emitYaml(map, m_layout, m_newline).mid(3));
        if (flow && n.isScalar() && !text.startsWith('"') && !text.startsWith('\'')) {
            const bool unsafe = std::any_of(text.begin(),
                                            text.end(),
                                            [](char c) { return isFlowIndicator(c); })
                                || text.contains(": ") || text.contains(" #");
            if (unsafe) {
                if (auto q = quoted(n.text(), Node::Style::DoubleQuoted))
                    return *q;
                throw CannotPlace{};
            }
        }
        return text;
    }

    /** Writes a value anew in its place: after its `key:` or `- `, or as a flow collection. */
    void rewrite(const Node &after, const Node &original, const Slot &slot)
    {
        if (slot.kind == Slot::Flow) {
            const qsizetype begin = m_text.skipProperties(m_text.offset(original.pos()));
            const qsizetype end = original.isScalar() ? scalarEnd(original, begin, 0, true)
                                                      : m_text.flowEnd(begin);
            edits.push_back({begin, end, flowText(after)});
            return;
        }
        const qsizetype end = nodeEnd(original, slot.indent);
        QByteArray text;
        if (slot.kind == Slot::MapValue) {
            Node map = Node::mapping();
            map.insert(QStringLiteral("k"), after);
            text = emit(map).mid(2);
        } else {
            Node seq = Node::sequence();
            seq.append(after);
            text = emit(seq).mid(1);
        }
        edits.push_back({slot.indicator, end, chopNewline(indentFollowingLines(text, slot.indent))});
    }

    QByteArray flowText(const Node &n) const
    {
        if (n.isScalar())
            return scalarText(n, true);
        QByteArray out(n.isMapping() ? "{" : "[");
        bool first = true;
        if (n.isMapping()) {
            for (const Node::Entry &e : n.entries()) {
                out += first ? "" : ", ";
                first = false;
                out += scalarText(Node::string(e.key), true) + ": " + flowText(e.value);
            }
        } else {
            for (const Node &item : n.items()) {
                out += first ? "" : ", ";
                first = false;
                out += flowText(item);
            }
        }
        return out + (n.isMapping() ? "}" : "]");
    }

    /** A flow collection: values in place; any other change writes it anew, still in flow. */
    void flowCollection(const Node &before, const Node &after, const Node &original)
    {
        const Slot flow{Slot::Flow};
        if (original.isMapping()) {
            bool sameKeys = before.entries().size() == after.entries().size()
                            && original.entries().size() == after.entries().size();
            for (size_t i = 0; sameKeys && i < after.entries().size(); ++i) {
                sameKeys = before.entries()[i].key == after.entries()[i].key
                           && original.find(after.entries()[i].key) != nullptr;
            }
            if (sameKeys) {
                for (const Node::Entry &e : after.entries()) {
                    const Node *old = before.find(e.key);
                    if (!(*old == e.value))
                        value(old, e.value, *original.find(e.key), flow);
                }
                return;
            }
        } else if (before.items().size() == after.items().size()
                   && original.items().size() == after.items().size()) {
            for (size_t i = 0; i < after.items().size(); ++i) {
                if (!(before.items()[i] == after.items()[i]))
                    value(&before.items()[i], after.items()[i], original.items()[i], flow);
            }
            return;
        }
        const qsizetype begin = m_text.skipProperties(m_text.offset(original.pos()));
        edits.push_back({begin, m_text.flowEnd(begin), flowText(after)});
    }

    /** How alike two items are: the entries they share (for telling an edited item from a new
     *  one). */
    static int likeness(const Node &a, const Node &b)
    {
        if (!a.isMapping() || !b.isMapping())
            return 0;
        int n = 0;
        for (const Node::Entry &e : a.entries()) {
            if (const Node *o = b.find(e.key); o && *o == e.value)
                n += e.key == u"name" ? 2 : 1;
        }
        return n;
    }

    void sequence(const Node &before, const Node &after, const Node &original)
    {
        const auto &a = before.items();
        const auto &b = after.items();
        const auto &o = original.items();
        if (o.size() != a.size() || o.empty())
            throw CannotPlace{};
        if (b.empty()) {
            throw CannotPlace{}; // written anew as `[]` by value()
        }
        // Which old item each new one is: the same value where it can be, else the most alike.
        std::vector<int> match(b.size(), -1);
        std::vector<bool> used(a.size(), false);
        for (size_t k = 0; k < b.size(); ++k) {
            if (k < a.size() && a[k] == b[k])
                match[k] = int(k), used[k] = true;
        }
        for (size_t k = 0; k < b.size(); ++k) {
            for (size_t j = 0; match[k] < 0 && j < a.size(); ++j) {
                if (!used[j] && a[j] == b[k])
                    match[k] = int(j), used[j] = true;
            }
        }
        for (size_t k = 0; k < b.size(); ++k) {
            if (match[k] >= 0)
                continue;
            int best = -1;
            int bestScore = 0;
            for (size_t j = 0; j < a.size(); ++j) {
                if (used[j])
                    continue;
                const int score = likeness(a[j], b[k]) * 1000 - int(std::abs(int(j) - int(k)));
                if (likeness(a[j], b[k]) > 0 && (best < 0 || score > bestScore))
                    best = int(j), bestScore = score;
            }
            if (best < 0 && a.size() == b.size() && !used[k])
                best = int(k); // same place, nothing alike: still the item edited there
            if (best >= 0)
                match[k] = best, used[size_t(best)] = true;
        }

        std::vector<qsizetype> dash(o.size());
        for (size_t j = 0; j < o.size(); ++j) {
            dash[j] = dashOf(o[j]);
            if (!m_text.onlySpacesBefore(dash[j]))
                throw CannotPlace{};
        }
        const int indent = m_text.column(dash.front());
        bool inPlace = a.size() == b.size();
        for (size_t k = 0; inPlace && k < b.size(); ++k)
            inPlace = match[k] == int(k);
        if (inPlace) {
            for (size_t k = 0; k < b.size(); ++k) {
                if (!(a[k] == b[k]))
                    value(&a[k], b[k], o[k], {Slot::SeqItem, indent, dash[k] + 1});
            }
            return;
        }

        // Each item's text: from the end of the one before it (the comments and blank lines
        // above it go with it) to the end of its last line.
        std::vector<qsizetype> chunkEnd(o.size());
        for (size_t j = 0; j < o.size(); ++j)
            chunkEnd[j] = m_text.nextLine(nodeEnd(o[j], indent));
        auto chunkBegin = [&](size_t j) { return j == 0 ? ownedStart(dash[0]) : chunkEnd[j - 1]; };
        const qsizetype regionBegin = chunkBegin(0);
        const qsizetype regionEnd = chunkEnd.back();
        QByteArray out;
        for (size_t k = 0; k < b.size(); ++k) {
            QByteArray chunk;
            if (match[k] >= 0) {
                const size_t j = size_t(match[k]);
                Patcher inner(m_text, m_newline, m_layout);
                if (!(a[j] == b[k]))
                    inner.value(&a[j], b[k], o[j], {Slot::SeqItem, indent, dash[j] + 1});
                inner.finish();
                rewrote = rewrote || inner.rewrote;
                const qsizetype begin = chunkBegin(j);
                chunk = applyEdits(QByteArrayView(m_text.bytes()).sliced(begin, chunkEnd[j] - begin),
                                   begin,
                                   std::move(inner.edits));
            } else {
                Node seq = Node::sequence();
                seq.append(b[k]);
                chunk = spaces(indent) + indentFollowingLines(emit(seq), indent);
            }
            if (!chunk.isEmpty() && !isBreak(chunk.back()))
                chunk += m_newline;
            out += chunk;
        }
        if (regionEnd == m_text.size() && !isBreak(m_text.at(regionEnd - 1)))
            out = chopNewline(std::move(out));
        edits.push_back({regionBegin, regionEnd, out});
    }

public:
    /** Drops the edits that fall inside a removal from a compact first key to the next one. */
    void finish()
    {
        for (const auto &removal : m_compactRemovals) {
            const auto from = removal.first;
            const auto to = removal.second;
            std::erase_if(edits, [from, to](const Edit &e) {
                return e.begin >= from && e.end <= to && e.begin < e.end
                       && !(e.begin == from && e.end == to);
            });
        }
    }

private:
    const Text &m_text;
    QByteArray m_newline;
    YamlLayout m_layout;
    std::vector<std::pair<qsizetype, qsizetype>> m_compactRemovals;
};

} // namespace

YamlLayout layoutOf(const QByteArray &bytes, const Node &root)
{
    YamlLayout layout;
    bool foundIndent = false;
    bool foundSequence = false;
    const Text text(bytes);
    auto column = [&](SourcePos pos) { return text.column(text.offset(pos)); };
    std::function<void(const Node &)> walk = [&](const Node &n) {
        if (foundIndent && foundSequence)
            return;
        if (n.isMapping() && n.style() != Node::Style::Flow) {
            for (const Node::Entry &e : n.entries()) {
                const Node &v = e.value;
                if (v.style() == Node::Style::Flow || v.isScalar())
                    continue;
                if (v.isMapping() && !v.entries().empty() && !foundIndent) {
                    const int step = column(v.entries().front().keyPos) - column(e.keyPos);
                    if (step > 0 && step < 10)
                        layout.indent = step, foundIndent = true;
                } else if (v.isSequence() && !v.items().empty() && !foundSequence) {
                    // The item's `- ` sits two columns before its content, as people write it.
                    const int dash = column(v.items().front().pos()) - 2;
                    layout.indentSequences = dash > column(e.keyPos);
                    foundSequence = true;
                }
                walk(v);
            }
        } else if (n.isSequence() && n.style() != Node::Style::Flow) {
            for (const Node &item : n.items())
                walk(item);
        }
    };
    try {
        walk(root);
    } catch (const CannotPlace &) {
    }
    return layout;
}

std::optional<YamlPatch> patchYaml(const QByteArray &text,
                                   const Node &original,
                                   const Node &before,
                                   const Node &after,
                                   QByteArrayView newline)
{
    if (!original.isMapping() || original.style() == Node::Style::Flow || !before.isMapping()
        || !after.isMapping())
        return std::nullopt;
    const Text t(text);
    Patcher patcher(t, newline, layoutOf(text, original));
    try {
        patcher.mapping(before, after, original);
        patcher.finish();
        return YamlPatch{applyEdits(text, 0, std::move(patcher.edits)), patcher.rewrote};
    } catch (const CannotPlace &) {
        return std::nullopt;
    }
}

} // namespace sd
