// SPDX-License-Identifier: GPL-3.0-or-later
#include <deque>

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/itemmodels/servicelistmodel.h"
#include "support/qtprinters.h"
#include "support/scriptedprompts.h"
#include "support/testfiles.h"
#include "support/testsettings.h"
#include "widgets/finddialog.h"
#include "widgets/mainwindow.h"
#include "widgets/recentfilesmenu.h"
#include "widgets/serviceform.h"
#include "widgets/sourceeditor.h"
#include "widgets/userprompts.h"
#include "widgets/yamlhighlighter.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const QString bookinfo = u"034-istio-bookinfo-multidoc.yaml"_s;

QString realWorld(const QString &name)
{
    return QDir(QStringLiteral(SD_REALWORLD_DIR)).filePath(name);
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Recent files and window geometry go to a throw-away settings file.
        useTestSettings(u"mainwindow_test"_s);

        ASSERT_TRUE(m_dir.isValid());
        // Tests that save work on a copy: the real-world files are shared and read-only.
        m_bookinfo = m_dir.filePath(bookinfo);
        ASSERT_TRUE(QFile::copy(realWorld(bookinfo), m_bookinfo));

        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window = std::make_unique<MainWindow>(std::move(prompts));
        m_list = m_window->findChild<QListView *>(u"serviceList"_s);
        m_yaml = m_window->findChild<SourceEditor *>(u"sourceEditor"_s);
        m_header = m_window->findChild<QLabel *>(u"serviceHeader"_s);
        m_summary = m_window->findChild<QLabel *>(u"documentSummary"_s);
        ASSERT_TRUE(m_list && m_yaml && m_header && m_summary);
        // These tests look at the "In the File" tab, which renders only while it is on top.
        m_window->findChild<QTabWidget *>(u"centralTabs"_s)->setCurrentIndex(1);
    }

    void TearDown() override
    {
        m_prompts->answers.assign({QMessageBox::Discard});
        m_window.reset();
        removeTestSettings();
    }

    void showWindow()
    {
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // The menu action with this object name; every one has a shortcut, on every platform.
    QAction *action(const QString &name) const
    {
        auto *action = m_window->findChild<QAction *>(name);
        EXPECT_TRUE(action) << name.toStdString();
        EXPECT_TRUE(action && !action->shortcut().isEmpty()) << name.toStdString();
        return action;
    }

    // The text of the document that holds a Service, as the file has it.
    QString yamlOfService(int index) const
    {
        const Manifest &manifest = m_window->document()->manifest();
        return QString::fromUtf8(
            manifest.documentText(manifest.services().at(size_t(index)).document));
    }

    void renameFirstService(const QString &name)
    {
        ManifestDocument *doc = m_window->document();
        const ServiceRef ref = doc->manifest().services().at(0);
        Service edited = doc->manifest().service(ref);
        edited.metadata.value().name.set(name);
        doc->undoStack()->push(new SetServiceCommand(doc, ref, edited, u"Rename"_s));
        settle();
    }

    // The views follow an edit once the event loop runs, after the command has been announced.
    static void settle() { QCoreApplication::processEvents(); }

    QTemporaryDir m_dir;
    QString m_bookinfo;
    ScriptedPrompts *m_prompts = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QListView *m_list = nullptr;
    SourceEditor *m_yaml = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_summary = nullptr;
};

