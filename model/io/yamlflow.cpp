// SPDX-License-Identifier: GPL-3.0-or-later
// The fast reader, what opens with its own indicator: flow collections, quoted scalars and their
// escapes, anchors, tags and aliases.
#include "model/io/yamlreader_p.h"

namespace sd {

namespace yamlread {

void Reader::skipFlowSpace()
{
    for (;;) {
        if (m_pos >= m_end)
            return;
        const char c = m_data[m_pos];
        if (isBlank(c))
            ++m_pos;
        else if (isBreak(c))
            newline();
        else if (commentHere())
            skipComment();
        else
            return;
    }
}

Node Reader::parseFlowNode(int depth)
{
    Props props = parseProps(true);
    const SourcePos pos = props.has() ? props.pos : here();
    Node node;
    const char c = cur();
    if (atEnd() || c == ',' || c == ']' || c == '}'
        || (c == ':' && (endsToken(m_pos + 1) || isFlowIndicator(peek())))) {
        return emptyNode(pos, props);
    }
    switch (c) {
    case '[':
    case '{':
    case '"':
    case '\'':
    case '*':
        node = parseDelimitedNode(props, depth);
        break;
    case '|':
    case '>':
        //: %1 is the block scalar indicator, '|' or '>'
        fail(IoTr::tr("a block scalar ('%1') is not allowed inside a flow collection")
                 .arg(QChar(char16_t(c))));
    default:
        checkPlainStart(true);
        node = parsePlainFlow(here());
        break;
    }
    node.setPos(pos);
    applyProps(node, props);
    return node;
}

Node Reader::parsePlainFlow(SourcePos pos)
{
    const qsizetype start = m_pos;
    PlainScan scan = scanPlainLine(true);
    bool multiLine = false;
    while (scan.stop == PlainScan::Eol && !atEnd()) {
        // A plain scalar may go on over line breaks until an indicator or a comment.
        const qsizetype savePos = m_pos;
        const qsizetype saveLineStart = m_lineStart;
        const int saveLine = m_line;
        int breaks = 0;
        while (m_pos < m_end && (isBlank(cur()) || isBreak(cur()))) {
            if (isBreak(cur())) {
                newline();
                ++breaks;
            } else {
                ++m_pos;
            }
        }
        const char c = cur();
        if (atEnd() || c == '#' || isFlowIndicator(c)
            || (c == ':' && (endsToken(m_pos + 1) || isFlowIndicator(peek())))) {
            m_pos = savePos;
            m_lineStart = saveLineStart;
            m_line = saveLine;
            break;
        }
        foldPlainLines(multiLine, start, scan.textEnd, breaks);
        const qsizetype lineBegin = m_pos;
        scan = scanPlainLine(true);
        m_buf.append(m_data + lineBegin, scan.textEnd - lineBegin);
    }
    m_lastEnd = scan.textEnd;
    QString text = multiLine ? QString::fromUtf8(m_buf) : slice(start, scan.textEnd);
    return Node::scalar(std::move(text), Node::Style::Plain, pos);
}

Node Reader::parseFlowSequence(int depth)
{
    const SourcePos open = here();
    enter(depth, open);
    ++m_pos;
    Node seq = Node::sequence(Node::Style::Flow, open);
    const size_t base = m_itemStack.size(); // as in a block sequence
    for (;;) {
        skipFlowSpace();
        const char c = cur();
        if (c == ']' && !atEnd())
            break;
        if (atEnd()) {
            //: %1 is where the sequence starts ("line 3, column 7"), %2 what was found: the end
            //: of the document
            fail(IoTr::tr("expected ']' in the flow sequence that starts at %1, found %2")
                     .arg(where(open), describeHere()));
        }
        if (c == ',') {
            //: %1 is where the sequence starts ("line 3, column 7"), %2 what was found: ','
            fail(IoTr::tr(
                     "expected an entry or ']' in the flow sequence that starts at %1, found %2")
                     .arg(where(open), describeHere()));
        }
        if (isIndicatorHere('?') || (c == '?' && isFlowIndicator(peek()))) {
            ++m_pos;
            skipFlowSpace();
            Node key = (cur() == ':' || cur() == ',' || cur() == ']') && !atEnd()
                           ? emptyNode(here(), Props{})
                           : parseFlowNode(depth + 1);
            m_itemStack.push_back(parseFlowPair(std::move(key), depth));
        } else {
            const bool emptyKey = c == ':' && (endsToken(m_pos + 1) || isFlowIndicator(peek()));
            Node item = emptyKey ? emptyNode(here(), Props{}) : parseFlowNode(depth);
            const bool jsonLike = item.isQuoted() || !item.isScalar();
            skipFlowSpace();
            if (cur() == ':' && !atEnd()
                && (jsonLike || endsToken(m_pos + 1) || isFlowIndicator(peek()))) {
                m_itemStack.push_back(parseFlowPair(std::move(item), depth));
            } else {
                m_itemStack.push_back(std::move(item));
            }
        }
        skipFlowSpace();
        if (cur() == ',' && !atEnd()) {
            ++m_pos;
            continue;
        }
        if (cur() == ']' && !atEnd())
            break;
        //: %1 is where the sequence starts ("line 3, column 7"), %2 what was found: '}', the end
        //: of the document
        fail(IoTr::tr("expected ',' or ']' in the flow sequence that starts at %1, found %2")
                 .arg(where(open), describeHere()));
    }
    if (m_itemStack.size() > base) // an empty one has no items to hold
        moveFromStack(m_itemStack, base, seq.items());
    ++m_pos;
    m_lastEnd = m_pos;
    return seq;
}

// A single `key: value` pair inside a flow sequence: a one-entry flow mapping. The cursor is on
// the ':' (or on what follows an explicit key without one).
Node Reader::parseFlowPair(Node key, int depth)
{
    const SourcePos pos = key.pos();
    enter(depth + 1, pos);
    Node map = Node::mapping(Node::Style::Flow, pos);
    Key k = keyFromNode(key);
    Node value;
    if (cur() == ':' && !atEnd()) {
        ++m_pos;
        skipFlowSpace();
        value = parseFlowNode(depth + 1);
    } else {
        value = emptyNode(here(), Props{});
    }
    map.insert(std::move(k.text), std::move(value), pos);
    return map;
}

Node Reader::parseFlowMapping(int depth)
{
    const SourcePos open = here();
    enter(depth, open);
    ++m_pos;
    Node map = Node::mapping(Node::Style::Flow, open);
    const size_t base = m_entryStack.size(); // as in a block mapping
    for (;;) {
        skipFlowSpace();
        char c = cur();
        if (c == '}' && !atEnd())
            break;
        if (atEnd()) {
            //: %1 is where the mapping starts ("line 3, column 7"), %2 what was found: the end of
            //: the document
            fail(IoTr::tr("expected '}' in the flow mapping that starts at %1, found %2")
                     .arg(where(open), describeHere()));
        }
        if (c == ',') {
            //: %1 is where the mapping starts ("line 3, column 7"), %2 what was found: ','
            fail(IoTr::tr("expected a key or '}' in the flow mapping that starts at %1, found %2")
                     .arg(where(open), describeHere()));
        }
        bool isExplicit = false;
        if (isIndicatorHere('?') || (c == '?' && isFlowIndicator(peek()))) {
            ++m_pos;
            skipFlowSpace();
            isExplicit = true;
            c = cur();
        }
        Key key;
        bool jsonLike = false;
        if ((c == ':' && (endsToken(m_pos + 1) || isFlowIndicator(peek())))
            || (isExplicit && (c == ',' || c == '}'))) {
            key.pos = here();
        } else {
            const Node keyNode = parseFlowNode(depth);
            jsonLike = keyNode.isQuoted() || !keyNode.isScalar();
            key = keyFromNode(keyNode);
            key.pos = keyNode.pos();
        }
        skipFlowSpace();
        c = cur();
        Node value;
        if (c == ':' && !atEnd() && (jsonLike || endsToken(m_pos + 1) || isFlowIndicator(peek()))) {
            ++m_pos;
            skipFlowSpace();
            value = parseFlowNode(depth);
        } else if ((c == ',' || c == '}') && !atEnd()) {
            value = emptyNode(here(), Props{});
        } else if (atEnd()) {
            //: %1 is where the mapping starts ("line 3, column 7"), %2 what was found: the end of
            //: the document
            fail(
                IoTr::tr("expected ':', ',' or '}' in the flow mapping that starts at %1, found %2")
                    .arg(where(open), describeHere()));
        } else {
            //: %1 is the key's text, %2 where the mapping starts ("line 3, column 7"), %3 what was
            //: found: ']'
            fail(IoTr::tr("expected ':', ',' or '}' after the key '%1' in the flow mapping that "
                          "starts at %2, found %3")
                     .arg(key.text, where(open), describeHere()));
        }
        m_entryStack.push_back(Node::Entry{std::move(key.text), key.pos, std::move(value)});
        skipFlowSpace();
        if (cur() == ',' && !atEnd()) {
            ++m_pos;
            continue;
        }
        if (cur() == '}' && !atEnd())
            break;
        //: %1 is where the mapping starts ("line 3, column 7"), %2 what was found: ']', the end
        //: of the document
        fail(IoTr::tr("expected ',' or '}' in the flow mapping that starts at %1, found %2")
                 .arg(where(open), describeHere()));
    }
    if (m_entryStack.size() > base) // an empty one has no entries to hold
        moveFromStack(m_entryStack, base, map.entries());
    ++m_pos;
    m_lastEnd = m_pos;
    return map;
}

// White space inside quotes, the cursor on its first blank or line break: blanks are kept unless
// a line break follows them, and line breaks fold with the blanks around them dropped.
void Reader::foldQuotedWhitespace(QByteArray &buf)
{
    const qsizetype ws = m_pos;
    skipBlanks();
    if (m_pos >= m_end || !isBreak(m_data[m_pos])) {
        buf.append(m_data + ws, m_pos - ws);
        return;
    }
    int breaks = 0;
    while (m_pos < m_end && isBreak(m_data[m_pos])) {
        newline();
        ++breaks;
        skipBlanks();
    }
    appendFoldedBreaks(buf, breaks);
}

// A double- or single-quoted scalar (Quote is `"` or `'`). The two differ only in how a quote or
// a backslash can stand in the text: `\` starts an escape in the one, `''` is a quote in the other.
template<char Quote>
Node Reader::parseQuoted()
{
    constexpr bool doubleQuoted = Quote == '"';
    constexpr Node::Style style = doubleQuoted ? Node::Style::DoubleQuoted
                                               : Node::Style::SingleQuoted;
    // The characters that end a run of text taken as it is, besides white space.
    const auto special = [](char c) {
        return c == Quote || (doubleQuoted && c == '\\') || isBreak(c);
    };
    const SourcePos pos = here();
    ++m_pos;
    const qsizetype start = m_pos;
    // Most quoted values are one line without escapes: take them in one slice.
    qsizetype i = start;
    while (i < m_end && !special(m_data[i]))
        ++i;
    if (i < m_end && m_data[i] == Quote && (doubleQuoted || at(i + 1) != '\'')) {
        m_pos = i + 1;
        m_lastEnd = m_pos;
        return Node::scalar(slice(start, i), style, pos);
    }
    QByteArray &buf = m_buf;
    buf.clear();
    for (;;) {
        if (atEnd()) {
            if constexpr (doubleQuoted) {
                //: %1 is a position ("line 3, column 7")
                fail(IoTr::tr("the double-quoted scalar that starts at %1 is not closed: expected "
                              "'\"', found the end of the document")
                         .arg(where(pos)),
                     pos);
            } else {
                //: %1 is a position ("line 3, column 7")
                fail(IoTr::tr("the single-quoted scalar that starts at %1 is not closed: expected "
                              "\"'\", found the end of the document")
                         .arg(where(pos)),
                     pos);
            }
        }
        const char c = m_data[m_pos];
        if (c == Quote) {
            if (!doubleQuoted && at(m_pos + 1) == '\'') {
                buf.append('\'');
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        if (doubleQuoted && c == '\\') {
            appendEscape(buf);
        } else if (isBlank(c) || isBreak(c)) {
            foldQuotedWhitespace(buf);
        } else {
            const qsizetype run = m_pos;
            while (m_pos < m_end && !special(m_data[m_pos]) && !isBlank(m_data[m_pos]))
                ++m_pos;
            buf.append(m_data + run, m_pos - run);
        }
    }
    m_lastEnd = m_pos;
    return Node::scalar(QString::fromUtf8(buf), style, pos);
}

// The nodes that open with their own indicator, the same in block and flow context: quoted
// scalars (`"`, `'`), aliases (`*`) and flow collections (`[`, `{`).
Node Reader::parseDelimitedNode(const Props &props, int depth)
{
    switch (cur()) {
    case '"':
        return parseQuoted<'"'>();
    case '\'':
        return parseQuoted<'\''>();
    case '*':
        if (props.has())
            fail(IoTr::tr("an alias cannot have an anchor or a tag"), props.pos);
        return parseAlias(depth);
    case '[':
        return parseFlowSequence(depth + 1);
    default:
        Q_ASSERT(cur() == '{');
        return parseFlowMapping(depth + 1);
    }
}

void Reader::appendEscape(QByteArray &buf)
{
    const SourcePos pos = here();
    ++m_pos; // the backslash
    if (atEnd())
        fail(IoTr::tr("expected an escape sequence after '\\', found the end of the document"), pos);
    const char e = m_data[m_pos];
    const auto hex = [&](int digits) {
        char32_t v = 0;
        for (int k = 1; k <= digits; ++k) {
            const char h = at(m_pos + k);
            int d = -1;
            if (h >= '0' && h <= '9')
                d = h - '0';
            else if (h >= 'a' && h <= 'f')
                d = h - 'a' + 10;
            else if (h >= 'A' && h <= 'F')
                d = h - 'A' + 10;
            if (d < 0) {
                //: %1 is the escape's letter (x, u or U), %2 a number of digits
                fail(IoTr::tr("the escape sequence '\\%1' needs %2 hexadecimal digits")
                         .arg(QString(QChar(char16_t(e))), QString::number(digits)),
                     pos);
            }
            v = v * 16 + char32_t(d);
        }
        m_pos += digits + 1;
        return v;
    };
    char32_t cp = 0;
    switch (e) {
    case '0':
        cp = 0;
        break;
    case 'a':
        cp = 7;
        break;
    case 'b':
        cp = 8;
        break;
    case 't':
    case '\t':
        cp = 9;
        break;
    case 'n':
        cp = 10;
        break;
    case 'v':
        cp = 11;
        break;
    case 'f':
        cp = 12;
        break;
    case 'r':
        cp = 13;
        break;
    case 'e':
        cp = 27;
        break;
    case ' ':
        cp = 32;
        break;
    case '"':
        cp = '"';
        break;
    case '/':
        cp = '/';
        break;
    case '\\':
        cp = '\\';
        break;
    case 'N':
        cp = 0x85;
        break;
    case '_':
        cp = 0xA0;
        break;
    case 'L':
        cp = 0x2028;
        break;
    case 'P':
        cp = 0x2029;
        break;
    case 'x':
    case 'u':
    case 'U': {
        cp = hex(e == 'x' ? 2 : e == 'u' ? 4 : 8);
        if (cp >= 0xD800 && cp <= 0xDBFF && cur() == '\\' && peek() == 'u') {
            // A UTF-16 surrogate pair written as two escapes, as JSON does.
            const qsizetype save = m_pos;
            ++m_pos;
            const char32_t low = hex(4);
            if (low >= 0xDC00 && low <= 0xDFFF)
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            else
                m_pos = save;
        }
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            //: %1 is a position ("line 3, column 7"), %2 the escaped code in hexadecimal
            fail(IoTr::tr("the escape sequence at %1 is not a Unicode character (U+%2)")
                     .arg(where(pos), QString::number(uint(cp), 16).rightJustified(4, u'0')),
                 pos);
        }
        appendUtf8(buf, cp);
        return;
    }
    case '\n':
    case '\r': {
        // An escaped line break joins the lines without a space.
        newline();
        skipBlanks();
        while (m_pos < m_end && isBreak(m_data[m_pos])) {
            newline();
            buf.append('\n');
            skipBlanks();
        }
        return;
    }
    default: {
        qsizetype len = 1;
        while ((static_cast<unsigned char>(at(m_pos + len)) & 0xC0) == 0x80)
            ++len;
        //: %1 is the character after the backslash
        fail(IoTr::tr("unknown escape sequence '\\%1' in a double-quoted scalar")
                 .arg(QString::fromUtf8(m_data + m_pos, len)),
             pos);
    }
    }
    ++m_pos;
    appendUtf8(buf, cp);
}

// Anchors (`&name`) and tags (`!tag`) in either order; the cursor ends on what follows them
// (on the same line in block context, after any white space in flow context).
Props Reader::parsePropsHere(bool flow)
{
    Props props;
    for (;;) {
        const char c = cur();
        if ((c != '&' && c != '!') || atEnd())
            return props;
        if (!props.has()) {
            props.begin = m_pos;
            props.pos = here();
        }
        const SourcePos pos = here();
        const qsizetype begin = m_pos;
        ++m_pos;
        if (c == '!' && cur() == '<') {
            while (m_pos < m_end && m_data[m_pos] != '>' && !isBreak(m_data[m_pos]))
                ++m_pos;
            if (cur() != '>') {
                //: %1 is a position ("line 3, column 7")
                fail(IoTr::tr("the verbatim tag that starts at %1 has no closing '>'")
                         .arg(where(pos)),
                     pos);
            }
            ++m_pos;
        } else if (c == '!') {
            while (m_pos < m_end && isTagChar(m_data[m_pos]))
                ++m_pos;
        } else {
            while (!endsToken(m_pos) && !isFlowIndicator(m_data[m_pos]))
                ++m_pos;
        }
        if (c == '&') {
            if (!props.anchor.isNull())
                fail(IoTr::tr("a node can have only one anchor"), pos);
            props.anchor = QByteArrayView(m_data + begin + 1, m_pos - begin - 1);
            props.anchorPos = pos;
            if (props.anchor.isEmpty())
                fail(IoTr::tr("expected an anchor name after '&'"), pos);
        } else {
            if (!props.tag.isEmpty())
                fail(IoTr::tr("a node can have only one tag"), pos);
            props.tag = QByteArrayView(m_data + begin, m_pos - begin);
        }
        if (!endsToken(m_pos) && !(flow && isFlowIndicator(m_data[m_pos]))) {
            if (c == '&') {
                //: %1 says what was found: '"', '['
                fail(IoTr::tr("expected a space after the anchor, found %1").arg(describeHere()));
            }
            //: %1 says what was found: '"', '['
            fail(IoTr::tr("expected a space after the tag, found %1").arg(describeHere()));
        }
        m_lastEnd = m_pos;
        if (flow)
            skipFlowSpace();
        else
            skipBlanks();
    }
}

Props Reader::mergeProps(const Props &outer, const Props &inner) const
{
    if (!outer.has())
        return inner;
    if (!inner.has())
        return outer;
    if (!outer.anchor.isNull() && !inner.anchor.isNull())
        fail(IoTr::tr("a node can have only one anchor"), inner.anchorPos);
    if (!outer.tag.isEmpty() && !inner.tag.isEmpty())
        fail(IoTr::tr("a node can have only one tag"), inner.pos);
    Props merged = outer;
    if (merged.anchor.isNull()) {
        merged.anchor = inner.anchor;
        merged.anchorPos = inner.anchorPos;
    }
    if (merged.tag.isEmpty())
        merged.tag = inner.tag;
    return merged;
}

Node Reader::emptyNode(SourcePos pos, const Props &props)
{
    Node node = Node::scalar(QString(), Node::Style::Plain, pos);
    applyProps(node, props);
    return node;
}

// Sets the tag and registers the anchor, once the node is complete.
void Reader::applyPropsHere(Node &node, const Props &props)
{
    if (!props.tag.isEmpty())
        node.setTag(QString::fromUtf8(props.tag));
    if (props.anchor.isNull())
        return;
    Anchor anchor;
    measure(node, anchor.nodes, anchor.height);
    anchor.node = node;
    m_anchors.insert(props.anchor.toByteArray(), std::move(anchor));
}

void Reader::measure(const Node &node, qsizetype &count, int &height)
{
    ++count;
    int h = 0;
    for (const Node &item : node.items()) {
        int child = 0;
        measure(item, count, child);
        h = std::max(h, child + 1);
    }
    for (const Node::Entry &entry : node.entries()) {
        int child = 0;
        measure(entry.value, count, child);
        h = std::max(h, child + 1);
    }
    if (!node.isScalar())
        h = std::max(h, 1);
    height = h;
}

Node Reader::parseAlias(int depth)
{
    const SourcePos pos = here();
    ++m_pos;
    const qsizetype begin = m_pos;
    // As for an anchor (and as yaml-cpp reads both), the name runs to a blank or a flow
    // indicator: `*a:` is the alias of `&a:`.
    while (!endsToken(m_pos) && !isFlowIndicator(m_data[m_pos]))
        ++m_pos;
    const QByteArrayView name(m_data + begin, m_pos - begin);
    if (name.isEmpty())
        fail(IoTr::tr("expected an alias name after '*'"), pos);
    const auto it = m_anchors.constFind(name.toByteArray());
    const QString shown = QString::fromUtf8(name);
    if (it == m_anchors.constEnd()) {
        if (name.endsWith(':') && m_anchors.contains(name.chopped(1).toByteArray())) {
            //: %1 is the alias name, which ends in ':'; %2 the same without the ':'
            fail(IoTr::tr(
                     "the alias '*%1' refers to an anchor that is not defined before it in "
                     "this document; to use '*%2' as a mapping key, put a space before the ':'")
                     .arg(shown, shown.chopped(1)),
                 pos);
        }
        //: %1 is the alias name
        fail(IoTr::tr("the alias '*%1' refers to an anchor that is not defined before it in this "
                      "document")
                 .arg(shown),
             pos);
    }
    if (depth + it->height > m_maxDepth) {
        //: %1 is the alias name, %2 the nesting limit
        fail(IoTr::tr("the alias '*%1' would nest collections deeper than the limit of %2 levels")
                 .arg(shown, QString::number(m_maxDepth)),
             pos);
    }
    m_aliasNodes += it->nodes;
    if (m_aliasNodes > m_aliasBudget) {
        //: %1 is a number of nodes, %2 the name of the alias where reading stopped
        fail(IoTr::tr("the aliases of this document expand to more than %1 nodes; reading stopped "
                      "at '*%2'")
                 .arg(QString::number(m_aliasBudget), shown),
             pos);
    }
    m_lastEnd = m_pos;
    Node node = it->node;
    node.setPos(pos);
    return node;
}

Key Reader::keyFromNode(const Node &node) const
{
    if (node.isMapping()) {
        fail(IoTr::tr("a mapping key must be a scalar; a mapping as a key is not supported"),
             node.pos());
    }
    if (node.isSequence()) {
        fail(IoTr::tr("a mapping key must be a scalar; a sequence as a key is not supported"),
             node.pos());
    }
    return Key{node.text(), node.pos()};
}

} // namespace yamlread

} // namespace sd
