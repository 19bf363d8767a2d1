// SPDX-License-Identifier: GPL-3.0-or-later
// Every manifest of ../shared/reference/realworld (files other people wrote): read, saved unedited
// byte for byte, exported and read back to the same model, with no document and no field lost.

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QMap>

#include "model/io/manifest.h"
#include "model/io/manifestio.h"
#include "model/validation/report.h"
#include "model/validation/validator.h"
#include "support/modelprinters.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;
using namespace sd;

namespace {

QString realworldDir()
{
    return QString::fromUtf8(SD_REALWORLD_DIR);
}

QStringList realworldFiles()
{
    return QDir(realworldDir()).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
}

// INDEX.tsv's count of Service documents per file, written by the people who collected them.
QMap<QString, int> expectedServiceCounts()
{
    QMap<QString, int> counts;
    QFile index(realworldDir() + u"/INDEX.tsv");
    if (!index.open(QIODevice::ReadOnly))
        return counts;
    index.readLine(); // header
    while (!index.atEnd()) {
        const QList<QByteArray> cols = index.readLine().split('\t');
        if (cols.size() > 4)
            counts.insert(QString::fromUtf8(cols[0]), cols[4].toInt());
    }
    return counts;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The objects of a manifest (Services as the model reads them, others as trees), in order.
struct Objects
{
    std::vector<Service> services;
    std::vector<Node> others;
};

Objects objectsOf(const Manifest &m)
{
    Objects o;
    for (const SourceDocument &d : m.documents) {
        for (const Resource &r : d.resources) {
            if (r.isService())
                o.services.push_back(*r.service);
            else
                o.others.push_back(r.node());
        }
    }
    return o;
}

void expectSameObjects(const Objects &a, const Objects &b, const QString &what)
{
    ASSERT_EQ(a.services.size(), b.services.size()) << what.toStdString();
    for (size_t i = 0; i < a.services.size(); ++i)
        EXPECT_EQ(a.services[i], b.services[i]) << what.toStdString() << " Service " << i;
    ASSERT_EQ(a.others.size(), b.others.size()) << what.toStdString();
    for (size_t i = 0; i < a.others.size(); ++i)
        EXPECT_EQ(a.others[i], b.others[i]) << what.toStdString() << " object " << i;
}

class RealWorld : public testing::TestWithParam<QString>
{};

} // namespace

TEST(RealWorldCorpus, IsThere)
{
    // The corpus is part of the shared reference material beside the repository; without it the
    // parameterised tests below would silently test nothing.
    EXPECT_GE(realworldFiles().size(), 40);
    EXPECT_EQ(expectedServiceCounts().size(), realworldFiles().size());
}

TEST_P(RealWorld, ReadsEveryService)
{
    const QString file = GetParam();
    const ReadResult r = readManifestFile(realworldDir() + u'/' + file);
    ASSERT_FALSE(r.error) << r.error->message.toStdString();
    for (const SourceDocument *broken : r.manifest.brokenDocuments())
        ADD_FAILURE() << broken->error->message.toStdString() << " at line "
                      << broken->error->pos.line;
    EXPECT_EQ(int(r.manifest.services().size()), expectedServiceCounts().value(file));
}

TEST_P(RealWorld, SavesUneditedByteForByte)
{
    const QByteArray bytes = readBytes(realworldDir() + u'/' + GetParam());
    EXPECT_EQ(Manifest::fromBytes(bytes).toBytes(), bytes);
}

TEST_P(RealWorld, ExportThenImportGivesTheSameModel)
{
    const Manifest m = Manifest::fromBytes(readBytes(realworldDir() + u'/' + GetParam()));
    const Objects original = objectsOf(m);

    const QByteArray yaml = m.exportAs(Manifest::Format::Yaml);
    const Manifest fromYaml = Manifest::fromBytes(yaml);
    EXPECT_TRUE(fromYaml.brokenDocuments().empty()) << yaml.constData();
    expectSameObjects(original, objectsOf(fromYaml), QStringLiteral("yaml"));
    // Exporting is stable: what we write, we write again the same way.
    EXPECT_EQ(fromYaml.exportAs(Manifest::Format::Yaml), yaml);

    const Manifest fromJson = Manifest::fromBytes(m.exportAs(Manifest::Format::Json));
    EXPECT_TRUE(fromJson.brokenDocuments().empty());
    expectSameObjects(original, objectsOf(fromJson), QStringLiteral("json"));
}

TEST_P(RealWorld, EditedDocumentsAreWrittenInPlace)
{
    // Mark every Service edited: each is written anew where it stood, the rest byte for byte, and
    // reading the result gives the same model.
    Manifest m = Manifest::fromBytes(readBytes(realworldDir() + u'/' + GetParam()));
    for (ServiceRef ref : m.services())
        m.markModified(ref);
    const QByteArray saved = m.toBytes();
    const Manifest again = Manifest::fromBytes(saved);
    EXPECT_TRUE(again.brokenDocuments().empty()) << saved.constData();
    EXPECT_EQ(again.documents.size(), m.documents.size());
    expectSameObjects(objectsOf(m), objectsOf(again), QStringLiteral("saved"));
}

TEST_P(RealWorld, JsonWrittenAnObjectAtATimeIsTheWholeTreesJson)
{
    // exportAs() writes a JSON List an object at a time; it is what writing the whole tree gives.
    const Manifest m = Manifest::fromBytes(readBytes(realworldDir() + u'/' + GetParam()));
    const QByteArray streamed = m.exportAs(Manifest::Format::Json);
    EXPECT_EQ(streamed,
              Manifest::writeObjects(m.exportObjects(Manifest::Format::Json, {}),
                                     Manifest::Format::Json));
}

INSTANTIATE_TEST_SUITE_P(Files,
                         RealWorld,
                         testing::ValuesIn(realworldFiles()),
                         [](const testing::TestParamInfo<QString> &info) {
                             return info.param.left(3).prepend(u'f').toStdString();
                         });

namespace {

// Every finding of every Service of `m`, with where it stands, as text to compare.
QStringList findingsOf(const Manifest &m)
{
    QStringList out;
    const ManifestIndex index(m);
    for (ServiceRef ref : m.services()) {
        for (const Finding &f : validateInManifest(m, index, ref, Environment())) {
            out << QStringLiteral("%1/%2 %3 %4 %5:%6 %7")
                       .arg(ref.document)
                       .arg(ref.resource)
                       .arg(f.code, f.path.toString())
                       .arg(f.pos.line)
                       .arg(f.pos.column)
                       .arg(f.message);
        }
    }
    return out;
}

} // namespace

// The Services of a large file are validated by several threads; the report is the same as with
// one, finding for finding and in the same order.
TEST(RealWorldStream, ValidatedByOneOrSeveralThreadsTheSame)
{
    QByteArray bytes;
    for (const QString &file : realworldFiles())
        bytes += "---\n" + readBytes(realworldDir() + u'/' + file) + "\n";
    const ReadResult read = readManifest(bytes);
    ASSERT_GT(read.manifest.services().size(), 8u); // a run of several for each thread
    const QByteArray one = reportJson({validateFile(u"f.yaml"_s, read, Environment(), 1)});
    ASSERT_TRUE(one.contains("\"code\""));
    for (int threads : {2, 3, 8}) {
        SCOPED_TRACE(threads);
        EXPECT_EQ(reportJson({validateFile(u"f.yaml"_s, read, Environment(), threads)}), one);
    }
}

// The documents are read by several threads when the stream is large: each reads a run of them.
// The result is the same as with one, document for document, with the same positions and
// findings.
TEST(RealWorldStream, ReadByOneOrSeveralThreadsTheSame)
{
    // Every file, one after another, as often as it takes for several runs of documents.
    QByteArray bytes;
    while (bytes.size() < 1024 * 1024) {
        for (const QString &file : realworldFiles())
            bytes += "---\n" + readBytes(realworldDir() + u'/' + file) + "\n";
    }
    const Manifest one = Manifest::fromBytes(bytes, 1);
    ASSERT_GT(one.services().size(), 100u);
    const QStringList findings = findingsOf(one);
    ASSERT_FALSE(findings.isEmpty());
    for (int threads : {2, 3, 8}) {
        SCOPED_TRACE(threads);
        const Manifest several = Manifest::fromBytes(bytes, threads);
        EXPECT_EQ(several.toBytes(), bytes);
        EXPECT_EQ(several.kubectlStop.has_value(), one.kubectlStop.has_value());
        ASSERT_EQ(several.documents.size(), one.documents.size());
        for (size_t d = 0; d < one.documents.size(); ++d) {
            const SourceDocument &a = one.documents[d];
            const SourceDocument &b = several.documents[d];
            ASSERT_EQ(b.text, a.text) << d;
            EXPECT_EQ(b.form, a.form) << d;
            EXPECT_EQ(b.contentBegin, a.contentBegin) << d;
            EXPECT_EQ(b.contentEnd, a.contentEnd) << d;
            EXPECT_EQ(b.json, a.json) << d;
            EXPECT_EQ(b.error.has_value(), a.error.has_value()) << d;
            if (a.error && b.error) {
                EXPECT_EQ(b.error->message, a.error->message) << d;
                EXPECT_EQ(b.error->pos, a.error->pos) << d;
            }
            EXPECT_EQ(b.kubectl.use, a.kubectl.use) << d;
            ASSERT_EQ(b.listNode == nullptr, a.listNode == nullptr) << d;
            if (a.listNode) {
                EXPECT_EQ(*b.listNode, *a.listNode) << d;
            }
            ASSERT_EQ(b.resources.size(), a.resources.size()) << d;
            for (size_t r = 0; r < a.resources.size(); ++r) {
                const Resource &x = a.resources[r];
                const Resource &y = b.resources[r];
                EXPECT_EQ(y.kind, x.kind);
                EXPECT_EQ(y.name, x.name);
                EXPECT_EQ(y.namespaceName, x.namespaceName);
                EXPECT_EQ(y.pos, x.pos);
                EXPECT_EQ(y.service, x.service) << d << "/" << r;
                EXPECT_EQ(y.node(), x.node());
                EXPECT_EQ(y.issues, x.issues);
            }
        }
        EXPECT_EQ(findingsOf(several), findings);
    }
}