// Edit › Find goes to a Service or a field by name or value, and leaves the dialog open.
TEST_F(MainWindowTest, FindGoesToAServiceOrAFieldByNameOrValue)
{
    ASSERT_TRUE(m_window->openFile(m_bookinfo));
    auto *find = m_window->findChild<QAction *>(u"findAction"_s);
    ASSERT_TRUE(find);
    EXPECT_EQ(find->shortcut(), QKeySequence(QKeySequence::Find));
    find->trigger();
    auto *dialog = m_window->findChild<FindDialog *>(u"findDialog"_s);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    auto *text = dialog->findChild<QLineEdit *>(u"findText"_s);
    auto *results = dialog->findChild<QListWidget *>(u"findResults"_s);
    ASSERT_TRUE(text && results);

    // By name: the Service itself first.
    QTest::keyClicks(text, u"review"_s);
    dialog->search();
    ASSERT_FALSE(dialog->matches().empty());
    EXPECT_EQ(dialog->matches().front().serviceName, u"reviews"_s);
    EXPECT_EQ(dialog->matches().front().path.toString(), u"metadata.name"_s);
    EXPECT_EQ(results->count(), int(dialog->matches().size()));
    QTest::keyClick(text, Qt::Key_Return);
    const Manifest &manifest = m_window->document()->manifest();
    EXPECT_EQ(manifest.service(m_window->currentService()).name(), u"reviews"_s);
    EXPECT_TRUE(dialog->isVisible());

    // By value: every Service's port 9080, each at its field.
    text->clear();
    QTest::keyClicks(text, u"9080"_s);
    dialog->search();
    ASSERT_GE(dialog->matches().size(), 3u);
    for (const FindMatch &match : dialog->matches()) {
        EXPECT_TRUE(match.path.toString().startsWith(u"spec.ports["_s))
            << match.path.toString().toStdString();
        EXPECT_TRUE(match.value.contains(u"9080"_s));
    }
    results->setCurrentRow(1);
    Q_EMIT results->itemActivated(results->currentItem());
    EXPECT_EQ(m_window->currentService(), dialog->matches()[1].service);

    // Nothing: says so.
    text->clear();
    QTest::keyClicks(text, u"no-such-thing"_s);
    dialog->search();
    EXPECT_TRUE(dialog->matches().empty());
    EXPECT_FALSE(dialog->findChild<QLabel *>(u"findCount"_s)->text().isEmpty());
}

TEST_F(MainWindowTest, OpensEveryFileOfTheCommandLine)
{
    const QString other
        = QFileInfo(realWorld(u"010-k8sweb-simple-service-flow.yaml"_s)).absoluteFilePath();
    const QWidgetList topLevels = QApplication::topLevelWidgets();
    const QSet<QWidget *> before(topLevels.cbegin(), topLevels.cend());
    m_window->openFiles({m_bookinfo, other});
    EXPECT_EQ(m_window->document()->filePath(), m_bookinfo);
    MainWindow *second = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!before.contains(w) && qobject_cast<MainWindow *>(w))
            second = static_cast<MainWindow *>(w);
    }
    ASSERT_TRUE(second);
    ASSERT_TRUE(second->document());
    EXPECT_EQ(second->document()->filePath(), other);
    delete second;
}

TEST_F(MainWindowTest, FitsTheScreenAtFirstAndRestoresTheDocksAfter)
{
    MainWindow first(std::make_unique<ScriptedPrompts>());
    first.restoreSettings(); // none yet
    ASSERT_TRUE(first.screen());
    const QSize screen = first.screen()->availableGeometry().size();
    EXPECT_LE(first.width(), screen.width());
    EXPECT_LE(first.height(), screen.height());

    showWindow();
    m_window->findChild<QDockWidget *>(u"yamlPreviewDock"_s)->hide();
    m_window->close(); // saves the layout
    MainWindow next(std::make_unique<ScriptedPrompts>());
    next.restoreSettings();
    next.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&next));
    EXPECT_FALSE(next.findChild<QDockWidget *>(u"yamlPreviewDock"_s)->isVisible());
    EXPECT_TRUE(next.findChild<QDockWidget *>(u"findingsDock"_s)->isVisible());
}

