// SPDX-License-Identifier: GPL-3.0-or-later
// The YAML and JSON writers against kubectl's own output. Unless a row says otherwise, its
// expected text is what kubectl 1.32 printed for the same value (`kubectl label --local -f x.yaml
// -o yaml` on an object of an unknown kind, or `kubectl create ... --dry-run=client -o yaml`);
// rows marked "deviation" are deliberate differences, documented in yamlemitter.cpp and
// jsonemitter.cpp. The golden files in data/golden/emitter-*.yaml|json are kubectl's
// output verbatim, and the trees written against them are built here in code.
//
// What the writer tests share: short ways to build trees, and the golden files.
#pragma once

#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include <QFile>

#include "model/domain/node.h"
#include "model/io/yamlemitter.h"
#include "support/qtprinters.h"
#include "support/testnames.h"

namespace emittertest {

using namespace sd;
using namespace Qt::StringLiterals;

using Style = Node::Style;

inline Node map1(const QString &key, Node value)
{
    Node m = Node::mapping();
    m.insert(key, std::move(value));
    return m;
}

inline Node plain(const QString &text)
{
    return Node::scalar(text);
}

inline Node str(const QString &text)
{
    return Node::string(text);
}

inline Node tagged(const QString &text, Style style, const QString &tag)
{
    Node n = Node::scalar(text, style);
    n.setTag(tag);
    return n;
}

inline Node seq(std::initializer_list<Node> items, Style style = Style::Plain)
{
    Node s = Node::sequence(style);
    for (const Node &i : items)
        s.append(i);
    return s;
}

inline QByteArray golden(const char *name)
{
    QFile f(QStringLiteral(SD_TEST_DATA_DIR "/golden/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

// The same mapping with its entries in another order (kubectl's JSON keeps Go struct order,
// its YAML sorts keys).
inline Node reordered(const Node &m, std::initializer_list<QStringView> keys)
{
    Node out = Node::mapping();
    for (QStringView k : keys)
        out.insert(k.toString(), *m.find(k));
    EXPECT_EQ(out.entries().size(), m.entries().size());
    return out;
}

} // namespace emittertest
