// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML reader on what it refuses, what kubectl refuses, and against yaml-cpp.
#include <gtest/gtest.h>

#include "yamltestsupport.h"

namespace {

using namespace yamltest;

// ---- bad input ----

TEST(YamlErrors, InvalidUtf8)
{
    YamlError e = errorOf("a: b\nc: d\xff\n");
    EXPECT_EQ(e.message,
              u"the input is not valid UTF-8: the byte 0xFF at line 2, column 5 "
              "(offset 9) can never appear in UTF-8 text"_s);
    EXPECT_EQ(e.pos, at(2, 5));
    e = errorOf("\xc3\xa9: \xc3");
    EXPECT_EQ(e.message,
              u"the input is not valid UTF-8: the byte 0xC3 at line 1, column 4 "
              "(offset 4) starts a 2-byte sequence that the end of the input cuts "
              "short"_s);
    e = errorOf("x: \xe0\x80\x80\n");
    EXPECT_EQ(e.message,
              u"the input is not valid UTF-8: the byte 0xE0 at line 1, column 4 "
              "(offset 3) starts a 3-byte sequence whose byte 2 is 0x80, which is not "
              "allowed there"_s);
    e = errorOf("x: \xed\xa0\x80\n"); // an encoded UTF-16 surrogate
    EXPECT_EQ(e.pos, at(1, 4));
    e = errorOf("x: \x80\n");
    EXPECT_EQ(e.message,
              u"the input is not valid UTF-8: the byte 0x80 at line 1, column 4 "
              "(offset 3) is a continuation byte without a lead byte"_s);
    // The whole input is one document with the error, whatever reader.
    const auto docs = sd::parseYaml("a: 1\n---\nb: \xff\n");
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].end, 14);
    EXPECT_TRUE(docs[0].error.has_value());
    EXPECT_EQ(sd::parseYamlWithYamlCpp("a: 1\n---\nb: \xff\n").size(), 1u);
}

TEST(YamlErrors, ControlCharacters)
{
    const QByteArray withNul("a: b\0c\n", 7);
    YamlError e = errorOf(withNul);
    EXPECT_EQ(e.message,
              u"the input contains a NUL byte at line 1, column 5 (offset 4); it looks "
              "like binary data, not YAML text"_s);
    EXPECT_EQ(e.pos, at(1, 5));
    e = errorOf("a:\n  \xc3\xa9\x07\n");
    EXPECT_EQ(e.message,
              u"the input contains the control character U+0007 at line 2, column 4 "
              "(offset 7); it looks like binary data, not YAML text"_s);
    EXPECT_FALSE(readAll("a:\tb\r\n")[0].error.has_value());
}

// The reader's text check skips ASCII in blocks of bytes: what it stops at is found at any offset,
// and DEL is text to it (unlike to the file check).
TEST(YamlErrors, BadByteAtAnyOffset)
{
    for (int offset = 0; offset < 40; ++offset) {
        SCOPED_TRACE(offset);
        const QByteArray line = "a: \xc3\xa9" + QByteArray(offset, 'x');
        const YamlError e = errorOf(QByteArray("k: v\n" + line + "\x02yz\n"));
        EXPECT_EQ(e.pos, at(2, 5 + offset));
        EXPECT_TRUE(e.message.contains(u"U+0002"));
        EXPECT_EQ(sd::yamlstream::skipAsciiText(line.constData(), 0, line.size()), 3);
        const QByteArray ascii = QByteArray(offset, 'x') + "\x7f" + QByteArray(20, 'y');
        EXPECT_EQ(sd::yamlstream::skipAsciiText(ascii.constData(), 0, ascii.size()), offset);
        EXPECT_FALSE(readAll(QByteArray("a: " + ascii + "\n"))[0].error.has_value());
        const QByteArray dashes = "a: 1\n" + QByteArray(offset, 'x') + "\n-x\n---\n";
        EXPECT_EQ(sd::yamlstream::nextLineStartingWith(dashes.constData(),
                                                       0,
                                                       dashes.size(),
                                                       '-',
                                                       '-'),
                  offset + 6);
        EXPECT_EQ(sd::yamlstream::nextLineStartingWith(dashes.constData(),
                                                       offset + 6,
                                                       dashes.size(),
                                                       '-',
                                                       '-'),
                  offset + 9);
        EXPECT_EQ(sd::yamlstream::nextLineStartingWith(dashes.constData(),
                                                       0,
                                                       dashes.size(),
                                                       '.',
                                                       '.'),
                  dashes.size());
        EXPECT_EQ(sd::yamlstream::nextLineStartingWith(dashes.constData(),
                                                       0,
                                                       dashes.size(),
                                                       '.',
                                                       '-'),
                  offset + 6);
    }
}

