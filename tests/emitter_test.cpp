// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML and JSON writers against kubectl's own output. Unless a row says otherwise, its
// expected text is what kubectl 1.32 printed for the same value (`kubectl label --local -f x.yaml
// -o yaml` on an object of an unknown kind, or `kubectl create ... --dry-run=client -o yaml`);
// rows marked "deviation" are deliberate differences, documented in yamlemitter.cpp and
// jsonemitter.cpp. The golden files in tests/data/golden/emitter-*.yaml|json are kubectl's
// output verbatim, and the trees written against them are built here in code.

#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include <QFile>

#include "model/domain/node.h"
#include "model/io/yamlemitter.h"
#include "support/qtprinters.h"
#include "support/testnames.h"

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

using Style = Node::Style;

Node map1(const QString &key, Node value)
{
    Node m = Node::mapping();
    m.insert(key, std::move(value));
    return m;
}

Node plain(const QString &text)
{
    return Node::scalar(text);
}

Node str(const QString &text)
{
    return Node::string(text);
}

Node tagged(const QString &text, Style style, const QString &tag)
{
    Node n = Node::scalar(text, style);
    n.setTag(tag);
    return n;
}

Node seq(std::initializer_list<Node> items, Style style = Style::Plain)
{
    Node s = Node::sequence(style);
    for (const Node &i : items)
        s.append(i);
    return s;
}

QByteArray golden(const char *name)
{
    QFile f(QStringLiteral(SD_TEST_DATA_DIR "/golden/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

// The same mapping with its entries in another order (kubectl's JSON keeps Go struct order,
// its YAML sorts keys).
Node reordered(const Node &m, std::initializer_list<QStringView> keys)
{
    Node out = Node::mapping();
    for (QStringView k : keys)
        out.insert(k.toString(), *m.find(k));
    EXPECT_EQ(out.entries().size(), m.entries().size());
    return out;
}

// --- Strings: every quoting decision ------------------------------------------------------------

struct Row
{
    const char16_t *text;
    const char *expected; // the whole document
};

void PrintTo(const Row &row, std::ostream *os)
{
    *os << '"' << escaped(row.text) << '"';
}

class StringValue : public ::testing::TestWithParam<Row>
{};

TEST_P(StringValue, IsQuotedAsKubectlQuotesIt)
{
    EXPECT_EQ(emitYaml(map1(u"k"_s, str(QStringView(GetParam().text).toString()))),
              QByteArray(GetParam().expected));
}

// go-yaml's stringv(): a string that would read back as another type is double-quoted.
// clang-format off
INSTANTIATE_TEST_SUITE_P(ReadsAsOtherType, StringValue, ::testing::Values(
    Row{u"", "k: \"\"\n"},
    Row{u"true", "k: \"true\"\n"},
    Row{u"yes", "k: \"yes\"\n"},
    Row{u"Y", "k: \"Y\"\n"},
    Row{u"n", "k: \"n\"\n"},
    Row{u"NO", "k: \"NO\"\n"},
    Row{u"off", "k: \"off\"\n"},
    Row{u"On", "k: \"On\"\n"},
    Row{u"null", "k: \"null\"\n"},
    Row{u"Null", "k: \"Null\"\n"},
    Row{u"~", "k: \"~\"\n"},
    Row{u"8080", "k: \"8080\"\n"},
    Row{u"0123", "k: \"0123\"\n"},
    Row{u"0x1F", "k: \"0x1F\"\n"},
    Row{u"0o17", "k: \"0o17\"\n"},
    Row{u"0b101", "k: \"0b101\"\n"},
    Row{u"1_000", "k: \"1_000\"\n"},
    Row{u"+12", "k: \"+12\"\n"},
    Row{u"-12", "k: \"-12\"\n"},
    Row{u"-0", "k: \"-0\"\n"},
    Row{u"1e5", "k: \"1e5\"\n"},
    Row{u"1.5", "k: \"1.5\"\n"},
    Row{u".5", "k: \".5\"\n"},
    Row{u"1.", "k: \"1.\"\n"},
    Row{u"08", "k: \"08\"\n"},
    Row{u".inf", "k: \".inf\"\n"},
    Row{u"-.inf", "k: \"-.inf\"\n"},
    Row{u".nan", "k: \".nan\"\n"},
    Row{u"99999999999999999999", "k: \"99999999999999999999\"\n"},
    Row{u"18446744073709551615", "k: \"18446744073709551615\"\n"},
    Row{u"2001-12-14", "k: \"2001-12-14\"\n"},
    Row{u"2001-12-14t21:59:43.10-05:00", "k: \"2001-12-14t21:59:43.10-05:00\"\n"},
    Row{u"2001-12-14 21:59:43.10", "k: \"2001-12-14 21:59:43.10\"\n"},
    Row{u"2001-12-14T21:59:43Z", "k: \"2001-12-14T21:59:43Z\"\n"}));
// clang-format on

// Base-60 numbers are strings to go-yaml, but it quotes them for YAML 1.1 readers that are not.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Base60, StringValue, ::testing::Values(
    Row{u"1:20", "k: \"1:20\"\n"},
    Row{u"-1:20:30.5", "k: \"-1:20:30.5\"\n"},
    Row{u"190:20:30", "k: \"190:20:30\"\n"},
    Row{u"1:60", "k: 1:60\n"},      // 60 is no base-60 digit
    Row{u"1:2:3:", "k: '1:2:3:'\n"}));
// clang-format on

// Looks like another type but is not: plain.
// clang-format off
INSTANTIATE_TEST_SUITE_P(LooksLikeButIsNot, StringValue, ::testing::Values(
    Row{u".Nan", "k: .Nan\n"},
    Row{u"2001-12-14T21:59:43", "k: 2001-12-14T21:59:43\n"},
    Row{u"2001-02-30", "k: 2001-02-30\n"},
    Row{u"1e999", "k: 1e999\n"},
    Row{u"0x", "k: 0x\n"},
    Row{u"0x1p3", "k: 0x1p3\n"},
    Row{u"1,000", "k: 1,000\n"},
    Row{u"1.2.3", "k: 1.2.3\n"},
    Row{u"+", "k: +\n"},
    Row{u"-.", "k: -.\n"},
    Row{u"_1", "k: _1\n"},
    Row{u"yES", "k: yES\n"},
    Row{u"<<", "k: <<\n"}));
// clang-format on

// libyaml's indicators: at the start they make plain impossible, so single quotes.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Indicators, StringValue, ::testing::Values(
    Row{u"*", "k: '*'\n"},
    Row{u"&a", "k: '&a'\n"},
    Row{u"!x", "k: '!x'\n"},
    Row{u"|", "k: '|'\n"},
    Row{u">", "k: '>'\n"},
    Row{u"'", "k: ''''\n"},
    Row{u"\"", "k: '\"'\n"},
    Row{u"%x", "k: '%x'\n"},
    Row{u"@x", "k: '@x'\n"},
    Row{u"`x", "k: '`x'\n"},
    Row{u"#x", "k: '#x'\n"},
    Row{u",a", "k: ',a'\n"},
    Row{u"[a", "k: '[a'\n"},
    Row{u"]a", "k: ']a'\n"},
    Row{u"{a", "k: '{a'\n"},
    Row{u"}a", "k: '}a'\n"},
    Row{u"?", "k: '?'\n"},
    Row{u"? a", "k: '? a'\n"},
    Row{u":", "k: ':'\n"},
    Row{u"-", "k: '-'\n"},
    Row{u"- a", "k: '- a'\n"},
    Row{u"---", "k: '---'\n"},
    Row{u"---a", "k: '---a'\n"},
    Row{u"...", "k: '...'\n"},
    Row{u"a #b", "k: 'a #b'\n"},
    Row{u"a: b", "k: 'a: b'\n"},
    Row{u"a:", "k: 'a:'\n"},
    Row{u"a'b: c", "k: 'a''b: c'\n"}));
