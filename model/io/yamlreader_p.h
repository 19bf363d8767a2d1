// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fast YAML reader's insides, shared by its parts (yamlstream.cpp: the text check and the
// split into documents; yamlblock.cpp: block structure; yamlflow.cpp: flow collections, quoted
// scalars, properties and aliases; yamlparser.cpp: parseYaml()). Not part of the model's
// interface.
//
// The fast reader. It works on the UTF-8 bytes in place and makes a QString only for the text of a
// scalar or a key. Block structure is read line by line: every block parse function returns with
// the cursor on the first character of the next line that holds content, and m_indent telling that
// line's indentation, so that the caller decides by one comparison whether the line is still its
// own. Flow collections and quoted scalars are read by recursive descent. The recursion depth is
// bounded by YamlParseOptions::maxDepth, checked before each collection is entered.
//
// What the trees hold, beyond what yamlparser.h and node.h say:
// - A tag is kept as written (`!!str`, `!e!x`, `!<tag:yaml.org,2002:str>`), not resolved.
// - A node's position is where it starts, its anchor or tag included. An empty node (`key:`) is
//   placed right after its indicator. An alias gives a copy of its anchored node placed at the
//   alias; the nodes inside the copy keep the positions of the original.
// - `null`, `~` and an empty value stay as written: Plain scalars with that text.
// - YAML 1.2 is followed where readers differ: a top-level block scalar may be at column 0, a
//   lone CR breaks a line, a trailing comma in a flow collection is allowed, `<<` is a plain key.

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <vector>

#include <QHash>

#include "model/io/yamlcppparser.h"
#include "model/io/yamlparser.h"
#include "model/tr.h"

namespace sd::yamlread {

using namespace Qt::StringLiterals;

inline constexpr bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

inline constexpr bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

// A letter or a digit: what most keys and values start with, and what nothing else can mean.
inline constexpr bool startsPlainWord(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

inline constexpr bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

// What a tag may hold after its '!': URI characters, without the flow indicators.
inline bool isTagChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return c != '\0' && std::strchr("-%#;/?:@&=+$_.!~*'()", c) != nullptr;
}

inline bool hasBom(QByteArrayView in)
{
    return in.size() >= 3 && in[0] == '\xEF' && in[1] == '\xBB' && in[2] == '\xBF';
}

inline void appendUtf8(QByteArray &buf, char32_t cp)
{
    if (cp < 0x80) {
        buf.append(char(cp));
    } else if (cp < 0x800) {
        buf.append(char(0xC0 | (cp >> 6)));
        buf.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        buf.append(char(0xE0 | (cp >> 12)));
        buf.append(char(0x80 | ((cp >> 6) & 0x3F)));
        buf.append(char(0x80 | (cp & 0x3F)));
    } else {
        buf.append(char(0xF0 | (cp >> 18)));
        buf.append(char(0x80 | ((cp >> 12) & 0x3F)));
        buf.append(char(0x80 | ((cp >> 6) & 0x3F)));
        buf.append(char(0x80 | (cp & 0x3F)));
    }
}

// YAML line folding: one line break between two lines reads as a space, more read as one line
// feed fewer than there are.
inline void appendFoldedBreaks(QByteArray &buf, int breaks)
{
    if (breaks == 1)
        buf.append(' ');
    else
        buf.append(breaks - 1, '\n');
}

inline QString hexByte(unsigned char c)
{
    return u"0x"_s + QString::number(c, 16).toUpper().rightJustified(2, u'0');
}

// A position as the messages show it.
inline QString lineColumn(SourcePos pos)
{
    //: A position in the YAML text, put into other messages where they say "at %N"
    return IoTr::tr("line %1, column %2").arg(pos.line).arg(pos.column);
}

// A marker line: `---` or `...` at column 0, then a blank, a break or the end.
inline bool isMarkerLine(QByteArrayView in, qsizetype i, char c)
{
    if (i + 3 > in.size() || in[i] != c || in[i + 1] != c || in[i + 2] != c)
        return false;
    return i + 3 == in.size() || isBlank(in[i + 3]) || isBreak(in[i + 3]);
}

/** Thrown inside the reader; parseYaml() turns it into the document's YamlError. */
struct ParseFailure
{
    QString message;
    SourcePos pos;
};

// Bytes that end a run of ordinary plain-scalar characters.
constexpr std::array<bool, 256> makePlainStops()
{
    std::array<bool, 256> t{};
    for (unsigned char c : {':', '#', ' ', '\t', '\n', '\r', ',', '[', ']', '{', '}'})
        t[c] = true;
    return t;
}
inline constexpr std::array<bool, 256> kPlainStops = makePlainStops();

// Bytes a plain scalar cannot start with ('-', '?' and ':' only when a blank follows).
constexpr std::array<bool, 256> makePlainStartChecks()
{
    std::array<bool, 256> t{};
    for (unsigned char c :
         {'-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`'})
        t[c] = true;
    return t;
}
inline constexpr std::array<bool, 256> kPlainStartChecks = makePlainStartChecks();

// A node's anchor and tag as written (views of the input): made for every node, so it holds
// nothing that costs to make or to drop.
struct Props
{
    qsizetype begin = -1;
    SourcePos pos;
    QByteArrayView anchor;
    SourcePos anchorPos;
    QByteArrayView tag;
    bool has() const { return begin >= 0; }
};

struct Key
{
    QString text;
    SourcePos pos;
};

struct PlainScan
{
    enum Stop { Eol, Colon, Comment, Flow };
    qsizetype textEnd = 0;
    Stop stop = Eol;
};

enum class BlockCtx {
    Root,       ///< document content at the start of a line
    MarkerLine, ///< on the `---` line: no block collection may start here
    MapValue,   ///< after `key:`
    SeqEntry,   ///< after `- ` (compact nested collections allowed)
    Explicit,   ///< after `? ` or an explicit `: ` (compact nested collections allowed)
};

class Reader
{
public:
    Reader(QByteArrayView input, bool ascii, const YamlParseOptions &options)
        : m_in(input)
        , m_data(input.data())
        , m_ascii(ascii)
        , m_maxDepth(std::max(1, options.maxDepth))
    {}