TEST(YamlErrors, TabIndentation)
{
    const YamlError e = errorOf("a:\n\tb: 1\n");
    EXPECT_EQ(e.message,
              u"found a tab character in the indentation of this line; YAML indents "
              "with spaces only"_s);
    EXPECT_EQ(e.pos, at(2, 1));
    EXPECT_EQ(errorOf("a:\n  b: 1\n  \tc: 2\n").pos, at(3, 3));
}

TEST(YamlErrors, WrongIndentation)
{
    YamlError e = errorOf("a:\n  b: 1\n c: 2\n");
    EXPECT_EQ(e.message,
              u"bad indentation: this line is indented more than the keys of the "
              "mapping at column 1 but is not part of a value"_s);
    EXPECT_EQ(e.pos, at(3, 2));
    e = errorOf("a:\n  b: 1\n   c: 2\n");
    EXPECT_EQ(e.message,
              u"found a mapping key inside the multi-line plain scalar that starts at "
              "line 2, column 6; check the indentation of this line, or quote the "
              "value"_s);
    EXPECT_EQ(e.pos, at(3, 4));
    EXPECT_EQ(readOne("- a\n - b\n").items()[0].text(), u"a - b"_s);
}

TEST(YamlErrors, UnclosedQuotes)
{
    YamlError e = errorOf("a: \"abc\nb: 1\n");
    EXPECT_EQ(e.message,
              u"the double-quoted scalar that starts at line 1, column 4 is not closed: "
              "expected '\"', found the end of the document"_s);
    EXPECT_EQ(e.pos, at(1, 4));
    e = errorOf("a: 'abc\n---\nb: 1\n");
    EXPECT_EQ(e.message,
              u"the single-quoted scalar that starts at line 1, column 4 is not closed: "
              "expected \"'\", found the end of the document"_s);
    EXPECT_EQ(e.pos, at(1, 4));
    // yaml-cpp 0.7 reads these as if closed; parseYaml keeps the error.
    EXPECT_FALSE(sd::parseYamlWithYamlCpp("a: 'x\n")[0].error.has_value());
    EXPECT_TRUE(sd::parseYaml("a: 'x\n")[0].error.has_value());
}

TEST(YamlErrors, UnclosedOrBrokenFlowCollections)
{
    YamlError e = errorOf("a: {b: 1, c: 2\n");
    EXPECT_EQ(e.message,
              u"expected ',' or '}' in the flow mapping that starts at line 1, column "
              "4, found the end of the document"_s);
    EXPECT_EQ(e.pos, at(1, 15));
    e = errorOf("a: {b: 1] }\n");
    EXPECT_EQ(e.message,
              u"expected ',' or '}' in the flow mapping that starts at line 1, column "
              "4, found ']'"_s);
    EXPECT_EQ(e.pos, at(1, 9));
    e = errorOf("[a,,b]");
    EXPECT_EQ(e.message,
              u"expected an entry or ']' in the flow sequence that starts at line 1, "
              "column 1, found ','"_s);
    EXPECT_EQ(e.pos, at(1, 4));
    e = errorOf("{a: [1, 2}\n");
    EXPECT_EQ(e.message,
              u"expected ',' or ']' in the flow sequence that starts at line 1, column "
              "5, found '}'"_s);
    EXPECT_TRUE(sd::parseYaml("a: [b, c\n")[0].error.has_value());
}