// clang-format on

// Indicator characters where they do no harm: plain.
// clang-format off
INSTANTIATE_TEST_SUITE_P(HarmlessIndicators, StringValue, ::testing::Values(
    Row{u"?a", "k: ?a\n"},
    Row{u":a", "k: :a\n"},
    Row{u"-a", "k: -a\n"},
    Row{u"--", "k: --\n"},
    Row{u"..a", "k: ..a\n"},
    Row{u"a#b", "k: a#b\n"},
    Row{u"a:b", "k: a:b\n"},
    Row{u"a,b", "k: a,b\n"},
    Row{u"a[b]", "k: a[b]\n"},
    Row{u"a{}", "k: a{}\n"},
    Row{u"it's", "k: it's\n"},
    Row{u"quote\"in", "k: quote\"in\n"},
    Row{u"back\\slash", "k: back\\slash\n"},
    Row{u"a b", "k: a b\n"},
    Row{u"café", "k: café\n"},
    Row{u"\u00a0x", "k: \u00a0x\n"}, // a no-break space is no space to YAML
    Row{u"https://example.com/a?b=1&c=<2>", "k: https://example.com/a?b=1&c=<2>\n"}));
// clang-format on

// Spaces at either end: single quotes.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Spaces, StringValue, ::testing::Values(
    Row{u" ", "k: ' '\n"},
    Row{u" lead", "k: ' lead'\n"},
    Row{u"trail ", "k: 'trail '\n"}));
// clang-format on

// Characters libyaml does not print (tabs and other controls, astral characters): double quotes
// with escapes.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Escapes, StringValue, ::testing::Values(
    Row{u"a\tb", "k: \"a\\tb\"\n"},
    Row{u"\ta", "k: \"\\ta\"\n"},
    Row{u"\u0007bell", "k: \"\\abell\"\n"},
    Row{u"a\bb\fc\u001bd", "k: \"a\\bb\\fc\\ed\"\n"},
    Row{u"\U0001F600", "k: \"\\U0001F600\"\n"},
    Row{u"a\r\nb", "k: \"a\\r\\nb\"\n"},
    Row{u"a\vb", "k: \"a\\vb\"\n"},
    Row{u"a\"b\tc\\d", "k: \"a\\\"b\\tc\\\\d\"\n"},
    // kubectl cannot print these at all ("control characters are not allowed"); the escapes are
    // libyaml's.
    Row{u"del\u007f", "k: \"del\\x7F\"\n"},
    Row{u"x\u0085y", "k: \"x\\Ny\"\n"},
    Row{u"c1\u0080", "k: \"c1\\x80\"\n"},
    Row{u"\uFFFE", "k: \"\\uFFFE\"\n"},
    // Deviation: go-yaml escapes every character of a string that starts with a BOM.
    Row{u"\uFEFFbom", "k: \"\\uFEFFbom\"\n"},
    // Deviation: go-yaml writes these raw in single quotes, where they do not survive reading.
    Row{u"a\u2028b", "k: \"a\\Lb\"\n"},
    Row{u"a\u2029b", "k: \"a\\Pb\"\n"}));
