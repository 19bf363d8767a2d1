// SPDX-License-Identifier: GPL-3.0-or-later
// What the reader tests share: printers, one-line readers and the comparison with yaml-cpp.
#pragma once

#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTranslator>

#include "model/io/yamlcppparser.h"
#include "model/io/yamlparser.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace sd {

// So that failed expectations show positions and trees readably.
inline void PrintTo(const SourcePos &pos, std::ostream *os)
{
    *os << pos.line << ':' << pos.column;
}

inline void PrintTo(const Node &node, std::ostream *os)
{
    if (!node.tag().isEmpty())
        *os << node.tag().toStdString() << ' ';
    switch (node.kind()) {
    case Node::Kind::Scalar:
        *os << (node.isQuoted() ? "\"" : "`") << node.text().toStdString()
            << (node.isQuoted() ? "\"" : "`");
        return;
    case Node::Kind::Sequence:
        *os << '[';
        for (const Node &item : node.items()) {
            PrintTo(item, os);
            *os << ", ";
        }
        *os << ']';
        return;
    case Node::Kind::Mapping:
        *os << '{';
        for (const Node::Entry &entry : node.entries()) {
            *os << entry.key.toStdString() << ": ";
            PrintTo(entry.value, os);
            *os << ", ";
        }
        *os << '}';
        return;
    }
}

} // namespace sd

namespace yamltest {

using sd::Node;
using sd::SourcePos;
using sd::YamlDocument;
using sd::YamlError;
using Style = sd::Node::Style;

inline SourcePos at(int line, int column)
{
    return SourcePos{line, column};
}

inline std::vector<YamlDocument> readAll(QByteArrayView yaml, sd::YamlParseOptions options = {})
{
    return sd::parseYaml(yaml, options);
}

inline std::string errorText(const YamlDocument &doc)
{
    return doc.error ? doc.error->message.toStdString() : std::string();
}

// The root of a one-document input.
inline Node readOne(QByteArrayView yaml)
{
    const std::vector<YamlDocument> docs = readAll(yaml);
    EXPECT_EQ(docs.size(), 1u);
    if (docs.empty())
        return Node();
    EXPECT_FALSE(docs[0].error.has_value()) << errorText(docs[0]);
    EXPECT_TRUE(docs[0].hasContent);
    return docs[0].root;
}

// The error of the only (or first failing) document.
inline YamlError errorOf(QByteArrayView yaml, sd::YamlParseOptions options = {})
{
    for (const YamlDocument &doc : readAll(yaml, options)) {
        if (doc.error)
            return *doc.error;
    }
    ADD_FAILURE() << "no error for: " << yaml.toByteArray().toStdString();
    return YamlError{};
}

inline const Node &value(const Node &map, const char *key)
{
    static const Node missing = Node::scalar(u"<missing>"_s);
    const Node *found = map.find(QString::fromUtf8(key));
    EXPECT_NE(found, nullptr) << "no key " << key;
    return found ? *found : missing;
}

inline QString text(const Node &map, const char *key)
{
    return value(map, key).text();
}

// Positions of everything both readers place alike: every collection, key and non-empty scalar
// (yaml-cpp gives an empty node the position of whatever token follows it).
inline void expectSamePositions(const Node &a, const Node &b, const std::string &path)
{
    const bool bareEmpty = a.isScalar() && a.text().isEmpty() && !a.isQuoted() && a.tag().isEmpty();
    if (!bareEmpty) {
        EXPECT_EQ(a.pos(), b.pos()) << path;
    }
    if (a.kind() != b.kind())
        return;
    for (size_t i = 0; i < std::min(a.items().size(), b.items().size()); ++i)
        expectSamePositions(a.items()[i], b.items()[i], path + '/' + std::to_string(i));
    for (size_t i = 0; i < std::min(a.entries().size(), b.entries().size()); ++i) {
        const std::string sub = path + '/' + a.entries()[i].key.toStdString();
        EXPECT_EQ(a.entries()[i].keyPos, b.entries()[i].keyPos) << sub;
        expectSamePositions(a.entries()[i].value, b.entries()[i].value, sub);
    }
}

inline void expectTiles(const std::vector<YamlDocument> &docs, QByteArrayView input)
{
    ASSERT_FALSE(docs.empty());
    EXPECT_EQ(docs.front().begin, 0);
    EXPECT_EQ(docs.back().end, input.size());
    QByteArray joined;
    for (size_t i = 0; i < docs.size(); ++i) {
        if (i > 0) {
            EXPECT_EQ(docs[i - 1].end, docs[i].begin);
        }
        EXPECT_LE(docs[i].begin, docs[i].contentBegin);
        EXPECT_LE(docs[i].contentBegin, docs[i].contentEnd);
        EXPECT_LE(docs[i].contentEnd, docs[i].end);
        joined += input.sliced(docs[i].begin, docs[i].end - docs[i].begin).toByteArray();
    }
    EXPECT_EQ(joined, input.toByteArray());
}

// Both readers agree on documents, ranges, trees and positions.
inline void expectSameAsYamlCpp(QByteArrayView input, const std::string &name)
{
    SCOPED_TRACE(name);
    const std::vector<YamlDocument> fast = readAll(input);
    const std::vector<YamlDocument> reference = sd::parseYamlWithYamlCpp(input);
    expectTiles(fast, input);
    ASSERT_EQ(fast.size(), reference.size());
    for (size_t i = 0; i < fast.size(); ++i) {
        SCOPED_TRACE("document " + std::to_string(i));
        EXPECT_FALSE(fast[i].error.has_value()) << errorText(fast[i]);
        EXPECT_FALSE(reference[i].error.has_value()) << errorText(reference[i]);
        EXPECT_EQ(fast[i].begin, reference[i].begin);
        EXPECT_EQ(fast[i].end, reference[i].end);
        EXPECT_EQ(fast[i].hasContent, reference[i].hasContent);
        EXPECT_EQ(fast[i].contentBegin, reference[i].contentBegin);
        EXPECT_EQ(fast[i].contentEnd, reference[i].contentEnd);
        EXPECT_EQ(fast[i].root, reference[i].root);
        expectSamePositions(fast[i].root, reference[i].root, "");
    }
}

} // namespace yamltest
