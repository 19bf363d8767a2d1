// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/yamlhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Block state: -1 outside a block scalar; n >= 0 inside the block scalar (`key: |`) whose
// parent node starts at column n, so that the lines indented deeper than n are its text.
constexpr int normalState = -1;

int skipSpaces(const QString &text, int i, int end)
{
    while (i < end && (text.at(i) == u' ' || text.at(i) == u'\t'))
        ++i;
    return i;
}

// Where the quoted scalar starting at `i` ends (one past its closing quote, or `end`).
int skipQuoted(const QString &text, int i, int end)
{
    const QChar quote = text.at(i);
    for (++i; i < end; ++i) {
        if (quote == u'"' && text.at(i) == u'\\') {
            ++i;
        } else if (text.at(i) == quote) {
            if (quote == u'\'' && i + 1 < end && text.at(i + 1) == u'\'') {
                ++i; // '' is an escaped quote
                continue;
            }
            return i + 1;
        }
    }
    return end;
}

// Where a comment starts (`#` at the start or after a blank, outside quotes), or text.size().
int commentStart(const QString &text, int from)
{
    for (int i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((c == u'"' || c == u'\'') && (i == 0 || !text.at(i - 1).isLetterOrNumber())) {
            i = skipQuoted(text, i, text.size()) - 1;
        } else if (c == u'#' && (i == 0 || text.at(i - 1).isSpace())) {
            return i;
        }
    }
    return int(text.size());
}

// The `:` that ends a mapping key starting at `i` (followed by a blank or the end), or -1.
int keyColon(const QString &text, int i, int end)
{
    if (i < end && (text.at(i) == u'"' || text.at(i) == u'\''))
        i = skipQuoted(text, i, end);
    else if (i < end && (text.at(i) == u'[' || text.at(i) == u'{'))
        return -1; // a flow collection, not a key
    for (; i < end; ++i) {
        if (text.at(i) == u':' && (i + 1 == end || text.at(i + 1).isSpace()))
            return i;
    }
    return -1;
}

QTextCharFormat makeFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void YamlHighlighter::setPalette(const QPalette &palette)
{
    // GitHub's light and dark code colours: readable, and familiar to people who read manifests.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_key = makeFormat(QColor(dark ? 0x7ee787 : 0x116329));
    m_string = makeFormat(QColor(dark ? 0xa5d6ff : 0x0a3069));
    m_number = makeFormat(QColor(dark ? 0x79c0ff : 0x0550ae));
    m_keyword = makeFormat(QColor(dark ? 0xff7b72 : 0xcf222e));
    m_comment = makeFormat(QColor(dark ? 0x8b949e : 0x6e7781), false, true);
    m_marker = makeFormat(QColor(dark ? 0xd2a8ff : 0x8250df), true);
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    const int n = int(text.size());
    const int indent = skipSpaces(text, 0, n);

    const int parent = previousBlockState();
    if (parent >= 0 && (indent == n || indent > parent)) {
        setFormat(0, n, m_string); // a line of a block scalar, `#` included
        setCurrentBlockState(parent);
        return;
    }
    setCurrentBlockState(normalState);

    int i = 0;
    if ((text.startsWith(u"---") || text.startsWith(u"...")) && (n == 3 || text.at(3).isSpace())) {
        setFormat(0, 3, m_marker);
        i = 3;
    }
    const int end = commentStart(text, i);
    if (end < n)
        setFormat(end, n - end, m_comment);

    // Sequence indicators, then a key, then the value.
    i = skipSpaces(text, i, end);
    int parentColumn = indent;
    while (i < end && text.at(i) == u'-' && (i + 1 == end || text.at(i + 1).isSpace())) {
        parentColumn = i;
        i = skipSpaces(text, i + 1, end);
    }
    const int colon = keyColon(text, i, end);
    if (colon >= 0) {
        setFormat(i, colon - i, m_key);
        parentColumn = i;
        i = skipSpaces(text, colon + 1, end);
    }
    highlightValue(text, i, end, parentColumn);
}

void YamlHighlighter::highlightValue(const QString &text, int begin, int end, int parentColumn)
{
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    if (begin >= end)
        return;
    const QString value = text.mid(begin, end - begin);
    const QChar first = value.front();

    static const QRegularExpression blockIndicator(u"^[|>][-+0-9]*$"_s);
    static const QRegularExpression number(
        u"^[-+]?(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$"
        u"|^[-+]?\\.(inf|Inf|INF)$|^\\.(nan|NaN|NAN)$"_s);
    static const QRegularExpression keyword(
        u"^(true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$"_s);

    if (first == u'"' || first == u'\'') {
        setFormat(begin, end - begin, m_string);
    } else if (first == u'[' || first == u'{') {
        highlightFlow(text, begin, end);
    } else if (blockIndicator.match(value).hasMatch()) {
        setFormat(begin, end - begin, m_keyword);
        setCurrentBlockState(parentColumn);
    } else if (number.match(value).hasMatch()) {
        setFormat(begin, end - begin, m_number);
    } else if (keyword.match(value).hasMatch()) {
        setFormat(begin, end - begin, m_keyword);
    } else if (first == u'&' || first == u'*' || first == u'!') {
        setFormat(begin, end - begin, m_marker); // anchors, aliases, tags
    } else {
        setFormat(begin, end - begin, m_string);
    }
}

void YamlHighlighter::highlightFlow(const QString &text, int begin, int end)
{
    static const QRegularExpression token(
        u"\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|(?<![\\w.-])[-+]?\\d+(?:\\.\\d+)?(?![\\w.-])"_s);
    auto it = token.globalMatch(text.mid(begin, end - begin));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QChar c = m.captured().front();
        setFormat(begin + int(m.capturedStart()),
                  int(m.capturedLength()),
                  c == u'"' || c == u'\'' ? m_string : m_number);
    }
}

} // namespace sd