// clang-format on

// Line breaks: a literal block with go-yaml's indentation and chomping indicators, unless a line
// ends in a space or a character needs escaping.
// clang-format off
INSTANTIATE_TEST_SUITE_P(MultiLine, StringValue, ::testing::Values(
    Row{u"two\nlines", "k: |-\n  two\n  lines\n"},
    Row{u"two\nlines\n", "k: |\n  two\n  lines\n"},
    Row{u"two\nlines\n\n", "k: |+\n  two\n  lines\n\n"},
    Row{u"\n", "k: |2+\n\n"},
    Row{u"\n\n", "k: |2+\n\n\n"},
    Row{u"\nlead", "k: |2-\n\n  lead\n"},
    Row{u" lead\nx", "k: |2-\n   lead\n  x\n"},
    Row{u"x\n\ny", "k: |-\n  x\n\n  y\n"},
    Row{u"a\n b", "k: |-\n  a\n   b\n"},
    Row{u"a: b\n#c", "k: |-\n  a: b\n  #c\n"},
    Row{u"a \nb", "k: \"a \\nb\"\n"},
    Row{u"a\nb ", "k: \"a\\nb \"\n"},
    Row{u"a\tb\nc", "k: \"a\\tb\\nc\"\n"}));
// clang-format on

TEST(StringValue, LongLinesAreNotFolded)
{
    // Deviation: kubectl folds this at column 80; we never wrap.
    const QString words = u"word "_s.repeated(30) + u"end"_s;
    EXPECT_EQ(emitYaml(map1(u"k"_s, str(words))), "k: " + words.toUtf8() + '\n');
    const QString quoted = u" "_s + words;
    EXPECT_EQ(emitYaml(map1(u"k"_s, str(quoted))), "k: '" + quoted.toUtf8() + "'\n");
}

// --- Keys ---------------------------------------------------------------------------------------

class Key : public ::testing::TestWithParam<Row>
{};

TEST_P(Key, IsQuotedLikeAString)
{
    EXPECT_EQ(emitYaml(map1(QStringView(GetParam().text).toString(), plain(u"v"_s))),
              QByteArray(GetParam().expected));
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Simple, Key, ::testing::Values(
    Row{u"on", "\"on\": v\n"},
    Row{u"80", "\"80\": v\n"},
    Row{u"*", "'*': v\n"},
    Row{u"", "\"\": v\n"},
    Row{u"a b", "a b: v\n"},
    Row{u" lead", "' lead': v\n"},
    Row{u"1:20", "\"1:20\": v\n"},
    Row{u"\ta", "\"\\ta\": v\n"},
    Row{u"app.kubernetes.io/name", "app.kubernetes.io/name: v\n"},
    Row{u"service.beta.kubernetes.io/aws-load-balancer-type",
        "service.beta.kubernetes.io/aws-load-balancer-type: v\n"},
    // Deviation: go-yaml writes `<<:`, which it then reads back as a merge key.
    Row{u"<<", "\"<<\": v\n"}));
// clang-format on

// Keys with line breaks, or longer than 128 bytes, take go-yaml's `? key` / `: value` form.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Complex, Key, ::testing::Values(
    Row{u"two\nlines", "? |-\n  two\n  lines\n: v\n"},
    Row{u"a\nb ", "? \"a\\nb \"\n: v\n"},
    Row{u"a\r\nb", "? \"a\\r\\nb\"\n: v\n"},
    Row{u" lead\nx", "? |2-\n   lead\n  x\n: v\n"}));
// clang-format on

TEST(Key, LongerThan128BytesIsComplex)
{
    const QString k128 = u"k"_s.repeated(128);
    EXPECT_EQ(emitYaml(map1(k128, plain(u"v"_s))), k128.toUtf8() + ": v\n");
    const QString k129 = u"k"_s.repeated(129);
    EXPECT_EQ(emitYaml(map1(k129, plain(u"v"_s))), "? " + k129.toUtf8() + "\n: v\n");
    // Bytes of UTF-8, not characters: 65 characters, 130 bytes.
    const QString accents = u"é"_s.repeated(65);
    EXPECT_EQ(emitYaml(map1(accents, plain(u"v"_s))), "? " + accents.toUtf8() + "\n: v\n");
}

