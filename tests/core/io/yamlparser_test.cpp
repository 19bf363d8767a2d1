// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML reader on what it accepts: streams, collections, scalars, anchors and positions.
#include <functional>

#include <gtest/gtest.h>

#include "yamltestsupport.h"

namespace {

using namespace yamltest;

// ---- streams and byte ranges ----

TEST(YamlStream, SingleDocumentWithoutMarkers)
{
    const auto docs = readAll("a: 1\n");
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].begin, 0);
    EXPECT_EQ(docs[0].end, 5);
    EXPECT_EQ(docs[0].contentBegin, 0);
    EXPECT_EQ(docs[0].contentEnd, 5);
    EXPECT_TRUE(docs[0].hasContent);
    EXPECT_EQ(text(docs[0].root, "a"), u"1"_s);
}

TEST(YamlStream, MarkersCommentsAndRanges)
{
    const QByteArray in = "# head\n---\na: 1\n# tail\n---\nb: 2\n...\n# after\n";
    const auto docs = readAll(in);
    ASSERT_EQ(docs.size(), 3u);
    EXPECT_EQ(docs[0].begin, 0);
    EXPECT_EQ(docs[0].end, 23);
    EXPECT_EQ(docs[0].contentBegin, 11);
    EXPECT_EQ(docs[0].contentEnd, 16);
    EXPECT_EQ(docs[1].begin, 23);
    EXPECT_EQ(docs[1].end, 36);
    EXPECT_EQ(docs[1].contentBegin, 27);
    EXPECT_EQ(docs[1].contentEnd, 32);
    EXPECT_EQ(text(docs[1].root, "b"), u"2"_s);
    EXPECT_EQ(docs[1].root.pos(), at(6, 1));
    EXPECT_EQ(docs[2].begin, 36);
    EXPECT_EQ(docs[2].end, 44);
    EXPECT_FALSE(docs[2].hasContent);
    EXPECT_EQ(docs[2].contentBegin, 44);
    EXPECT_EQ(docs[2].contentEnd, 44);
    expectTiles(docs, in);
}

TEST(YamlStream, ContentOnTheMarkerLine)
{
    const QByteArray in = "--- {a: 1}\n--- |\n  text\n--- >-\n  folded\n  line\n--- plain\n"
                          "--- !!str\n";
    const auto docs = readAll(in);
    ASSERT_EQ(docs.size(), 5u);
    EXPECT_EQ(docs[0].contentBegin, 4);
    EXPECT_EQ(docs[0].contentEnd, 11);
    EXPECT_EQ(docs[0].root.style(), Style::Flow);
    EXPECT_EQ(text(docs[0].root, "a"), u"1"_s);
    EXPECT_EQ(docs[1].root.text(), u"text\n"_s);
    EXPECT_EQ(docs[1].root.style(), Style::Literal);
    EXPECT_EQ(docs[1].root.pos(), at(2, 5));
    EXPECT_EQ(docs[2].root.text(), u"folded line"_s);
    EXPECT_EQ(docs[2].root.style(), Style::Folded);
    EXPECT_EQ(docs[3].root.text(), u"plain"_s);
    EXPECT_TRUE(docs[4].hasContent);
    EXPECT_EQ(docs[4].root.tag(), u"!!str"_s);
    EXPECT_EQ(docs[4].root.text(), QString());
    expectTiles(docs, in);
}

TEST(YamlStream, EmptyDocuments)
{
    const QByteArray in = "---\n---\n# only a comment\n---\n";
    const auto docs = readAll(in);
    ASSERT_EQ(docs.size(), 3u);
    for (const YamlDocument &doc : docs) {
        EXPECT_FALSE(doc.hasContent);
        EXPECT_FALSE(doc.error.has_value());
        EXPECT_EQ(doc.contentBegin, doc.contentEnd);
    }
    EXPECT_EQ(docs[1].begin, 4);
    EXPECT_EQ(docs[1].end, 25);
    EXPECT_EQ(docs[2].begin, 25);
    expectTiles(docs, in);
}

TEST(YamlStream, EmptyInputAndCommentsOnly)
{
    auto docs = readAll("");
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].begin, 0);
    EXPECT_EQ(docs[0].end, 0);
    EXPECT_FALSE(docs[0].hasContent);
    docs = readAll("# nothing here\n\n");
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_FALSE(docs[0].hasContent);
    EXPECT_EQ(docs[0].end, 16);
}

// Offsets in a stream are 32 bits: a larger one is refused whole, before a byte of it is read
// (the view here is of one byte, so that reading any further would be caught).
TEST(YamlStream, OverTwoGibibytesIsRefusedUnread)
{
    const char byte = 'a';
    const QByteArrayView huge(&byte, sd::yamlstream::maxStreamSize + 1);
    const sd::YamlStream stream(huge);
    ASSERT_EQ(stream.size(), 1u);
    std::vector<sd::YamlDocument> docs;
    stream.read(0, 1, [&](size_t, sd::YamlDocument &&doc) { docs.push_back(std::move(doc)); });
    ASSERT_EQ(docs.size(), 1u);
    ASSERT_TRUE(docs[0].error);
    EXPECT_EQ(docs[0].error->message, u"the input is 2048 MB; a YAML stream can be at most 2047 MB");
    EXPECT_EQ(sd::yamlstream::splitStream(huge).size(), 1u);
}