TEST(YamlErrors, AnErrorAtTheEndOfADocumentIsPlacedInsideIt)
{
    // Just after the last character of the last line with content, not on the next `---` line.
    const QByteArray in = "a: 1\n---\nb: {x: 1\n---\nc: 2\n";
    for (const auto &docs : {readAll(in), sd::parseYaml(in)}) {
        ASSERT_EQ(docs.size(), 3u);
        ASSERT_TRUE(docs[1].error.has_value());
        EXPECT_EQ(docs[1].error->message,
                  u"expected ',' or '}' in the flow mapping that starts at line 3, column 4, "
                  "found the end of the document"_s);
        EXPECT_EQ(docs[1].error->pos, at(3, 9));
        EXPECT_FALSE(docs[2].error.has_value());
    }
    const auto reference = sd::parseYamlWithYamlCpp(in);
    ASSERT_EQ(reference.size(), 3u);
    ASSERT_TRUE(reference[1].error.has_value());
    EXPECT_EQ(reference[1].error->message, u"end of map flow not found (reported by yaml-cpp)"_s);
    EXPECT_EQ(reference[1].error->pos, at(3, 9));

    // Blank lines, comments and a trailing comment after the content are left out.
    const QByteArray commented = "a: [1, 2  # two\n\n  # more\n---\nb: 1\n";
    EXPECT_EQ(errorOf(commented).pos, at(1, 9));
    EXPECT_EQ(sd::parseYamlWithYamlCpp(commented)[0].error->pos, at(1, 9));
    EXPECT_EQ(errorOf("a: [\"x # y\", 'it''s # z'\n---\n").pos, at(1, 25));
    EXPECT_EQ(sd::parseYamlWithYamlCpp("a: [\"x # y\", 'it''s # z'\n---\n")[0].error->pos,
              at(1, 25));
    // Before a `...` line, on the `---` line itself, in characters, and with CRLF breaks.
    EXPECT_EQ(errorOf("a: {b: 1\n...\n---\nc: 2\n").pos, at(1, 9));
    EXPECT_EQ(errorOf("x: 1\n--- [a\n---\n").pos, at(2, 7));
    EXPECT_EQ(errorOf("\u00e9: [\u00fc\n---\n").pos, at(1, 6));
    EXPECT_EQ(errorOf("a: {b: 1\r\n\r\n---\r\n").pos, at(1, 9));
    EXPECT_EQ(errorOf("a: [b,\n  c\n").pos, at(2, 4));
}

TEST(YamlErrors, MessagesAreTranslatable)
{
    // A stand-in for the Korean catalogue: the messages and the phrases put into them go through
    // IoTr::tr() (context "sd::io"), and a template may put its parts in another order.
    class Translator : public QTranslator
    {
    public:
        bool isEmpty() const override { return false; }
        QString translate(const char *context,
                          const char *source,
                          const char *disambiguation,
                          int n) const override
        {
            Q_UNUSED(disambiguation)
            Q_UNUSED(n)
            if (qstrcmp(context, "sd::io") != 0)
                return QString();
            const QByteArrayView text(source);
            if (text == "expected ',' or '}' in the flow mapping that starts at %1, found %2")
                return u"%2: %1에서 시작하는 흐름 매핑에 ',' 또는 '}'가 필요합니다"_s;
            if (text == "line %1, column %2")
                return u"%1행 %2열"_s;
            if (text == "the end of the document")
                return u"문서의 끝"_s;
            if (text == "%1 (reported by yaml-cpp)")
                return u"%1 (yaml-cpp 보고)"_s;
            return QString();
        }
    };
    Translator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    const QString flow = errorOf("a: {b: 1\n").message;
    const auto yamlCpp = sd::parseYamlWithYamlCpp("x: b: c\n");
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(flow, u"문서의 끝: 1행 4열에서 시작하는 흐름 매핑에 ',' 또는 '}'가 필요합니다"_s);
    ASSERT_TRUE(yamlCpp[0].error.has_value());
    EXPECT_EQ(yamlCpp[0].error->message, u"illegal map value (yaml-cpp 보고)"_s);
}

TEST(YamlErrors, MappingKeyWhereASequenceEntryWasExpected)
{
    const YamlError e = errorOf("- a\n- b\nc: 1\n");
    EXPECT_EQ(e.message,
              u"expected a sequence entry ('- ') at column 1, found the mapping key "
              "'c'"_s);
    EXPECT_EQ(e.pos, at(3, 1));
    EXPECT_EQ(errorOf("items:\n  - a\n  b: 1\n").message,
              u"expected a sequence entry ('- ') at column 3, found the mapping key 'b'"_s);
}