TEST(Key, ComplexKeyValuesStartOnTheColonLine)
{
    const QString k = u"k"_s.repeated(130);
    const QByteArray q = "? " + k.toUtf8() + "\n";
    Node inner = Node::mapping();
    inner.insert(u"a"_s, plain(u"1"_s));
    inner.insert(u"b"_s, seq({str(u"x"_s), str(u"y"_s)}));
    EXPECT_EQ(emitYaml(map1(k, inner)), q + ": a: 1\n  b:\n  - x\n  - \"y\"\n");
    EXPECT_EQ(emitYaml(map1(k, seq({str(u"x"_s), seq({str(u"y"_s), str(u"z"_s)})}))),
              q + ": - x\n  - - \"y\"\n    - z\n");
    EXPECT_EQ(emitYaml(map1(k, Node::sequence())), q + ": []\n");
    EXPECT_EQ(emitYaml(map1(k, str(u"two\nlines"_s))), q + ": |-\n  two\n  lines\n");
}

// --- Plain scalars and tags ---------------------------------------------------------------------

class PlainValue : public ::testing::TestWithParam<Row>
{};

TEST_P(PlainValue, IsWrittenAsItsText)
{
    EXPECT_EQ(emitYaml(map1(u"k"_s, plain(QStringView(GetParam().text).toString()))),
              QByteArray(GetParam().expected));
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Typed, PlainValue, ::testing::Values(
    Row{u"80", "k: 80\n"},
    Row{u"0x1F", "k: 0x1F\n"},
    Row{u"1_000", "k: 1_000\n"},
    Row{u"1.5", "k: 1.5\n"},
    Row{u".inf", "k: .inf\n"},
    Row{u"yes", "k: yes\n"},
    Row{u"~", "k: ~\n"},
    Row{u"2001-12-14 21:59:43.10", "k: 2001-12-14 21:59:43.10\n"},
    // A YAML null written as nothing: `null`, as go-yaml writes every null.
    Row{u"", "k: null\n"}));
// clang-format on

// A plain scalar that resolves as a string is a string: quoted as one when it must be (a tree
// built in code, or a folded multi-line plain scalar from a file).
// clang-format off
INSTANTIATE_TEST_SUITE_P(Strings, PlainValue, ::testing::Values(
    Row{u"web", "k: web\n"},
    Row{u"<<", "k: <<\n"},
    Row{u"1:20", "k: \"1:20\"\n"},
    Row{u"a: b", "k: 'a: b'\n"},
    Row{u"a\nb", "k: |-\n  a\n  b\n"}));
// clang-format on

struct TagRow
{
    Node node;
    const char *expected;
};

void PrintTo(const TagRow &row, std::ostream *os)
{
    *os << escaped(row.node.tag()) << ' ' << escaped(row.node.text()) << " -> "
        << escaped(QString::fromUtf8(row.expected));
}

class Tagged : public ::testing::TestWithParam<TagRow>
{};

TEST_P(Tagged, KeepsTheMeaning)
{
    EXPECT_EQ(emitYaml(map1(u"k"_s, GetParam().node)), QByteArray(GetParam().expected));
}

// Core tags are dropped once the text says the same by itself (kubectl drops every tag); other
// tags are kept.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Scalars, Tagged, ::testing::Values(
    TagRow{tagged(u"true"_s, Style::Plain, u"!!str"_s), "k: \"true\"\n"},
    TagRow{tagged(u"web"_s, Style::Plain, u"tag:yaml.org,2002:str"_s), "k: web\n"},
    TagRow{tagged(u"80"_s, Style::Plain, u"!"_s), "k: \"80\"\n"},
    TagRow{tagged(u"80"_s, Style::Plain, u"?"_s), "k: 80\n"},
    TagRow{tagged(u"80"_s, Style::DoubleQuoted, u"!!int"_s), "k: 80\n"},
    TagRow{tagged(u"yes"_s, Style::SingleQuoted, u"!!bool"_s), "k: yes\n"},
    TagRow{tagged(QString(), Style::DoubleQuoted, u"!!null"_s), "k: null\n"},
    TagRow{tagged(u"x"_s, Style::Plain, u"!!null"_s), "k: null\n"},
    TagRow{tagged(u"abc"_s, Style::Plain, u"!!int"_s), "k: !!int abc\n"},
    TagRow{tagged(u"1"_s, Style::DoubleQuoted, u"!!float"_s), "k: !!float 1\n"},
    TagRow{tagged(u"R0lGOD"_s, Style::Plain, u"!!binary"_s), "k: !!binary R0lGOD\n"},
    TagRow{tagged(u"R0lGOD"_s, Style::Plain, u"tag:yaml.org,2002:binary"_s),
           "k: !!binary R0lGOD\n"},
    TagRow{tagged(u"80"_s, Style::Plain, u"!port"_s), "k: !port 80\n"},
    TagRow{tagged(u"a: b"_s, Style::Plain, u"!port"_s), "k: !port 'a: b'\n"},
    TagRow{tagged(u"80"_s, Style::Plain, u"tag:example.com,2024:port"_s),
           "k: !<tag:example.com,2024:port> 80\n"}));
// clang-format on

Node taggedCollection(Node n, const QString &tag)
{
    n.setTag(tag);
    return n;
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Collections, Tagged, ::testing::Values(
    TagRow{taggedCollection(map1(u"a"_s, plain(u"1"_s)), u"!!map"_s), "k:\n  a: 1\n"},
    TagRow{taggedCollection(map1(u"a"_s, plain(QString())), u"!!set"_s), "k: !!set\n  a: null\n"},
    TagRow{taggedCollection(seq({str(u"a"_s)}), u"!list"_s), "k: !list\n- a\n"},
    TagRow{taggedCollection(Node::mapping(), u"!thing"_s), "k: !thing {}\n"},
    TagRow{seq({taggedCollection(map1(u"a"_s, plain(u"1"_s)), u"!thing"_s)}),
           "k:\n- !thing\n  a: 1\n"}));
