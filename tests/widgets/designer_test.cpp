// SPDX-License-Identifier: GPL-3.0-or-later
// The designer as a user drives it: real widgets, keystrokes and clicks under the offscreen
// platform. From an empty file to a saved manifest that matches a golden file, through a
// provider finding, its fix and undo, and a type change that shows and hides fields.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/validationscheduler.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/itemmodels/porttablemodel.h"
#include "model/itemmodels/servicelistmodel.h"
#include "model/providers/profileloader.h"
#include "model/providers/providerregistry.h"
#include "model/teaching/explanations.h"
#include "resources/resources.h"
#include "support/qtprinters.h"
#include "support/scriptedprompts.h"
#include "support/testfiles.h"
#include "support/testsettings.h"
#include "translations/i18n.h"
#include "widgets/environmenttoolbar.h"
#include "widgets/findingsfiltermodel.h"
#include "widgets/languagemenu.h"
#include "widgets/mainwindow.h"
#include "widgets/serviceform.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

// Chooses an item of a closed combo box with the keyboard, as a user without a mouse does:
// Home, then Down until it is current. Each key emits activated(), as it does for a user.
void chooseWithKeyboard(QComboBox *combo, int index)
{
    ASSERT_TRUE(combo);
    ASSERT_GE(index, 0) << combo->objectName().toStdString();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    ASSERT_EQ(combo->currentIndex(), index);
}

class DesignerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        useTestSettings(u"designer_test"_s);
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window = std::make_unique<MainWindow>(std::move(prompts));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_form = m_window->findChild<ServiceForm *>(u"serviceForm"_s);
        ASSERT_TRUE(m_form);
    }

    void TearDown() override
    {
        m_prompts->answers.assign({QMessageBox::Discard});
        m_window.reset();
        removeTestSettings();
    }

    template<typename T>
    T *child(const QString &name) const
    {
        T *found = m_window->findChild<T *>(name);
        EXPECT_TRUE(found) << name.toStdString();
        return found;
    }

    // The codes of the findings of the open file, after the scheduler has caught up.
    QStringList findingCodes() const
    {
        m_window->scheduler()->validateNow();
        QStringList codes;
        FindingsModel *model = m_window->findingsModel();
        for (int row = 0; row < model->rowCount(); ++row)
            codes << model->index(row, 0).data(FindingsModel::CodeRole).toString();
        return codes;
    }

    const Service &service() const
    {
        return m_window->document()->manifest().service(m_window->currentService());
    }

    QTemporaryDir m_dir;
    ScriptedPrompts *m_prompts = nullptr;
    std::unique_ptr<MainWindow> m_window;
    ServiceForm *m_form = nullptr;
};

