// SPDX-License-Identifier: GPL-3.0-or-later
// The "In the File" tab edits the document's own text: typing there reaches the form once it reads,
// an edit in the form changes the text in place, both are steps of one undo stack, and a document
// that could not be read is fixed there.
#include <gtest/gtest.h>

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "support/qtprinters.h"
#include "support/scriptedprompts.h"
#include "support/testfiles.h"
#include "support/testsettings.h"
#include "widgets/mainwindow.h"
#include "widgets/sourceeditor.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const QByteArray web = "# The shop's front end.\n"
                       "apiVersion: v1\n"
                       "kind: Service\n"
                       "metadata:\n"
                       "  name: web # public name\n"
                       "spec:\n"
                       "  # ports the world sees\n"
                       "  ports:\n"
                       "  - port: 80 # public\n"
                       "---\n"
                       "apiVersion: v1\n"
                       "kind: Service\n"
                       "metadata:\n"
                       "  name: [broken\n"
                       "spec: {}\n";

class SourceViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        useTestSettings(u"sourceview_test"_s);
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"web.yaml"_s);
        ASSERT_TRUE(writeFile(m_path, web));
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window = std::make_unique<MainWindow>(std::move(prompts));
        m_window->findChild<QTabWidget *>(u"centralTabs"_s)->setCurrentIndex(1);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(m_window->openFile(m_path));
        m_editor = m_window->findChild<SourceEditor *>(u"sourceEditor"_s);
        m_name = m_window->findChild<QLineEdit *>(u"name"_s);
        m_problem = m_window->findChild<QLabel *>(u"sourceProblem"_s);
        ASSERT_TRUE(m_editor && m_name && m_problem);
        m_window->findChild<QTabWidget *>(u"centralTabs"_s)->setCurrentIndex(1);
    }

    void TearDown() override
    {
        m_prompts->answers.assign({QMessageBox::Discard});
        m_window.reset();
        removeTestSettings();
    }

    // Selects `what` in the editor and types `with` over it, as the user would.
    void typeOver(const QString &what, const QString &with)
    {
        const qsizetype at = m_editor->toPlainText().indexOf(what);
        ASSERT_GE(at, 0) << what.toStdString();
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(int(at));
        cursor.setPosition(int(at + what.size()), QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_editor->setFocus();
        QTest::keyClicks(m_editor, with);
    }

    // Waits for the pause after typing, and for the views to follow.
    void pause()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_editor->hasPendingEdit(), 5000);
        QCoreApplication::processEvents();
    }

    QByteArray fileText() const { return m_window->document()->bytes(); }

    QTemporaryDir m_dir;
    QString m_path;
    ScriptedPrompts *m_prompts = nullptr;
    std::unique_ptr<MainWindow> m_window;
    SourceEditor *m_editor = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace

TEST_F(SourceViewTest, ShowsTheDocumentsOwnText)
{
    EXPECT_EQ(m_editor->sourceText(), web.left(web.indexOf("---")));
    EXPECT_FALSE(m_editor->isReadOnly());
    EXPECT_EQ(m_editor->firstLineNumber(), 1);
}

TEST_F(SourceViewTest, TypingReachesTheFormOnceItReads)
{
    typeOver(u"web #"_s, u"shop #"_s);
    pause();
    EXPECT_EQ(m_name->text(), u"shop"_s);
    EXPECT_EQ(fileText(), QByteArray(web).replace("name: web #", "name: shop #"));
    EXPECT_TRUE(m_window->isWindowModified());

    // Text that does not read yet: the error is shown, the form keeps the last good state.
    typeOver(u"name: shop"_s, u"name: shop: x"_s);
    pause();
    EXPECT_EQ(m_name->text(), u"shop"_s);
    EXPECT_TRUE(m_problem->isVisible());
    EXPECT_TRUE(m_problem->text().startsWith(u"Line 5, column"_s))
        << m_problem->text().toStdString();
    EXPECT_EQ(m_editor->errorLine(), 5);
    EXPECT_EQ(fileText(), QByteArray(web).replace("name: web #", "name: shop #"));

    typeOver(u"shop: x"_s, u"store"_s);
    pause();
    EXPECT_FALSE(m_problem->isVisible());
    EXPECT_EQ(m_editor->errorLine(), 0);
    EXPECT_EQ(m_name->text(), u"store"_s);

    // All of that typing is one undo step, on the document's stack.
    m_window->document()->undoStack()->undo();
    QCoreApplication::processEvents();
    EXPECT_EQ(fileText(), web);
    EXPECT_EQ(m_editor->sourceText(), web.left(web.indexOf("---")));
    EXPECT_EQ(m_name->text(), u"web"_s);
}