// clang-format on

TEST(Tagged, RootCollection)
{
    EXPECT_EQ(emitYaml(taggedCollection(map1(u"a"_s, plain(u"1"_s)), u"!thing"_s)),
              "!thing\na: 1\n");
    EXPECT_EQ(emitYaml(taggedCollection(Node::sequence(), u"!list"_s)), "!list []\n");
}

// --- Layout -------------------------------------------------------------------------------------

TEST(Layout, NestedAsKubectlPrintsIt)
{
    Node port = Node::mapping();
    port.insert(u"name"_s, str(u"http"_s));
    port.insert(u"port"_s, plain(u"80"_s));
    port.insert(u"targetPort"_s, str(u"http"_s));
    Node spec = Node::mapping();
    spec.insert(u"ports"_s, seq({port}));
    spec.insert(u"selector"_s, map1(u"app"_s, str(u"web"_s)));
    spec.insert(u"list"_s, seq({seq({str(u"a"_s), str(u"b"_s)}), Node::mapping()}));
    spec.insert(u"empty"_s, Node::sequence());
    EXPECT_EQ(emitYaml(map1(u"spec"_s, spec)),
              "spec:\n"
              "  ports:\n"
              "  - name: http\n"
              "    port: 80\n"
              "    targetPort: http\n"
              "  selector:\n"
              "    app: web\n"
              "  list:\n"
              "  - - a\n"
              "    - b\n"
              "  - {}\n"
              "  empty: []\n");
}

TEST(Layout, SequenceItemWhoseFirstEntryIsACollection)
{
    Node first = Node::mapping();
    first.insert(u"ports"_s, seq({plain(u"80"_s)}));
    first.insert(u"name"_s, str(u"x"_s));
    Node second = Node::mapping();
    second.insert(u"metadata"_s, map1(u"name"_s, str(u"y"_s)));
    second.insert(u"spec"_s, Node::mapping());
    EXPECT_EQ(emitYaml(seq({first, second})),
              "- ports:\n"
              "  - 80\n"
              "  name: x\n"
              "- metadata:\n"
              "    name: \"y\"\n"
              "  spec: {}\n");
}

TEST(Layout, MappingsInSequencesInSequences)
{
    Node ab = Node::mapping();
    ab.insert(u"a"_s, plain(u"1"_s));
    ab.insert(u"b"_s, plain(u"2"_s));
    const Node list = seq({seq({ab, map1(u"c"_s, plain(u"3"_s))}), seq({seq({str(u"deep"_s)})})});
    EXPECT_EQ(emitYaml(map1(u"k"_s, list)),
              "k:\n"
              "- - a: 1\n"
              "    b: 2\n"
              "  - c: 3\n"
              "- - - deep\n");
}

TEST(Layout, BlockScalarsIndentPastTheirParent)
{
    Node inner = Node::mapping();
    inner.insert(u"text"_s, str(u"a\nb\n"_s));
    EXPECT_EQ(emitYaml(map1(u"outer"_s, seq({inner, str(u" x\ny"_s)}))),
              "outer:\n"
              "- text: |\n"
              "    a\n"
              "    b\n"
              "- |2-\n"
              "   x\n"
              "  y\n");
}

TEST(Layout, Roots)
{
    EXPECT_EQ(emitYaml(str(u"web"_s)), "web\n");
    EXPECT_EQ(emitYaml(str(u"true"_s)), "\"true\"\n");
    EXPECT_EQ(emitYaml(plain(QString())), "null\n");
    EXPECT_EQ(emitYaml(str(u"a\nb"_s)), "|-\n  a\n  b\n");
    EXPECT_EQ(emitYaml(Node::mapping()), "{}\n");
    EXPECT_EQ(emitYaml(Node::sequence()), "[]\n");
    EXPECT_EQ(emitYaml(seq({str(u"a"_s), plain(u"1"_s)})), "- a\n- 1\n");
    EXPECT_EQ(emitYaml(Node()), "null\n");
}

TEST(Layout, FlowCollectionsAreWrittenAsBlocks)
{
    Node flowMap = Node::mapping(Style::Flow);
    flowMap.insert(u"a"_s, plain(u"1"_s));
    EXPECT_EQ(emitYaml(map1(u"k"_s, seq({str(u"x"_s)}, Style::Flow))), "k:\n- x\n");
    EXPECT_EQ(emitYaml(map1(u"k"_s, flowMap)), "k:\n  a: 1\n");
    EXPECT_EQ(emitYaml(map1(u"k"_s, Node::mapping(Style::Flow))), "k: {}\n");
}

TEST(Layout, DuplicateKeysAreWrittenAsTheyCome)
{
    Node m = Node::mapping();
    m.insert(u"k"_s, plain(u"1"_s));
    m.insert(u"k"_s, plain(u"2"_s));
    EXPECT_EQ(emitYaml(m), "k: 1\nk: 2\n");
}