// Without a CR the split takes the lines between markers in bulk, and on two threads splits the
// stream in two halves; with CRLF it goes a line at a time. All find the same documents (offsets
// moved by one byte per line with CRLF) in streams of every kind of line: markers with and
// without content, `...`, comments, blanks, directives, lines that start with `-` or `.` and are
// no markers, and a last line without a break.
TEST(YamlStream, SplitInBulkInHalvesAndLineByLine)
{
    const char *const kinds[] = {"a: 1",
                                 "  b: two",
                                 "# note",
                                 "",
                                 "   ",
                                 "  # indented note",
                                 "---",
                                 "--- x: 1",
                                 "...",
                                 "- item",
                                 "-x: 1",
                                 ".x: 1",
                                 "%YAML 1.2",
                                 "--- # c",
                                 "----",
                                 "..x",
                                 "\t# tab"};
    quint32 seed = 12345;
    const auto random = [&](quint32 below) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % below;
    };
    using sd::yamlstream::Chunk;
    const auto expectSame = [](const std::vector<Chunk> &a,
                               const std::vector<Chunk> &b,
                               const std::function<qint32(qint32)> &moved) {
        ASSERT_EQ(a.size(), b.size());
        for (size_t c = 0; c < a.size(); ++c) {
            SCOPED_TRACE(c);
            EXPECT_EQ(moved(a[c].begin), b[c].begin);
            EXPECT_EQ(moved(a[c].end), b[c].end);
            EXPECT_EQ(a[c].line, b[c].line);
            EXPECT_EQ(a[c].markerLine, b[c].markerLine);
            EXPECT_EQ(moved(a[c].marker), b[c].marker);
            EXPECT_EQ(moved(a[c].endMarker), b[c].endMarker);
            EXPECT_EQ(moved(a[c].contentBegin), b[c].contentBegin);
            EXPECT_EQ(moved(a[c].contentLineEnd), b[c].contentLineEnd);
        }
    };
    for (int round = 0; round < 600; ++round) {
        QByteArray lf;
        const int lines = int(random(16)) + 1;
        for (int l = 0; l < lines; ++l) {
            lf += kinds[random(std::size(kinds))];
            if (l + 1 < lines || random(2) == 0)
                lf += '\n';
        }
        SCOPED_TRACE(lf.constData());
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        // An offset in `lf` as an offset in `crlf`.
        const auto moved = [&](qint32 offset) {
            return offset < 0 ? offset
                              : offset + qint32(std::count(lf.begin(), lf.begin() + offset, '\n'));
        };
        const std::vector<Chunk> bulk = sd::yamlstream::splitStream(lf);
        expectSame(bulk, sd::yamlstream::splitStream(crlf), moved);
        expectSame(bulk, sd::yamlstream::splitStream(lf, 2), [](qint32 offset) { return offset; });
    }
    const QByteArray lines = "a\n\nb\n" + QByteArray(40, '\n') + "c";
    EXPECT_EQ(sd::yamlstream::countLineFeeds(lines.constData(), 0, lines.size()), 43);
    EXPECT_EQ(sd::yamlstream::countLineFeeds(lines.constData(), 3, 30), 26);
}

// Short strings (up to 64 bytes) are shared through a cache keyed by their bytes: strings that
// differ in one byte at any place, of every length up to the longest cached and past it, stay
// apart, also in the last bytes of the input (where fewer than 8 bytes are left to read).
TEST(YamlStream, ShortStringsStayApart)
{
    QByteArray in;
    std::vector<std::pair<QString, QString>> expected;
    for (int length = 1; length <= 66; ++length) {
        for (int place = 0; place < length; ++place) {
            QByteArray key = "k" + QByteArray::number(length) + "_" + QByteArray::number(place);
            QByteArray value(length, 'v');
            value[place] = 'w';
            in += key + ": " + value + "\n" + key + "x: " + QByteArray(length, 'v') + "\n";
            expected.emplace_back(QString::fromLatin1(key), QString::fromLatin1(value));
            expected.emplace_back(QString::fromLatin1(key + "x"),
                                  QString::fromLatin1(QByteArray(length, 'v')));
        }
    }
    // Last, two values of 20 bytes that differ in their last byte, the second one ending the
    // input: its last word is read from the 4 bytes that are left.
    in += "\xc3\xa9: \xc3\xa9t\xc3\xa9\nend: e\nzz: " + QByteArray(20, 'y')
          + "\nz: " + QByteArray(19, 'y') + "z";
    const auto docs = readAll(in);
    ASSERT_EQ(docs.size(), 1u);
    ASSERT_FALSE(docs[0].error.has_value()) << errorText(docs[0]);
    for (const auto &[key, value] : expected)
        EXPECT_EQ(text(docs[0].root, key.toUtf8().constData()), value) << key.toStdString();
    EXPECT_EQ(text(docs[0].root, "\xc3\xa9"), u"\u00e9t\u00e9"_s);
    EXPECT_EQ(text(docs[0].root, "end"), u"e"_s);
    EXPECT_EQ(text(docs[0].root, "zz"), QString(20, u'y'));
    EXPECT_EQ(text(docs[0].root, "z"), QString(19, u'y') + u'z');
}

