// SPDX-License-Identifier: GPL-3.0-or-later
// The window never loses the user's work to a failing save, a read-only file or another
// program's change to the file.
#include <gtest/gtest.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "support/qtprinters.h"
#include "support/scratchmount.h"
#include "support/scriptedprompts.h"
#include "support/testfiles.h"
#include "support/testsettings.h"
#include "widgets/documentsafety.h"
#include "widgets/mainwindow.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const QByteArray kFile = "# why port 80: the old load balancer\napiVersion: v1\nkind: Service\n"
                         "metadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n";

class FileSafetyWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        useTestSettings(u"filesafetywindow_test"_s);
        ASSERT_TRUE(m_dir.isValid());
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window = std::make_unique<MainWindow>(std::move(prompts));
        m_window->setRecoveryStore(RecoveryStore(m_dir.filePath(u"recovery"_s)));
    }

    void TearDown() override
    {
        m_prompts->answers.assign({QMessageBox::Discard});
        m_window.reset();
        removeTestSettings();
    }

    QString fileWith(const QByteArray &bytes, const QString &name = u"web.yaml"_s)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(writeFile(path, bytes));
        return path;
    }

    void rename(const QString &name)
    {
        ManifestDocument *doc = m_window->document();
        const ServiceRef ref = doc->manifest().services().at(0);
        Service edited = doc->manifest().service(ref);
        edited.metadata.value().name.set(name);
        doc->undoStack()->push(new SetServiceCommand(doc, ref, edited, u"Rename"_s));
    }

    QTemporaryDir m_dir;
    ScriptedPrompts *m_prompts = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(FileSafetyWindowTest, ASaveOnAFullDiskSaysSoAndKeepsEverything)
{
    ScratchMount mount("size=64k");
    if (!mount.isMounted())
        GTEST_SKIP() << ScratchMount::whyNot();
    const QString path = mount.filePath(u"web.yaml"_s);
    ASSERT_TRUE(writeFile(path, kFile));
    ASSERT_TRUE(m_window->openFile(path));
    // Fill the disk, then make the document bigger than what is left.
    {
        QFile filler(mount.filePath(u"filler"_s));
        ASSERT_TRUE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    rename(QString(60, u'a'));
    ASSERT_FALSE(m_window->save());
    ASSERT_EQ(m_prompts->told.size(), 1u);
    EXPECT_EQ(m_prompts->told[0].title, u"Cannot Save File"_s);
    EXPECT_TRUE(m_prompts->told[0].informativeText.contains(u"No space left on device"_s))
        << m_prompts->told[0].informativeText.toStdString();
    EXPECT_TRUE(m_prompts->told[0].informativeText.contains(u"your edits are still here"_s));
    EXPECT_EQ(readFile(path), kFile);
    EXPECT_TRUE(m_window->document()->isModified());
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_EQ(QDir(mount.path()).entryList(QDir::Files | QDir::Hidden),
              (QStringList{u"filler"_s, u"web.yaml"_s}));
}

TEST_F(FileSafetyWindowTest, AReadOnlyFileSaysSoBeforeAnyEdit)
{
    const QString path = fileWith(kFile);
    ScratchMount mount("size=64k");
    QString readOnly;
    if (::geteuid() == 0) {
        if (!mount.isMounted())
            GTEST_SKIP() << ScratchMount::whyNot();
        readOnly = mount.filePath(u"web.yaml"_s);
        ASSERT_TRUE(writeFile(readOnly, kFile));
        ASSERT_TRUE(mount.remountReadOnly());
    } else {
        readOnly = path;
        ASSERT_TRUE(QFile::setPermissions(readOnly, QFile::ReadOwner));
    }
    ASSERT_TRUE(m_window->openFile(readOnly));
    EXPECT_TRUE(m_window->windowTitle().contains(u"[read-only]"_s))
        << m_window->windowTitle().toStdString();
    auto *indicator = m_window->findChild<QLabel *>(u"readOnlyIndicator"_s);
    ASSERT_TRUE(indicator);
    EXPECT_FALSE(indicator->isHidden());
    EXPECT_FALSE(indicator->toolTip().isEmpty());
    // Save offers Save As instead of failing at the end.
    rename(u"www"_s);
    m_prompts->choices.assign({1}); // cancel
    EXPECT_FALSE(m_window->save());
    ASSERT_EQ(m_prompts->chosen.size(), 1u);
    EXPECT_EQ(m_prompts->chosen[0].title, u"Cannot Save File"_s);
    EXPECT_EQ(readFile(readOnly), kFile);
}

TEST_F(FileSafetyWindowTest, AChangeOnDiskReloadsWhenNothingIsUnsaved)
{
    const QString path = fileWith(kFile);
    ASSERT_TRUE(m_window->openFile(path));
    m_prompts->choices.assign({0}); // reload
    const QByteArray theirs = kFile + "  - port: 443\n";
    ASSERT_TRUE(writeFile(path, theirs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_prompts->chosen.empty(); }, 5000));
    EXPECT_EQ(m_prompts->chosen[0].title, u"File Changed on Disk"_s);
    EXPECT_EQ(m_window->document()->bytes(), theirs);
    EXPECT_FALSE(m_window->document()->isModified());
}