TEST(Layout, CrLfForEveryLineBreak)
{
    Node m = Node::mapping();
    m.insert(u"text"_s, str(u"two\nlines\n\n"_s));
    m.insert(u"list"_s, seq({map1(u"a"_s, plain(u"1"_s))}));
    m.insert(u"escaped"_s, str(u"a \nb"_s));
    EXPECT_EQ(emitYaml(m, "\r\n"),
              "text: |+\r\n  two\r\n  lines\r\n\r\nlist:\r\n- a: 1\r\nescaped: \"a \\nb\"\r\n");
}

// --- Whole documents against kubectl ------------------------------------------------------------

// `kubectl create service clusterip web --tcp=80:8080 --tcp=443:https --dry-run=client -o yaml`
Node serviceDocument()
{
    auto port = [](const QString &name, const QString &number, Node target) {
        Node p = Node::mapping();
        p.insert(u"name"_s, str(name));
        p.insert(u"port"_s, plain(number));
        p.insert(u"protocol"_s, str(u"TCP"_s));
        p.insert(u"targetPort"_s, std::move(target));
        return p;
    };
    Node metadata = Node::mapping();
    metadata.insert(u"creationTimestamp"_s, plain(u"null"_s));
    metadata.insert(u"labels"_s, map1(u"app"_s, str(u"web"_s)));
    metadata.insert(u"name"_s, str(u"web"_s));
    Node spec = Node::mapping();
    spec.insert(u"ports"_s,
                seq({port(u"80-8080"_s, u"80"_s, plain(u"8080"_s)),
                     port(u"443-https"_s, u"443"_s, str(u"https"_s))}));
    spec.insert(u"selector"_s, map1(u"app"_s, str(u"web"_s)));
    spec.insert(u"type"_s, str(u"ClusterIP"_s));
    Node root = Node::mapping();
    root.insert(u"apiVersion"_s, str(u"v1"_s));
    root.insert(u"kind"_s, str(u"Service"_s));
    root.insert(u"metadata"_s, metadata);
    root.insert(u"spec"_s, spec);
    root.insert(u"status"_s, map1(u"loadBalancer"_s, Node::mapping()));
    return root;
}

// The same in Go struct order, as `-o json` prints it.
Node serviceDocumentJsonOrder()
{
    const Node yamlOrder = serviceDocument();
    Node root = reordered(yamlOrder, {u"kind", u"apiVersion", u"metadata", u"spec", u"status"});
    Node *metadata = root.find(u"metadata");
    *metadata = reordered(*metadata, {u"name", u"creationTimestamp", u"labels"});
    Node *spec = root.find(u"spec");
    *spec = reordered(*spec, {u"ports", u"selector", u"type"});
    for (Node &p : spec->find(u"ports")->items())
        p = reordered(p, {u"name", u"protocol", u"port", u"targetPort"});
    return root;
}

TEST(Golden, Service)
{
    EXPECT_EQ(emitYaml(serviceDocument()), golden("emitter-service.yaml"));
    EXPECT_EQ(emitJson(serviceDocumentJsonOrder()), golden("emitter-service.json"));
}

TEST(Golden, ServiceWithCrLf)
{
    EXPECT_EQ(emitYaml(serviceDocument(), "\r\n"),
              golden("emitter-service.yaml").replace("\n", "\r\n"));
}

// `kubectl create configmap tricky --from-literal=...` with values that need each kind of quoting.
Node configMapData()
{
    Node data = Node::mapping();
    const std::pair<const char16_t *, const char16_t *> literals[] = {
        {u"bool", u"true"},
        {u"cafe", u"café"},
        {u"clip", u"line\n"},
        {u"colon", u"a: b"},
        {u"ctrl", u"bell\a"},
        {u"date", u"2001-12-14"},
        {u"emoji", u"\U0001F600"},
        {u"empty", u""},
        {u"float", u"1.5"},
        {u"hash", u"#x"},
        {u"indented", u" lead\nnext"},
        {u"keep", u"kept\n\n"},
        {u"lead", u" lead"},
        {u"null", u"null"},
        {u"octal", u"0123"},
        {u"port", u"8080"},
        {u"quote", u"it's"},
        {u"sexagesimal", u"1:20"},
        {u"spacebreak", u"a \nb"},
        {u"star", u"*"},
        {u"tab", u"a\tb"},
        {u"tilde", u"~"},
        {u"trail", u"trail "},
        {u"two", u"two\nlines"},
        {u"yes", u"yes"},
    };
    for (const auto &[key, value] : literals)
        data.insert(QStringView(key).toString(), str(QStringView(value).toString()));
    return data;
}

TEST(Golden, ConfigMap)
{
    Node metadata = Node::mapping();
    metadata.insert(u"creationTimestamp"_s, plain(u"null"_s));
    metadata.insert(u"name"_s, str(u"tricky"_s));
    Node root = Node::mapping();
    root.insert(u"apiVersion"_s, str(u"v1"_s));
    root.insert(u"data"_s, configMapData());
    root.insert(u"kind"_s, str(u"ConfigMap"_s));
    root.insert(u"metadata"_s, metadata);
    EXPECT_EQ(emitYaml(root), golden("emitter-configmap.yaml"));

    Node jsonRoot = reordered(root, {u"kind", u"apiVersion", u"metadata", u"data"});
    *jsonRoot.find(u"metadata") = reordered(metadata, {u"name", u"creationTimestamp"});
    EXPECT_EQ(emitJson(jsonRoot), golden("emitter-configmap.json"));
}