TEST_F(DesignerTest, FromAnEmptyFileToASavedManifest)
{
    // Every item model of the window stays consistent through the whole session.
    QAbstractItemModelTester listTester(m_window->serviceListModel());
    QAbstractItemModelTester findingsTester(m_window->findingsModel());
    QAbstractItemModelTester portTester(m_form->portModel());

    // An empty file, then a Service from a template through the menu.
    child<QAction>(u"newAction"_s)->trigger();
    ASSERT_TRUE(m_window->document());
    EXPECT_EQ(m_window->serviceListModel()->rowCount(), 0);
    child<QAction>(u"template-tcp-proxy-protocol"_s)->trigger();
    ASSERT_EQ(m_window->serviceListModel()->rowCount(), 1);

    // Name it by typing.
    auto *name = child<QLineEdit>(u"name"_s);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"signalling"_s);
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(service().name(), u"signalling"_s);

    // Where it runs: AWS, whose classic ELB carries no SCTP.
    auto *provider = child<QComboBox>(u"providerCombo"_s);
    chooseWithKeyboard(provider, provider->findData(u"aws"_s));

    // The port becomes SCTP through the table's own editor.
    QTableView *ports = m_form->portView();
    const QModelIndex protocolCell = m_form->portModel()->index(0, PortTableModel::ProtocolColumn);
    ports->setFocus();
    ports->setCurrentIndex(protocolCell);
    QTest::keyClick(ports, Qt::Key_F2);
    auto *editor = ports->findChild<QComboBox *>(u"protocolEditor"_s);
    ASSERT_TRUE(editor);
    // F2 opens the list at once; the user chooses in it.
    QTRY_VERIFY(editor->view()->isVisible());
    for (int i = editor->currentIndex(); i < editor->findText(u"SCTP"_s); ++i)
        QTest::keyClick(editor->view(), Qt::Key_Down);
    QTest::keyClick(editor->view(), Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits and closes the editor queued
    EXPECT_FALSE(ports->findChild<QComboBox *>(u"protocolEditor"_s));
    ASSERT_EQ(service().ports().front().value().protocol.valueOr(Protocol::TCP), Protocol::SCTP);
    EXPECT_TRUE(findingCodes().contains(u"provider-sctp-unsupported"_s))
        << findingCodes().join(u' ').toStdString();

    // The finding's fix from the findings dock, then undo with the keyboard.
    auto *findingsView = child<QTreeView>(u"findingsView"_s);
    QAbstractItemModel *shown = findingsView->model();
    QModelIndex finding;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex i = shown->index(row, 0);
        if (i.data(FindingsModel::CodeRole).toString() == u"provider-sctp-unsupported")
            finding = i;
    }
    ASSERT_TRUE(finding.isValid());
    findingsView->setCurrentIndex(finding);
    auto *applyFix = child<QAction>(u"applyFixAction"_s);
    ASSERT_TRUE(applyFix->isEnabled());
    applyFix->trigger();
    EXPECT_EQ(service().ports().front().value().protocol.valueOr(Protocol::SCTP), Protocol::TCP);
    EXPECT_FALSE(findingCodes().contains(u"provider-sctp-unsupported"_s));
    m_form->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    EXPECT_EQ(service().ports().front().value().protocol.valueOr(Protocol::TCP), Protocol::SCTP);
    EXPECT_TRUE(findingCodes().contains(u"provider-sctp-unsupported"_s));

    // The type decides which fields show: the template is a LoadBalancer.
    auto *lbBox = child<QGroupBox>(u"loadBalancerBox"_s);
    EXPECT_TRUE(lbBox->isVisible());
    EXPECT_FALSE(ports->isColumnHidden(PortTableModel::NodePortColumn));
    auto *type = child<QComboBox>(u"type"_s);
    chooseWithKeyboard(type, type->findData(u"ClusterIP"_s));
    EXPECT_EQ(service().effectiveType(), ServiceType::ClusterIP);
    EXPECT_FALSE(lbBox->isVisible());
    EXPECT_TRUE(ports->isColumnHidden(PortTableModel::NodePortColumn));
    EXPECT_FALSE(child<QWidget>(u"headless"_s)->isHidden());
    // A ClusterIP Service is not on a load balancer: the provider has nothing to say.
    EXPECT_FALSE(findingCodes().contains(u"provider-sctp-unsupported"_s));
    chooseWithKeyboard(type, type->findData(u"NodePort"_s));
    EXPECT_FALSE(ports->isColumnHidden(PortTableModel::NodePortColumn));
    EXPECT_TRUE(child<QWidget>(u"headless"_s)->isHidden());

    // Save, and the file is what a user would expect.
    m_prompts->pathToSave = m_dir.filePath(u"signalling.yaml"_s);
    child<QAction>(u"saveAction"_s)->trigger();
    EXPECT_FALSE(m_window->document()->isModified());
    const QByteArray saved = readFile(m_prompts->pathToSave);
    const QByteArray golden = readFile(QStringLiteral(SD_TEST_DATA_DIR)
                                       + u"/golden/designer-signalling.yaml"_s);
    EXPECT_EQ(saved, golden) << saved.constData();
}

TEST_F(DesignerTest, ServicesAreAddedDuplicatedMovedAndRemoved)
{
    child<QAction>(u"newAction"_s)->trigger();
    child<QAction>(u"template-web-http"_s)->trigger();
    child<QAction>(u"template-dns"_s)->trigger();
    ServiceListModel *list = m_window->serviceListModel();
    ASSERT_EQ(list->rowCount(), 2);
    EXPECT_EQ(list->index(1).data(ServiceListModel::NameRole).toString(), service().name());

    child<QAction>(u"duplicateAction"_s)->trigger();
    ASSERT_EQ(list->rowCount(), 3);
    EXPECT_EQ(service().name(),
              list->index(1).data(ServiceListModel::NameRole).toString() + u"-copy"_s);

    const QString moved = service().name();
    child<QAction>(u"moveUpAction"_s)->trigger();
    EXPECT_EQ(list->index(1).data(ServiceListModel::NameRole).toString(), moved);
    EXPECT_EQ(service().name(), moved) << "the moved Service stays selected";

    child<QAction>(u"removeServiceAction"_s)->trigger();
    EXPECT_EQ(list->rowCount(), 2);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    EXPECT_EQ(list->rowCount(), 3);
}

