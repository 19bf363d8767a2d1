// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery for real: a designer process edits a file and is killed with SIGKILL; the next
// window offers what it had not saved.
#include <cstdio>

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/recoverystore.h"
#include "model/document/recoverywriter.h"
#include "support/qtprinters.h"
#include "support/scriptedprompts.h"
#include "support/testfiles.h"
#include "support/testsettings.h"
#include "widgets/documentsafety.h"
#include "widgets/mainwindow.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

class RecoveryWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        useTestSettings(u"recoverywindow_test"_s);
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(u"web.yaml"_s);
        ASSERT_TRUE(QFile::copy(QDir(QStringLiteral(SD_REALWORLD_DIR))
                                    .filePath(u"034-istio-bookinfo-multidoc.yaml"_s),
                                m_file));
        QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
        m_original = readFile(m_file);
    }

    void TearDown() override
    {
        if (m_prompts)
            m_prompts->answers.assign({QMessageBox::Discard});
        m_window.reset();
        removeTestSettings();
    }

    MainWindow &window()
    {
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window = std::make_unique<MainWindow>(std::move(prompts));
        m_window->setRecoveryStore(RecoveryStore(m_folder));
        return *m_window;
    }

    // Runs a designer that renames the first Service to `name`, waits until its recovery copy
    // holds the edit, and kills it with SIGKILL.
    void editAndKill(const QString &name)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(SD_RECOVERY_CHILD), {m_folder, m_file, name});
        ASSERT_TRUE(child.waitForStarted(10000));
        ASSERT_TRUE(child.waitForReadyRead(30000)) << "the child never said it edited";
        ASSERT_EQ(child.readLine().trimmed(), "edited");
        QElapsedTimer sinceEdit;
        sinceEdit.start();
        // The copy is written within RecoveryWriter::defaultDelayMs of the edit; wait well past
        // that, so a slow machine does not fail the test, but stop as soon as it is there.
        const bool copied = QTest::qWaitFor(
            [&] {
                for (const QString &f : QDir(m_folder).entryList({u"*.recovery"_s})) {
                    const auto entry = RecoveryStore::read(QDir(m_folder).filePath(f));
                    if (entry && entry->bytes.contains(QByteArray("name: " + name.toUtf8())))
                        return true;
                }
                return false;
            },
            60000);
        ASSERT_TRUE(copied) << "no recovery copy with the edit";
        // What kill -9 would have lost at most, for the record (not a timed assertion).
        RecordProperty("msFromEditToCopy", int(sinceEdit.elapsed()));
        std::printf("recovery copy written %lld ms after the edit\n",
                    qlonglong(sinceEdit.elapsed()));
        child.kill(); // SIGKILL: no destructor, no clean-up
        ASSERT_TRUE(child.waitForFinished(10000));
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
        EXPECT_EQ(readFile(m_file), m_original) << "the killed process never saved";
    }

    QTemporaryDir m_dir;
    QString m_file;
    QString m_folder = m_dir.filePath(u"recovery"_s);
    QByteArray m_original;
    ScriptedPrompts *m_prompts = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(RecoveryWindowTest, AKilledSessionsEditsAreOfferedAndRestored)
{
    editAndKill(u"recovered-name"_s);

    MainWindow &w = window();
    m_prompts->choices.assign({1, 0}); // show the differences, then restore
    ASSERT_TRUE(w.openFile(m_file));
    ASSERT_EQ(m_prompts->chosen.size(), 2u); // asked again after showing the differences
    EXPECT_EQ(m_prompts->chosen[0].title, u"Recover Unsaved Changes"_s);
    EXPECT_EQ(m_prompts->chosen[1].title, u"Recover Unsaved Changes"_s);
    ASSERT_EQ(m_prompts->diffs.size(), 1u);
    EXPECT_TRUE(m_prompts->diffs[0].contains("\n+  name: recovered-name\n"))
        << m_prompts->diffs[0].toStdString();
    EXPECT_TRUE(m_prompts->diffs[0].contains("\n-  name: "));

    ManifestDocument *doc = w.document();
    ASSERT_TRUE(doc);
    EXPECT_TRUE(doc->isModified());
    EXPECT_EQ(doc->manifest().service(doc->manifest().services().at(0)).name(), u"recovered-name"_s);
    // The orphan is gone, and the restored edits are in a copy of this window's own at once.
    EXPECT_TRUE(RecoveryStore(m_folder).orphans().empty());
    const RecoveryWriter *writer = w.documentSafety()->recoveryWriter();
    ASSERT_TRUE(writer);
    EXPECT_TRUE(QFile::exists(writer->copyPath()));

    // Restoring is one undoable step back to the file on disk.
    doc->undoStack()->undo();
    EXPECT_EQ(doc->bytes(), m_original);
    EXPECT_FALSE(doc->isModified());
    EXPECT_FALSE(QFile::exists(writer->copyPath()));
    doc->undoStack()->redo();
    ASSERT_TRUE(w.save());
    EXPECT_TRUE(readFile(m_file).contains("name: recovered-name\n"));
    EXPECT_FALSE(QFile::exists(writer->copyPath()));
}

TEST_F(RecoveryWindowTest, ACopyCanBeDiscardedOrKeptForLater)
{
    editAndKill(u"kept-for-later"_s);

    {
        MainWindow &w = window();
        m_prompts->choices.assign({3}); // later
        ASSERT_TRUE(w.openFile(m_file));
        EXPECT_FALSE(w.document()->isModified());
        EXPECT_EQ(RecoveryStore(m_folder).orphansFor(m_file).size(), 1u);
    }
    MainWindow &w = window();
    m_prompts->choices.assign({2}); // discard
    ASSERT_TRUE(w.openFile(m_file));
    EXPECT_FALSE(w.document()->isModified());
    EXPECT_TRUE(RecoveryStore(m_folder).orphans().empty());
}

TEST_F(RecoveryWindowTest, AtStartOrphansOfAnUntitledDocumentOpenAsOne)
{
    QDir().mkpath(m_folder);
    QFile orphan(m_folder + u"/deadbeefdeadbeefdeadbeefdeadbeef_1.recovery"_s);
    ASSERT_TRUE(orphan.open(QIODevice::WriteOnly));
    orphan.write("service-designer-recovery 1\n{\"path\":\"\",\"savedAt\":"
                 "\"2026-12-01T10:00:00.000Z\",\"baseSha256\":\"\"}\n"
                 "apiVersion: v1\nkind: Service\nmetadata:\n  name: from-the-crash\n");
    orphan.close();
    MainWindow &w = window();
    w.newDocument();
    m_prompts->choices.assign({0});
    w.offerRecovery();
    ASSERT_TRUE(w.document());
    EXPECT_TRUE(w.document()->isModified());
    EXPECT_TRUE(w.document()->filePath().isEmpty());
    EXPECT_EQ(w.document()->manifest().service(w.document()->manifest().services().at(0)).name(),
              u"from-the-crash"_s);
}

} // namespace
} // namespace sd
