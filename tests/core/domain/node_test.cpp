// SPDX-License-Identifier: GPL-3.0-or-later
// A node keeps what its kind has (a scalar's text, a collection's children) in one place: copies,
// moves and assignments between kinds keep every part, and what a node of another kind is asked
// to hold stays apart from its value.
#include <gtest/gtest.h>

#include "model/domain/node.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

Node sampleMapping()
{
    Node map = Node::mapping(Node::Style::Plain, SourcePos{3, 1});
    map.insert(u"name"_s, Node::scalar(u"web"_s, Node::Style::Plain, SourcePos{3, 7}), {3, 1});
    Node ports = Node::sequence(Node::Style::Flow, SourcePos{4, 8});
    ports.append(Node::scalar(u"80"_s));
    ports.append(Node::string(u"http"_s));
    map.insert(u"ports"_s, std::move(ports), SourcePos{4, 1});
    map.setTag(u"!custom"_s);
    return map;
}

TEST(Node, EachKindHoldsItsOwnPart)
{
    const Node map = sampleMapping();
    EXPECT_TRUE(map.isMapping());
    ASSERT_EQ(map.entries().size(), 2u);
    EXPECT_TRUE(map.items().empty());
    EXPECT_TRUE(map.text().isEmpty());
    EXPECT_EQ(map.tag(), u"!custom");
    EXPECT_EQ(map.pos(), (SourcePos{3, 1}));
    const Node *ports = map.find(u"ports");
    ASSERT_NE(ports, nullptr);
    EXPECT_TRUE(ports->isSequence());
    EXPECT_EQ(ports->style(), Node::Style::Flow);
    ASSERT_EQ(ports->items().size(), 2u);
    EXPECT_EQ(ports->items()[1].text(), u"http");
    EXPECT_TRUE(ports->items()[1].isQuoted());
    EXPECT_TRUE(ports->entries().empty());
    EXPECT_EQ(map.find(u"name")->text(), u"web");
    EXPECT_EQ(map.find(u"missing"), nullptr);
}

TEST(Node, CopiesAreDeepAndEqual)
{
    const Node original = sampleMapping();
    Node copy = original;
    EXPECT_EQ(copy, original);
    EXPECT_EQ(copy.tag(), u"!custom");
    copy.find(u"ports")->items().front().setText(u"8080"_s);
    EXPECT_EQ(original.find(u"ports")->items().front().text(), u"80");
    EXPECT_FALSE(copy == original);
}

TEST(Node, MovesLeaveAnEmptyNodeOfTheSameKind)
{
    Node map = sampleMapping();
    Node moved = std::move(map);
    EXPECT_EQ(moved.entries().size(), 2u);
    EXPECT_EQ(moved.tag(), u"!custom");
    // NOLINTNEXTLINE(bugprone-use-after-move): what a moved-from node holds is part of the contract
    EXPECT_TRUE(map.isMapping());
    EXPECT_TRUE(map.entries().empty());
    EXPECT_TRUE(map.tag().isEmpty());

    Node text = Node::scalar(u"ClusterIP"_s);
    Node movedText = std::move(text);
    EXPECT_EQ(movedText.text(), u"ClusterIP");
    EXPECT_TRUE(text.isScalar());
    EXPECT_TRUE(text.text().isEmpty());
}

TEST(Node, AssignmentAcrossKindsReplacesEverything)
{
    Node node = Node::scalar(u"80"_s, Node::Style::Plain, SourcePos{1, 1});
    node = sampleMapping();
    EXPECT_TRUE(node.isMapping());
    EXPECT_EQ(node.entries().size(), 2u);
    EXPECT_TRUE(node.text().isEmpty());

    const Node seq = *node.find(u"ports");
    node = seq; // a copy over a mapping
    EXPECT_TRUE(node.isSequence());
    EXPECT_EQ(node.items().size(), 2u);
    EXPECT_TRUE(node.entries().empty());
    EXPECT_TRUE(node.tag().isEmpty());

    node = Node::string(u"web"_s, SourcePos{9, 2});
    EXPECT_TRUE(node.isScalar());
    EXPECT_TRUE(node.items().empty());
    EXPECT_EQ(node.text(), u"web");
    EXPECT_EQ(node.pos(), (SourcePos{9, 2}));

    Node &self = node;
    node = self; // assigning a node to itself keeps it
    EXPECT_EQ(node.text(), u"web");
    node = std::move(self);
    EXPECT_EQ(node.text(), u"web");
}

TEST(Node, APartAssignedToItsWholeReplacesIt)
{
    Node map = sampleMapping();
    map = std::move(*map.find(u"ports"));
    EXPECT_TRUE(map.isSequence());
    ASSERT_EQ(map.items().size(), 2u);
    EXPECT_EQ(map.items()[0].text(), u"80");

    map = map.items()[1]; // a copy of a part
    EXPECT_TRUE(map.isScalar());
    EXPECT_EQ(map.text(), u"http");

    Node scalar = Node::scalar(u"a"_s);
    scalar.append(Node::scalar(u"kept apart"_s));
    scalar = std::move(scalar.items().front());
    EXPECT_EQ(scalar.text(), u"kept apart");
    EXPECT_TRUE(scalar.items().empty());
}

// A scalar asked for children, or a collection for text, keeps them, but they are not part of
// its value: it stays what its kind says.
TEST(Node, WhatAnotherKindHasIsKeptApart)
{
    Node scalar = Node::scalar(u"a"_s);
    scalar.append(Node::scalar(u"x"_s));
    scalar.insert(u"k"_s, Node::scalar(u"v"_s));
    EXPECT_EQ(scalar.text(), u"a");
    EXPECT_EQ(scalar.items().size(), 1u);
    EXPECT_EQ(scalar.entries().size(), 1u);
    EXPECT_EQ(scalar, Node::scalar(u"a"_s));
    const Node copy = scalar;
    EXPECT_EQ(copy.items().size(), 1u);
    EXPECT_EQ(copy.find(u"k")->text(), u"v");

    Node map = Node::mapping();
    map.setText(u"ignored"_s);
    EXPECT_EQ(map.text(), u"ignored");
    EXPECT_EQ(map, Node::mapping());
    map.setText(QString());
    EXPECT_TRUE(map.text().isEmpty());
}

TEST(Node, DeepTreesAreFreedWithoutLeaks)
{
    // Many levels, each a mapping holding a sequence: built, copied and dropped (AddressSanitizer
    // and LeakSanitizer check what the test binary leaves behind).
    Node root = Node::scalar(u"leaf"_s);
    for (int level = 0; level < 200; ++level) {
        Node seq = Node::sequence();
        seq.append(std::move(root));
        Node map = Node::mapping();
        map.insert(QString::number(level), std::move(seq));
        root = std::move(map);
    }
    const Node copy = root;
    EXPECT_EQ(copy, root);
    const Node *at = &copy;
    int depth = 0;
    while (at->isMapping()) {
        at = &at->entries().front().value.items().front();
        ++depth;
    }
    EXPECT_EQ(depth, 200);
    EXPECT_EQ(at->text(), u"leaf");
}

} // namespace
} // namespace sd