TEST_F(MainWindowTest, HelpExplainsTheFieldTheKeysAndTheProgram)
{
    EXPECT_EQ(action(u"explainFieldAction"_s)->shortcut(), QKeySequence(QKeySequence::HelpContents));
    m_window->findChild<QAction *>(u"shortcutsAction"_s)->trigger();
    ASSERT_FALSE(m_prompts->told.empty());
    const QString keys = m_prompts->told.back().informativeText;
    EXPECT_TRUE(keys.contains(u"Undo: Ctrl+Z"_s)) << keys.toStdString();
    EXPECT_TRUE(keys.contains(u"Zoom In: Ctrl++"_s)) << keys.toStdString();

    m_window->findChild<QAction *>(u"aboutAction"_s)->trigger();
    const UserPrompts::Message &about = m_prompts->told.back();
    EXPECT_TRUE(about.text.contains(QCoreApplication::applicationVersion()));
    EXPECT_TRUE(about.informativeText.contains(QString::fromLatin1(qVersion())));
    EXPECT_TRUE(about.informativeText.contains(u"General Public License"_s));

    m_window->findChild<QAction *>(u"gettingStartedAction"_s)->trigger();
    EXPECT_EQ(m_prompts->told.back().title, u"Getting Started"_s);
}

TEST_F(MainWindowTest, ZoomChangesTheTextSizeAndIsKept)
{
    const qreal form = m_window->serviceForm()->font().pointSizeF();
    const qreal text = m_yaml->font().pointSizeF();
    action(u"zoomInAction"_s)->trigger();
    action(u"zoomInAction"_s)->trigger();
    EXPECT_EQ(m_window->serviceForm()->font().pointSizeF(), form + 2);
    EXPECT_EQ(m_yaml->font().pointSizeF(), text + 2);
    {
        MainWindow next(std::make_unique<ScriptedPrompts>());
        EXPECT_EQ(next.serviceForm()->font().pointSizeF(), form + 2);
    }
    action(u"zoomResetAction"_s)->trigger();
    EXPECT_EQ(m_window->serviceForm()->font().pointSizeF(), form);
}

TEST_F(MainWindowTest, StartsEmpty)
{
    showWindow();
    EXPECT_EQ(m_window->document(), nullptr);
    EXPECT_EQ(m_window->windowTitle(), u"Service Designer"_s);
    EXPECT_EQ(m_list->model()->rowCount(), 0);
    EXPECT_TRUE(m_yaml->toPlainText().isEmpty());
    EXPECT_FALSE(m_yaml->placeholderText().isEmpty());
    for (const QString &name : {u"openAction"_s,
                                u"saveAction"_s,
                                u"saveAsAction"_s,
                                u"closeAction"_s,
                                u"quitAction"_s,
                                u"undoAction"_s,
                                u"redoAction"_s})
        action(name);
    EXPECT_FALSE(action(u"saveAction"_s)->isEnabled());
    EXPECT_TRUE(action(u"openAction"_s)->isEnabled());
    EXPECT_EQ(m_window->size(), QSize(1280, 800));
}

TEST_F(MainWindowTest, OpensAFileAndShowsItsServicesAndTheFirstOnesYaml)
{
    ASSERT_TRUE(m_window->openFile(m_bookinfo));
    EXPECT_TRUE(m_prompts->told.empty());
    ASSERT_EQ(m_list->model()->rowCount(), 14); // 4 Services, then the 10 other objects
    EXPECT_EQ(m_list->currentIndex().row(), 0);
    EXPECT_EQ(m_yaml->toPlainText(), yamlOfService(0));
    EXPECT_TRUE(m_yaml->toPlainText().contains(u"name: details"_s));
    EXPECT_TRUE(m_header->text().contains(u"details"_s));
    EXPECT_EQ(m_window->windowTitle(), bookinfo + u"[*] — Service Designer"_s);
    EXPECT_FALSE(m_window->isWindowModified());
    // 4 Services, 4 ServiceAccounts and 6 Deployments; no translator is installed in tests.
    EXPECT_EQ(m_summary->text(), u"4 Service(s), 10 other object(s)"_s);
    // An object of another kind is listed after the Services; choosing it shows its text.
    m_list->setCurrentIndex(m_list->model()->index(13, 0));
    QCoreApplication::processEvents();
    EXPECT_TRUE(m_list->currentIndex().data().toString().startsWith(u"Deployment "_s))
        << m_list->currentIndex().data().toString().toStdString();
    EXPECT_TRUE(m_yaml->isVisibleTo(m_window.get())); // the In the File tab is on top
    EXPECT_TRUE(m_yaml->toPlainText().contains(u"kind: Deployment"_s))
        << m_yaml->toPlainText().toStdString();
    EXPECT_FALSE(m_window->currentService().isValid());
    m_list->setCurrentIndex(m_list->model()->index(0, 0));
    EXPECT_EQ(m_window->recentFilesMenu()->files().value(0), m_bookinfo);
}