TEST(YamlErrors, SequenceEntryWhereAMappingKeyWasExpected)
{
    const YamlError e = errorOf("a: 1\n- b\n");
    EXPECT_EQ(e.message,
              u"expected a mapping key at column 1, found a sequence entry ('- '); a "
              "sequence cannot follow the entries of a mapping at the same "
              "indentation"_s);
    EXPECT_EQ(e.pos, at(2, 1));
}

TEST(YamlErrors, LineWithoutColonInAMapping)
{
    const YamlError e = errorOf("a: 1\nb\n");
    EXPECT_EQ(e.message,
              u"expected a mapping entry ('key: value') at column 1, found 'b' without "
              "a ':'"_s);
    EXPECT_EQ(e.pos, at(2, 1));
}

TEST(YamlErrors, BlockCollectionOnTheKeyLine)
{
    YamlError e = errorOf("a: b: c\n");
    EXPECT_EQ(e.message,
              u"a block mapping cannot start on the same line as its key or the '---' "
              "marker; start it on a new line, or quote the value if it is text"_s);
    EXPECT_EQ(e.pos, at(1, 4));
    // The same on a mapping's later line, which is read another way than its first.
    EXPECT_EQ(errorOf("x: 1\na: b: c\n").message, e.message);
    EXPECT_EQ(errorOf("x: 1\na: b: c\n").pos, at(2, 4));
    e = errorOf("a: - b\n");
    EXPECT_EQ(e.message,
              u"a block sequence cannot start on the same line as its key or the '---' "
              "marker; start it on a new line, or quote the value if it is text"_s);
    EXPECT_EQ(errorOf("--- a: 1\n").pos, at(1, 5));
}

TEST(YamlErrors, ContentAfterTheDocument)
{
    YamlError e = errorOf("\"a\"\nb: 1\n");
    EXPECT_EQ(e.message,
              u"expected the end of the document, found the mapping key 'b'; check the "
              "indentation of this line"_s);
    EXPECT_EQ(e.pos, at(2, 1));
    e = errorOf("a: 1\n... junk\n");
    EXPECT_EQ(e.message,
              u"expected the end of the line after the document end marker '...', "
              "found 'junk'"_s);
    EXPECT_EQ(e.pos, at(2, 5));
    e = errorOf("a: \"x\" y\n");
    EXPECT_EQ(e.message, u"expected the end of the line after the scalar, found 'y'"_s);
    EXPECT_EQ(e.pos, at(1, 8));
}

TEST(YamlErrors, EscapesAndIndicators)
{
    YamlError e = errorOf("a: \"\\q\"\n");
    EXPECT_EQ(e.message, u"unknown escape sequence '\\q' in a double-quoted scalar"_s);
    EXPECT_EQ(e.pos, at(1, 5));
    e = errorOf("a: \"\\u12G4\"\n");
    EXPECT_EQ(e.message, u"the escape sequence '\\u' needs 4 hexadecimal digits"_s);
    e = errorOf("a: \"\\uDC00\"\n");
    EXPECT_EQ(e.message,
              u"the escape sequence at line 1, column 5 is not a Unicode character (U+dc00)"_s);
    e = errorOf("a: @b\n");
    EXPECT_EQ(e.message,
              u"found '@', which cannot start a plain scalar; quote the value if it is "
              "text"_s);
    EXPECT_EQ(e.pos, at(1, 4));
    e = errorOf("a: |x\n");
    EXPECT_EQ(e.message,
              u"expected a chomping indicator ('+' or '-'), an indentation indicator "
              "(1-9), a comment or the end of the line after '|', found 'x'"_s);
    EXPECT_EQ(errorOf("[- a]").message,
              u"a block sequence entry ('- ') is not allowed inside a flow collection"_s);
}