    /** Reads one chunk into doc (root and contentEnd); throws ParseFailure. */
    void read(const yamlstream::Chunk &chunk, YamlDocument &doc);

private:
    struct Anchor
    {
        Node node;
        qsizetype nodes = 0;
        int height = 0;
    };

    // ---- cursor ----
    char at(qsizetype i) const { return i < m_end ? m_data[i] : '\0'; }
    char cur() const { return at(m_pos); }
    char peek(int k = 1) const { return at(m_pos + k); }
    bool atEnd() const { return m_pos >= m_end; }
    bool endsToken(qsizetype i) const
    {
        return i >= m_end || isBlank(m_data[i]) || isBreak(m_data[i]);
    }
    bool isIndicatorHere(char c) const { return cur() == c && endsToken(m_pos + 1); }
    /** The position of a byte of the cursor's line. */
    SourcePos posAt(qsizetype off) const
    {
        if (m_ascii)
            return SourcePos{m_line, int(off - m_lineStart) + 1};
        // Columns count characters. Counting them from the start of the line for every node
        // made reading a long line quadratic (a minified JSON file is one line): count from the
        // last position asked for on this line instead, which the reader mostly moves forward.
        if (m_columnLineStart != m_lineStart) {
            m_columnLineStart = m_lineStart;
            m_columnOffset = m_lineStart;
            m_columnChars = 0;
        }
        if (off >= m_columnOffset)
            m_columnChars += yamlstream::countChars(m_data + m_columnOffset, m_data + off);
        else
            m_columnChars -= yamlstream::countChars(m_data + off, m_data + m_columnOffset);
        m_columnOffset = off;
        return SourcePos{m_line, m_columnChars + 1};
    }
    SourcePos here() const { return posAt(m_pos); }
    QString slice(qsizetype begin, qsizetype end);
    void newline()
    {
        if (m_data[m_pos] == '\r' && m_pos + 1 < m_end && m_data[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }
    void consumeIndicator()
    {
        ++m_pos;
        m_lastEnd = m_pos;
    }
    void skipBlanks()
    {
        while (m_pos < m_end && isBlank(m_data[m_pos]))
            ++m_pos;
    }
    void skipToLineEnd()
    {
        while (m_pos < m_end && !isBreak(m_data[m_pos]))
            ++m_pos;
    }
    bool commentHere() const
    {
        if (cur() != '#')
            return false;
        return m_pos == m_lineStart || isBlank(m_data[m_pos - 1]) || isBreak(m_data[m_pos - 1]);
    }
    /** Skips the comment at the cursor (commentHere()) to the end of its line. */
    void skipComment()
    {
        if (m_pos < m_contentLineEnd)
            m_lastComment = m_pos; // it may follow the content on the document's last content line
        skipToLineEnd();
    }

    // ---- errors ----
    [[noreturn]] void fail(const QString &message, SourcePos pos) const
    {
        throw ParseFailure{message, pos};
    }
    /** Fails at the cursor, or after the document's last content if the cursor is at its end. */
    [[noreturn]] void fail(const QString &message) const
    {
        fail(message, atEnd() ? endOfContent() : here());
    }
    SourcePos endOfContent() const;
    QString describeHere() const;
    QString describeLine() const;
    static QString where(SourcePos pos) { return lineColumn(pos); }
    void enter(int depth, SourcePos pos) const
    {
        if (depth > m_maxDepth) {
            fail(IoTr::tr("the document nests collections deeper than the limit of %1 levels")
                     .arg(m_maxDepth),
                 pos);
        }
    }

    // ---- block structure ----
    enum class After { Scalar, FlowCollection, BlockScalarHeader };
    void finishLine(After after);
    void skipToNextContentLine();
    Node parseBlockNode(int n, BlockCtx ctx, int depth);
    Node parseBlockContent(int n, BlockCtx ctx, bool sameLine, const Props &nodeProps, int depth);
    Node parseBlockMapping(int col, const Props &props, int depth, std::optional<Key> first);
    Node parseBlockSequence(int col, const Props &props, int depth, bool compactInMapping);
    void readPlainEntry(int col, int depth);
    Key parseBlockKey(int col, int depth);
    Key plainKeyToColon(int col);
    Node parseBlockScalar(int n);
    Node parsePlainBlock(int n, qsizetype start, SourcePos pos, PlainScan first);
    void checkBlockCollectionAllowed(bool allowed, bool mapping, SourcePos pos) const;

    // ---- flow structure and scalars ----
    void skipFlowSpace();
    Node parseFlowNode(int depth);
    Node parseFlowSequence(int depth);
    Node parseFlowMapping(int depth);
    Node parseFlowPair(Node key, int depth);
    Node parsePlainFlow(SourcePos pos);
    PlainScan scanPlainLine(bool flow);
    void checkPlainStart(bool flow) const
    {
        if (m_pos < m_end && kPlainStartChecks[static_cast<unsigned char>(m_data[m_pos])])
            checkPlainStartHere(flow);
    }
    void checkPlainStartHere(bool flow) const;
    Node parseDelimitedNode(const Props &props, int depth);
    template<char Quote>
    Node parseQuoted();
    void appendEscape(QByteArray &buf);
    void foldQuotedWhitespace(QByteArray &buf);
    void foldPlainLines(bool &multiLine, qsizetype start, qsizetype firstEnd, int breaks);
    /** The anchor and tag at the cursor, if any: most nodes have neither, which is told here. */
    Props parseProps(bool flow)
    {
        return cur() == '&' || cur() == '!' ? parsePropsHere(flow) : Props{};
    }
    Props parsePropsHere(bool flow);
    Node parseAlias(int depth);
    Key keyFromNode(const Node &node) const;
    Node emptyNode(SourcePos pos, const Props &props);
    void applyProps(Node &node, const Props &props)
    {
        if (props.has())
            applyPropsHere(node, props);
    }
    void applyPropsHere(Node &node, const Props &props);
    Props mergeProps(const Props &outer, const Props &inner) const;
    static void measure(const Node &node, qsizetype &count, int &height);

    QByteArrayView m_in;
    const char *m_data;
    bool m_ascii;
    int m_maxDepth;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    // posAt()'s last answer on the line that starts at m_columnLineStart: the byte offset and
    // the number of characters before it on that line.
    mutable qsizetype m_columnLineStart = -1;
    mutable qsizetype m_columnOffset = 0;
    mutable int m_columnChars = 0;
    int m_indent = -1;       ///< indentation of the line the cursor is on (-1: end of document)
    qsizetype m_lastEnd = 0; ///< one past the last byte of the last token read
    qsizetype m_lastComment = -1; ///< the last comment skipped before m_contentLineEnd, or -1
    qsizetype m_chunkBegin = 0;
    int m_chunkLine = 1;
    qsizetype m_contentLineEnd = 0; ///< yamlstream::Chunk::contentLineEnd of the document read
    qsizetype m_aliasNodes = 0;
    qsizetype m_aliasBudget = 0;
    QHash<QByteArray, Anchor> m_anchors;
    QByteArray m_buf;
    // Keys and short values repeat all over a stream of manifests ("name", "port", "TCP",
    // annotation keys): one shared QString each saves an allocation and a free per occurrence.
    // A cache of two slots a set keeps the lookup to one hash and at most two compares with the
    // bytes it was made of: its first 16 are kept in the slot, the rest read in the input.
    struct CachedString
    {
        quint64 hash = 0;
        std::array<quint64, 2> head{}; ///< its first 16 bytes, zeros past its end
        qsizetype offset = 0;          ///< where its bytes are in the input
        qsizetype length = -1;         ///< -1 for an empty slot
        QString text;
    };
    static constexpr qsizetype kCachedLength = 64; ///< longer texts are seldom seen twice
    static constexpr size_t kCacheSlots = 256;
    std::vector<CachedString> m_strings{kCacheSlots};
    // The entries and items of the collections being read, innermost last (see moveFromStack).
    std::vector<Node::Entry> m_entryStack;
    std::vector<Node> m_itemStack;
};

/** Moves `stack`'s elements from `base` on into `to`, in a vector of just their number, and
 *  drops them from the stack. */
template<typename T>
void moveFromStack(std::vector<T> &stack, size_t base, std::vector<T> &to)
{
    to.reserve(stack.size() - base);
    std::move(stack.begin() + qsizetype(base), stack.end(), std::back_inserter(to));
    stack.resize(base);
}

} // namespace sd::yamlread
