// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "model/document/documentcommands.h"
#include "model/document/manifestdocument.h"
#include "model/document/recoverystore.h"
#include "model/document/recoverywriter.h"
#include "model/document/servicecommands.h"
#include "support/qtprinters.h"
#include "support/testfiles.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const QByteArray kFile = "# the web tier\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"
                         "spec:\n  ports:\n  - port: 80\n";

void rename(ManifestDocument &doc, const QString &name)
{
    const ServiceRef ref = doc.manifest().services().at(0);
    Service edited = doc.manifest().service(ref);
    edited.metadata.value().name.set(name);
    doc.undoStack()->push(new SetServiceCommand(&doc, ref, edited, u"Rename"_s));
}

// A copy written by a session that is not this process's, as a crashed one leaves it: no
// process holds its lock.
QString plantOrphan(const QString &folder, const QString &original, const QByteArray &bytes)
{
    const QString file = folder + u"/deadbeefdeadbeefdeadbeefdeadbeef_1.recovery"_s;
    QByteArray out = "service-designer-recovery 1\n{\"path\":\"" + original.toUtf8()
                     + "\",\"savedAt\":\"2026-12-01T10:00:00.000Z\",\"baseSha256\":\"\"}\n";
    out += bytes;
    QDir().mkpath(folder);
    EXPECT_TRUE(writeFile(file, out));
    return file;
}

TEST(RecoveryStore, WritesReadsAndRemovesACopy)
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(u"recovery"_s));
    const QString key = store.newKey();
    ASSERT_FALSE(store.save(key, u"/some/file.yaml"_s, "\x01\x02", kFile));
    const std::optional<RecoveryEntry> entry = RecoveryStore::read(store.pathOf(key));
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->originalPath, u"/some/file.yaml"_s);
    EXPECT_EQ(entry->baseSha256, QByteArray("\x01\x02"));
    EXPECT_EQ(entry->bytes, kFile);
    EXPECT_TRUE(entry->savedAt.isValid());
    // This process's own copies are never offered: it is still running.
    EXPECT_TRUE(store.orphans().empty());
    store.remove(key);
    EXPECT_FALSE(QFile::exists(store.pathOf(key)));
}

TEST(RecoveryStore, OffersTheCopiesOfEndedSessions)
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(u"recovery"_s));
    const QString file = plantOrphan(store.folder(), dir.filePath(u"web.yaml"_s), kFile);
    const std::vector<RecoveryEntry> orphans = store.orphans();
    ASSERT_EQ(orphans.size(), 1u);
    EXPECT_EQ(orphans[0].bytes, kFile);
    EXPECT_EQ(store.orphansFor(dir.filePath(u"web.yaml"_s)).size(), 1u);
    EXPECT_EQ(store.orphansFor(dir.path() + u"/./web.yaml"_s).size(), 1u);
    EXPECT_TRUE(store.orphansFor(dir.filePath(u"other.yaml"_s)).empty());
    RecoveryStore::discard(orphans[0]);
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(store.orphans().empty());
}

TEST(RecoveryStore, IgnoresWhatIsNotACopy)
{
    QTemporaryDir dir;
    const RecoveryStore store(dir.filePath(u"recovery"_s));
    QDir().mkpath(store.folder());
    ASSERT_TRUE(writeFile(store.folder() + u"/x_1.recovery"_s, "not a copy"));
    ASSERT_TRUE(writeFile(store.folder() + u"/y_1.recovery"_s, "service-designer-recovery 1\n"));
    EXPECT_TRUE(store.orphans().empty());
}

class RecoveryWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"web.yaml"_s);
        ASSERT_TRUE(writeFile(m_path, kFile));
        FileError error;
        m_doc = ManifestDocument::load(m_path, &error);
        ASSERT_TRUE(m_doc);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ManifestDocument> m_doc;
    RecoveryStore m_store{m_dir.filePath(u"recovery"_s)};
};