TEST(YamlErrors, UnknownAlias)
{
    const YamlError e = errorOf("a: &x 1\nb: *nope\n");
    EXPECT_EQ(e.message,
              u"the alias '*nope' refers to an anchor that is not defined before it in "
              "this document"_s);
    EXPECT_EQ(e.pos, at(2, 4));
    // Anchors do not cross documents.
    EXPECT_TRUE(readAll("a: &x 1\n---\nb: *x\n")[1].error.has_value());
}

TEST(YamlErrors, AliasExpansionIsBounded)
{
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 10; ++i)
            bomb += "*" + QByteArray(1, char(c - 1)) + ", ";
        bomb += "]\n";
    }
    const YamlError e = errorOf(bomb);
    EXPECT_TRUE(e.message.startsWith(u"the aliases of this document expand to more than"_s))
        << e.message.toStdString();
    EXPECT_TRUE(sd::parseYaml(bomb)[0].error.has_value());
    EXPECT_TRUE(sd::parseYamlWithYamlCpp(bomb)[0].error.has_value());
}

TEST(YamlErrors, DeepFlowNestingIsAnErrorNotACrash)
{
    const QByteArray deep(100000, '[');
    for (const auto &docs : {readAll(deep), sd::parseYaml(deep)}) {
        ASSERT_EQ(docs.size(), 1u);
        ASSERT_TRUE(docs[0].error.has_value());
        EXPECT_EQ(docs[0].error->message,
                  u"the document nests collections deeper than the limit of 256 levels"_s);
        EXPECT_EQ(docs[0].error->pos, at(1, 257));
    }
    const auto reference = sd::parseYamlWithYamlCpp(deep);
    ASSERT_TRUE(reference[0].error.has_value());
    EXPECT_EQ(reference[0].error->message, readAll(deep)[0].error->message);
}

TEST(YamlErrors, DeepBlockNestingIsAnErrorNotACrash)
{
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "- ";
    deep += "x\n";
    YamlError e = errorOf(deep);
    EXPECT_EQ(e.message, u"the document nests collections deeper than the limit of 256 levels"_s);
    EXPECT_EQ(e.pos, at(1, 513));
    EXPECT_TRUE(sd::parseYaml(deep)[0].error.has_value());
    EXPECT_TRUE(sd::parseYamlWithYamlCpp(deep)[0].error.has_value());

    QByteArray stairs;
    for (int i = 0; i < 2000; ++i)
        stairs += QByteArray(i, ' ') + "k:\n";
    e = errorOf(stairs);
    EXPECT_EQ(e.pos, at(257, 257));
    sd::YamlParseOptions small;
    small.maxDepth = 3;
    EXPECT_FALSE(readAll("a: {b: [1]}", small)[0].error.has_value());
    EXPECT_EQ(errorOf("a: {b: [[1]]}", small).pos, at(1, 9));
    EXPECT_EQ(errorOf("a: &x [[1]]\nb: [*x]\n", small).message,
              u"the alias '*x' would nest collections deeper than the limit of 3 levels"_s);
}

// ---- what kubectl refuses, and the yaml-cpp reader that is not asked about it ----

// What kubectl (go-yaml) refuses is an error, whichever reader would accept it: yaml-cpp is not
// asked for a second opinion.
TEST(YamlStrict, TabsInIndentationAreErrorsWhateverYamlCppSays)
{
    // A tab after the indentation, before a scalar: yaml-cpp reads it, kubectl refuses it.
    const QByteArray in = "a:\n \tb\n";
    EXPECT_FALSE(sd::parseYamlWithYamlCpp(in)[0].error.has_value());
    const auto docs = sd::parseYaml(in);
    ASSERT_EQ(docs.size(), 1u);
    ASSERT_TRUE(docs[0].error.has_value());
    EXPECT_EQ(docs[0].error->message,
              u"found a tab character in the indentation of this line; YAML indents with "
              "spaces only"_s);
    EXPECT_EQ(docs[0].error->pos, at(2, 2));
    for (const char *tabbed : {"a:\n\tb: 1\n", "a:\n  - 1\n \t- 2\n"}) {
        EXPECT_TRUE(sd::parseYaml(tabbed)[0].error.has_value()) << tabbed;
    }
}