// File › New gives an empty file that says what to do next: a hint in the empty list, and the
// list's right-click menu adds a blank Service (or one from a template).
TEST_F(DesignerTest, AnEmptyFileSaysHowToAddAService)
{
    child<QAction>(u"newAction"_s)->trigger();
    auto *hint = child<QLabel>(u"serviceListHint"_s);
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(u"Add Blank Service"_s)) << hint->text().toStdString();
    auto *list = child<QListView>(u"serviceList"_s);
    // The list passes the right-click to its pane, whose menu is its actions.
    EXPECT_EQ(list->parentWidget()->contextMenuPolicy(), Qt::ActionsContextMenu);
    auto *blank = child<QAction>(u"addBlankServiceAction"_s);
    EXPECT_TRUE(list->parentWidget()->actions().contains(blank) || list->actions().contains(blank));
    bool templates = false;
    for (QAction *a : list->parentWidget()->actions() + list->actions())
        templates = templates || (a->menu() && a->menu()->objectName() == u"templateMenu"_s);
    EXPECT_TRUE(templates);

    blank->trigger();
    ASSERT_EQ(m_window->serviceListModel()->rowCount(), 1);
    EXPECT_EQ(service().name(), u"my-service"_s);
    EXPECT_FALSE(hint->isVisible());
    EXPECT_TRUE(findingCodes().isEmpty()) << findingCodes().join(u' ').toStdString();
    blank->trigger();
    EXPECT_EQ(service().name(), u"my-service-2"_s);
    m_window->document()->undoStack()->undo();
    m_window->document()->undoStack()->undo();
    EXPECT_TRUE(hint->isVisible());
}

// The HTTPS template ends TLS at the chosen provider's load balancer: it asks for the
// certificate and adds the annotations the provider reads; where the provider cannot, it says so.
TEST_F(DesignerTest, TheHttpsTemplateTerminatesTlsOnTheChosenProvider)
{
    child<QAction>(u"newAction"_s)->trigger();
    auto *provider = child<QComboBox>(u"providerCombo"_s);
    chooseWithKeyboard(provider, provider->findData(u"aws"_s));
    auto *https = child<QAction>(u"template-https-lb-tls"_s);

    // Cancel: nothing is added.
    m_prompts->textAnswer.reset();
    https->trigger();
    EXPECT_EQ(m_window->serviceListModel()->rowCount(), 0);
    ASSERT_EQ(m_prompts->textLabels.size(), 1);
    EXPECT_TRUE(m_prompts->textLabels.front().contains(u"ARN"_s));

    const QString arn = u"arn:aws:acm:eu-west-1:123456789012:certificate/abc"_s;
    m_prompts->textAnswer = arn;
    https->trigger();
    ASSERT_EQ(m_window->serviceListModel()->rowCount(), 1);
    const StringMap annotations = service().metadata.value().annotations.value();
    const auto valueOf = [&](const QString &key) {
        const Field<QString> *field = annotations.find(key);
        return field ? field->valueOr(QString()) : QString();
    };
    EXPECT_EQ(valueOf(u"service.beta.kubernetes.io/aws-load-balancer-ssl-cert"_s), arn);
    EXPECT_EQ(valueOf(u"service.beta.kubernetes.io/aws-load-balancer-ssl-ports"_s), u"443"_s);
    for (const QString &code : findingCodes())
        EXPECT_FALSE(code.startsWith(u"provider-"_s)) << code.toStdString();

    // Google Cloud does not end TLS for a Service: the template comes as it is, with a word why.
    chooseWithKeyboard(provider, provider->findData(u"gke"_s));
    https->trigger();
    EXPECT_EQ(m_window->serviceListModel()->rowCount(), 2);
    ASSERT_FALSE(m_prompts->told.empty());
    EXPECT_TRUE(m_prompts->told.back().text.contains(u"does not terminate TLS"_s))
        << m_prompts->told.back().text.toStdString();
}