TEST_F(MainWindowTest, TheInTheFileTabCatchesUpWhenItIsShown)
{
    auto *tabs = m_window->findChild<QTabWidget *>(u"centralTabs"_s);
    tabs->setCurrentIndex(0);
    showWindow();
    ASSERT_TRUE(m_window->openFile(m_bookinfo));
    QTest::keyClick(m_list, Qt::Key_Down);
    EXPECT_EQ(m_list->currentIndex().row(), 1);
    // Behind the form the tab is not written; it shows the current Service when it comes up.
    EXPECT_TRUE(m_yaml->toPlainText().isEmpty());
    tabs->setCurrentIndex(1);
    EXPECT_EQ(m_yaml->toPlainText(), yamlOfService(1));
}

TEST_F(MainWindowTest, ShowsTheServiceTheUserSelects)
{
    ASSERT_TRUE(m_window->openFile(m_bookinfo));
    showWindow();
    const QRect third = m_list->visualRect(m_list->model()->index(2, 0));
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, third.center());
    EXPECT_EQ(m_list->currentIndex().row(), 2);
    EXPECT_EQ(m_yaml->toPlainText(), yamlOfService(2));
    EXPECT_TRUE(m_header->text().contains(u"reviews"_s));

    QTest::keyClick(m_list, Qt::Key_Down);
    EXPECT_EQ(m_yaml->toPlainText(), yamlOfService(3));
    EXPECT_TRUE(m_yaml->toPlainText().contains(u"name: productpage"_s));
}

TEST_F(MainWindowTest, OpensAFileDroppedOnTheWindow)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_bookinfo)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    EXPECT_TRUE(drop.isAccepted());

    // The file opens once the drop has returned.
    EXPECT_TRUE(QTest::qWaitFor([this] { return m_list->model()->rowCount() == 14; }));
    EXPECT_EQ(m_window->document()->filePath(), m_bookinfo);

    QMimeData text;
    text.setText(u"not a file"_s);
    QDragEnterEvent textEnter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, {});
    textEnter.ignore();
    QCoreApplication::sendEvent(m_window.get(), &textEnter);
    EXPECT_FALSE(textEnter.isAccepted());
}