TEST(YamlStrict, BlockScalarWhoseFirstEmptyLineIsIndentedMoreIsAnError)
{
    // kubectl: "did not find expected key"; yaml-cpp reads it.
    const QByteArray in = "a: |\n      \n    text\n";
    const auto docs = sd::parseYaml(in);
    ASSERT_TRUE(docs[0].error.has_value());
    EXPECT_EQ(docs[0].error->message,
              u"an empty line at the start of the block scalar has 6 spaces, more than the 4 of "
              "its first line of text"_s);
}

TEST(YamlStrict, CollectionKeysAreOurError)
{
    // kubectl: "invalid map key". The message is ours, at the key.
    const auto docs = sd::parseYaml("[a, b]: c\n");
    ASSERT_TRUE(docs[0].error.has_value());
    EXPECT_EQ(docs[0].error->message,
              u"a mapping key must be a scalar; a sequence as a key is not supported"_s);
    EXPECT_EQ(docs[0].error->pos, at(1, 1));
}

TEST(YamlStrict, BrokenDocumentsThatYamlCppAcceptsAreErrors)
{
    // yaml-cpp 0.7 reads each of these without a word, into something that was not written.
    for (const char *in : {"kind: Service\nme\n", "a: 'x\n", "a: \"x\n"}) {
        EXPECT_FALSE(sd::parseYamlWithYamlCpp(in)[0].error.has_value()) << in;
        EXPECT_TRUE(sd::parseYaml(in)[0].error.has_value()) << in;
    }
    EXPECT_TRUE(sd::parseYamlWithYamlCpp("a: [b, c\n")[0].error.has_value());
}

// ---- the yaml-cpp reader ----

TEST(YamlCpp, ErrorsKeepYamlCppsMessageWithPositions)
{
    const auto docs = sd::parseYamlWithYamlCpp("a: 1\n---\nx: b: c\n");
    ASSERT_EQ(docs.size(), 2u);
    EXPECT_FALSE(docs[0].error.has_value());
    ASSERT_TRUE(docs[1].error.has_value());
    EXPECT_EQ(docs[1].error->message, u"illegal map value (reported by yaml-cpp)"_s);
    EXPECT_EQ(docs[1].error->pos, at(3, 5));
}

TEST(YamlCpp, StructureYamlCppWouldSplitIsAnError)
{
    // yaml-cpp 0.7 reads this as two documents; as one chunk it must not pass.
    const auto docs = sd::parseYamlWithYamlCpp("- a\nb: 1\n");
    ASSERT_EQ(docs.size(), 1u);
    ASSERT_TRUE(docs[0].error.has_value());
    EXPECT_EQ(docs[0].error->pos, at(2, 1));
    const auto ours = sd::parseYaml("- a\nb: 1\n");
    EXPECT_EQ(ours[0].error->message,
              u"expected a sequence entry ('- ') at column 1, found the mapping key 'b'"_s);
}

TEST(YamlCpp, NullTextAndStylesComeFromTheSource)
{
    const auto docs = sd::parseYamlWithYamlCpp("a:\n  -\nnull: 1\nb: ~\nc: &e\nd: *e\n"
                                               "e: \"q\"\nf: 'r'\ng: >\n  s\n");
    ASSERT_FALSE(docs[0].error.has_value()) << errorText(docs[0]);
    const Node &root = docs[0].root;
    EXPECT_EQ(value(root, "a").items()[0].text(), QString());
    EXPECT_EQ(root.entries()[1].key, u"null"_s);
    EXPECT_EQ(text(root, "b"), u"~"_s);
    EXPECT_EQ(text(root, "c"), QString());
    EXPECT_EQ(value(root, "e").style(), Style::DoubleQuoted);
    EXPECT_EQ(value(root, "f").style(), Style::SingleQuoted);
    EXPECT_EQ(value(root, "g").style(), Style::Folded);
}

// ---- differential tests against yaml-cpp ----

TEST(YamlDifferential, RealWorldFiles)
{
    const QDir dir(QStringLiteral(SD_REALWORLD_DIR));
    const QStringList files = dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 40);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
        const QByteArray bytes = file.readAll();
        expectSameAsYamlCpp(bytes, name.toStdString());
    }
}