// An object of an unknown kind, through `kubectl annotate --local -o yaml|json`: every layout
// case at once. kubectl sorts the keys of such objects, in YAML and JSON alike.
Node layoutDocument()
{
    const QString longKey = u"k"_s.repeated(130);
    Node annotations = Node::mapping();
    annotations.insert(u"example.com/checksum"_s, str(u"ab"_s.repeated(60)));
    annotations.insert(u"on"_s, str(u"true"_s));
    Node metadata = Node::mapping();
    metadata.insert(u"annotations"_s, annotations);
    metadata.insert(u"name"_s, str(u"layout"_s));

    Node longValue = Node::mapping();
    longValue.insert(u"a"_s, plain(u"1"_s));
    longValue.insert(u"b"_s, seq({str(u"x"_s), str(u"y"_s)}));
    Node portsFirst = Node::mapping();
    portsFirst.insert(u"name"_s, str(u"x"_s));
    portsFirst.insert(u"ports"_s, seq({plain(u"80"_s)}));
    Node metadataFirst = Node::mapping();
    metadataFirst.insert(u"metadata"_s, map1(u"name"_s, plain(u"true"_s)));
    metadataFirst.insert(u"spec"_s, Node::mapping());

    Node spec = Node::mapping();
    spec.insert(u"emptyList"_s, Node::sequence());
    spec.insert(u"emptyMap"_s, Node::mapping());
    spec.insert(u"enabled"_s, plain(u"true"_s));
    spec.insert(longKey, longValue);
    spec.insert(longKey + u'2',
                seq({str(u"x"_s), seq({str(u"y2"_s), str(u"z"_s)}), Node::mapping()}));
    spec.insert(u"list"_s,
                seq({seq({str(u"a"_s), str(u"b"_s)}),
                     Node::mapping(),
                     Node::sequence(),
                     seq({seq({str(u"deep"_s)})}),
                     portsFirst,
                     metadataFirst,
                     str(u"multi\nline"_s),
                     str(u" lead\nx"_s),
                     str(QString()),
                     plain(u"null"_s),
                     str(u"8080"_s)}));
    spec.insert(u"matrix"_s,
                seq({seq({plain(u"1"_s), plain(u"2"_s)}), seq({plain(u"3"_s), plain(u"4"_s)})}));
    spec.insert(u"nullValue"_s, plain(u"null"_s));
    spec.insert(u"port"_s, plain(u"8080"_s));
    spec.insert(u"ratio"_s, plain(u"0.25"_s));
    spec.insert(u"two\nline key"_s, str(u"v"_s));

    Node root = Node::mapping();
    root.insert(u"apiVersion"_s, str(u"example.com/v1"_s));
    root.insert(u"kind"_s, str(u"Thing"_s));
    root.insert(u"metadata"_s, metadata);
    root.insert(u"spec"_s, spec);
    return root;
}

TEST(Golden, Layout)
{
    EXPECT_EQ(emitYaml(layoutDocument()), golden("emitter-layout.yaml"));
    EXPECT_EQ(emitJson(layoutDocument()), golden("emitter-layout.json"));
}

// --- JSON scalars -------------------------------------------------------------------------------

struct JsonRow
{
    Node node;
    const char *expected; // the JSON text of the value
};

void PrintTo(const JsonRow &row, std::ostream *os)
{
    *os << escaped(row.node.tag()) << ' ' << escaped(row.node.text()) << " -> "
        << escaped(QString::fromUtf8(row.expected));
}

class JsonScalar : public ::testing::TestWithParam<JsonRow>
{};

TEST_P(JsonScalar, IsWrittenAsKubectlWritesIt)
{
    EXPECT_EQ(emitJson(GetParam().node), QByteArray(GetParam().expected) + '\n');
}

