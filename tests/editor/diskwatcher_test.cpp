// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "model/document/diskwatcher.h"
#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "support/qtprinters.h"
#include "support/testfiles.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const QByteArray kFile = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n";

class DiskWatcherTest : public ::testing::Test
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
        m_watcher = std::make_unique<DiskWatcher>(m_doc.get());
    }

    void rename(const QString &name)
    {
        const ServiceRef ref = m_doc->manifest().services().at(0);
        Service edited = m_doc->manifest().service(ref);
        edited.metadata.value().name.set(name);
        m_doc->undoStack()->push(new SetServiceCommand(m_doc.get(), ref, edited, u"Rename"_s));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ManifestDocument> m_doc;
    std::unique_ptr<DiskWatcher> m_watcher;
};

TEST_F(DiskWatcherTest, SeesAnotherProgramsChangeOnce)
{
    QSignalSpy changed(m_watcher.get(), &DiskWatcher::changedOnDisk);
    EXPECT_FALSE(m_doc->changedOnDisk());
    ASSERT_TRUE(writeFile(m_path, kFile + "spec: {}\n"));
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(m_doc->changedOnDisk());
    m_watcher->check();
    EXPECT_EQ(changed.count(), 1) << "said once per new content";
}

TEST_F(DiskWatcherTest, OwnSavesAndTouchesSayNothing)
{
    QSignalSpy changed(m_watcher.get(), &DiskWatcher::changedOnDisk);
    rename(u"www"_s);
    ASSERT_FALSE(m_doc->save());
    ASSERT_TRUE(writeFile(m_path, m_doc->bytes())); // the same bytes again
    QTest::qWait(400);
    m_watcher->check();
    EXPECT_EQ(changed.count(), 0);
    EXPECT_FALSE(m_doc->changedOnDisk());
}

TEST_F(DiskWatcherTest, FollowsRenameOverSaves)
{
    QSignalSpy changed(m_watcher.get(), &DiskWatcher::changedOnDisk);
    // How many editors save: write a new file, rename it over the old one.
    const QString temporary = m_dir.filePath(u".web.yaml.tmp"_s);
    ASSERT_TRUE(writeFile(temporary, kFile + "# one\n"));
    ASSERT_EQ(std::rename(QFile::encodeName(temporary).constData(),
                          QFile::encodeName(m_path).constData()),
              0);
    ASSERT_TRUE(changed.wait(5000));
    m_doc->acknowledgeDiskChange();
    EXPECT_FALSE(m_doc->changedOnDisk());
    // And again: the watch moved to the new file.
    ASSERT_TRUE(writeFile(temporary, kFile + "# two\n"));
    ASSERT_EQ(std::rename(QFile::encodeName(temporary).constData(),
                          QFile::encodeName(m_path).constData()),
              0);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(DiskWatcherTest, SaysWhenTheFileIsRemovedAndBack)
{
    QSignalSpy removed(m_watcher.get(), &DiskWatcher::removedOnDisk);
    QSignalSpy restored(m_watcher.get(), &DiskWatcher::restoredOnDisk);
    ASSERT_TRUE(QFile::remove(m_path));
    ASSERT_TRUE(removed.wait(5000));
    EXPECT_TRUE(m_watcher->isRemoved());
    ASSERT_TRUE(writeFile(m_path, kFile));
    ASSERT_TRUE(restored.wait(5000));
    EXPECT_FALSE(m_watcher->isRemoved());
    EXPECT_EQ(removed.count(), 1);
}

TEST_F(DiskWatcherTest, ReloadReadsTheNewContentAndClearsTheHistory)
{
    rename(u"www"_s);
    ASSERT_TRUE(writeFile(m_path, kFile + "spec:\n  type: NodePort\n"));
    QSignalSpy reset(m_doc.get(), &ManifestDocument::manifestReset);
    ASSERT_FALSE(m_doc->reload());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_FALSE(m_doc->isModified());
    EXPECT_EQ(m_doc->undoStack()->count(), 0);
    EXPECT_EQ(m_doc->bytes(), kFile + "spec:\n  type: NodePort\n");
    EXPECT_FALSE(m_doc->changedOnDisk());
}

TEST_F(DiskWatcherTest, KeepingMineMeansTheNextSaveOverwrites)
{
    rename(u"www"_s);
    ASSERT_TRUE(writeFile(m_path, kFile + "# theirs\n"));
    EXPECT_TRUE(m_doc->changedOnDisk());
    m_doc->acknowledgeDiskChange();
    EXPECT_FALSE(m_doc->changedOnDisk());
    EXPECT_TRUE(m_doc->isModified());
}

} // namespace
} // namespace sd
