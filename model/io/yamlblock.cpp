// SPDX-License-Identifier: GPL-3.0-or-later
// The fast reader, block structure: documents, mappings, sequences, block and plain scalars.
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "model/io/yamlreader_p.h"

namespace sd {

namespace yamlread {

QString Reader::slice(qsizetype begin, qsizetype end)
{
    const qsizetype length = end - begin;
    if (length > kCachedLength)
        return QString::fromUtf8(m_data + begin, length);
    // The text as words, the last padded with zeros. A word is read whole where the input has
    // its 8 bytes (the mask then drops what follows the text).
    constexpr bool little = std::endian::native == std::endian::little;
    const qsizetype count = (length + 7) / 8;
    const quint64 lastMask = length % 8 == 0 ? ~quint64(0) : (quint64(1) << (8 * (length % 8))) - 1;
    const auto wordAt = [&](qsizetype at, qsizetype w) {
        quint64 word = 0;
        const qsizetype k = 8 * w;
        if (k + 8 <= length) {
            std::memcpy(&word, m_data + at + k, sizeof word);
        } else if (little && at + k + 8 <= m_in.size()) {
            std::memcpy(&word, m_data + at + k, sizeof word);
            word &= lastMask;
        } else {
            std::memcpy(&word, m_data + at + k, size_t(length - k));
        }
        return word;
    };
    std::array<quint64, kCachedLength / 8> words{};
    // Each step's product carries every bit of the word into the top bits, which pick the set.
    quint64 hash = quint64(length) * 0x9E3779B97F4A7C15u;
    for (qsizetype w = 0; w < count; ++w) {
        words[size_t(w)] = wordAt(begin, w);
        hash = (hash ^ words[size_t(w)]) * 0xC2B2AE3D27D4EB4Fu;
    }
    // Two slots a set, the last used first: a value seen once (a name) takes the place of
    // another such value, not of a key that comes back in every document.
    constexpr size_t sets = kCacheSlots / 2;
    static_assert(std::has_single_bit(sets));
    CachedString *set = &m_strings[size_t(hash >> (64 - std::countr_zero(sets))) * 2];
    // A slot holds the text when the bytes it was made of are the same.
    const auto holds = [&](const CachedString &slot) {
        if (slot.hash != hash || slot.length != length || slot.head[0] != words[0]
            || slot.head[1] != words[1])
            return false;
        for (qsizetype w = 2; w < count; ++w) {
            if (wordAt(slot.offset, w) != words[size_t(w)])
                return false;
        }
        return true;
    };
    if (holds(set[0]))
        return set[0].text;
    if (holds(set[1])) {
        std::swap(set[0], set[1]);
        return set[0].text;
    }
    set[1] = std::move(set[0]);
    set[0].hash = hash;
    set[0].head = {words[0], words[1]};
    set[0].offset = begin;
    set[0].length = length;
    set[0].text = QString::fromUtf8(m_data + begin, length);
    return set[0].text;
}

QString Reader::describeHere() const
{
    if (atEnd()) {
        //: What an error message found, put in place of its "found %N"
        return IoTr::tr("the end of the document");
    }
    const char c = cur();
    if (isBreak(c)) {
        //: What an error message found, put in place of its "found %N"
        return IoTr::tr("the end of the line");
    }
    if (c == '\t') {
        //: What an error message found, put in place of its "found %N": a tab character
        return IoTr::tr("a tab");
    }
    // A word is shown whole, any other character alone.
    const auto isWord = [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
               || ch == '_' || ch == '-' || ch == '.' || (static_cast<unsigned char>(ch) & 0x80);
    };
    qsizetype len = 1;
    if (isWord(c)) {
        while (m_pos + len < m_end && len < 40 && isWord(m_data[m_pos + len]))
            ++len;
    }
    while (m_pos + len < m_end && (static_cast<unsigned char>(m_data[m_pos + len]) & 0xC0) == 0x80)
        ++len;
    //: What an error message found, put in place of its "found %N": %1 is a character or a word
    //: of the YAML text, quoted
    return IoTr::tr("'%1'").arg(QString::fromUtf8(m_data + m_pos, len));
}

// What the line at the cursor looks like, for "expected X, found Y" messages.
QString Reader::describeLine() const
{
    if (atEnd()) {
        //: What an error message found, put in place of its "found %N"
        return IoTr::tr("the end of the document");
    }
    if (isIndicatorHere('-')) {
        //: What an error message found, put in place of its "found %N"
        return IoTr::tr("a sequence entry ('- ')");
    }
    qsizetype i = m_pos;
    while (i < m_end && !isBreak(m_data[i])) {
        if (m_data[i] == ':' && endsToken(i + 1)) {
            //: What an error message found, put in place of its "found %N": %1 is the key's text
            return IoTr::tr("the mapping key '%1'")
                .arg(QString::fromUtf8(m_data + m_pos, i - m_pos).trimmed());
        }
        if (m_data[i] == '#' && i > m_pos && isBlank(m_data[i - 1]))
            break;
        ++i;
    }
    qsizetype end = i;
    while (end > m_pos && isBlank(m_data[end - 1]))
        --end;
    //: What an error message found, put in place of its "found %N": %1 is a character or a word
    //: of the YAML text, quoted
    return IoTr::tr("'%1'").arg(
        QString::fromUtf8(m_data + m_pos, std::min<qsizetype>(end - m_pos, 40)));
}

// Where an error that ran into the end of the document is shown: just after the last character of
// its last line with content, so inside the document and not on the next one's `---` line.
SourcePos Reader::endOfContent() const
{
    qsizetype e = m_contentLineEnd;
    if (e > m_chunkBegin && m_data[e - 1] == '\n')
        --e;
    if (e > m_chunkBegin && m_data[e - 1] == '\r')
        --e;
    qsizetype lineBegin = e;
    while (lineBegin > m_chunkBegin && !isBreak(m_data[lineBegin - 1]))
        --lineBegin;
    if (m_lastComment >= lineBegin && m_lastComment < e)
        e = m_lastComment;
    while (e > lineBegin && isBlank(m_data[e - 1]))
        --e;
    return yamlstream::positionOf(m_in, e, m_chunkBegin, m_chunkLine);
}

void Reader::read(const yamlstream::Chunk &chunk, YamlDocument &doc)
{
    m_end = chunk.bodyEnd();
    m_anchors.clear();
    m_entryStack.clear(); // what a document that failed left there
    m_itemStack.clear();
    m_aliasNodes = 0;
    m_indent = -1;
    m_lastEnd = 0;
    m_lastComment = -1;
    m_chunkBegin = chunk.begin;
    m_chunkLine = chunk.line;
    m_contentLineEnd = chunk.contentLineEnd;
    m_aliasBudget = yamlstream::aliasNodeBudget(chunk.end - chunk.begin);
    if (chunk.marker >= 0) {
        m_pos = chunk.marker + 3;
        m_line = chunk.markerLine;
        m_lineStart = chunk.marker;
    } else {
        m_pos = chunk.begin;
        m_line = chunk.line;
        if (chunk.begin == 0 && hasBom(m_in))
            m_pos = 3;
        m_lineStart = m_pos;
    }

    if (chunk.hasContent()) {
        Node root;
        if (chunk.marker >= 0) {
            root = parseBlockNode(-1, BlockCtx::MarkerLine, 0);
        } else {
            skipToNextContentLine();
            root = parseBlockContent(-1, BlockCtx::Root, false, Props{}, 0);
        }
        if (m_indent >= 0) {
            //: %1 says what was found: the mapping key 'b', a sequence entry ('- '), 'text'
            fail(IoTr::tr("expected the end of the document, found %1; check the indentation of "
                          "this line")
                     .arg(describeLine()));
        }
        doc.root = std::move(root);
        // The end of the line that holds the root's last byte, with its line break.
        qsizetype e = std::max<qsizetype>(m_lastEnd, chunk.contentBegin + 1);
        while (e < m_end && !isBreak(m_data[e]))
            ++e;
        if (e < m_end)
            e += (m_data[e] == '\r' && e + 1 < m_end && m_data[e + 1] == '\n') ? 2 : 1;
        doc.contentEnd = std::min(e, m_end);
    }

    if (chunk.endMarker >= 0) {
        m_end = chunk.end;
        m_pos = chunk.endMarker + 3;
        m_lineStart = chunk.endMarker;
        m_line = yamlstream::positionOf(m_in, chunk.endMarker, chunk.begin, chunk.line).line;
        skipBlanks();
        if (commentHere())
            skipComment();
        if (!atEnd() && !isBreak(cur())) {
            //: %1 says what was found: 'junk', a tab
            fail(IoTr::tr("expected the end of the line after the document end marker '...', found "
                          "%1")
                     .arg(describeHere()));
        }
    }
}

// After a complete value on a line: only blanks and a comment may follow.
void Reader::finishLine(After after)
{
    skipBlanks();
    if (commentHere())
        skipComment();
    if (atEnd() || isBreak(cur()))
        return;
    switch (after) {
    case After::Scalar:
        //: %1 says what was found: 'y', a tab
        fail(
            IoTr::tr("expected the end of the line after the scalar, found %1").arg(describeHere()));
    case After::FlowCollection:
        //: %1 says what was found: 'y', a tab
        fail(IoTr::tr("expected the end of the line after the flow collection, found %1")
                 .arg(describeHere()));
    case After::BlockScalarHeader:
        //: %1 says what was found: 'y', a tab
        fail(IoTr::tr("expected the end of the line after the block scalar header, found %1")
                 .arg(describeHere()));
    }
}

void Reader::skipToNextContentLine()
{
    for (;;) {
        skipBlanks();
        if (commentHere())
            skipComment();
        if (m_pos >= m_end) {
            m_indent = -1;
            return;
        }
        if (!isBreak(m_data[m_pos]))
            break;
        newline();
    }
    // The cursor is on content; what precedes it on this line is the indentation, which must be
    // spaces only (this is only called where a line's content starts).
    for (qsizetype i = m_lineStart; i < m_pos; ++i) {
        if (m_data[i] == '\t') {
            fail(IoTr::tr(
                     "found a tab character in the indentation of this line; YAML indents with "
                     "spaces only"),
                 posAt(i));
        }
    }
    m_indent = int(m_pos - m_lineStart);
}

void Reader::checkBlockCollectionAllowed(bool allowed, bool mapping, SourcePos pos) const
{
    if (allowed)
        return;
    if (mapping) {
        fail(IoTr::tr("a block mapping cannot start on the same line as its key or the '---' "
                      "marker; start it on a new line, or quote the value if it is text"),
             pos);
    }
    fail(IoTr::tr("a block sequence cannot start on the same line as its key or the '---' marker; "
                  "start it on a new line, or quote the value if it is text"),
         pos);
}

// The node after an indicator (`key:`, `- `, `? `, `---`): on the same line or on the next lines.
Node Reader::parseBlockNode(int n, BlockCtx ctx, int depth)
{
    const SourcePos emptyPos = here();
    skipBlanks();
    const qsizetype contentStart = m_pos;
    // The commonest value, a plain scalar that starts with a letter or a digit after its key, is
    // read here: it has no properties, and parseBlockContent() would find nothing else to do.
    if (ctx == BlockCtx::MapValue && !atEnd() && startsPlainWord(cur())) {
        const SourcePos pos = here();
        const PlainScan scan = scanPlainLine(false);
        if (scan.stop != PlainScan::Colon)
            return parsePlainBlock(n, contentStart, pos, scan);
        m_pos = contentStart;
        return parseBlockContent(n, ctx, true, Props{}, depth);
    }
    Props props = parseProps(false);
    if (!atEnd() && !isBreak(cur()) && !commentHere()) {
        // Content on this line: parse it from the start, properties included.
        m_pos = contentStart;
        return parseBlockContent(n, ctx, true, Props{}, depth);
    }
    skipToNextContentLine();
    const bool nested = m_indent > n
                        || (ctx == BlockCtx::MapValue && m_indent == n && isIndicatorHere('-'));
    if (m_indent >= 0 && nested)
        return parseBlockContent(n, ctx, false, props, depth);
    return emptyNode(props.has() ? props.pos : emptyPos, props);
}

Node Reader::parseBlockContent(int n, BlockCtx ctx, bool sameLine, const Props &nodeProps, int depth)
{
    const bool collectionOk = !sameLine || ctx == BlockCtx::SeqEntry || ctx == BlockCtx::Explicit;
    const int col = int(m_pos - m_lineStart);
    const SourcePos startPos = here();
    const int startLine = m_line;

    if (isIndicatorHere('-')) {
        checkBlockCollectionAllowed(collectionOk, false, startPos);
        return parseBlockSequence(col, nodeProps, depth + 1, ctx == BlockCtx::MapValue && col == n);
    }
    if (isIndicatorHere('?') || isIndicatorHere(':')) {
        checkBlockCollectionAllowed(collectionOk, true, startPos);
        return parseBlockMapping(col, nodeProps, depth + 1, std::nullopt);
    }

    Props inline_ = parseProps(false);
    if (inline_.has() && (atEnd() || isBreak(cur()) || commentHere())) {
        // Properties alone on a line: they belong to the node on the following lines.
        if (commentHere())
            skipComment();
        const Props merged = mergeProps(nodeProps, inline_);
        skipToNextContentLine();
        if (m_indent > n || (ctx == BlockCtx::MapValue && m_indent == n && isIndicatorHere('-')))
            return parseBlockContent(n, ctx, false, merged, depth);
        return emptyNode(merged.pos, merged);
    }
    if (inline_.has() && isIndicatorHere('-'))
        fail(IoTr::tr("a block sequence cannot start on the same line as its anchor or tag"));

    Node node;
    const char c = cur();
    switch (c) {
    case '|':
    case '>': {
        node = parseBlockScalar(n);
        const Props merged = mergeProps(nodeProps, inline_);
        if (merged.has())
            node.setPos(merged.pos);
        applyProps(node, merged);
        return node;
    }
    case '"':
    case '\'':
    case '*':
    case '[':
    case '{':
        node = parseDelimitedNode(inline_, depth);
        break;
    default: {
        checkPlainStart(false);
        const qsizetype start = m_pos;
        const SourcePos pos = here();
        const PlainScan scan = scanPlainLine(false);
        if (scan.stop == PlainScan::Colon) {
            checkBlockCollectionAllowed(collectionOk, true, startPos);
            Node keyNode = Node::scalar(slice(start, scan.textEnd), Node::Style::Plain, pos);
            applyProps(keyNode, inline_);
            consumeIndicator(); // the ':'
            return parseBlockMapping(col,
                                     nodeProps,
                                     depth + 1,
                                     Key{keyNode.text(), inline_.has() ? inline_.pos : pos});
        }
        node = parsePlainBlock(n, start, pos, scan);
        if (!nodeProps.has() && !inline_.has())
            return node;
        const Props merged = mergeProps(nodeProps, inline_);
        if (inline_.has())
            node.setPos(inline_.pos);
        else if (nodeProps.has())
            node.setPos(nodeProps.pos);
        applyProps(node, merged);
        return node;
    }
    }

    // A quoted scalar, alias or flow collection: a key if ':' follows on the same line.
    skipBlanks();
    if (isIndicatorHere(':')) {
        checkBlockCollectionAllowed(collectionOk, true, startPos);
        if (m_line != startLine)
            fail(IoTr::tr("a mapping key must be on a single line"), startPos);
        applyProps(node, inline_);
        Key key = keyFromNode(node);
        key.pos = inline_.has() ? inline_.pos : startPos;
        consumeIndicator();
        return parseBlockMapping(col, nodeProps, depth + 1, std::move(key));
    }
    finishLine(node.isScalar() ? After::Scalar : After::FlowCollection);
    skipToNextContentLine();
    const Props merged = mergeProps(nodeProps, inline_);
    if (merged.has())
        node.setPos(merged.pos);
    applyProps(node, merged);
    return node;
}

Node Reader::parseBlockMapping(int col, const Props &props, int depth, std::optional<Key> first)
{
    enter(depth, first ? first->pos : here());
    Node map = Node::mapping(Node::Style::Plain,
                             props.has() ? props.pos : (first ? first->pos : here()));
    // The entries gather on the reader's stack and move to the mapping once all are read: one
    // allocation of the right size.
    const size_t base = m_entryStack.size();
    const auto push = [&](Key &key, Node &&value) {
        m_entryStack.push_back(Node::Entry{std::move(key.text), key.pos, std::move(value)});
    };
    for (bool firstEntry = true;; firstEntry = false) {
        Key key;
        if (firstEntry && first) {
            key = std::move(*first);
        } else if (startsPlainWord(cur())) {
            readPlainEntry(col, depth);
            if (m_indent != col)
                break;
            continue;
        } else if (isIndicatorHere('?')) {
            // An explicit key, then an optional `: value` line at the same indentation.
            consumeIndicator();
            key = keyFromNode(parseBlockNode(col, BlockCtx::Explicit, depth));
            if (m_indent == col && isIndicatorHere(':')) {
                consumeIndicator();
                push(key, parseBlockNode(col, BlockCtx::Explicit, depth));
            } else {
                push(key, emptyNode(here(), Props{}));
            }
            if (m_indent != col)
                break;
            continue;
        } else {
            key = parseBlockKey(col, depth);
        }
        push(key, parseBlockNode(col, BlockCtx::MapValue, depth));
        if (m_indent != col)
            break;
    }
    if (m_indent > col) {
        fail(IoTr::tr("bad indentation: this line is indented more than the keys of the mapping at "
                      "column %1 but is not part of a value")
                 .arg(col + 1));
    }
    moveFromStack(m_entryStack, base, map.entries());
    applyProps(map, props);
    return map;
}

// The commonest mapping line, `key: value` with a plain key that starts with a letter or a digit:
// what parseBlockKey() would do for such a key, without its other cases, and without the Key that
// parseBlockMapping() hands on.
void Reader::readPlainEntry(int col, int depth)
{
    Key key = plainKeyToColon(col);
    consumeIndicator(); // the ':'
    m_entryStack.push_back(
        Node::Entry{std::move(key.text), key.pos, parseBlockNode(col, BlockCtx::MapValue, depth)});
}

// A key at the start of a mapping line; leaves the cursor after its ':'.
Key Reader::parseBlockKey(int col, int depth)
{
    if (isIndicatorHere('-')) {
        fail(IoTr::tr("expected a mapping key at column %1, found a sequence entry ('- '); a "
                      "sequence cannot follow the entries of a mapping at the same indentation")
                 .arg(col + 1));
    }
    if (isIndicatorHere(':')) {
        const SourcePos pos = here();
        consumeIndicator();
        return Key{QString(), pos};
    }
    const int startLine = m_line;
    if (cur() != '&' && cur() != '!' && cur() != '"' && cur() != '\'' && cur() != '*'
        && cur() != '[' && cur() != '{' && !atEnd() && !isBreak(cur()) && !commentHere()) {
        // The common key, plain without anchor or tag: its text is all there is to it.
        Key key = plainKeyToColon(col);
        consumeIndicator();
        return key;
    }
    Props props = parseProps(false);
    const SourcePos pos = props.has() ? props.pos : here();
    Node node;
    switch (cur()) {
    case '"':
    case '\'':
    case '*':
    case '[':
    case '{':
        node = parseDelimitedNode(props, depth);
        break;
    default: {
        if (atEnd() || isBreak(cur()) || commentHere()) {
            //: %1 says what was found: the end of the line, the end of the document
            fail(IoTr::tr("expected a mapping key after the anchor or tag, found %1")
                     .arg(describeHere()));
        }
        Key plain = plainKeyToColon(col);
        node = Node::scalar(std::move(plain.text), Node::Style::Plain, plain.pos);
        break;
    }
    }
    skipBlanks();
    if (!isIndicatorHere(':')) {
        //: %1 says what was found: 'x', the end of the line
        fail(IoTr::tr("expected ':' after the mapping key, found %1").arg(describeHere()));
    }
    if (m_line != startLine)
        fail(IoTr::tr("a mapping key must be on a single line"), pos);
    applyProps(node, props);
    consumeIndicator();
    Key key = keyFromNode(node);
    key.pos = pos;
    return key;
}

// A plain key at the cursor, up to the ':' after it, where the cursor is left.
Key Reader::plainKeyToColon(int col)
{
    checkPlainStart(false);
    const qsizetype start = m_pos;
    const SourcePos pos = here();
    const PlainScan scan = scanPlainLine(false);
    if (scan.stop != PlainScan::Colon) {
        m_pos = start;
        //: %1 is a column number, %2 the text found there, quoted
        fail(IoTr::tr("expected a mapping entry ('key: value') at column %1, found %2 without a "
                      "':'")
                 .arg(QString::number(col + 1), describeLine()));
    }
    return Key{slice(start, scan.textEnd), pos};
}

Node Reader::parseBlockSequence(int col, const Props &props, int depth, bool compactInMapping)
{
    enter(depth, here());
    Node seq = Node::sequence(Node::Style::Plain, props.has() ? props.pos : here());
    const size_t base = m_itemStack.size(); // as the entries of a mapping
    for (;;) {
        consumeIndicator(); // the '-'
        m_itemStack.push_back(parseBlockNode(col, BlockCtx::SeqEntry, depth));
        if (m_indent != col)
            break;
        if (isIndicatorHere('-'))
            continue;
        if (compactInMapping)
            break; // the mapping that holds this sequence goes on
        //: %1 is a column number, %2 what was found there: the mapping key 'b', 'text'
        fail(IoTr::tr("expected a sequence entry ('- ') at column %1, found %2")
                 .arg(QString::number(col + 1), describeLine()));
    }
    if (m_indent > col) {
        fail(
            IoTr::tr("bad indentation: this line is indented more than the entries of the sequence "
                     "at column %1 but is not part of an entry")
                .arg(col + 1));
    }
    moveFromStack(m_itemStack, base, seq.items());
    applyProps(seq, props);
    return seq;
}

// `|` or `>` with its header; the content is indented more than `n`, the parent's indentation.
Node Reader::parseBlockScalar(int n)
{
    const SourcePos pos = here();
    const bool literal = cur() == '|';
    ++m_pos;
    int indicator = 0;
    char chomp = 0;
    for (int k = 0; k < 2; ++k) {
        const char c = cur();
        if (c >= '1' && c <= '9' && indicator == 0) {
            indicator = c - '0';
            ++m_pos;
        } else if ((c == '+' || c == '-') && chomp == 0) {
            chomp = c;
            ++m_pos;
        }
    }
    if (!endsToken(m_pos)) {
        //: %1 is the block scalar indicator ('|' or '>'), %2 what was found after it: 'x'
        fail(IoTr::tr(
                 "expected a chomping indicator ('+' or '-'), an indentation indicator (1-9), a "
                 "comment or the end of the line after '%1', found %2")
                 .arg(literal ? u"|"_s : u">"_s, describeHere()));
    }
    m_lastEnd = m_pos;
    finishLine(After::BlockScalarHeader);

    // Like libyaml and yaml-cpp, an explicit indentation counts from column 0 at the top level.
    int indent = indicator > 0 ? std::max(n, 0) + indicator : -1;
    if (indent < 0) {
        // The first line that is not empty sets the indentation; the empty lines before it count
        // too, so that their spaces are not taken for text.
        int spaces = 0;
        int blankSpaces = 0;
        qsizetype i = m_pos < m_end
                          ? m_pos + (m_data[m_pos] == '\r' && at(m_pos + 1) == '\n' ? 2 : 1)
                          : m_end;
        while (i < m_end) {
            spaces = 0;
            while (i < m_end && m_data[i] == ' ') {
                ++i;
                ++spaces;
            }
            if (i >= m_end || isBreak(m_data[i])) {
                blankSpaces = std::max(blankSpaces, spaces);
                if (i >= m_end)
                    break;
                i += (m_data[i] == '\r' && at(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            break;
        }
        if (i >= m_end) {
            indent = std::max(blankSpaces, n + 1);
        } else {
            indent = std::max(spaces, n + 1);
            if (blankSpaces > indent && spaces > n) {
                //: %1 and %2 are numbers of spaces
                fail(IoTr::tr("an empty line at the start of the block scalar has %1 spaces, more "
                              "than the %2 of its first line of text")
                         .arg(blankSpaces)
                         .arg(spaces),
                     pos);
            }
        }
    }

    QByteArray &buf = m_buf;
    buf.clear();
    bool leadingBreak = false;
    bool leadingBlank = false;
    int trailing = 0;
    if (!atEnd()) {
        newline();
        for (;;) {
            int spaces = 0;
            while (spaces < indent && m_pos < m_end && m_data[m_pos] == ' ') {
                ++m_pos;
                ++spaces;
            }
            if (atEnd())
                break;
            if (isBreak(cur())) {
                ++trailing;
                newline();
                continue;
            }
            if (spaces < indent)
                break; // a less indented line ends the scalar
            const bool trailingBlank = isBlank(cur());
            if (!literal && leadingBreak && !leadingBlank && !trailingBlank) {
                if (trailing == 0)
                    buf.append(' ');
            } else if (leadingBreak) {
                buf.append('\n');
            }
            buf.append(trailing, '\n');
            trailing = 0;
            leadingBlank = trailingBlank;
            const qsizetype lineBegin = m_pos;
            skipToLineEnd();
            buf.append(m_data + lineBegin, m_pos - lineBegin);
            m_lastEnd = m_pos;
            if (atEnd()) {
                leadingBreak = false;
                break;
            }
            newline();
            leadingBreak = true;
        }
    }
    if (chomp != '-' && leadingBreak)
        buf.append('\n');
    if (chomp == '+')
        buf.append(trailing, '\n');
    skipToNextContentLine();
    return Node::scalar(QString::fromUtf8(buf),
                        literal ? Node::Style::Literal : Node::Style::Folded,
                        pos);
}

// Before the next line of a plain scalar: m_buf takes the first line (start to firstEnd) once a
// second one turns up, then the line breaks before the next one, folded.
void Reader::foldPlainLines(bool &multiLine, qsizetype start, qsizetype firstEnd, int breaks)
{
    if (!multiLine) {
        m_buf.clear();
        m_buf.append(m_data + start, firstEnd - start);
        multiLine = true;
    }
    appendFoldedBreaks(m_buf, breaks);
}

// A plain scalar in block context whose first line has been scanned; continuation lines must be
// indented more than `n`.
Node Reader::parsePlainBlock(int n, qsizetype start, SourcePos pos, PlainScan first)
{
    m_lastEnd = first.textEnd;
    if (first.stop == PlainScan::Comment) {
        const QString text = slice(start, first.textEnd);
        skipToNextContentLine();
        return Node::scalar(text, Node::Style::Plain, pos);
    }
    bool multiLine = false;
    for (;;) {
        if (atEnd()) {
            m_indent = -1;
            break;
        }
        // The cursor is on a line break: look at the next line that is not empty.
        int breaks = 0;
        int spaces = 0;
        do {
            newline();
            ++breaks;
            spaces = 0;
            while (m_pos < m_end && m_data[m_pos] == ' ') {
                ++m_pos;
                ++spaces;
            }
            skipBlanks();
        } while (m_pos < m_end && isBreak(m_data[m_pos]));
        if (atEnd()) {
            m_indent = -1;
            break;
        }
        if (spaces <= n || cur() == '#') {
            // Not a continuation: this is the next content line (or a comment before it). When
            // its indentation was spaces alone, it is known.
            if (m_pos - m_lineStart == spaces && cur() != '#')
                m_indent = spaces;
            else
                skipToNextContentLine();
            break;
        }
        const qsizetype lineBegin = m_pos;
        const PlainScan scan = scanPlainLine(false);
        if (scan.stop == PlainScan::Colon) {
            //: %1 is a position ("line 3, column 7")
            fail(IoTr::tr(
                     "found a mapping key inside the multi-line plain scalar that starts at %1; "
                     "check the indentation of this line, or quote the value")
                     .arg(where(pos)),
                 posAt(lineBegin));
        }
        foldPlainLines(multiLine, start, first.textEnd, breaks);
        m_buf.append(m_data + lineBegin, scan.textEnd - lineBegin);
        m_lastEnd = scan.textEnd;
        if (scan.stop == PlainScan::Comment) {
            skipToNextContentLine();
            break;
        }
    }
    QString text = multiLine ? QString::fromUtf8(m_buf) : slice(start, first.textEnd);
    return Node::scalar(std::move(text), Node::Style::Plain, pos);
}

namespace {

// The first byte from `i` on that may end a run of plain text in block context (a blank, a
// break, ':' or '#'; the text is checked, so no other byte is below a space), or `end`.
inline qsizetype nextBlockPlainStop(const char *data, qsizetype i, qsizetype end)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i colon = _mm_set1_epi8(':');
    const __m128i hash = _mm_set1_epi8('#');
    for (; i + 16 <= end; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i low = _mm_cmpeq_epi8(_mm_max_epu8(bytes, space), space);
        const __m128i stops = _mm_or_si128(low,
                                           _mm_or_si128(_mm_cmpeq_epi8(bytes, colon),
                                                        _mm_cmpeq_epi8(bytes, hash)));
        const int mask = _mm_movemask_epi8(stops);
        if (mask != 0)
            return i + std::countr_zero(unsigned(mask));
    }
#endif
    while (i < end && !kPlainStops[static_cast<unsigned char>(data[i])])
        ++i;
    return i;
}

} // namespace

// Scans the rest of a plain scalar's line. Stops at ": " (cursor on ':'), " #" (cursor on '#'),
// the line's end or, in flow context, a flow indicator.
PlainScan Reader::scanPlainLine(bool flow)
{
    qsizetype textEnd = m_pos;
    for (;;) {
        // In block context, the flow indicators are text: the scan goes past them at once.
        qsizetype i = m_pos; // a local: the compiler keeps it in a register
        if (flow) {
            while (i < m_end && !kPlainStops[static_cast<unsigned char>(m_data[i])])
                ++i;
        } else {
            i = nextBlockPlainStop(m_data, i, m_end);
        }
        m_pos = i;
        if (m_pos > textEnd && !isBlank(m_data[m_pos - 1]))
            textEnd = m_pos;
        if (m_pos >= m_end)
            return PlainScan{textEnd, PlainScan::Eol};
        const char c = m_data[m_pos];
        if (isBreak(c))
            return PlainScan{textEnd, PlainScan::Eol};
        if (isBlank(c)) {
            ++m_pos;
            continue;
        }
        if (c == ':') {
            const char d = at(m_pos + 1);
            if (endsToken(m_pos + 1) || (flow && isFlowIndicator(d)))
                return PlainScan{textEnd, PlainScan::Colon};
        } else if (c == '#') {
            if (isBlank(m_data[m_pos - 1]))
                return PlainScan{textEnd, PlainScan::Comment};
        } else if (flow) {
            return PlainScan{textEnd, PlainScan::Flow};
        }
        ++m_pos;
        textEnd = m_pos;
    }
}

// The byte at the cursor is one of kPlainStartChecks.
void Reader::checkPlainStartHere(bool flow) const
{
    const char c = cur();
    if (c == '-' || c == '?' || c == ':') {
        if (!endsToken(m_pos + 1) && !(flow && isFlowIndicator(peek())))
            return;
        if (c == '-' && flow)
            fail(IoTr::tr("a block sequence entry ('- ') is not allowed inside a flow collection"));
    }
    //: %1 is the character found, quoted: '@'
    fail(IoTr::tr("found %1, which cannot start a plain scalar; quote the value if it is text")
             .arg(describeHere()));
}

} // namespace yamlread

} // namespace sd