TEST_F(SourceViewTest, AFormEditChangesTheTextInPlace)
{
    // The cursor stands on the port line; the edit is on the name line above it.
    const qsizetype portAt = m_editor->toPlainText().indexOf(u"port: 80"_s);
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(int(portAt));
    m_editor->setTextCursor(cursor);

    m_name->setFocus();
    m_name->selectAll();
    QTest::keyClicks(m_name, u"shop"_s);
    QTest::keyClick(m_name, Qt::Key_Return);
    QCoreApplication::processEvents();

    EXPECT_EQ(m_editor->sourceText(),
              QByteArray(web.left(web.indexOf("---"))).replace("name: web #", "name: shop #"));
    EXPECT_EQ(m_editor->textCursor().position(), portAt + 1); // "shop" is a character longer
    EXPECT_FALSE(m_editor->hasPendingEdit());                 // not taken for typing
    EXPECT_EQ(fileText(), QByteArray(web).replace("name: web #", "name: shop #"));
}

TEST_F(SourceViewTest, ADocumentThatCouldNotBeReadIsFixedHere)
{
    auto *list = m_window->findChild<QListView *>(u"serviceList"_s);
    ASSERT_EQ(list->model()->rowCount(), 2);
    list->setCurrentIndex(list->model()->index(1, 0));
    QCoreApplication::processEvents();
    EXPECT_GT(m_editor->errorLine(), 0);
    EXPECT_EQ(m_editor->firstLineNumber(), 10);

    typeOver(u"[broken"_s, u"fixed"_s);
    pause();
    EXPECT_EQ(m_editor->errorLine(), 0);
    ASSERT_EQ(m_window->document()->manifest().services().size(), 2u);
    EXPECT_EQ(list->currentIndex().row(), 1);
    EXPECT_EQ(m_name->text(), u"fixed"_s);
    EXPECT_EQ(fileText(), QByteArray(web).replace("[broken", "fixed"));

    // Now the form edits it, in its text.
    m_name->setFocus();
    m_name->selectAll();
    QTest::keyClicks(m_name, u"db"_s);
    QTest::keyClick(m_name, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(fileText(), QByteArray(web).replace("[broken", "db"));
}

TEST_F(SourceViewTest, MarksTheLinesOfFindingsInTheMargin)
{
    typeOver(u"port: 80"_s, u"port: 0"_s);
    pause();
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->lineMarkers().value(9, Severity::Info) == Severity::Error,
                             5000);
}

TEST_F(SourceViewTest, SaysOnceWhenAnEditCannotKeepTheText)
{
    // An alias stands for text that other places share: the selector is written anew.
    const QByteArray aliased = "apiVersion: v1\n"
                               "kind: Service\n"
                               "metadata:\n"
                               "  name: web\n"
                               "  labels: &pods\n"
                               "    app: web\n"
                               "spec:\n"
                               "  selector: *pods\n";
    ASSERT_TRUE(writeFile(m_path, aliased));
    m_prompts->answers.assign({QMessageBox::Discard});
    ASSERT_TRUE(m_window->openFile(m_path));
    ManifestDocument *doc = m_window->document();
    const ServiceRef ref = doc->manifest().services().at(0);
    auto select = [&](const QString &value) {
        Service edited = doc->manifest().service(ref);
        edited.spec.value().selector.value().set(u"app"_s, value);
        doc->undoStack()->push(new SetServiceCommand(doc, ref, edited, u"Edit"_s));
        QCoreApplication::processEvents();
    };
    select(u"shop"_s);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"written anew"_s))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(doc->bytes(),
              QByteArray(aliased).replace("  selector: *pods\n", "  selector:\n    app: shop\n"));
    m_window->statusBar()->clearMessage();
    select(u"store"_s);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().isEmpty()); // said once
}

} // namespace sd