TEST(YamlStream, BareDocumentAfterEndMarker)
{
    const QByteArray in = "a: 1\n...\nb: 2\n";
    const auto docs = readAll(in);
    ASSERT_EQ(docs.size(), 2u);
    EXPECT_EQ(docs[0].end, 9);
    EXPECT_EQ(docs[0].contentEnd, 5);
    EXPECT_EQ(docs[1].begin, 9);
    EXPECT_EQ(text(docs[1].root, "b"), u"2"_s);
    EXPECT_EQ(docs[1].root.pos(), at(3, 1));
}

TEST(YamlStream, DirectivesAreSkipped)
{
    const QByteArray in = "%YAML 1.2\n%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n";
    const auto docs = readAll(in);
    ASSERT_EQ(docs.size(), 1u);
    ASSERT_FALSE(docs[0].error.has_value()) << errorText(docs[0]);
    EXPECT_EQ(docs[0].contentBegin, 45);
    EXPECT_EQ(value(docs[0].root, "a").tag(), u"!e!x"_s);
    EXPECT_EQ(docs[0].root.pos(), at(4, 1));
}

TEST(YamlStream, NoFinalNewline)
{
    const QByteArray in = "a: 1\nb: two";
    const auto docs = readAll(in);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(text(docs[0].root, "b"), u"two"_s);
    EXPECT_EQ(docs[0].contentEnd, in.size());
    EXPECT_EQ(readOne("--- |\n  x").text(), u"x"_s);
    EXPECT_EQ(readOne("\"a\"").text(), u"a"_s);
}

TEST(YamlStream, CrLfLineEnds)
{
    const QByteArray in = "a: 1\r\nb:\r\n  - x \r\n  - 'y\r\n    z'\r\nc: |\r\n  l1\r\n  l2\r\n";
    const Node root = readOne(in);
    EXPECT_EQ(text(root, "a"), u"1"_s);
    const Node &b = value(root, "b");
    ASSERT_EQ(b.items().size(), 2u);
    EXPECT_EQ(b.items()[0].text(), u"x"_s);
    EXPECT_EQ(b.items()[0].pos(), at(3, 5));
    EXPECT_EQ(b.items()[1].text(), u"y z"_s);
    EXPECT_EQ(text(root, "c"), u"l1\nl2\n"_s);
    EXPECT_EQ(root.entries()[2].keyPos, at(6, 1));
    EXPECT_EQ(readAll(in)[0].contentEnd, in.size());
}

TEST(YamlStream, ByteOrderMark)
{
    const QByteArray in = "\xEF\xBB\xBF---\na: 1\n";
    const auto docs = readAll(in);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].begin, 0);
    EXPECT_EQ(docs[0].contentBegin, 7);
    EXPECT_EQ(docs[0].root.pos(), at(2, 1));
    const Node root = readOne("\xEF\xBB\xBF"
                              "a: 1\n");
    EXPECT_EQ(root.pos(), at(1, 1));
    EXPECT_EQ(root.entries()[0].value.pos(), at(1, 4));
}

TEST(YamlStream, MarkerLikeTextIsNotAMarker)
{
    const auto docs = readAll("a: ---x\n b\n--- # comment\nc: '...'\n");
    ASSERT_EQ(docs.size(), 2u);
    EXPECT_EQ(text(docs[0].root, "a"), u"---x b"_s);
    EXPECT_EQ(text(docs[1].root, "c"), u"..."_s);
}

TEST(YamlStream, ErrorInOneDocumentKeepsTheOthers)
{
    const QByteArray in = "a: 1\n---\nb: [1, 2\n---\nc: 3\n";
    for (const auto &docs : {readAll(in), sd::parseYaml(in)}) {
        ASSERT_EQ(docs.size(), 3u);
        EXPECT_FALSE(docs[0].error.has_value());
        EXPECT_EQ(text(docs[0].root, "a"), u"1"_s);
        ASSERT_TRUE(docs[1].error.has_value());
        EXPECT_EQ(docs[1].error->message,
                  u"expected ',' or ']' in the flow sequence that starts at line 3, column 4, "
                  "found the end of the document"_s);
        EXPECT_EQ(docs[1].error->pos, at(3, 9)); // after "b: [1, 2", not on the next `---`
        EXPECT_EQ(docs[1].begin, 5);
        EXPECT_EQ(docs[1].end, 18);
        EXPECT_FALSE(docs[2].error.has_value());
        EXPECT_EQ(text(docs[2].root, "c"), u"3"_s);
    }
}

