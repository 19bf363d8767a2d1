// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/mainwindow.h"

#include <QCloseEvent>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include "model/document/editorsession.h"
#include "model/document/manifestdocument.h"
#include "model/document/validationscheduler.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/itemmodels/servicelistmodel.h"
#include "widgets/documentactions.h"
#include "widgets/documentsafety.h"
#include "widgets/documentstatus.h"
#include "widgets/environmenttoolbar.h"
#include "widgets/explanationpanel.h"
#include "widgets/finddialog.h"
#include "widgets/findingsdock.h"
#include "widgets/helpmenu.h"
#include "widgets/languagemenu.h"
#include "widgets/serviceactions.h"
#include "widgets/serviceform.h"
#include "widgets/servicelistpane.h"
#include "widgets/serviceyamlpane.h"
#include "widgets/teachingdocks.h"
#include "widgets/userprompts.h"
#include "widgets/yamlpreviewdock.h"

using namespace Qt::StringLiterals;

namespace sd {

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<UserPrompts>(), parent)
{}

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(prompts ? std::move(prompts) : std::make_unique<UserPrompts>())
    , m_session(new EditorSession(this))
    , m_undoGroup(new QUndoGroup(this))
{
    // Text without OpenType shaping where the script does not need it (Latin, Hangul syllables;
    // Arabic or Indic text is still shaped): a repaint after each edit costs half as much.
    QFont text = font();
    text.setStyleStrategy(QFont::PreferNoShaping);
    setFont(text);
    createWidgets();
    createMenus();
    applyEnvironment(m_environmentBar->environment());
    connect(m_session, &EditorSession::documentChanged, this, &MainWindow::documentChanged);
    retranslateUi();
    setAcceptDrops(true);
    resize(1280, 800);
    documentChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // Let the views forget the document before it goes, while this window is still whole, and
    // the charts their models before the session's models go with it.
    m_session->setDocument(nullptr);
    delete m_teaching;
}

void MainWindow::createWidgets()
{
    m_listPane = new ServiceListPane(m_session->services(), this);
    connect(m_listPane, &ServiceListPane::currentChanged, this, &MainWindow::showCurrent);
    m_yamlPane = new ServiceYamlPane(this);
    m_form = new ServiceForm(this);
    m_form->setObjectName(u"serviceForm"_s);

    // The form edits; the second tab shows the Service as the file has it (and the text of a
    // document that could not be read, which has no form).
    m_centralTabs = new QTabWidget(this);
    m_centralTabs->setObjectName(u"centralTabs"_s);
    m_centralTabs->setDocumentMode(true);
    m_centralTabs->addTab(m_form, QString());
    m_centralTabs->addTab(m_yamlPane, QString());

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_listPane);
    m_splitter->addWidget(m_centralTabs);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 640});
    setCentralWidget(m_splitter);

    m_previewDock = new YamlPreviewDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    m_findingsDock = new FindingsDock(m_session->findings(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);

    m_environmentBar = EnvironmentToolBar::withInstalledProfiles(this);
    m_environmentBar->setObjectName(u"environmentToolBar"_s);
    addToolBar(Qt::TopToolBarArea, m_environmentBar);
    m_session->setRegistry(m_environmentBar->registry());

    m_teaching = new TeachingDocks(this, m_session, m_previewDock, m_findingsDock);
    // The tabbed docks share the space the findings had; the form keeps the middle.
    resizeDocks({m_findingsDock}, {200}, Qt::Vertical);
    resizeDocks({m_previewDock}, {380}, Qt::Horizontal);

    // After a save the model is rebuilt: the counts may have changed.
    connect(m_session->services(), &QAbstractItemModel::modelReset, this, [this] {
        m_status->updateSummary();
    });
    connect(m_findingsDock, &FindingsDock::findingActivated, this, &MainWindow::showFinding);
    connect(m_findingsDock, &FindingsDock::fixRequested, this, &MainWindow::applyFix);
    connect(m_form, &ServiceForm::fieldFocused, m_previewDock, &YamlPreviewDock::highlightPath);
    connect(m_form, &ServiceForm::fieldFocused, this, &MainWindow::explainField);
    connect(m_form, &ServiceForm::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_form->portView()->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::updateConnection);
    connect(m_teaching, &TeachingDocks::fieldRequested, this, [this](const FieldPath &path) {
        m_centralTabs->setCurrentWidget(m_form);
        m_form->focusField(path);
    });
    connect(m_teaching, &TeachingDocks::providerChosen, this, [this](const QString &id) {
        Environment e = m_environmentBar->environment();
        e.platform.provider = m_environmentBar->registry().find(id);
        m_environmentBar->setEnvironment(e);
    });
    connect(m_environmentBar,
            &EnvironmentToolBar::environmentChanged,
            this,
            &MainWindow::applyEnvironment);

    // A broken profile of the user's is skipped; say which and where.
    if (const QStringList problems = m_environmentBar->profileProblems(); !problems.isEmpty()) {
        statusBar()->showMessage(tr("%n provider profile(s) could not be read and were skipped: "
                                    "%1",
                                    nullptr,
                                    int(problems.size()))
                                     .arg(problems.join(u"; "_s)));
    }
}

