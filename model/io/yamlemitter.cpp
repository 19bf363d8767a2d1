// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/yamlemitter.h"

#include <algorithm>

#include "model/domain/node.h"
#include "model/domain/scalar.h"
#include "model/io/outputbuffer_p.h"

// kubectl prints YAML through sigs.k8s.io/yaml, i.e. go-yaml v2 (encode.go and emitterc.go, a
// port of libyaml). This writer reproduces that output for block layout, which is all kubectl
// prints, with these deliberate differences:
// - No folding of long lines. go-yaml breaks plain and quoted scalars at spaces past column 80
//   (kubectl 1.32 does too); we never wrap, so a line in the file is a line in the editor and a
//   diff of one changed annotation is one line.
// - U+2028 and U+2029 are written as `\L` and `\P` in double quotes. go-yaml writes them raw
//   inside single quotes with indentation after them, which YAML 1.1 readers fold into a space and
//   YAML 1.2 readers (yaml-cpp) keep with the spaces: neither gives the text back.
// - A string starting with a byte order mark escapes only that mark; go-yaml escapes the whole
//   string (its is_bom() looks at the first character whatever the position).
// - Flow collections are written in block layout like every other collection, as kubectl does
//   after its JSON round trip; only empty collections are written `{}` and `[]`.
// - Tags: kubectl drops them (JSON has none). The core tags (`!!str`, `!!int`, ... and `!`) are
//   dropped when the text written resolves to the same type; any other tag is written.
// - The key `<<` is double-quoted. go-yaml writes it plain and then reads it back as a merge key.
// - Plain scalars keep their spelling (`0x1F`, `yes`, `~`), where kubectl prints the value it
//   parsed (`31`, `true`, `null`). The empty plain scalar (`key:`) is written `null`, as kubectl
//   writes it: the same meaning, and easier to read than a key with nothing after it.

namespace sd {

namespace {

constexpr char32_t NextLine = 0x85;
constexpr char32_t LineSeparator = 0x2028;
constexpr char32_t ParagraphSeparator = 0x2029;
constexpr char32_t ByteOrderMark = 0xFEFF;

// The longest key go-yaml writes as `key: value`; longer keys get the `? key` form.
constexpr qsizetype MaxSimpleKeyBytes = 128;

// libyaml's is_printable(), by code point: everything else is written as an escape.
bool isPrintable(char32_t c)
{
    return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
           || (c >= 0xE000 && c <= 0xFFFD && c != ByteOrderMark);
}

bool isBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == NextLine || c == LineSeparator
           || c == ParagraphSeparator;
}

/** What libyaml's yaml_emitter_analyze_scalar() finds out about a string, for block context. */
struct Analysis
{
    bool plainAllowed = true;
    bool singleQuotedAllowed = true;
    bool blockAllowed = true;
    bool multiline = false;  // any line break: cannot be a simple key
    bool hasNewline = false; // go-yaml asks for a literal block when the text has a `\n`
    qsizetype utf8Size = 0;
};

Analysis analyze(QStringView s)
{
    Analysis a;
    const qsizetype n = s.size();
    if (n == 0)
        return a;
    const auto followedByBlank = [&](qsizetype next) {
        return next >= n || s[next] == u' ' || s[next] == u'\t';
    };
    // `---` and `...` would start a new document.
    bool indicators = n >= 3 && (s[0] == u'-' || s[0] == u'.') && s[1] == s[0] && s[2] == s[0];
    // clang-format off
    switch (s[0].unicode()) {
    case '#': case ',': case '[': case ']': case '{': case '}': case '&': case '*':
    case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
        indicators = true;
        break;
    case '?': case ':': case '-':
        indicators = indicators || followedByBlank(1);
        break;
    default:
        break;
    }
    // clang-format on

    bool special = false;
    bool leadingSpace = false;
    bool leadingBreak = false;
    bool trailingSpace = false;
    bool trailingBreak = false;
    bool breakSpace = false;
    bool spaceBreak = false;
    bool previousSpace = false;
    bool previousBreak = false;
    bool precededByWhitespace = true;
    for (qsizetype i = 0; i < n;) {
        const char16_t u = s[i].unicode();
        // Most characters are printable ASCII that only matter to their neighbours.
        if (u > 0x20 && u < 0x7F && u != u':' && u != u'#') {
            previousSpace = false;
            previousBreak = false;
            precededByWhitespace = false;
            ++a.utf8Size;
            ++i;
            continue;
        }
        const bool first = i == 0;
        const char32_t c = nextCodePoint(s, i);
        const bool last = i == n;
        if (c == ':')
            indicators = indicators || (!first && followedByBlank(i));
        else if (c == '#')
            indicators = indicators || (!first && precededByWhitespace);

        if (!isPrintable(c) || c == LineSeparator || c == ParagraphSeparator)
            special = true;
        if (c == ' ') {
            leadingSpace = leadingSpace || first;
            trailingSpace = trailingSpace || last;
            breakSpace = breakSpace || previousBreak;
            previousSpace = true;
            previousBreak = false;
        } else if (isBreak(c)) {
            a.multiline = true;
            a.hasNewline = a.hasNewline || c == '\n';
            leadingBreak = leadingBreak || first;
            trailingBreak = trailingBreak || last;
            spaceBreak = spaceBreak || previousSpace;
            previousSpace = false;
            previousBreak = true;
        } else {
            previousSpace = false;
            previousBreak = false;
        }
        precededByWhitespace = c == ' ' || c == '\t' || c == 0 || isBreak(c);
        a.utf8Size += utf8Size(c);
    }

    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak || a.multiline
        || indicators) {
        a.plainAllowed = false;
    }
    if (trailingSpace)
        a.blockAllowed = false;
    if (breakSpace) {
        a.plainAllowed = false;
        a.singleQuotedAllowed = false;
    }
    if (spaceBreak || special) {
        a.plainAllowed = false;
        a.singleQuotedAllowed = false;
        a.blockAllowed = false;
    }
    return a;
}