TEST_F(MainWindowTest, ShowsBrokenDocumentsAndKeepsThemOnSave)
{
    const QByteArray bytes = "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n"
                             "---\n"
                             "apiVersion: v1\nkind: Service\nmetadata:\n  name: [b\n"
                             "---\n"
                             "apiVersion: v1\nkind: Service\nmetadata:\n  name: c\n";
    const QString path = m_dir.filePath(u"broken.yaml"_s);
    ASSERT_TRUE(writeFile(path, bytes));

    ASSERT_TRUE(m_window->openFile(path));
    ASSERT_EQ(m_prompts->told.size(), 1u);
    const UserPrompts::Message &message = m_prompts->told.front();
    EXPECT_EQ(message.icon, QMessageBox::Warning);
    EXPECT_TRUE(message.text.contains(u"broken.yaml"_s)) << message.text.toStdString();
    const SourceDocument &broken = m_window->document()->manifest().documents.at(1);
    ASSERT_TRUE(broken.error.has_value());
    const QString where = u"document 2: line %1, column %2: "_s.arg(broken.error->pos.line)
                              .arg(broken.error->pos.column);
    EXPECT_TRUE(message.informativeText.contains(where)) << message.informativeText.toStdString();
    EXPECT_TRUE(m_summary->text().contains(u"1 unreadable document"_s));

    ASSERT_EQ(m_list->model()->rowCount(), 3);
    m_list->setCurrentIndex(m_list->model()->index(1, 0));
    EXPECT_EQ(m_yaml->toPlainText(), QString::fromUtf8(broken.text));
    // The chunk is lines 5 to 9 of the file (its `---` included); an error reported past its end
    // (where the next document starts) marks its last line.
    EXPECT_EQ(m_yaml->errorLine(), std::min(broken.error->pos.line - 4, 5));
    EXPECT_TRUE(m_header->text().contains(u"could not be read"_s));

    m_prompts->pathToSave = m_dir.filePath(u"copy.yaml"_s);
    ASSERT_TRUE(m_window->saveAs());
    EXPECT_EQ(readFile(m_prompts->pathToSave), bytes);
}

TEST_F(MainWindowTest, SaysWhyAFileCannotBeOpenedAndKeepsTheOpenOne)
{
    ASSERT_TRUE(m_window->openFile(m_bookinfo));

    const QString binary = m_dir.filePath(u"binary.yaml"_s);
    ASSERT_TRUE(writeFile(binary, QByteArray("apiVersion: v1\nkind: Serv\xff\xfe\n")));
    EXPECT_FALSE(m_window->openFile(binary));
    ASSERT_EQ(m_prompts->told.size(), 1u);
    const UserPrompts::Message &message = m_prompts->told.back();
    EXPECT_EQ(message.icon, QMessageBox::Critical);
    EXPECT_TRUE(message.text.contains(u"binary.yaml"_s)) << message.text.toStdString();
    EXPECT_TRUE(message.informativeText.contains(u"line 2, column 11"_s))
        << message.informativeText.toStdString();
    EXPECT_EQ(m_window->document()->filePath(), m_bookinfo);
    EXPECT_EQ(m_list->model()->rowCount(), 14);

    EXPECT_FALSE(m_window->openFile(m_dir.filePath(u"missing.yaml"_s)));
    EXPECT_FALSE(m_window->openFile(m_dir.path()));
    EXPECT_EQ(m_prompts->told.size(), 3u);
    EXPECT_EQ(m_window->document()->filePath(), m_bookinfo);
    EXPECT_TRUE(m_prompts->asked.empty());
}

TEST_F(MainWindowTest, SavesAnUneditedFileByteForByte)
{
    ASSERT_TRUE(m_window->openFile(m_bookinfo));
    m_prompts->pathToSave = m_dir.filePath(u"saved-as.yaml"_s);
    action(u"saveAsAction"_s)->trigger();
    EXPECT_EQ(readFile(m_prompts->pathToSave), readFile(realWorld(bookinfo)));
    EXPECT_EQ(m_window->document()->filePath(), m_prompts->pathToSave);
    EXPECT_EQ(m_window->windowTitle(), u"saved-as.yaml[*] — Service Designer"_s);
    EXPECT_EQ(m_window->recentFilesMenu()->files().value(0), m_prompts->pathToSave);

    action(u"saveAction"_s)->trigger(); // to its own path, no dialog
    EXPECT_EQ(m_prompts->saveDialogs, 1);
    EXPECT_EQ(readFile(m_prompts->pathToSave), readFile(realWorld(bookinfo)));
    EXPECT_TRUE(m_prompts->told.empty());
}

