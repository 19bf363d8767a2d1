// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QList>
#include <QRandomGenerator>

#include "model/domain/textdiff.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

// Applies a unified diff to `before`; what a reader of the diff would rebuild.
QByteArray applyDiff(const QByteArray &before, const QByteArray &diff)
{
    QList<QByteArray> lines = before.split('\n');
    const bool endsWithBreak = before.endsWith('\n');
    if (endsWithBreak)
        lines.removeLast();
    QList<QByteArray> out;
    int next = 0; // the next line of `before` to copy
    bool lastHasBreak = endsWithBreak;
    const QList<QByteArray> diffLines = diff.split('\n');
    for (qsizetype i = 2; i < diffLines.size(); ++i) {
        const QByteArray &d = diffLines[i];
        if (d.startsWith("@@")) {
            const QByteArray from = d.mid(4, d.indexOf(' ', 4) - 4);
            int start = from.split(',').value(0).toInt();
            const int count = from.contains(',') ? from.split(',').value(1).toInt() : 1;
            if (count == 0)
                ++start; // an empty side names the line before it
            while (next < start - 1)
                out << lines[next++];
        } else if (d.startsWith(' ')) {
            out << lines[next++];
        } else if (d.startsWith('-')) {
            ++next;
        } else if (d.startsWith('+')) {
            out << d.mid(1);
        } else if (d.startsWith('\\')) {
            // applies to the line before: it had no break; only the last line of `after` counts
            if (diffLines[i - 1].startsWith('+') || diffLines[i - 1].startsWith(' '))
                lastHasBreak = false;
            else if (diffLines[i - 1].startsWith('-'))
                lastHasBreak = true;
        }
    }
    while (next < lines.size())
        out << lines[next++];
    QByteArray result = out.join('\n');
    if (!out.isEmpty() && lastHasBreak)
        result += '\n';
    return result;
}

TEST(TextDiff, EqualTextsHaveNoDiff)
{
    EXPECT_TRUE(unifiedDiff("a\nb\n", "a\nb\n", u"x"_s, u"y"_s).isEmpty());
}

// The same output as `diff -u` (checked with GNU diff 3.8), headers aside.
TEST(TextDiff, LooksLikeDiffU)
{
    const QByteArray before = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                              "  ports:\n  - port: 80\n    targetPort: 8080\n  selector:\n"
                              "    app: web\n";
    const QByteArray after = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n"
                             "  ports:\n  - port: 8081\n    targetPort: 8080\n  selector:\n"
                             "    app: web\n    tier: front\n";
    EXPECT_EQ(unifiedDiff(before, after, u"a.yaml"_s, u"b.yaml"_s),
              QByteArray("--- a.yaml\n+++ b.yaml\n"
                         "@@ -4,7 +4,8 @@\n"
                         "   name: web\n spec:\n   ports:\n-  - port: 80\n+  - port: 8081\n"
                         "     targetPort: 8080\n   selector:\n     app: web\n+    tier: front\n"));
}

TEST(TextDiff, SeparatesFarApartChangesIntoHunks)
{
    QByteArray before;
    for (int i = 1; i <= 20; ++i)
        before += QByteArray::number(i) + '\n';
    QByteArray after = before;
    after.replace("2\n3\n", "2\nthree\n");
    after.replace("18\n", "eighteen\n");
    EXPECT_EQ(unifiedDiff(before, after, u"a"_s, u"b"_s),
              QByteArray("--- a\n+++ b\n"
                         "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n"
                         "@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n"));
}

TEST(TextDiff, SaysWhenTheLastLineHasNoBreak)
{
    EXPECT_EQ(unifiedDiff("a\nb\n", "a\nb", u"x"_s, u"y"_s),
              QByteArray(
                  "--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"));
    EXPECT_EQ(unifiedDiff("", "a\n", u"x"_s, u"y"_s),
              QByteArray("--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n"));
}

TEST(TextDiff, RebuildsTheSecondTextFromTheFirst)
{
    QRandomGenerator random(42);
    const QList<QByteArray> words{"a", "b", "c", "port: 80", "name: x", ""};
    for (int round = 0; round < 300; ++round) {
        QByteArray before;
        QByteArray after;
        const int n = int(random.bounded(30));
        for (int i = 0; i < n; ++i) {
            const QByteArray line = words[random.bounded(int(words.size()))];
            before += line + '\n';
            const int change = int(random.bounded(6));
            if (change == 0)
                continue; // removed
            after += (change == 1 ? words[random.bounded(int(words.size()))] : line) + '\n';
            if (change == 2)
                after += "added\n";
        }
        if (random.bounded(4) == 0 && after.endsWith('\n'))
            after.chop(1);
        const QByteArray diff = unifiedDiff(before, after, u"a"_s, u"b"_s);
        EXPECT_EQ(applyDiff(before, diff), after) << "before:\n"
                                                  << before.toStdString() << "after:\n"
                                                  << after.toStdString() << "diff:\n"
                                                  << diff.toStdString();
    }
}

TEST(TextDiff, FallsBackToWholeReplacementForHugeDifferences)
{
    QByteArray before;
    QByteArray after;
    for (int i = 0; i < 5000; ++i) {
        before += "old " + QByteArray::number(i) + '\n';
        after += "new " + QByteArray::number(i) + '\n';
    }
    const QByteArray diff = unifiedDiff(before, after, u"a"_s, u"b"_s);
    EXPECT_TRUE(diff.contains("@@ -1,5000 +1,5000 @@\n"));
    EXPECT_EQ(applyDiff(before, diff), after);
}

} // namespace
} // namespace sd