TEST(YamlStream, LoneCarriageReturnsBreakLines)
{
    const Node root = readOne("a: 1\rb: 2\r");
    EXPECT_EQ(text(root, "b"), u"2"_s);
    EXPECT_EQ(root.entries()[1].keyPos, at(2, 1));
}

// ---- block collections ----

TEST(YamlBlock, MappingPositionsAndStyles)
{
    const Node root = readOne("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels:\n"
                              "    app: web\n");
    EXPECT_TRUE(root.isMapping());
    EXPECT_EQ(root.style(), Style::Plain);
    EXPECT_EQ(root.pos(), at(1, 1));
    ASSERT_EQ(root.entries().size(), 3u);
    EXPECT_EQ(root.entries()[1].keyPos, at(2, 1));
    EXPECT_EQ(root.entries()[1].value.pos(), at(2, 7));
    const Node &metadata = value(root, "metadata");
    EXPECT_EQ(metadata.pos(), at(4, 3));
    EXPECT_EQ(metadata.entries()[1].keyPos, at(5, 3));
    EXPECT_EQ(value(metadata, "labels").pos(), at(6, 5));
    EXPECT_EQ(text(value(metadata, "labels"), "app"), u"web"_s);
    EXPECT_EQ(value(value(metadata, "labels"), "app").pos(), at(6, 10));
}

TEST(YamlBlock, OneSpaceIndentation)
{
    const Node root = readOne("a:\n b:\n  c: 1\n d:\n - x\n - y\n");
    const Node &a = value(root, "a");
    EXPECT_EQ(text(value(a, "b"), "c"), u"1"_s);
    const Node &d = value(a, "d");
    ASSERT_TRUE(d.isSequence());
    ASSERT_EQ(d.items().size(), 2u);
    EXPECT_EQ(d.items()[1].text(), u"y"_s);
    EXPECT_EQ(d.items()[1].pos(), at(6, 4));
}

TEST(YamlBlock, SequenceInMappingAtTheSameIndentation)
{
    const Node root = readOne(
        "ports:\n- port: 80\n  name: http\n- port: 443\nselector:\n  app: x\n");
    const Node &ports = value(root, "ports");
    ASSERT_EQ(ports.items().size(), 2u);
    EXPECT_EQ(ports.pos(), at(2, 1));
    EXPECT_EQ(text(ports.items()[0], "name"), u"http"_s);
    EXPECT_EQ(ports.items()[0].pos(), at(2, 3));
    EXPECT_EQ(text(ports.items()[1], "port"), u"443"_s);
    EXPECT_EQ(text(value(root, "selector"), "app"), u"x"_s);
}

TEST(YamlBlock, NestedCompactSequences)
{
    const Node root = readOne("- - a\n  - b\n- - - c\n");
    ASSERT_EQ(root.items().size(), 2u);
    EXPECT_EQ(root.items()[0].items().size(), 2u);
    EXPECT_EQ(root.items()[0].pos(), at(1, 3));
    EXPECT_EQ(root.items()[0].items()[1].text(), u"b"_s);
    EXPECT_EQ(root.items()[1].items()[0].items()[0].text(), u"c"_s);
    EXPECT_EQ(root.items()[1].items()[0].items()[0].pos(), at(3, 7));
}

TEST(YamlBlock, CompactMappingsInSequence)
{
    const Node root = readOne("- name: a\n  port: 1\n-   name: b\n    port: 2\n- k: v\n  # note\n"
                              "  n:\n    - 1\n");
    ASSERT_EQ(root.items().size(), 3u);
    EXPECT_EQ(text(root.items()[0], "port"), u"1"_s);
    EXPECT_EQ(root.items()[1].pos(), at(3, 5));
    EXPECT_EQ(text(root.items()[1], "port"), u"2"_s);
    EXPECT_EQ(value(root.items()[2], "n").items()[0].text(), u"1"_s);
}

TEST(YamlBlock, EmptyValues)
{
    const Node root = readOne("a:\nb: \nc: # comment\nd: ~\ne: null\nf:\n-\n- \ng: ''\n");
    for (const char *key : {"a", "b", "c"}) {
        EXPECT_EQ(text(root, key), QString()) << key;
        EXPECT_EQ(value(root, key).style(), Style::Plain) << key;
    }
    EXPECT_EQ(value(root, "a").pos(), at(1, 3));
    EXPECT_EQ(text(root, "d"), u"~"_s);
    EXPECT_EQ(text(root, "e"), u"null"_s);
    const Node &f = value(root, "f");
    ASSERT_EQ(f.items().size(), 2u);
    EXPECT_EQ(f.items()[0].text(), QString());
    EXPECT_EQ(value(root, "g").style(), Style::SingleQuoted);
    EXPECT_TRUE(value(root, "g").isQuoted());
}