TEST_F(DesignerTest, PortsAreCopiedAndPastedWithTheKeyboard)
{
    child<QAction>(u"newAction"_s)->trigger();
    child<QAction>(u"template-web-http"_s)->trigger();
    QTableView *ports = m_form->portView();
    ASSERT_EQ(m_form->portModel()->rowCount(), 1);
    ports->setFocus();
    ports->selectRow(0);
    QTest::keySequence(ports, QKeySequence::Copy);
    QTest::keySequence(ports, QKeySequence::Paste);
    ASSERT_EQ(m_form->portModel()->rowCount(), 2);
    EXPECT_EQ(service().ports()[1].value().port.valueOr(0), 80);
    // Two ports with one name and number: the validator says so.
    EXPECT_TRUE(findingCodes().contains(u"port-name-duplicate"_s))
        << findingCodes().join(u' ').toStdString();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    EXPECT_EQ(m_form->portModel()->rowCount(), 1);
}

// View › Language switches the whole window at run time, and back; every part speaks Korean.
TEST_F(DesignerTest, LanguageSwitchesAtRunTime)
{
    auto languages = std::make_shared<LanguageChoice>();
    languages->switcher = [](const QString &code) {
        return installTranslators(*QCoreApplication::instance(),
                                  code.isEmpty() ? QLocale() : QLocale(code));
    };
    languages->languages = availableLanguages();
    m_window->setLanguages(languages);
    child<QAction>(u"newAction"_s)->trigger();
    child<QAction>(u"template-sctp-diameter"_s)->trigger();
    auto *korean = child<QAction>(u"language-ko"_s);
    ASSERT_TRUE(korean);
    korean->trigger();
    QApplication::processEvents();

    auto *fileMenu = m_window->menuBar()->actions().value(0);
    EXPECT_EQ(fileMenu->text(), u"파일(&F)"_s);
    bool labelInKorean = false;
    for (QLabel *label : m_form->findChildren<QLabel *>()) {
        if (label->text() == u"이름(&N):")
            labelInKorean = true;
    }
    EXPECT_TRUE(labelInKorean);
    // As a Korean start names it.
    EXPECT_EQ(m_window->environmentToolBar()->toggleViewAction()->text(), u"실행 환경"_s);
    // A finding, in the language of the moment, at once: the multihoming note of the SCTP
    // template.
    FindingsModel *findings = m_window->findingsModel();
    ASSERT_GT(findings->rowCount(), 0);
    const QString message = findings->index(0, FindingsModel::MessageColumn).data().toString();
    EXPECT_TRUE(std::any_of(message.begin(), message.end(), [](QChar c) {
        return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
    })) << message.toStdString();
    // An explanation, in the same language.
    const std::optional<Explanation> e = explanation(u"protocol-sctp"_s,
                                                     explanationLanguage(currentLanguage()),
                                                     explanationsPath());
    ASSERT_TRUE(e);
    EXPECT_EQ(e->language, u"ko"_s);

    child<QAction>(u"language-en"_s)->trigger();
    QApplication::processEvents();
    EXPECT_EQ(fileMenu->text(), u"&File"_s);
    QSettings().remove(u"language"_s);
}

// A broken profile in the user's folder is skipped, and the window says which and where.
TEST_F(DesignerTest, BrokenUserProfilesAreNamedInTheStatusBar)
{
    const QString dir = ProviderRegistry::userProfileDirectory();
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString broken = dir + u"/broken.yaml"_s;
    {
        QFile file(broken);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("format: 1\nid: broken\nname: Broken\nvariants: [{id: x, default: true, "
                   "protocols: {TCP: {support: maybe}}}]\n");
    }
    m_prompts->answers.assign({QMessageBox::Discard});
    auto prompts = std::make_unique<ScriptedPrompts>();
    m_prompts = prompts.get();
    m_window = std::make_unique<MainWindow>(std::move(prompts));
    const QString message = m_window->statusBar()->currentMessage();
    QFile::remove(broken);
    EXPECT_TRUE(message.contains(broken)) << message.toStdString();
    EXPECT_TRUE(message.contains(broken + u":4:"_s)) << message.toStdString();
    // The other profiles are all there.
    auto *provider = child<QComboBox>(u"providerCombo"_s);
    EXPECT_GE(provider->findData(u"aws"_s), 0);
    EXPECT_LT(provider->findData(u"broken"_s), 0);
}

} // namespace
} // namespace sd