// Plain scalars become what YAML 1.1 makes of them; numbers as Go's encoding/json prints them.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Plain, JsonScalar, ::testing::Values(
    JsonRow{plain(u"80"_s), "80"},
    JsonRow{plain(u"0x1F"_s), "31"},
    JsonRow{plain(u"0o17"_s), "15"},
    JsonRow{plain(u"0123"_s), "83"},
    JsonRow{plain(u"1_000"_s), "1000"},
    JsonRow{plain(u"-0b101"_s), "-5"},
    JsonRow{plain(u"+12"_s), "12"},
    JsonRow{plain(u"-0"_s), "0"},
    JsonRow{plain(u"9223372036854775807"_s), "9223372036854775807"},
    JsonRow{plain(u"-9223372036854775808"_s), "-9223372036854775808"},
    JsonRow{plain(u"1e5"_s), "100000"},
    JsonRow{plain(u"1.5"_s), "1.5"},
    JsonRow{plain(u".5"_s), "0.5"},
    JsonRow{plain(u"1."_s), "1"},
    JsonRow{plain(u"08"_s), "8"},
    JsonRow{plain(u"1_000.5"_s), "1000.5"},
    JsonRow{plain(u"0.1"_s), "0.1"},
    JsonRow{plain(u"0.000001"_s), "0.000001"},
    JsonRow{plain(u"1.5e-7"_s), "1.5e-7"},
    JsonRow{plain(u"1e21"_s), "1e+21"},
    JsonRow{plain(u"1e20"_s), "100000000000000000000"},
    JsonRow{plain(u"99999999999999999999"_s), "100000000000000000000"},
    JsonRow{plain(u"123456789.123456789"_s), "123456789.12345679"},
    JsonRow{plain(u"-0.0"_s), "0"},
    JsonRow{plain(u"1e-400"_s), "0"},
    JsonRow{plain(u"yes"_s), "true"},
    JsonRow{plain(u"Off"_s), "false"},
    JsonRow{plain(u"~"_s), "null"},
    JsonRow{plain(QString()), "null"},
    JsonRow{plain(u"2001-12-14"_s), "\"2001-12-14\""},
    JsonRow{plain(u"2001-12-14 21:59:43.10"_s), "\"2001-12-14 21:59:43.10\""},
    JsonRow{plain(u"1:20"_s), "\"1:20\""},
    JsonRow{plain(u"1e999"_s), "\"1e999\""},
    JsonRow{plain(u"web"_s), "\"web\""},
    // Deviation: kubectl prints 18446744073709552000 (it goes through float64).
    JsonRow{plain(u"18446744073709551615"_s), "18446744073709551615"},
    JsonRow{plain(u"0xFFFF_FFFF_FFFF_FFFF"_s), "18446744073709551615"},
    // Deviation: kubectl fails ("unsupported value"); JSON has no infinity or NaN.
    JsonRow{plain(u".inf"_s), "\".inf\""},
    JsonRow{plain(u"-.Inf"_s), "\"-.Inf\""},
    JsonRow{plain(u".nan"_s), "\".nan\""}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Strings, JsonScalar, ::testing::Values(
    JsonRow{str(u"80"_s), "\"80\""},
    JsonRow{str(u"true"_s), "\"true\""},
    JsonRow{str(QString()), "\"\""},
    JsonRow{str(u"a\"b\\c"_s), "\"a\\\"b\\\\c\""},
    JsonRow{str(u"\n\r\t\b\f"_s), "\"\\n\\r\\t\\b\\f\""},
    JsonRow{str(u"\u0001\u001b\u001f"_s), "\"\\u0001\\u001b\\u001f\""},
    JsonRow{str(u"del\u007f"_s), "\"del\u007f\""},
    JsonRow{str(u"café \U0001F600"_s), "\"café \U0001F600\""},
    JsonRow{str(u"\u2028\u2029"_s), "\"\\u2028\\u2029\""},
    JsonRow{str(u"\uFEFF"_s), "\"\uFEFF\""},
    // Deviation: Go escapes these three as \u003c, \u003e and \u0026.
    JsonRow{str(u"a?b=1&c=<2>"_s), "\"a?b=1&c=<2>\""}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Tags, JsonScalar, ::testing::Values(
    JsonRow{tagged(u"80"_s, Style::DoubleQuoted, u"!!int"_s), "80"},
    JsonRow{tagged(u"1"_s, Style::Plain, u"!!float"_s), "1"},
    JsonRow{tagged(u"0x10"_s, Style::Plain, u"!!float"_s), "16"},
    JsonRow{tagged(u"yes"_s, Style::SingleQuoted, u"!!bool"_s), "true"},
    JsonRow{tagged(u"x"_s, Style::Plain, u"!!null"_s), "null"},
    JsonRow{tagged(u"80"_s, Style::Plain, u"!!str"_s), "\"80\""},
    JsonRow{tagged(u"80"_s, Style::Plain, u"!port"_s), "\"80\""},
    // Text the tag cannot make sense of stays text.
    JsonRow{tagged(u"maybe"_s, Style::Plain, u"!!bool"_s), "\"maybe\""},
    JsonRow{tagged(u"abc"_s, Style::Plain, u"!!int"_s), "\"abc\""},
    JsonRow{tagged(u"1e999"_s, Style::Plain, u"!!float"_s), "\"1e999\""}));
// clang-format on

TEST(Json, Layout)
{
    Node m = Node::mapping();
    m.insert(u"empty"_s, Node::mapping());
    m.insert(u"none"_s, Node::sequence());
    m.insert(u"list"_s, seq({str(u"a"_s), seq({plain(u"1"_s)}), map1(u"b"_s, plain(u"2"_s))}));
    EXPECT_EQ(emitJson(m),
              "{\n"
              "    \"empty\": {},\n"
              "    \"none\": [],\n"
              "    \"list\": [\n"
              "        \"a\",\n"
              "        [\n"
              "            1\n"
              "        ],\n"
              "        {\n"
              "            \"b\": 2\n"
              "        }\n"
              "    ]\n"
              "}\n");
    EXPECT_EQ(emitJson(Node::mapping()), "{}\n");
    EXPECT_EQ(emitJson(map1(u"two\nlines \"k\""_s, plain(u"1"_s))),
              "{\n    \"two\\nlines \\\"k\\\"\": 1\n}\n");
}

} // namespace