TEST_F(RecoveryWriterTest, CopiesUnsavedEditsWithinItsDelay)
{
    static_assert(RecoveryWriter::defaultDelayMs <= 5000, "a crash may lose at most 5 seconds");
    RecoveryWriter writer(m_doc.get(), m_store);
    writer.setDelay(20);
    EXPECT_FALSE(QFile::exists(writer.copyPath()));
    rename(*m_doc, u"www"_s);
    EXPECT_FALSE(QFile::exists(writer.copyPath())) << "not before the delay";
    EXPECT_TRUE(QTest::qWaitFor([&] { return QFile::exists(writer.copyPath()); }, 5000));
    const std::optional<RecoveryEntry> entry = RecoveryStore::read(writer.copyPath());
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->bytes, m_doc->bytes());
    EXPECT_EQ(entry->originalPath, m_path);
    EXPECT_EQ(entry->baseSha256, m_doc->diskFingerprint().sha256);
    EXPECT_TRUE(entry->bytes.contains("name: www"));
}

TEST_F(RecoveryWriterTest, SteadyEditsStillReachTheCopy)
{
    RecoveryWriter writer(m_doc.get(), m_store);
    writer.setDelay(60);
    // An edit every 20 ms for longer than the delay: the clock runs from the first one.
    for (int i = 0; i < 8; ++i) {
        rename(*m_doc, u"name-"_s + QString::number(i));
        QTest::qWait(20);
    }
    EXPECT_TRUE(QFile::exists(writer.copyPath()));
}

TEST_F(RecoveryWriterTest, SavingUndoingAndClosingRemoveTheCopy)
{
    auto writer = std::make_unique<RecoveryWriter>(m_doc.get(), m_store);
    const QString copy = writer->copyPath();
    rename(*m_doc, u"www"_s);
    writer->writeNow();
    ASSERT_TRUE(QFile::exists(copy));
    m_doc->undoStack()->undo(); // back to what is on disk
    EXPECT_FALSE(QFile::exists(copy));

    m_doc->undoStack()->redo();
    writer->writeNow();
    ASSERT_TRUE(QFile::exists(copy));
    ASSERT_FALSE(m_doc->save());
    EXPECT_FALSE(QFile::exists(copy));

    rename(*m_doc, u"again"_s);
    writer->writeNow();
    ASSERT_TRUE(QFile::exists(copy));
    writer.reset(); // a clean close
    EXPECT_FALSE(QFile::exists(copy));
}

TEST_F(RecoveryWriterTest, SaysOnceWhenTheCopyCannotBeWritten)
{
    // A file where the store's folder should be: no copy can go there.
    const QString blocked = m_dir.filePath(u"blocked"_s);
    ASSERT_TRUE(writeFile(blocked, "x"));
    RecoveryWriter writer(m_doc.get(), RecoveryStore(blocked));
    QSignalSpy failed(&writer, &RecoveryWriter::failed);
    rename(*m_doc, u"www"_s);
    writer.writeNow();
    rename(*m_doc, u"www2"_s);
    writer.writeNow();
    EXPECT_EQ(failed.count(), 1);
}

TEST(ReplaceAllDocuments, RestoresBytesAndUndoesToTheOriginal)
{
    auto doc = std::make_unique<ManifestDocument>(Manifest::fromBytes(kFile));
    const QByteArray recovered = "# kept comment\n" + kFile
                                 + "---\napiVersion: v1\nkind: Service\n"
                                   "metadata:\n  name: db\n";
    doc->undoStack()->push(new ReplaceAllDocumentsCommand(doc.get(),
                                                          Manifest::fromBytes(recovered).documents,
                                                          u"Restore"_s));
    EXPECT_EQ(doc->bytes(), recovered);
    EXPECT_TRUE(doc->isModified());
    EXPECT_EQ(doc->manifest().services().size(), 2u);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->bytes(), kFile);
    EXPECT_FALSE(doc->isModified());
    doc->undoStack()->redo();
    EXPECT_EQ(doc->bytes(), recovered);
}

} // namespace
} // namespace sd