TEST(YamlBlock, DuplicateKeysAreKeptInOrder)
{
    const Node root = readOne("a: 1\nb: 2\na: 3\n");
    ASSERT_EQ(root.entries().size(), 3u);
    EXPECT_EQ(root.entries()[0].value.text(), u"1"_s);
    EXPECT_EQ(root.entries()[2].key, u"a"_s);
    EXPECT_EQ(root.entries()[2].keyPos, at(3, 1));
    EXPECT_EQ(text(root, "a"), u"3"_s);
}

TEST(YamlBlock, ExplicitKeys)
{
    const Node root = readOne("? a\n: 1\n? b\n? |\n  c\n: 3\n");
    ASSERT_EQ(root.entries().size(), 3u);
    EXPECT_EQ(root.entries()[0].key, u"a"_s);
    EXPECT_EQ(root.entries()[0].value.text(), u"1"_s);
    EXPECT_EQ(root.entries()[0].keyPos, at(1, 3));
    EXPECT_EQ(root.entries()[1].key, u"b"_s);
    EXPECT_EQ(root.entries()[1].value.text(), QString());
    EXPECT_EQ(root.entries()[2].key, u"c\n"_s);
    EXPECT_EQ(root.entries()[2].value.text(), u"3"_s);
    const auto docs = readAll("? - x\n: y\n");
    ASSERT_TRUE(docs[0].error.has_value());
    EXPECT_EQ(docs[0].error->message,
              u"a mapping key must be a scalar; a sequence as a key is not supported"_s);
}

TEST(YamlBlock, CommentsEverywhere)
{
    const Node root = readOne("# top\na: 1 # trailing\n# col0 inside\n  # indented\nb:\n"
                              "# col0 between key and value\n  c: 2 #x\n#end\nd: [1, # in flow\n"
                              "  2]\ne: \"q\" # after quotes\n"
                              "# left alone\n");
    EXPECT_EQ(text(root, "a"), u"1"_s);
    EXPECT_EQ(text(value(root, "b"), "c"), u"2"_s);
    EXPECT_EQ(value(root, "d").items().size(), 2u);
    EXPECT_EQ(text(root, "e"), u"q"_s);
}

TEST(YamlBlock, PropertiesOnTheirOwnLine)
{
    const Node root = readOne("a: &x !!map\n  b: 1\nc: *x\nd: !!str\n  text\n");
    const Node &a = value(root, "a");
    EXPECT_TRUE(a.isMapping());
    EXPECT_EQ(a.tag(), u"!!map"_s);
    EXPECT_EQ(a.pos(), at(1, 4));
    EXPECT_EQ(value(root, "c"), a);
    EXPECT_EQ(value(root, "c").pos(), at(3, 4));
    EXPECT_EQ(text(root, "d"), u"text"_s);
    EXPECT_EQ(value(root, "d").tag(), u"!!str"_s);
}

// ---- plain scalars ----

TEST(YamlPlain, MultiLine)
{
    const Node root = readOne("a: one\n  two\n\n  three\nb:\n  x\n  y # comment\nc: p\n  - q\n");
    EXPECT_EQ(text(root, "a"), u"one two\nthree"_s);
    EXPECT_EQ(text(root, "b"), u"x y"_s);
    EXPECT_EQ(value(root, "b").pos(), at(6, 3));
    EXPECT_EQ(text(root, "c"), u"p - q"_s);
    EXPECT_EQ(readOne("top\nlevel\n").text(), u"top level"_s);
}

TEST(YamlPlain, ColonsHashesAndIndicators)
{
    const Node root = readOne("url: http://x.y/z?a=b#frag\nk: a:b\nc: a#b\nd: value   \ne: -1\n"
                              "f: :x\ng: ?y\nh: a, b [c] {d}\ni: 'x' \nj: 0.0.0.0/0\n");
    EXPECT_EQ(text(root, "url"), u"http://x.y/z?a=b#frag"_s);
    EXPECT_EQ(text(root, "k"), u"a:b"_s);
    EXPECT_EQ(text(root, "c"), u"a#b"_s);
    EXPECT_EQ(text(root, "d"), u"value"_s);
    EXPECT_EQ(text(root, "e"), u"-1"_s);
    EXPECT_EQ(text(root, "f"), u":x"_s);
    EXPECT_EQ(text(root, "g"), u"?y"_s);
    EXPECT_EQ(text(root, "h"), u"a, b [c] {d}"_s);
    EXPECT_EQ(text(root, "i"), u"x"_s);
    EXPECT_EQ(text(root, "j"), u"0.0.0.0/0"_s);
}