// go-yaml's isBase60Float(): YAML 1.1 sexagesimal numbers (`1:20`, `-1:20:30.5`). go-yaml reads
// them as strings but quotes them on the way out, for other YAML 1.1 readers.
bool isBase60Float(QStringView s)
{
    const auto digit = [&](qsizetype i) { return i < s.size() && s[i] >= u'0' && s[i] <= u'9'; };
    qsizetype i = 0;
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-'))
        ++i;
    if (!digit(i))
        return false;
    while (digit(i) || (i < s.size() && s[i] == u'_'))
        ++i;
    bool group = false;
    while (i < s.size() && s[i] == u':') {
        ++i;
        if (!digit(i))
            return false;
        // [0-5]?[0-9]: two digits only when the first is below 6.
        i += s[i] <= u'5' && digit(i + 1) ? 2 : 1;
        group = true;
    }
    if (!group)
        return false;
    if (i < s.size() && s[i] == u'.') {
        ++i;
        while (digit(i) || (i < s.size() && s[i] == u'_'))
            ++i;
    }
    return i == s.size();
}

// What go-yaml's stringv() double-quotes: text that would read back as something else.
bool readsAsNonString(QStringView s)
{
    return isBase60Float(s) || resolvePlainScalar(s) != ScalarType::String;
}

bool isTagAbsent(const QString &tag)
{
    // yaml-cpp reports `?` for an untagged plain scalar.
    return tag.isEmpty() || tag == u"?";
}

constexpr QStringView YamlTagPrefix = u"tag:yaml.org,2002:";

// Tags whose meaning the written text carries by itself once the type is right.
bool isScalarTypeTag(const QString &tag)
{
    if (isTagAbsent(tag) || tag == u"!")
        return true;
    const QStringView name = coreTagName(tag);
    return name == u"str" || name == u"int" || name == u"float" || name == u"bool"
           || name == u"null" || name == u"timestamp";
}

bool isCollectionTypeTag(const QString &tag)
{
    if (isTagAbsent(tag) || tag == u"!")
        return true;
    const QStringView name = coreTagName(tag);
    return name == u"map" || name == u"seq";
}