void MainWindow::createMenus()
{
    m_documentActions = new DocumentActions(
        this, m_session, m_prompts.get(), [this] { return openWindow(); }, this);
    m_documentActions->setCurrentService([this] { return currentService(); });
    connect(m_documentActions,
            &DocumentActions::statusMessage,
            statusBar(),
            &QStatusBar::showMessage);
    m_status = new DocumentStatus(this, m_session, m_documentActions->safety());
    connect(m_documentActions,
            &DocumentActions::titleChanged,
            m_status,
            &DocumentStatus::updateTitle);
    menuBar()->addMenu(m_documentActions->menu());
    connect(m_documentActions,
            &DocumentActions::aboutToWrite,
            m_yamlPane,
            &ServiceYamlPane::flushPendingEdit);

    // The group's actions follow whichever document is open.
    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undoGroup->createUndoAction(this);
    setStandardShortcuts(m_undoAction, u"undoAction"_s, QKeySequence::Undo, u"Ctrl+Z"_s);
    m_redoAction = m_undoGroup->createRedoAction(this);
    setStandardShortcuts(m_redoAction, u"redoAction"_s, QKeySequence::Redo, u"Ctrl+Shift+Z"_s);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    FindDialog::addTo(this, m_editMenu, m_session, std::bind_front(&MainWindow::showFinding, this));
    m_serviceActions = new ServiceActions(this, m_session, m_listPane, m_prompts.get(), this);
    connect(m_serviceActions, &ServiceActions::serviceAdded, this, [this] {
        m_centralTabs->setCurrentWidget(m_form);
    });
    menuBar()->addMenu(m_serviceActions->menu());

    // View: the docks and the toolbar.
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findingsDock->toggleViewAction());
    m_viewMenu->addAction(m_previewDock->toggleViewAction());
    m_viewMenu->addAction(m_environmentBar->toggleViewAction());
    m_viewMenu->addActions(m_teaching->toggleActions());
    HelpMenu::addTo(this, m_prompts.get(), m_viewMenu, [this] { m_teaching->showExplanation(); });
}

void MainWindow::setLanguages(std::shared_ptr<const LanguageChoice> languages)
{
    m_languages = std::move(languages);
    delete m_languageMenu;
    m_languageMenu = nullptr;
    if (!m_languages || !m_languages->switcher)
        return;
    m_viewMenu->addSeparator();
    m_languageMenu = new LanguageMenu(m_languages, m_viewMenu);
    m_viewMenu->addMenu(m_languageMenu);
}

DocumentActions *MainWindow::openWindow()
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setLanguages(m_languages);
    window->show();
    return window->m_documentActions;
}

