// SPDX-License-Identifier: GPL-3.0-or-later
// Ordinary input habits never write a value the user did not choose: the wheel over the form,
// typing into a cell entered by keyboard, arrow keys over a choice, text a cell cannot take, and
// Undo pressed in a field. Each drives the real widgets of the window.
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include "model/document/manifestdocument.h"
#include "model/itemmodels/keyvaluemodel.h"
#include "model/itemmodels/porttablemodel.h"
#include "support/qtprinters.h"
#include "support/scriptedprompts.h"
#include "support/testfiles.h"
#include "support/testsettings.h"
#include "widgets/mainwindow.h"
#include "widgets/serviceform.h"
#include "widgets/userprompts.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const QByteArray web = "apiVersion: v1\n"
                       "kind: Service\n"
                       "metadata:\n"
                       "  name: web\n"
                       "spec:\n"
                       "  ports:\n"
                       "  - name: dns\n"
                       "    port: 53\n"
                       "    protocol: TCP\n"
                       "    targetPort: 8080\n"
                       "  selector:\n"
                       "    app: web\n";

class FormInputTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        useTestSettings(u"forminput_test"_s);
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(u"web.yaml"_s);
        ASSERT_TRUE(writeFile(path, web));
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window = std::make_unique<MainWindow>(std::move(prompts));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        ASSERT_TRUE(m_window->openFile(path));
        m_ports = m_window->serviceForm()->portView();
        ASSERT_TRUE(m_ports);
    }

    void TearDown() override
    {
        m_prompts->answers.assign({QMessageBox::Discard});
        m_window.reset();
        removeTestSettings();
    }

    const Service &service() const
    {
        const Manifest &m = m_window->document()->manifest();
        return m.service(m.services().at(0));
    }
    const ServicePort &port() const { return service().ports().at(0).value(); }

    QModelIndex cell(int column) const { return m_ports->model()->index(0, column); }

    // Makes a cell current without editing it, as arrow keys do.
    void goTo(int column)
    {
        m_ports->setFocus();
        m_ports->setCurrentIndex(cell(column));
        QCoreApplication::processEvents();
    }

    QTemporaryDir m_dir;
    ScriptedPrompts *m_prompts = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_ports = nullptr;
};

} // namespace