bool isEmptyCollection(const Node &n)
{
    return (n.isMapping() && n.entries().empty()) || (n.isSequence() && n.items().empty());
}

class YamlWriter
{
public:
    explicit YamlWriter(QByteArrayView newline, YamlLines *lines = nullptr, YamlLayout layout = {})
        : m_newline(newline)
        , m_lines(lines)
        , m_step(std::clamp(layout.indent, 1, 9))
        , m_indentSequences(layout.indentSequences)
    {}

    QByteArray take() { return m_out.take(); }

    void root(const Node &n)
    {
        if (n.isScalar()) {
            scalar(n, 0);
            newline();
            return;
        }
        const bool tagged = !isCollectionTypeTag(n.tag());
        if (tagged)
            tag(n.tag());
        if (isEmptyCollection(n)) {
            if (tagged)
                m_out.append(' ');
            emptyCollection(n);
            newline();
            return;
        }
        if (tagged)
            newline();
        if (n.isMapping())
            entries(n, 0, false);
        else
            items(n, 0, false);
    }

private:
    enum class Context { Value, SimpleKey, ComplexKey };
    enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal };

    void newline()
    {
        m_out.append(m_newline);
        ++m_line;
    }

    // Around a value at `step` of the current path: notes its lines when they are asked for.
    template<typename Write>
    void located(const FieldPath::Step &step, Write &&write)
    {
        if (!m_lines) {
            write();
            return;
        }
        const FieldPath parent = m_path;
        m_path = step.kind == FieldPath::Step::Kind::Index ? parent.index(step.index)
                                                           : parent.field(step.name);
        const int first = m_line + 1;
        write();
        m_lines->insert(m_path, {first, std::max(first, m_line)});
        m_path = parent;
    }
    void indent(int n) { m_out.appendSpaces(n); }

    void emptyCollection(const Node &n) { m_out.append(n.isMapping() ? "{}" : "[]"); }

    // Writes ` !tag` for a collection whose tag says more than "mapping" or "sequence".
    bool collectionTag(const Node &n)
    {
        if (isCollectionTypeTag(n.tag()))
            return false;
        m_out.append(' ');
        tag(n.tag());
        return true;
    }

    void tag(const QString &t)
    {
        if (t.startsWith(YamlTagPrefix)) {
            m_out.append("!!");
            m_out.appendUtf8(QStringView(t).sliced(YamlTagPrefix.size()));
        } else if (t.startsWith(u'!')) {
            m_out.appendUtf8(t);
        } else {
            m_out.append("!<");
            m_out.appendUtf8(t);
            m_out.append('>');
        }
    }

    // A mapping's entries, one per line at `ind`; with `firstInline` the first goes where the
    // cursor is (after `- ` or `: `).
    void entries(const Node &map, int ind, bool firstInline)
    {
        bool first = true;
        for (const Node::Entry &e : map.entries()) {
            if (!first || !firstInline)
                indent(ind);
            first = false;
            if (m_lines)
                located({FieldPath::Step::Kind::Field, e.key, -1}, [&] { entry(e, ind); });
            else
                entry(e, ind); // the export's hot path: no step to make
        }
    }

    void entry(const Node::Entry &e, int ind)
    {
        const Analysis a = analyze(e.key);
        if (e.key.size() == 2 && e.key == u"<<") {
            // go-yaml writes this key plain, and then reads it back as a merge key.
            m_out.append("\"<<\":");
            mappingValue(e.value, ind);
        } else if (!a.multiline && a.utf8Size <= MaxSimpleKeyBytes) {
            string(e.key, a, ind, Context::SimpleKey, false);
            m_out.append(':');
            mappingValue(e.value, ind);
        } else {
            m_out.append("? ");
            string(e.key, a, ind, Context::ComplexKey, false);
            newline();
            indent(ind);
            m_out.append(':');
            compactValue(e.value, ind);
        }
    }

    void items(const Node &seq, int ind, bool firstInline)
    {
        bool first = true;
        int index = 0;
        for (const Node &item : seq.items()) {
            if (!first || !firstInline)
                indent(ind);
            first = false;
            located({FieldPath::Step::Kind::Index, {}, index++}, [&] {
                m_out.append('-');
                compactValue(item, ind);
            });
        }
    }

    // After `key:`. A nested mapping goes on the next lines, indented; a nested sequence starts
    // at the key's own indentation (`ports:` / `- name: http`), as kubectl prints it.
    void mappingValue(const Node &v, int ind)
    {
        if (v.isScalar()) {
            m_out.append(' ');
            scalar(v, ind);
            newline();
            return;
        }
        collectionTag(v);
        if (isEmptyCollection(v)) {
            m_out.append(' ');
            emptyCollection(v);
            newline();
            return;
        }
        newline();
        if (v.isMapping())
            entries(v, ind + m_step, false);
        else
            items(v, m_indentSequences ? ind + m_step : ind, false);
    }

    // After `-` or after the `:` of a `? key`: a nested collection starts on the same line.
    void compactValue(const Node &v, int ind)
    {
        if (v.isScalar()) {
            m_out.append(' ');
            scalar(v, ind);
            newline();
            return;
        }
        const bool tagged = collectionTag(v);
        if (isEmptyCollection(v)) {
            m_out.append(' ');
            emptyCollection(v);
            newline();
            return;
        }
        if (tagged)
            newline();
        else
            m_out.append(' ');
        // The value starts right after `- ` or `? `, so what follows it lines up two columns in,
        // whatever the indentation step.
        if (v.isMapping())
            entries(v, ind + 2, !tagged);
        else
            items(v, ind + 2, !tagged);
    }

    void scalar(const Node &n, int ind)
    {
        const QString &t = n.tag();
        const QString &text = n.text();
        if (isTagAbsent(t) && !n.isQuoted()) {
            // The common case, resolved once: a plain number, boolean, null or timestamp is
            // written as it is.
            if (resolvePlainScalar(text) == ScalarType::String)
                string(text, analyze(text), ind, Context::Value, false);
            else if (text.isEmpty())
                m_out.append("null"); // `key:` reads better, and as kubectl writes it, as `null`
            else
                m_out.appendUtf8(text);
            return;
        }
        if (isScalarTypeTag(t)) {
            const ScalarType type = resolveScalar(n);
            if (type == ScalarType::String) {
                string(text, analyze(text), ind, Context::Value, false);
                return;
            }
            if (resolvePlainScalar(text) == type) {
                if (text.isEmpty())
                    m_out.append("null");
                else
                    m_out.appendUtf8(text);
                return;
            }
            if (type == ScalarType::Null) {
                m_out.append("null");
                return;
            }
            // `!!int "abc"` and the like: only the tag keeps the meaning.
        }
        tag(t);
        m_out.append(' ');
        string(text, analyze(text), ind, Context::Value, true);
    }

    // go-yaml's stringv() and yaml_emitter_select_scalar_style(). `tagged`: a tag is written in
    // front, so the text need not be quoted to stay a string.
    void string(QStringView s, const Analysis &a, int ind, Context ctx, bool tagged)
    {
        if (s.isEmpty()) {
            m_out.append("\"\"");
            return;
        }
        Style style = Style::Plain;
        if (!tagged && readsAsNonString(s))
            style = Style::DoubleQuoted;
        else if (a.hasNewline)
            style = Style::Literal;

        if (style == Style::Plain && !a.plainAllowed)
            style = Style::SingleQuoted;
        if (style == Style::SingleQuoted && !a.singleQuotedAllowed)
            style = Style::DoubleQuoted;
        if (style == Style::Literal && (!a.blockAllowed || ctx == Context::SimpleKey))
            style = Style::DoubleQuoted;

        switch (style) {
        case Style::Plain:
            m_out.appendUtf8(s);
            break;
        case Style::SingleQuoted:
            singleQuoted(s);
            break;
        case Style::DoubleQuoted:
            doubleQuoted(s);
            break;
        case Style::Literal:
            literal(s, ind + m_step);
            break;
        }
    }

    void singleQuoted(QStringView s)
    {
        m_out.append('\'');
        qsizetype from = 0;
        for (qsizetype i = s.indexOf(u'\''); i >= 0; i = s.indexOf(u'\'', from)) {
            m_out.appendUtf8(s.sliced(from, i + 1 - from));
            m_out.append('\'');
            from = i + 1;
        }
        m_out.appendUtf8(s.sliced(from));
        m_out.append('\'');
    }

    void doubleQuoted(QStringView s)
    {
        static constexpr char hex[] = "0123456789ABCDEF";
        m_out.append('"');
        qsizetype run = 0; // start of the text not yet written
        for (qsizetype i = 0; i < s.size();) {
            const qsizetype at = i;
            const char32_t c = nextCodePoint(s, i);
            if (isPrintable(c) && !isBreak(c) && c != '"' && c != '\\')
                continue;
            m_out.appendUtf8(s.sliced(run, at - run));
            run = i;
            m_out.append('\\');
            switch (c) {
            // clang-format off
            case 0x00: m_out.append('0'); break;
            case 0x07: m_out.append('a'); break;
            case 0x08: m_out.append('b'); break;
            case 0x09: m_out.append('t'); break;
            case 0x0A: m_out.append('n'); break;
            case 0x0B: m_out.append('v'); break;
            case 0x0C: m_out.append('f'); break;
            case 0x0D: m_out.append('r'); break;
            case 0x1B: m_out.append('e'); break;
            case '"': m_out.append('"'); break;
            case '\\': m_out.append('\\'); break;
            case NextLine: m_out.append('N'); break;
            case LineSeparator: m_out.append('L'); break;
            case ParagraphSeparator: m_out.append('P'); break;
            // clang-format on
            default: {
                const int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
                m_out.append(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
                for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
                    m_out.append(hex[(c >> shift) & 0xF]);
                break;
            }
            }
        }
        m_out.appendUtf8(s.sliced(run));
        m_out.append('"');
    }

    // `|` with go-yaml's hints: an indentation indicator when the first line starts with a space
    // or is empty, `-` without a final line break, `+` with more than one.
    void literal(QStringView s, int contentIndent)
    {
        m_out.append('|');
        if (s.front() == u' ' || s.front() == u'\n')
            m_out.append(char('0' + m_step));
        if (!s.endsWith(u'\n'))
            m_out.append('-');
        else if (s.size() == 1 || s[s.size() - 2] == u'\n')
            m_out.append('+');
        qsizetype from = 0;
        while (true) {
            const qsizetype lineEnd = s.indexOf(u'\n', from);
            const QStringView line = s.sliced(from, (lineEnd < 0 ? s.size() : lineEnd) - from);
            newline();
            if (!line.isEmpty()) {
                indent(contentIndent);
                m_out.appendUtf8(line);
            }
            if (lineEnd < 0)
                break;
            from = lineEnd + 1;
            // The last line break is the one the caller writes after every value.
            if (from == s.size())
                break;
        }
    }

    OutputBuffer m_out;
    QByteArrayView m_newline;
    YamlLines *m_lines = nullptr;
    FieldPath m_path; // of the value being written, when lines are noted
    int m_line = 0;   // lines written so far
    // Nested collections and block scalar content are indented by this much past their parent
    // (go-yaml's best_indent is 2).
    int m_step = 2;
    bool m_indentSequences = false;
};

} // namespace

QByteArray emitYaml(const Node &root, QByteArrayView newline)
{
    YamlWriter writer(newline);
    writer.root(root);
    return writer.take();
}

QByteArray emitYaml(const Node &root, YamlLines *lines, QByteArrayView newline)
{
    YamlWriter writer(newline, lines);
    writer.root(root);
    return writer.take();
}

QByteArray emitYaml(const Node &root, const YamlLayout &layout, QByteArrayView newline)
{
    YamlWriter writer(newline, nullptr, layout);
    writer.root(root);
    return writer.take();
}

} // namespace sd