TEST(YamlDifferential, GeneratedCorpus)
{
    // Tricky but valid constructs; each is read alike by both readers.
    const char *snippets[] = {
        "a: 1\n",
        "- a\n- b\n",
        "a:\n- 1\n- 2\nb: 3\n",
        "a:\n  - 1\n  -\n  - 3\n",
        "- - a\n  - b\n- c\n",
        "- a: 1\n  b: 2\n- c: 3\n",
        "-   a: 1\n    b:\n    - x\n",
        "a:\n b:\n  c:\n   d: 1\n",
        "a: {b: 1, c: [2, 3]}\n",
        "[1, [2, [3, []]], {}]\n",
        "{a: 1, b: [x, y,],}\n",
        "{\"a\":1,\"b\":[true,false,null],\"c\":\"d\"}\n",
        "[a: 1, b: 2]\n",
        "{a, b: , c: 1}\n",
        "a: 'single ''quoted'''\nb: \"double \\\"quoted\\\"\"\n",
        "a: \"multi\n  line\n\n  text\"\n",
        "a: 'multi\n  line'\n",
        "a: \"esc \\t \\u00e9 \\x41\"\n",
        "a: \"join\\\n  ed\"\n",
        "a: |\n  one\n  two\n",
        "a: |-\n  one\n\n",
        "a: |+\n  one\n\n\nb: 1\n",
        "a: >\n  one\n  two\n\n  three\n",
        "a: >\n  one\n    more\n  two\n",
        "a: |2\n    x\n  y\n",
        "- |\n  x\n- >-\n  y\n  z\n",
        "a: plain\n  continued\n\n  again\n",
        "a: x # comment\n# full\nb: y\n",
        "a: http://example.com:8080/path\n",
        "a: b:c\nd: e#f\n",
        "a: &x 1\nb: *x\n",
        "a: &m {k: v}\nb: *m\nc: &s [1, 2]\nd: *s\n",
        "a: !!str 1\nb: !foo bar\nc: !!map {x: 1}\n",
        "a: !!str\nb: 2\n",
        "a: &anchor\nb: *anchor\n",
        "a:\n  -\nnull: 1\n",
        "? a\n: b\n",
        "a: ~\nb: null\nc: Null\nd: NULL\ne:\n",
        "a: 1\na: 2\n",
        "---\na: 1\n---\nb: 2\n",
        "--- {a: 1}\n--- [b]\n",
        "--- |\n  literal root\n",
        "--- >\n  folded\n  root\n",
        "--- 'quoted root'\n",
        "a: 1\n...\n---\nb: 2\n...\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: 1\r\nb:\r\n  - c\r\n",
        "\xEF\xBB\xBF\x61: 1\n", // a BOM, then "a: 1"
        "\u00e9: \u00fc\nk: [\u6f22, \"\u5b57\"]\n",
        "a: b   \n",
        "a:    # comment\n  b: 1\n",
        "a:\n# col0 comment\n  b: 1\n",
        "a: [1,\n  2,\n  3]\n",
        "a: {b: 1,\n    c: 2}\n",
        "\"a\": 1\n'b': 2\n",
        "a: -1\nb: -.5\nc: ?x\nd: :y\n",
        "a: [a b, c d]\n",
        "a: 'x' # c\nb: \"y\" # c\n",
        "- [a, b]\n- {c: d}\n",
        "a:\n  - b: 1\n    c: 2\n  - d: 3\n",
        "empty: []\nalso: {}\n",
        "a: 1\n\n\n\nb: 2\n",
        "a: \"\"\nb: ''\n",
        "k: |\n  # not a comment\n  text\n",
        "a: >-\n  x\n\n  y\n",
        "a:\n  b: |\n    deep\n  c: 1\n",
        "- &a x\n- *a\n- &b [y]\n- *b\n",
        "a: 0.0.0.0/0\nb: 10.0.0.1\nc: \"8080\"\n",
        "annotations:\n  service.beta.kubernetes.io/aws-load-balancer-type: nlb\n",
        "ports:\n- {name: http, port: 80, targetPort: 8080}\n",
    };
    int index = 0;
    for (const char *snippet : snippets)
        expectSameAsYamlCpp(QByteArrayView(snippet), "snippet " + std::to_string(index++));
}

} // namespace