TEST(YamlPlain, KeysWithSpacesAndSlashes)
{
    const Node root = readOne("app.kubernetes.io/name : web\n\"quoted key\": 1\n'single': 2\n"
                              "with space: 3\n");
    ASSERT_EQ(root.entries().size(), 4u);
    EXPECT_EQ(root.entries()[0].key, u"app.kubernetes.io/name"_s);
    EXPECT_EQ(root.entries()[1].key, u"quoted key"_s);
    EXPECT_EQ(root.entries()[1].keyPos, at(2, 1));
    EXPECT_EQ(root.entries()[2].key, u"single"_s);
    EXPECT_EQ(root.entries()[3].key, u"with space"_s);
}

// ---- flow collections ----

TEST(YamlFlow, NestedAndMultiLine)
{
    const Node root = readOne("a: {b: [1, 2,\n  3], c: {d: e}}\nf: [\n  x,\n  y\n]\n");
    const Node &a = value(root, "a");
    EXPECT_EQ(a.style(), Style::Flow);
    EXPECT_EQ(a.pos(), at(1, 4));
    const Node &b = value(a, "b");
    ASSERT_EQ(b.items().size(), 3u);
    EXPECT_EQ(b.items()[2].pos(), at(2, 3));
    EXPECT_EQ(text(value(a, "c"), "d"), u"e"_s);
    EXPECT_EQ(value(root, "f").items()[1].text(), u"y"_s);
}

TEST(YamlFlow, TrailingCommasAndEmptyCollections)
{
    const Node root = readOne("a: {b: [x, y,], c: 1,}\nd: { }\ne: []\n");
    EXPECT_EQ(value(value(root, "a"), "b").items().size(), 2u);
    EXPECT_EQ(value(root, "a").entries().size(), 2u);
    EXPECT_TRUE(value(root, "d").isMapping());
    EXPECT_TRUE(value(root, "d").entries().empty());
    EXPECT_TRUE(value(root, "e").isSequence());
    EXPECT_TRUE(value(root, "e").items().empty());
}

TEST(YamlFlow, JsonDocument)
{
    const Node root = readOne("{\n  \"a\": 1,\n  \"b\": [true, null, \"x\\u00e9\"],\n"
                              "  \"c\": {\"d\":-1.5e3}\n}");
    EXPECT_EQ(root.style(), Style::Flow);
    EXPECT_EQ(root.entries()[1].keyPos, at(3, 3));
    const Node &b = value(root, "b");
    EXPECT_EQ(b.items()[0].text(), u"true"_s);
    EXPECT_FALSE(b.items()[0].isQuoted());
    EXPECT_EQ(b.items()[1].text(), u"null"_s);
    EXPECT_EQ(b.items()[2].text(), u"x\u00e9"_s);
    EXPECT_EQ(text(value(root, "c"), "d"), u"-1.5e3"_s);
}

TEST(YamlFlow, PairsAndEmptyEntries)
{
    const Node root = readOne("[a: 1, \"b\":2, ? c : d, e]");
    ASSERT_EQ(root.items().size(), 4u);
    EXPECT_TRUE(root.items()[0].isMapping());
    EXPECT_EQ(root.items()[0].style(), Style::Flow);
    EXPECT_EQ(root.items()[0].pos(), at(1, 2));
    EXPECT_EQ(text(root.items()[1], "b"), u"2"_s);
    EXPECT_EQ(text(root.items()[2], "c"), u"d"_s);
    EXPECT_EQ(root.items()[3].text(), u"e"_s);
    const Node map = readOne("{a, b: , c: 1, : e}");
    ASSERT_EQ(map.entries().size(), 4u);
    EXPECT_EQ(text(map, "a"), QString());
    EXPECT_EQ(text(map, "b"), QString());
    EXPECT_EQ(map.entries()[3].key, QString());
    EXPECT_EQ(map.entries()[3].value.text(), u"e"_s);
}

TEST(YamlFlow, PlainScalarsInFlow)
{
    const Node root = readOne("[a\n b, c:d, http://x, {k: a b}]");
    EXPECT_EQ(root.items()[0].text(), u"a b"_s);
    EXPECT_EQ(root.items()[1].text(), u"c:d"_s);
    EXPECT_EQ(root.items()[2].text(), u"http://x"_s);
    EXPECT_EQ(text(root.items()[3], "k"), u"a b"_s);
}

// ---- quoted scalars ----

TEST(YamlQuoted, SingleQuoted)
{
    const Node root = readOne("a: 'it''s'\nb: 'x\n  y\n\n  z'\nc: '# not a comment'\nd: ''''\n");
    EXPECT_EQ(text(root, "a"), u"it's"_s);
    EXPECT_EQ(value(root, "a").style(), Style::SingleQuoted);
    EXPECT_EQ(text(root, "b"), u"x y\nz"_s);
    EXPECT_EQ(text(root, "c"), u"# not a comment"_s);
    EXPECT_EQ(text(root, "d"), u"'"_s);
}

