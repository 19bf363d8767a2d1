// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML writer, value by value: quoting, keys, tags and layout. See emittertestsupport.h for where the expected texts come from.
#include "emittertestsupport.h"

using namespace emittertest;

namespace {

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

} // namespace