void MainWindow::retranslateUi()
{
    m_documentActions->retranslateUi();
    m_serviceActions->retranslateUi();
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    if (m_languageMenu)
        m_languageMenu->retranslateUi();
    m_centralTabs->setTabText(0, tr("Form"));
    m_centralTabs->setTabText(1, tr("In the File"));
    m_teaching->retranslateUi();
    m_status->updateTitle();
    m_status->updateSummary();
    showCurrent();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MainWindow::applyEnvironment(const Environment &environment)
{
    m_session->setEnvironment(environment);
    m_form->setEnvironment(environment);
    m_teaching->setProfile(environment.platform.provider);
    updateConnection();
}

void MainWindow::documentChanged(ManifestDocument *document)
{
    m_status->documentChanged();
    m_form->setScheduler(scheduler());
    m_form->setDocument(document);
    m_yamlPane->setScheduler(scheduler());
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        connect(document, &ManifestDocument::modifiedChanged, this, &QWidget::setWindowModified);
        // The preview and the pictures follow the edit once its changes are all announced: after
        // the command, not inside it.
        connect(document,
                &ManifestDocument::serviceChanged,
                this,
                [this](const ServiceChange &change) {
                    if (currentService() == change.service && !m_showPending) {
                        m_showPending = true;
                        QTimer::singleShot(0, this, [this] {
                            m_showPending = false;
                            showCurrent();
                        });
                    }
                });
        // Adding, removing or moving a Service resets the list; the pane keeps the selection.
        m_listPane->followDocument(document);
        connect(document, &ManifestDocument::documentsChanged, this, [this] {
            m_status->updateSummary();
        });
    } else {
        m_undoGroup->setActiveStack(nullptr);
    }
    m_listPane->selectRow(0);
    setWindowModified(document && document->isModified());
    showCurrent();
}

void MainWindow::showCurrent()
{
    m_yamlPane->showRow(document(), m_listPane->currentIndex());
    const ServiceRef ref = currentService();
    if (!(ref == m_form->service()))
        m_form->setService(ref);
    updateConnection();
    if (ref.isValid() && document()) {
        m_previewDock->setService(document()->manifest().service(ref));
    } else {
        m_previewDock->clear();
        // A document that could not be read has no form: show its text.
        if (m_listPane->currentIndex().isValid())
            m_centralTabs->setCurrentWidget(m_yamlPane);
    }
    m_serviceActions->update();
}

void MainWindow::showFinding(ServiceRef ref, const FieldPath &path)
{
    selectService(ref);
    m_centralTabs->setCurrentWidget(m_form);
    m_form->focusField(path);
    m_previewDock->highlightPath(path);
    if (const int row = m_findingsDock->currentSourceRow();
        row >= 0 && findingsModel()->serviceAt(row) == ref) {
        const QModelIndex finding = findingsModel()->index(row, 0);
        m_teaching->explanation()->showFinding(finding.data(FindingsModel::CodeRole).toString());
    }
}

void MainWindow::explainField(const FieldPath &path)
{
    // A protocol's topic depends on its value.
    QString value;
    const ServiceRef ref = currentService();
    if (document() && ref.isValid() && path.portField() == u"protocol") {
        const List<ServicePort> &ports = document()->manifest().service(ref).ports();
        const size_t index = size_t(*path.portIndex());
        if (index < ports.size() && ports[index].hasValue()
            && ports[index].value().protocol.hasValue())
            value = toString(ports[index].value().protocol.value());
    }
    m_teaching->explanation()->showField(path, value);
    updateConnection();
}

void MainWindow::updateConnection()
{
    const QModelIndex port = m_form->portView()->currentIndex();
    m_teaching->showConnection(currentService(), port.isValid() ? port.row() : 0);
}

bool MainWindow::applyFix(int findingRow)
{
    const std::optional<QString> label = m_session->applyFix(findingRow);
    if (label)
        statusBar()->showMessage(tr("Applied: %1").arg(*label), 5000);
    return label.has_value();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documentActions->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DocumentActions::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = DocumentActions::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Open after the drop: a message box in the drop handler would keep the drag source waiting.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // The first start fits the screen, status bar included.
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()) && screen())
        resize(size().boundedTo(screen()->availableGeometry().size() * 0.9));
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray()); // the docks
    m_splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
}

} // namespace sd