TEST(YamlQuoted, DoubleQuotedEscapes)
{
    const Node root = readOne("a: \"\\0\\a\\b\\t\\n\\v\\f\\r\\e\\ \\\"\\/\\\\\\N\\_\\L\\P\"\n"
                              "b: \"\\x41\\u00e9\\U0001F600\\uD83D\\uDE00\\\ttab\"\n");
    const QString expected = QString(QChar(0))
                             + u"\a\b\t\n\v\f\r\x1b \"/\\\u0085\u00a0\u2028\u2029"_s;
    EXPECT_EQ(text(root, "a"), expected);
    EXPECT_EQ(value(root, "a").style(), Style::DoubleQuoted);
    EXPECT_EQ(text(root, "b"), u"A\u00e9\U0001F600\U0001F600\ttab"_s);
}

TEST(YamlQuoted, DoubleQuotedFolding)
{
    const Node root = readOne("a: \"one \n  two\n\n  three\\\n  four\\\n\n  five\"\nb: \"x\"\n");
    EXPECT_EQ(text(root, "a"), u"one two\nthreefour\nfive"_s);
    EXPECT_EQ(value(root, "b").pos(), at(8, 4));
}

// ---- block scalars ----

TEST(YamlBlockScalar, LiteralChomping)
{
    const Node root = readOne(
        "a: |\n  x\n  y\n\n\nb: |-\n  x\n\nc: |+\n  x\n\n\nd: |\n  x\ne: end\n");
    EXPECT_EQ(text(root, "a"), u"x\ny\n"_s);
    EXPECT_EQ(value(root, "a").style(), Style::Literal);
    EXPECT_EQ(text(root, "b"), u"x"_s);
    EXPECT_EQ(text(root, "c"), u"x\n\n\n"_s);
    EXPECT_EQ(text(root, "d"), u"x\n"_s);
    EXPECT_EQ(text(root, "e"), u"end"_s);
}

TEST(YamlBlockScalar, Folded)
{
    const Node root = readOne(
        "a: >\n  one\n  two\n\n  three\n    indented\n  four\nb: >+\n\n  x\n");
    EXPECT_EQ(text(root, "a"), u"one two\nthree\n  indented\nfour\n"_s);
    EXPECT_EQ(value(root, "a").style(), Style::Folded);
    EXPECT_EQ(text(root, "b"), u"\nx\n"_s);
}

TEST(YamlBlockScalar, IndentationIndicator)
{
    EXPECT_EQ(text(readOne("a: |2\n    x\n  y\n"), "a"), u"  x\ny\n"_s);
    EXPECT_EQ(readOne("- |1\n  x\n").items()[0].text(), u" x\n"_s);
    EXPECT_EQ(text(readOne("a: >-2\n   x\n  y\n"), "a"), u" x\ny"_s);
}

TEST(YamlBlockScalar, HashLinesAreTextAndContentEndFollowsThem)
{
    const QByteArray in = "k: |\n  text\n  # more text\n# a comment\n";
    const auto docs = readAll(in);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(text(docs[0].root, "k"), u"text\n# more text\n"_s);
    EXPECT_EQ(docs[0].contentEnd, 26);
}

TEST(YamlBlockScalar, InSequencesAndLessIndentedEnd)
{
    const Node root = readOne("items:\n- |\n  a\n   b\n- >\n  c\n  d\n-  |-\n   e\nnext: 1\n");
    const Node &items = value(root, "items");
    ASSERT_EQ(items.items().size(), 3u);
    EXPECT_EQ(items.items()[0].text(), u"a\n b\n"_s);
    EXPECT_EQ(items.items()[1].text(), u"c d\n"_s);
    EXPECT_EQ(items.items()[2].text(), u"e"_s);
    EXPECT_EQ(text(root, "next"), u"1"_s);
}

TEST(YamlBlockScalar, LeadingEmptyLines)
{
    EXPECT_EQ(text(readOne("a: |\n\n  \n  x\n"), "a"), u"\n\nx\n"_s);
    EXPECT_EQ(readOne("--- >\n  \n\n").text(), QString());
    EXPECT_EQ(readOne("--- >+\n  \n\n").text(), u"\n\n"_s);
    const YamlError e = errorOf("a: |\n    \n  x\n");
    EXPECT_EQ(e.message,
              u"an empty line at the start of the block scalar has 4 spaces, more than "
              "the 2 of its first line of text"_s);
    EXPECT_EQ(e.pos, at(1, 4));
}

// ---- anchors, aliases, tags ----

TEST(YamlAnchors, AliasCopiesTheAnchoredNode)
{
    const Node root = readOne("base: &b {x: 1}\ncopy: *b\nlist:\n  - &s text\n  - *s\n");
    const Node &copy = value(root, "copy");
    EXPECT_EQ(copy, value(root, "base"));
    EXPECT_EQ(copy.pos(), at(2, 7));
    EXPECT_EQ(copy.entries()[0].value.pos(), at(1, 14));
    const Node &list = value(root, "list");
    EXPECT_EQ(list.items()[1].text(), u"text"_s);
    EXPECT_EQ(list.items()[0].pos(), at(4, 5));
}

