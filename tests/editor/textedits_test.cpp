// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted edits of every Service in ../shared/reference/realworld (files other people wrote),
// through the undo stack as the designer makes them: each changes exactly the lines it should,
// keeps every comment it does not remove, reads back as the edited Service, and undoing it gives
// back the original bytes.
#include <functional>

#include <gtest/gtest.h>

#include <QDir>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/domain/textdiff.h"
#include "model/io/servicewriter.h"
#include "support/modelprinters.h"
#include "support/qtprinters.h"
#include "support/testfiles.h"

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

QString realworldDir()
{
    return QString::fromUtf8(SD_REALWORLD_DIR);
}

QStringList realworldFiles()
{
    return QDir(realworldDir()).entryList({u"*.yaml"_s}, QDir::Files, QDir::Name);
}

/** Lines removed and added between two texts, as a unified diff counts them. */
struct LineChanges
{
    int removed = 0;
    int added = 0;
};

LineChanges lineChanges(const QByteArray &before, const QByteArray &after)
{
    LineChanges c;
    const QByteArray diff = unifiedDiff(before, after, u"a"_s, u"b"_s, 0);
    for (const QByteArray &line : diff.split('\n')) {
        if (line.startsWith("---") || line.startsWith("+++"))
            continue;
        c.removed += line.startsWith('-');
        c.added += line.startsWith('+');
    }
    return c;
}

QByteArrayList commentLines(const QByteArray &text)
{
    QByteArrayList comments;
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().startsWith('#'))
            comments << line.trimmed();
    }
    return comments;
}

QByteArrayList sortedLines(const QByteArray &text)
{
    QByteArrayList lines = text.split('\n');
    std::sort(lines.begin(), lines.end());
    return lines;
}

struct Script
{
    const char *name;
    /** Changes the Service; false when it does not apply to this one. */
    std::function<bool(Service &)> change;
    /** Checks the lines that changed (YAML documents; JSON ones are written anew). */
    std::function<void(const LineChanges &, const QByteArray &before, const QByteArray &after)> lines;
    bool removesComments = false;
};

ServicePort *firstPort(Service &s)
{
    if (!s.spec.hasValue() || !s.spec.value().ports.hasValue()
        || s.spec.value().ports.value().empty() || !s.spec.value().ports.value().front().hasValue())
        return nullptr;
    return &s.spec.value().ports.value().front().value();
}

void oneLineChanged(const LineChanges &c, const QByteArray &, const QByteArray &)
{
    EXPECT_EQ(c.removed, 1);
    EXPECT_EQ(c.added, 1);
}

const std::vector<Script> &scripts()
{
    static const std::vector<Script> all = {
        {"a port",
         [](Service &s) {
             ServicePort *p = firstPort(s);
             if (!p || !p->port.hasValue())
                 return false;
             p->port.set(p->port.value() == 65535 ? 1 : p->port.value() + 1);
             return true;
         },
         oneLineChanged},
        {"the name",
         [](Service &s) {
             if (!s.metadata.hasValue() || !s.metadata.value().name.hasValue())
                 return false;
             s.metadata.value().name.set(s.metadata.value().name.value() + u"-v2"_s);
             return true;
         },
         oneLineChanged},
        {"an added annotation",
         [](Service &s) {
             if (!s.metadata.hasValue())
                 return false;
             Field<StringMap> &a = s.metadata.value().annotations;
             StringMap map = a.hasValue() ? a.value() : StringMap();
             map.set(u"example.com/owner"_s, u"team-web"_s);
             a.set(map);
             return true;
         },
         [](const LineChanges &c, const QByteArray &, const QByteArray &) {
             // Added lines only, or one flow line written anew.
             EXPECT_LE(c.removed, 1);
             EXPECT_GE(c.added, 1);
         }},
        {"a removed field",
         [](Service &s) {
             if (!s.spec.hasValue() || !s.spec.value().selector.isSet())
                 return false;
             s.spec.value().selector.clear();
             return true;
         },
         [](const LineChanges &c, const QByteArray &, const QByteArray &) {
             EXPECT_EQ(c.added, 0);
             EXPECT_GE(c.removed, 1);
         },
         true},
        {"a port moved",
         [](Service &s) {
             if (!firstPort(s) || s.spec.value().ports.value().size() < 2)
                 return false;
             auto &ports = s.spec.value().ports.value();
             std::rotate(ports.begin(), ports.begin() + 1, ports.end());
             return true;
         },
         [](const LineChanges &, const QByteArray &before, const QByteArray &after) {
             // The same lines, in another order (a flow sequence on one line: one line).
             if (sortedLines(before) != sortedLines(after))
                 oneLineChanged(lineChanges(before, after), before, after);
         }},
        {"a type change that removes fields",
         [](Service &s) {
             if (!s.spec.hasValue() || !s.spec.value().type.hasValue()
                 || s.spec.value().type.value() == ServiceType::ClusterIP
                 || s.spec.value().type.value() == ServiceType::ExternalName)
                 return false;
             ServiceSpec &spec = s.spec.value();
             spec.type.set(ServiceType::ClusterIP);
             spec.externalTrafficPolicy.clear();
             spec.loadBalancerIP.clear();
             spec.loadBalancerSourceRanges.clear();
             spec.loadBalancerClass.clear();
             spec.healthCheckNodePort.clear();
             spec.allocateLoadBalancerNodePorts.clear();
             if (spec.ports.hasValue()) {
                 for (auto &p : spec.ports.value()) {
                     if (p.hasValue())
                         p.value().nodePort.clear();
                 }
             }
             return true;
         },
         [](const LineChanges &c, const QByteArray &, const QByteArray &) {
             EXPECT_LE(c.added, 1); // `type: ClusterIP`, or a flow line written anew
             EXPECT_GE(c.removed, 1);
         },
         true},
    };
    return all;
}