TEST_F(FileSafetyWindowTest, AlwaysReloadIsRemembered)
{
    const QString path = fileWith(kFile);
    ASSERT_TRUE(m_window->openFile(path));
    m_prompts->choices.assign({1}); // always reload
    ASSERT_TRUE(writeFile(path, kFile + "# one\n"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_prompts->chosen.empty(); }, 5000));
    EXPECT_TRUE(DocumentSafety::alwaysReload());
    // The next change is reloaded without a question.
    ASSERT_TRUE(writeFile(path, kFile + "# two\n"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_window->document()->bytes() == kFile + "# two\n"; }, 5000));
    EXPECT_EQ(m_prompts->chosen.size(), 1u);
}

TEST_F(FileSafetyWindowTest, AChangeOnDiskWithUnsavedEditsLetsTheUserCompareAndKeepTheirs)
{
    const QString path = fileWith(kFile);
    ASSERT_TRUE(m_window->openFile(path));
    rename(u"mine"_s);
    m_prompts->choices.assign({2, 1}); // compare, then keep mine
    const QByteArray theirs = kFile + "  - port: 443\n";
    ASSERT_TRUE(writeFile(path, theirs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_prompts->chosen.size() == 2; }, 5000));
    ASSERT_EQ(m_prompts->diffs.size(), 1u);
    EXPECT_TRUE(m_prompts->diffs[0].contains("\n-  - port: 443\n"));
    EXPECT_TRUE(m_prompts->diffs[0].contains("\n+  name: mine\n"));
    EXPECT_TRUE(m_window->document()->isModified());
    // Keeping mine means the next save writes over theirs, without asking again.
    ASSERT_TRUE(m_window->save());
    EXPECT_EQ(m_prompts->chosen.size(), 2u);
    EXPECT_TRUE(readFile(path).contains("name: mine"));
}

TEST_F(FileSafetyWindowTest, SaveNeverSilentlyOverwritesBytesItDidNotRead)
{
    const QString path = fileWith(kFile);
    ASSERT_TRUE(m_window->openFile(path));
    rename(u"mine"_s);
    // Changed just before the save, before the watcher has said anything.
    const QByteArray theirs = kFile + "# theirs\n";
    ASSERT_TRUE(writeFile(path, theirs));
    m_prompts->choices.assign({2}); // cancel
    EXPECT_FALSE(m_window->save());
    ASSERT_FALSE(m_prompts->chosen.empty());
    EXPECT_EQ(m_prompts->chosen.back().title, u"File Changed on Disk"_s);
    EXPECT_EQ(readFile(path), theirs);
    m_prompts->choices.assign({0}); // overwrite
    EXPECT_TRUE(m_window->save());
    EXPECT_TRUE(readFile(path).contains("name: mine"));
}

TEST_F(FileSafetyWindowTest, ADeletedFileIsNamedInTheTitleAndClosingAsks)
{
    const QString path = fileWith(kFile);
    ASSERT_TRUE(m_window->openFile(path));
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return m_window->windowTitle().contains(u"deleted on disk"_s); },
                        5000));
    m_prompts->answers.assign({QMessageBox::Save});
    EXPECT_TRUE(m_window->closeDocument());
    EXPECT_EQ(readFile(path), kFile) << "saved again where it was";
}

TEST_F(FileSafetyWindowTest, ExportNeverReplacesADevice)
{
    const QString path = fileWith(kFile);
    ASSERT_TRUE(m_window->openFile(path));
    EXPECT_FALSE(m_window->exportTo(u"/dev/null"_s, false, false));
    ASSERT_EQ(m_prompts->told.size(), 1u);
    EXPECT_TRUE(m_prompts->told[0].informativeText.contains(u"device"_s));
}

TEST_F(FileSafetyWindowTest, OpeningAPipeIsRefused)
{
    const QString fifo = m_dir.filePath(u"pipe.yaml"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    EXPECT_FALSE(m_window->openFile(fifo));
    ASSERT_EQ(m_prompts->told.size(), 1u);
    EXPECT_TRUE(m_prompts->told[0].informativeText.contains(u"named pipe"_s));
}

} // namespace
} // namespace sd