TEST_F(MainWindowTest, MarksTheWindowModifiedAndUndoes)
{
    ASSERT_TRUE(m_window->openFile(m_bookinfo));
    const QString original = yamlOfService(0);
    QAction *undo = action(u"undoAction"_s);
    QAction *redo = action(u"redoAction"_s);
    ASSERT_TRUE(undo && redo);
    EXPECT_FALSE(undo->isEnabled());

    renameFirstService(u"details-v2"_s);
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_EQ(m_window->windowTitle(), bookinfo + u"[*] — Service Designer"_s);
    EXPECT_EQ(m_list->model()->index(0, 0).data().toString(), u"details-v2"_s);
    EXPECT_TRUE(m_yaml->toPlainText().contains(u"name: details-v2"_s));
    EXPECT_TRUE(undo->isEnabled());

    undo->trigger();
    settle();
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_EQ(m_yaml->toPlainText(), original);
    redo->trigger();
    EXPECT_TRUE(m_window->isWindowModified());

    // Saving clears the mark and keeps the selection.
    m_list->setCurrentIndex(m_list->model()->index(1, 0));
    ASSERT_TRUE(m_window->save());
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_EQ(m_list->currentIndex().row(), 1);
    EXPECT_EQ(m_yaml->toPlainText(), yamlOfService(1));
    EXPECT_TRUE(readFile(m_bookinfo).contains("name: details-v2"));
}

TEST_F(MainWindowTest, AsksBeforeUnsavedChangesAreLost)
{
    ASSERT_TRUE(m_window->openFile(m_bookinfo));
    renameFirstService(u"changed"_s);
    const QString other
        = QFileInfo(realWorld(u"010-k8sweb-simple-service-flow.yaml"_s)).absoluteFilePath();

    m_prompts->answers.assign({QMessageBox::Cancel});
    EXPECT_FALSE(m_window->openFile(other));
    ASSERT_EQ(m_prompts->asked.size(), 1u);
    EXPECT_TRUE(m_prompts->asked[0].text.contains(bookinfo))
        << m_prompts->asked[0].text.toStdString();
    EXPECT_EQ(m_window->document()->filePath(), m_bookinfo);
    EXPECT_TRUE(m_window->isWindowModified());

    m_prompts->answers.assign({QMessageBox::Cancel});
    EXPECT_FALSE(m_window->closeDocument());
    showWindow();
    m_prompts->answers.assign({QMessageBox::Cancel});
    EXPECT_FALSE(m_window->close());
    EXPECT_TRUE(m_window->isVisible());

    m_prompts->answers.assign({QMessageBox::Save});
    EXPECT_TRUE(m_window->openFile(other));
    EXPECT_TRUE(readFile(m_bookinfo).contains("name: changed"));
    EXPECT_EQ(m_window->document()->filePath(), other);

    renameFirstService(u"changed-again"_s);
    m_prompts->answers.assign({QMessageBox::Discard});
    EXPECT_TRUE(m_window->closeDocument());
    EXPECT_EQ(m_window->document(), nullptr);
    EXPECT_EQ(m_window->windowTitle(), u"Service Designer"_s);
    EXPECT_EQ(m_list->model()->rowCount(), 0);
    EXPECT_TRUE(m_window->close());
}

TEST_F(MainWindowTest, SavingAnUntitledDocumentAsksForAPath)
{
    const QByteArray bytes = "# example\napiVersion: v1\nkind: Service\nmetadata:\n  name: x\n";
    ASSERT_TRUE(m_window->openUntitled(bytes));
    EXPECT_EQ(m_window->windowTitle(), u"untitled[*] — Service Designer"_s);
    EXPECT_EQ(m_list->model()->rowCount(), 1);

    EXPECT_FALSE(m_window->save()); // the dialog is cancelled
    EXPECT_EQ(m_prompts->saveDialogs, 1);

    m_prompts->pathToSave = m_dir.filePath(u"example.yaml"_s);
    EXPECT_TRUE(m_window->save());
    EXPECT_EQ(m_prompts->saveDialogs, 2);
    EXPECT_EQ(readFile(m_prompts->pathToSave), bytes);
    EXPECT_EQ(m_window->windowTitle(), u"example.yaml[*] — Service Designer"_s);
}