TEST(YamlAnchors, AnchorOnAKey)
{
    const Node root = readOne("&k key: v\nother: *k\n");
    EXPECT_EQ(root.entries()[0].keyPos, at(1, 1));
    EXPECT_EQ(text(root, "other"), u"key"_s);
}

TEST(YamlAnchors, TagsAsWritten)
{
    const Node root = readOne("a: !!str 1\nb: !custom {x: 1}\nc: ! plain\n"
                              "d: !<tag:yaml.org,2002:int> 3\ne: &a !!int 4\n");
    EXPECT_EQ(value(root, "a").tag(), u"!!str"_s);
    EXPECT_EQ(value(root, "a").style(), Style::Plain);
    EXPECT_EQ(value(root, "a").pos(), at(1, 4));
    EXPECT_EQ(value(root, "b").tag(), u"!custom"_s);
    EXPECT_EQ(value(root, "c").tag(), u"!"_s);
    EXPECT_EQ(value(root, "d").tag(), u"!<tag:yaml.org,2002:int>"_s);
    EXPECT_EQ(value(root, "e").tag(), u"!!int"_s);
    EXPECT_EQ(errorOf("a: !\"x\"\n").message, u"expected a space after the tag, found '\"'"_s);
    const Node flow = readOne("[&a x, *a, !t y]");
    EXPECT_EQ(flow.items()[1].text(), u"x"_s);
    EXPECT_EQ(flow.items()[2].tag(), u"!t"_s);
}

TEST(YamlAnchors, NamesWithColonsAreTheSameForAnchorAndAlias)
{
    // A name runs to a blank or a flow indicator, ':' included, for both readers.
    const QByteArray in = "a: &x: 1\nb: *x:\nc: &y:z [2]\nd: *y:z\n";
    expectSameAsYamlCpp(in, "colons");
    const Node root = readOne(in);
    EXPECT_EQ(text(root, "b"), u"1"_s);
    EXPECT_EQ(value(root, "d").items()[0].text(), u"2"_s);
    // An alias as a key needs a space before its ':'; without one the ':' is part of its name.
    EXPECT_EQ(readOne("a: &k key\n*k : v\n").entries()[1].key, u"key"_s);
    EXPECT_EQ(errorOf("a: &k key\n*k: v\n").message,
              u"the alias '*k:' refers to an anchor that is not defined before it in this "
              "document; to use '*k' as a mapping key, put a space before the ':'"_s);
}

// ---- positions count characters ----

TEST(YamlPositions, ColumnsCountCharacters)
{
    const Node root = readOne("\u00e9: \u00fcn\u00efc\u00f6d\u00e9\nb: [\"\u00fc\", x]\n"
                              "\u6f22\u5b57: {k: v}\n");
    EXPECT_EQ(root.entries()[0].value.pos(), at(1, 4));
    EXPECT_EQ(value(root, "b").items()[1].pos(), at(2, 10));
    EXPECT_EQ(root.entries()[2].value.pos(), at(3, 5));
    EXPECT_EQ(root.entries()[2].value.entries()[0].value.pos(), at(3, 9));
}

// Positions on a long line are found from the previous one; they are the same as counted from
// the start of the line, forwards and backwards, for both readers.
TEST(YamlPositions, LongLinesWithNonAsciiText)
{
    QByteArray in = "{\"\u00e9\": [";
    for (int i = 0; i < 300; ++i)
        in += i % 7 == 0 ? "\"\u6f22\u5b57\", " : "x, ";
    in += "{k: v}], \"b\": [\"\u00fc\", x]}\n";
    expectSameAsYamlCpp(in, "long line");
    // The column of a byte, counted from the start of the line.
    const auto columnOf = [](const QByteArray &text, qsizetype byte) {
        return int(QString::fromUtf8(text.left(byte)).size()) + 1;
    };
    const Node root = readOne(in);
    const Node &list = root.entries()[0].value;
    ASSERT_EQ(list.items().size(), 301u);
    EXPECT_EQ(list.items()[1].pos(), at(1, columnOf(in, in.indexOf("x, "))));
    EXPECT_EQ(list.items()[300].entries()[0].value.pos(), at(1, columnOf(in, in.indexOf("v}"))));
    EXPECT_EQ(value(root, "b").items()[1].pos(), at(1, columnOf(in, in.lastIndexOf("x]"))));
    // An error found after the line was read far ahead is placed by counting back.
    const QByteArray broken = in.chopped(2) + "]\n";
    EXPECT_EQ(errorOf(broken).pos, at(1, columnOf(broken, broken.size() - 2)));
}

} // namespace