TEST_F(FormInputTest, TheWheelScrollsTheFormAndChangesNoFieldWithoutFocus)
{
    m_window->resize(900, 420); // the form scrolls
    QCoreApplication::processEvents();
    auto *policy = m_window->findChild<QComboBox *>(u"internalTrafficPolicy"_s);
    auto *scroll = m_window->findChild<QScrollArea *>(u"serviceFormScroll"_s);
    ASSERT_TRUE(policy && scroll);
    EXPECT_EQ(policy->focusPolicy(), Qt::StrongFocus);
    const int before = policy->currentIndex();
    const int top = scroll->verticalScrollBar()->value();
    ASSERT_LT(top, scroll->verticalScrollBar()->maximum());

    // One notch of the wheel down, over the middle of the field.
    const auto rollOver = [](QWidget *w) {
        const QPointF at(w->width() / 2.0, w->height() / 2.0);
        QWheelEvent wheel(at,
                          w->mapToGlobal(at),
                          QPoint(),
                          QPoint(0, -120),
                          Qt::NoButton,
                          Qt::NoModifier,
                          Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(w, &wheel);
    };
    rollOver(policy);
    EXPECT_EQ(policy->currentIndex(), before);
    EXPECT_FALSE(service().spec.value().internalTrafficPolicy.isSet());
    EXPECT_GT(scroll->verticalScrollBar()->value(), top);

    // Once it has focus, the wheel is the field's.
    policy->setFocus();
    rollOver(policy);
    EXPECT_NE(policy->currentIndex(), before);
}

TEST_F(FormInputTest, TypingIntoACellEnteredByKeyboardReplacesItsText)
{
    goTo(PortTableModel::PortColumn);
    QTest::keyClick(m_ports, Qt::Key_Right); // to Target port, no editor yet
    EXPECT_EQ(m_ports->currentIndex().column(), int(PortTableModel::TargetPortColumn));
    QTest::keyClick(m_ports, Qt::Key_9);
    QWidget *editor = QApplication::focusWidget();
    ASSERT_TRUE(editor && editor != m_ports);
    QTest::keyClicks(editor, u"090"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(port().targetPort.value(), IntOrString(9090));

    // The same for a name, and for app protocol.
    goTo(PortTableModel::AppProtocolColumn);
    QTest::keyClick(m_ports, Qt::Key_D);
    editor = QApplication::focusWidget();
    ASSERT_TRUE(editor && editor != m_ports);
    QTest::keyClicks(editor, u"ns"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(port().appProtocol.value(), u"dns"_s);
}

TEST_F(FormInputTest, ArrowKeysMoveBetweenCellsAndAChoiceIsExplicit)
{
    goTo(PortTableModel::ProtocolColumn);
    QTest::keyClick(m_ports, Qt::Key_Down); // no other row: nothing moves, nothing changes
    QTest::keyClick(m_ports, Qt::Key_Up);
    EXPECT_EQ(QApplication::focusWidget(), m_ports); // no editor opened
    EXPECT_FALSE(m_window->findChild<QComboBox *>(u"protocolEditor"_s));
    EXPECT_EQ(port().protocol.value(), Protocol::TCP);

    // F2 opens the list; Down and Enter choose in it.
    QTest::keyClick(m_ports, Qt::Key_F2);
    auto *combo = m_window->findChild<QComboBox *>(u"protocolEditor"_s);
    ASSERT_TRUE(combo);
    QTRY_VERIFY(combo->view()->isVisible());
    QTest::keyClick(combo->view(), Qt::Key_Down);
    QTest::keyClick(combo->view(), Qt::Key_Return); // the choice is taken, the editor closes
    QCoreApplication::processEvents();
    EXPECT_EQ(port().protocol.value(), Protocol::UDP);
    EXPECT_FALSE(m_window->findChild<QComboBox *>(u"protocolEditor"_s));
    EXPECT_EQ(QApplication::focusWidget(), m_ports);
}

TEST_F(FormInputTest, TextACellCannotTakeIsRefusedWithAReasonAndKept)
{
    goTo(PortTableModel::PortColumn);
    QTest::keyClick(m_ports, Qt::Key_A);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_TRUE(editor);
    EXPECT_EQ(editor->objectName(), u"portEditor"_s);
    QTest::keyClicks(editor, u"bc70000"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    // Still open, as typed, saying why; the port is what it was.
    EXPECT_EQ(QApplication::focusWidget(), editor);
    EXPECT_EQ(editor->text(), u"abc70000"_s);
    EXPECT_TRUE(editor->toolTip().contains(u"1 to 65535"_s)) << editor->toolTip().toStdString();
    EXPECT_EQ(port().port.value(), 53);

    editor->selectAll();
    QTest::keyClicks(editor, u"5353"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(port().port.value(), 5353);

    // Esc gives up and keeps the old value.
    goTo(PortTableModel::PortColumn);
    QTest::keyClick(m_ports, Qt::Key_X);
    editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_TRUE(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCoreApplication::processEvents();
    EXPECT_EQ(port().port.value(), 5353);
}

TEST_F(FormInputTest, UndoInAFieldUndoesTheDocumentEdit)
{
    auto *name = m_window->findChild<QLineEdit *>(u"name"_s);
    ASSERT_TRUE(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"shop"_s);
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(service().name(), u"shop"_s);

    // Typed, not yet taken: Undo takes it as an edit and undoes that.
    QTest::keyClicks(name, u"-x"_s);
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(service().name(), u"shop"_s);
    EXPECT_EQ(name->text(), u"shop"_s);

    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(service().name(), u"web"_s);
    EXPECT_EQ(name->text(), u"web"_s);
    EXPECT_FALSE(m_window->document()->undoStack()->canUndo());
}

TEST_F(FormInputTest, TheKeyboardReachesTheTablesButtons)
{
    goTo(PortTableModel::NameColumn);
    auto *add = m_window->findChild<QToolButton *>(u"portsAdd"_s);
    ASSERT_TRUE(add);
    for (const char *name : {"portsAdd", "portsRemove", "portsUp", "portsDown", "selectorAdd"}) {
        auto *b = m_window->findChild<QToolButton *>(QString::fromLatin1(name));
        ASSERT_TRUE(b) << name;
        EXPECT_FALSE(b->toolTip().isEmpty()) << name;
        EXPECT_FALSE(b->accessibleName().isEmpty()) << name;
    }

    // Five rows show without scrolling.
    EXPECT_GE(m_ports->viewport()->height(), 5 * m_ports->verticalHeader()->defaultSectionSize());

    // Insert adds a row (and edits it); Escape leaves the editor, the row stays.
    QTest::keyClick(m_ports, Qt::Key_Insert);
    QCoreApplication::processEvents();
    EXPECT_EQ(service().ports().size(), 2u);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    m_ports->setFocus();
    // Alt+Up moves it above the first; Delete removes the selected row.
    QTest::keyClick(m_ports, Qt::Key_Up, Qt::AltModifier);
    QCoreApplication::processEvents();
    EXPECT_EQ(m_ports->currentIndex().row(), 0);
    EXPECT_EQ(service().ports().at(1).value().name.value(), u"dns"_s);
    QTest::keyClick(m_ports, Qt::Key_Delete);
    QCoreApplication::processEvents();
    ASSERT_EQ(service().ports().size(), 1u);
    EXPECT_EQ(service().ports().at(0).value().name.value(), u"dns"_s);

    // Tab leaves the table for its buttons.
    m_ports->setFocus();
    QTest::keyClick(m_ports, Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), m_ports);
    EXPECT_EQ(QApplication::focusWidget(), add);
}

TEST_F(FormInputTest, MapEntriesMoveWithAltArrowsAndTheFileKeepsTheOrder)
{
    auto *selector = m_window->findChild<QTableView *>(u"selector"_s);
    ASSERT_TRUE(selector);
    auto *model = qobject_cast<KeyValueModel *>(selector->model());
    ASSERT_TRUE(model);
    ASSERT_EQ(model->appendEntry(u"tier"_s, u"front"_s), 1);
    for (const char *name : {"selectorUp", "selectorDown", "labelsUp", "annotationsDown"}) {
        auto *b = m_window->findChild<QToolButton *>(QString::fromLatin1(name));
        ASSERT_TRUE(b) << name;
        EXPECT_FALSE(b->toolTip().isEmpty()) << name;
    }
    selector->setFocus();
    selector->setCurrentIndex(model->index(1, KeyValueModel::KeyColumn));
    QTest::keyClick(selector, Qt::Key_Up, Qt::AltModifier);
    QCoreApplication::processEvents();
    const auto &entries = service().spec.value().selector.value().entries;
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].key, u"tier"_s);
    EXPECT_EQ(entries[1].key, u"app"_s);
    EXPECT_EQ(selector->currentIndex().row(), 0);
    m_window->document()->syncText();
    EXPECT_TRUE(m_window->document()->bytes().contains("tier: front\n    app: web"))
        << m_window->document()->bytes().constData();
    // One undo step puts it back.
    m_window->document()->undoStack()->undo();
    EXPECT_EQ(service().spec.value().selector.value().entries.front().key, u"app"_s);
}

TEST_F(FormInputTest, AnnotationKeyCompletionsAreWideAndDescribed)
{
    auto *provider = m_window->findChild<QComboBox *>(u"providerCombo"_s);
    ASSERT_TRUE(provider);
    // As the user chooses: the toolbar follows what is chosen, not what is set.
    provider->setFocus();
    QTest::keyClick(provider, Qt::Key_Home);
    while (provider->currentData().toString() != u"aws"_s
           && provider->currentIndex() + 1 < provider->count())
        QTest::keyClick(provider, Qt::Key_Down);
    ASSERT_EQ(provider->currentData().toString(), u"aws"_s);
    auto *annotations = m_window->findChild<QTableView *>(u"annotations"_s);
    ASSERT_TRUE(annotations);
    auto *model = qobject_cast<KeyValueModel *>(annotations->model());
    ASSERT_TRUE(model);
    ASSERT_EQ(model->appendEntry(u"x"_s, u"y"_s), 0);
    annotations->setFocus();
    annotations->edit(model->index(0, KeyValueModel::KeyColumn));
    auto *edit = m_window->findChild<QLineEdit *>(u"annotationKeyEditor"_s);
    ASSERT_TRUE(edit && edit->completer());
    QCompleter *completer = edit->completer();
    EXPECT_GE(completer->popup()->minimumWidth(), 560);
    completer->setCompletionPrefix(u"ssl-cert"_s);
    ASSERT_GT(completer->completionCount(), 0);
    const QModelIndex first = completer->completionModel()->index(0, 0);
    EXPECT_TRUE(first.data().toString().contains(u"ssl-cert"_s));
    EXPECT_FALSE(first.data(Qt::ToolTipRole).toString().isEmpty());
    // The description has a line of its own under the key.
    QStyleOptionViewItem option;
    option.initFrom(completer->popup());
    const int height = completer->popup()->itemDelegate()->sizeHint(option, first).height();
    EXPECT_GE(height, 2 * completer->popup()->fontMetrics().height());
}

// Every button of the window says what it does (tooltip) and has a name a screen reader reads.
TEST_F(FormInputTest, EveryButtonHasATooltipAndAnAccessibleName)
{
    QStringList missing;
    for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
        const QString name = button->objectName().isEmpty()
                                 ? QString::fromLatin1(button->metaObject()->className())
                                 : button->objectName();
        QString spoken = button->accessibleName().isEmpty() ? button->text()
                                                            : button->accessibleName();
        if (button->toolTip().isEmpty())
            missing << name + u": no tooltip"_s;
        if (spoken.remove(u'&').trimmed().isEmpty())
            missing << name + u": no accessible name"_s;
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.join(u'\n').toStdString();
}

TEST(MessageBoxes, EveryButtonHasItsOwnMnemonic)
{
    QMessageBox box;
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    giveMnemonics(box);
    QSet<QChar> keys;
    for (QAbstractButton *button : box.buttons()) {
        const QString text = button->text();
        const qsizetype amp = text.indexOf(u'&');
        ASSERT_GE(amp, 0) << text.toStdString();
        ASSERT_LT(amp + 1, text.size());
        EXPECT_FALSE(keys.contains(text.at(amp + 1).toLower())) << text.toStdString();
        keys.insert(text.at(amp + 1).toLower());
    }
    EXPECT_EQ(keys.size(), 3);
}

TEST_F(FormInputTest, DeleteInTheListRemovesTheServiceButNotInAField)
{
    auto *name = m_window->findChild<QLineEdit *>(u"name"_s);
    name->setFocus();
    name->setCursorPosition(0);
    QTest::keyClick(name, Qt::Key_Delete);
    QCoreApplication::processEvents();
    EXPECT_EQ(m_window->document()->manifest().services().size(), 1u);
    auto *list = m_window->findChild<QListView *>(u"serviceList"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCoreApplication::processEvents();
    EXPECT_TRUE(m_window->document()->manifest().services().empty());
}

} // namespace sd