TEST_F(MainWindowTest, RemembersTheLastEightFiles)
{
    for (int i = 0; i < 10; ++i) {
        const QString path = m_dir.filePath(u"file%1.yaml"_s.arg(i));
        ASSERT_TRUE(QFile::copy(m_bookinfo, path));
        ASSERT_TRUE(m_window->openFile(path));
    }
    const QStringList files = m_window->recentFilesMenu()->files();
    ASSERT_EQ(files.size(), RecentFilesMenu::maxFiles);
    EXPECT_EQ(files.first(), m_dir.filePath(u"file9.yaml"_s));
    EXPECT_EQ(files.last(), m_dir.filePath(u"file2.yaml"_s));

    // Choosing one opens it.
    const QList<QAction *> actions = m_window->recentFilesMenu()->actions();
    ASSERT_FALSE(actions.isEmpty());
    actions.at(3)->trigger();
    EXPECT_EQ(m_window->document()->filePath(), m_dir.filePath(u"file6.yaml"_s));
}

// The colour of the character at `column` of line `line` (0-based), as the highlighter set it.
QColor colourAt(const QTextDocument &document, int line, int column)
{
    const QTextBlock block = document.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

TEST(YamlHighlighter, TellsKeysValuesCommentsMarkersAndBlockScalarsApart)
{
    QTextDocument document;
    YamlHighlighter highlighter(&document);
    document.setPlainText(u"---\n"
                          "name: web # the name\n"
                          "port: 80\n"
                          "text: |\n"
                          "  key: not a key # nor a comment\n"
                          "other: 'x'\n"_s);
    highlighter.rehighlight(); // the first highlighting waits for the event loop otherwise
    const QColor marker = colourAt(document, 0, 0);
    const QColor key = colourAt(document, 1, 0);
    const QColor string = colourAt(document, 1, 6);
    const QColor comment = colourAt(document, 1, 12);
    const QColor number = colourAt(document, 2, 6);
    for (const QColor &c : {marker, key, string, comment, number})
        EXPECT_TRUE(c.isValid());
    const QSet<QRgb> distinct{marker.rgb(), key.rgb(), string.rgb(), comment.rgb(), number.rgb()};
    EXPECT_EQ(distinct.size(), 5);
    // Inside the block scalar everything is text, up to the next key at its parent's indentation.
    EXPECT_EQ(colourAt(document, 4, 2), string);
    EXPECT_EQ(colourAt(document, 4, 20), string);
    EXPECT_EQ(colourAt(document, 5, 0), key);
    EXPECT_EQ(colourAt(document, 5, 7), string);
}

// What kubectl apply -f would skip or where it would stop is said when the file is opened.
TEST_F(MainWindowTest, SaysWhatKubectlWouldReadDifferently)
{
    const QString path = m_dir.filePath(u"dots.yaml"_s);
    ASSERT_TRUE(writeFile(path,
                          "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n...\n"
                          "apiVersion: v1\nkind: Service\nmetadata:\n  name: b\n"));
    ASSERT_TRUE(m_window->openFile(path));
    ASSERT_EQ(m_prompts->told.size(), 1u);
    EXPECT_EQ(m_prompts->told[0].title, u"kubectl Would Read This File Differently"_s);
    EXPECT_TRUE(m_prompts->told[0].informativeText.startsWith(u"Line 6: kubectl ignores"_s))
        << m_prompts->told[0].informativeText.toStdString();
    // Both Services stay in the list: the file holds them, and the user may fix the marker.
    EXPECT_EQ(m_window->serviceListModel()->rowCount(), 2);
}

} // namespace
} // namespace sd