class RealWorldEdits : public testing::TestWithParam<QString>
{};

} // namespace

TEST_P(RealWorldEdits, ChangeOnlyTheirLinesAndUndoToTheOriginalBytes)
{
    const QByteArray original = readFile(realworldDir() + u'/' + GetParam());
    ASSERT_FALSE(original.isEmpty());
    int applied = 0;
    for (const Script &script : scripts()) {
        FileError error;
        std::unique_ptr<ManifestDocument> doc = ManifestDocument::fromBytes(original, &error);
        ASSERT_TRUE(doc);
        for (const ServiceRef ref : doc->manifest().services()) {
            SCOPED_TRACE(std::string(script.name) + ", Service in document "
                         + std::to_string(ref.document));
            Service edited = doc->manifest().service(ref);
            if (!script.change(edited))
                continue;
            ++applied;
            const QByteArray before = doc->bytes();
            doc->undoStack()->push(new SetServiceCommand(doc.get(), ref, edited, u"Edit"_s));
            const QByteArray after = doc->bytes();
            const SourceDocument &source = doc->manifest().documents.at(size_t(ref.document));

            // What the file says now is the edited Service.
            const Manifest reread = Manifest::fromBytes(after);
            ASSERT_EQ(reread.services().size(), doc->manifest().services().size());
            EXPECT_EQ(writeService(reread.service(ref)), writeService(edited));

            if (!source.json) {
                EXPECT_FALSE(source.textStale) << "written anew:\n" << after.toStdString();
                script.lines(lineChanges(before, after), before, after);
                if (!script.removesComments) {
                    QByteArrayList kept = commentLines(after);
                    for (const QByteArray &comment : commentLines(before)) {
                        EXPECT_TRUE(kept.removeOne(comment)) << comment.toStdString();
                    }
                }
            }
        }
        // Undoing everything gives back the file; redoing gives back the edits.
        const QByteArray edited = doc->bytes();
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        EXPECT_EQ(doc->bytes(), original) << script.name;
        EXPECT_FALSE(doc->isModified());
        while (doc->undoStack()->canRedo())
            doc->undoStack()->redo();
        EXPECT_EQ(doc->bytes(), edited) << script.name;
    }
    if (!Manifest::fromBytes(original).services().empty()) {
        EXPECT_GT(applied, 0);
    }
}

INSTANTIATE_TEST_SUITE_P(Files,
                         RealWorldEdits,
                         testing::ValuesIn(realworldFiles()),
                         [](const testing::TestParamInfo<QString> &info) {
                             QString name = info.param;
                             name.chop(5);
                             for (QChar &c : name) {
                                 if (!c.isLetterOrNumber())
                                     c = u'_';
                             }
                             return name.toStdString();
                         });

TEST(RealWorldEditsCorpus, IsThere)
{
    EXPECT_GE(realworldFiles().size(), 40);
}
