// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/document/documentcommands.h"
#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/servicetemplates.h"
#include "model/io/manifestio.h"
#include "model/io/safefile.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/itemmodels/protocolmixmodel.h"
#include "model/itemmodels/providercompatibilitymodel.h"
#include "model/itemmodels/servicelistmodel.h"
#include "model/providers/providerregistry.h"
#include "model/validation/validationscheduler.h"
#include "resources/resources.h"
#include "widgets/connectionpathview.h"
#include "widgets/documentsafety.h"
#include "widgets/environmenttoolbar.h"
#include "widgets/explanationpanel.h"
#include "widgets/findingcounts.h"
#include "widgets/findingsdock.h"
#include "widgets/protocolmixchart.h"
#include "widgets/providerchart.h"
#include "widgets/proxyheaderview.h"
#include "widgets/recentfilesmenu.h"
#include "widgets/serviceform.h"
#include "widgets/servicelistpane.h"
#include "widgets/serviceyamlpane.h"
#include "widgets/userprompts.h"
#include "widgets/yamlpreviewdock.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

QString firstLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}

// The model's messages are clauses ("cannot open the file: ..."); a message box shows sentences.
QString asSentence(QString text)
{
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    return text.endsWith(u'.') ? text : text + u'.';
}

// The platform's shortcuts for a standard key, or `fallback` where it has none (X11 outside GNOME
// and KDE has no Save As, the offscreen platform no Quit).
void setShortcuts(QAction *action,
                  const QString &name,
                  QKeySequence::StandardKey key,
                  const QString &fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << QKeySequence(fallback);
    action->setShortcuts(keys);
    action->setObjectName(name); // for tests
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(std::make_unique<UserPrompts>(), parent)
{}

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_prompts(prompts ? std::move(prompts) : std::make_unique<UserPrompts>())
    , m_serviceModel(new ServiceListModel(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_findingsModel(new FindingsModel(this))
{
    createWidgets();
    createActions();
    createDesignerActions();
    retranslateUi();
    setAcceptDrops(true);
    resize(1280, 800);
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // Let the views forget the document before it goes, while this window is still whole.
    m_form->setDocument(nullptr);
    m_serviceModel->setDocument(nullptr);
    m_compatibilityModel->setDocument(nullptr);
    m_protocolMixModel->setDocument(nullptr);
    m_document.reset();
}

void MainWindow::createWidgets()
{
    m_listPane = new ServiceListPane(m_serviceModel, this);
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
    m_findingsDock = new FindingsDock(m_findingsModel, this);
    m_findingsDock->setObjectName(u"findingsDock"_s);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    resizeDocks({m_previewDock}, {380}, Qt::Horizontal);
    resizeDocks({m_findingsDock}, {190}, Qt::Vertical);

    std::vector<ProfileError> profileErrors;
    m_environmentBar = new EnvironmentToolBar(ProviderRegistry::withBuiltIns(providerProfilesPath(),
                                                                             true,
                                                                             &profileErrors),
                                              this);
    m_environmentBar->setObjectName(u"environmentToolBar"_s);
    addToolBar(Qt::TopToolBarArea, m_environmentBar);
    // A broken profile of the user's is skipped; say which and where, in the status bar and in
    // the tooltip of the provider choice.
    QStringList problems;
    for (const ProfileError &e : profileErrors)
        problems << e.toString();

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"documentSummary"_s);
    statusBar()->addWidget(m_summary, 1);
    m_readOnly = new QLabel(this);
    m_readOnly->setObjectName(u"readOnlyIndicator"_s);
    m_readOnly->hide();
    statusBar()->addPermanentWidget(m_readOnly);
    m_counts = new FindingCountsLabel(this);
    statusBar()->addPermanentWidget(m_counts);

    m_safety = new DocumentSafety(this, m_prompts.get(), this);
    connect(m_safety, &DocumentSafety::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
    });
    connect(m_safety, &DocumentSafety::fileStateChanged, this, &MainWindow::updateTitle);
    connect(m_safety, &DocumentSafety::restoreRequested, this, &MainWindow::restoreRecovered);

    // After a save the model is rebuilt: the counts may have changed.
    connect(m_serviceModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateSummary);
    connect(m_findingsDock, &FindingsDock::findingActivated, this, &MainWindow::showFinding);
    connect(m_findingsDock, &FindingsDock::fixRequested, this, &MainWindow::applyFix);
    connect(m_form, &ServiceForm::fieldFocused, m_previewDock, &YamlPreviewDock::highlightPath);
    connect(m_form, &ServiceForm::statusMessage, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(m_environmentBar,
            &EnvironmentToolBar::environmentChanged,
            this,
            &MainWindow::applyEnvironment);
    createTeachingDocks();
    applyEnvironment(m_environmentBar->environment());
    if (!problems.isEmpty()) {
        statusBar()->showMessage(tr("%n provider profile(s) could not be read and were skipped: "
                                    "%1",
                                    nullptr,
                                    int(problems.size()))
                                     .arg(problems.join(u"; "_s)));
        m_environmentBar->setToolTip(problems.join(u"\n"_s));
    }
}

void MainWindow::applyEnvironment(const Environment &environment)
{
    if (m_scheduler)
        m_scheduler->setEnvironment(environment);
    m_form->setEnvironment(environment);
    m_pathView->setProfile(environment.platform.provider);
    updateConnection();
}

// Teaching: the explanation of the focused field or the selected finding, and the way a
// connection takes to the pods for the selected port, with the PROXY header it carries.
void MainWindow::createTeachingDocks()
{
    m_explanationDock = new ExplanationPanel(this);
    addDockWidget(Qt::RightDockWidgetArea, m_explanationDock);
    tabifyDockWidget(m_previewDock, m_explanationDock);
    m_previewDock->raise();

    m_connectionDock = new QDockWidget(this);
    m_connectionDock->setObjectName(u"connectionDock"_s);
    auto *content = new QWidget(m_connectionDock);
    auto *layout = new QVBoxLayout(content);
    m_pathView = new ConnectionPathView(content);
    m_proxyView = new ProxyHeaderView(content);
    layout->addWidget(m_pathView);
    layout->addWidget(m_proxyView, 1);
    // In a scroll area, so the dock does not claim the height of everything it holds.
    auto *connectionScroll = new QScrollArea(m_connectionDock);
    connectionScroll->setWidgetResizable(true);
    connectionScroll->setFrameShape(QFrame::NoFrame);
    connectionScroll->setWidget(content);
    m_connectionDock->setWidget(connectionScroll);
    addDockWidget(Qt::BottomDockWidgetArea, m_connectionDock);
    tabifyDockWidget(m_findingsDock, m_connectionDock);
    m_findingsDock->raise();

    // Where the design can run, and what it is made of.
    m_chartsDock = new QDockWidget(this);
    m_chartsDock->setObjectName(u"chartsDock"_s);
    auto *charts = new QWidget(m_chartsDock);
    auto *chartsLayout = new QHBoxLayout(charts);
    m_compatibilityModel = new ProviderCompatibilityModel(this);
    m_compatibilityModel->setRegistry(m_environmentBar->registry());
    auto *compatibility = new ProviderCompatibilityChart(charts);
    compatibility->setModel(m_compatibilityModel);
    m_protocolMixModel = new ProtocolMixModel(this);
    auto *mix = new ProtocolMixChart(charts);
    mix->setModel(m_protocolMixModel);
    chartsLayout->addWidget(compatibility, 3);
    chartsLayout->addWidget(mix, 2);
    charts->setMinimumHeight(320);
    auto *chartsScroll = new QScrollArea(m_chartsDock);
    chartsScroll->setWidgetResizable(true);
    chartsScroll->setFrameShape(QFrame::NoFrame);
    chartsScroll->setWidget(charts);
    m_chartsDock->setWidget(chartsScroll);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    tabifyDockWidget(m_connectionDock, m_chartsDock);
    m_findingsDock->raise();
    connect(compatibility,
            &ProviderCompatibilityChart::providerClicked,
            this,
            [this](const QString &id) {
                Environment e = m_environmentBar->environment();
                e.platform.provider = m_environmentBar->registry().find(id);
                m_environmentBar->setEnvironment(e);
            });

    // The tabbed docks share the space the findings had; the form keeps the middle.
    resizeDocks({m_findingsDock}, {200}, Qt::Vertical);
    resizeDocks({m_previewDock}, {380}, Qt::Horizontal);

    connect(m_form, &ServiceForm::fieldFocused, this, &MainWindow::explainField);
    connect(m_form->portView()->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &MainWindow::updateConnection);
    connect(m_findingsDock, &FindingsDock::findingActivated, this, [this] {
        const int row = m_findingsDock->currentSourceRow();
        if (row >= 0)
            m_explanationDock->showFinding(
                m_findingsModel->index(row, 0).data(FindingsModel::CodeRole).toString());
    });
}

void MainWindow::explainField(const FieldPath &path)
{
    // A protocol's topic depends on its value.
    QString value;
    const ServiceRef ref = currentService();
    if (m_document && ref.isValid() && path.portField() == u"protocol") {
        const List<ServicePort> &ports = m_document->manifest().service(ref).ports();
        const size_t index = size_t(*path.portIndex());
        if (index < ports.size() && ports[index].hasValue())
            value = ports[index].value().protocol.hasValue()
                        ? toString(ports[index].value().protocol.value())
                        : QString();
    }
    m_explanationDock->showField(path, value);
    updateConnection();
}

void MainWindow::updateConnection()
{
    const ServiceRef ref = currentService();
    if (!m_pathView || !m_document || !ref.isValid()) {
        if (m_pathView)
            m_pathView->setService(Service(), -1);
        return;
    }
    const QModelIndex current = m_form->portView()->currentIndex();
    m_pathView->setService(m_document->manifest().service(ref),
                           current.isValid() ? current.row() : 0);
    if (m_pathView->proxyVersion() > 0)
        m_proxyView->setVersion(m_pathView->proxyVersion());
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openWithDialog);
    setShortcuts(m_openAction, u"openAction"_s, QKeySequence::Open, u"Ctrl+O"_s);
    m_recentMenu = new RecentFilesMenu(this);
    connect(m_recentMenu, &RecentFilesMenu::fileTriggered, this, [this](const QString &path) {
        openFile(path);
    });
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::save);
    setShortcuts(m_saveAction, u"saveAction"_s, QKeySequence::Save, u"Ctrl+S"_s);
    m_saveAsAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveAs);
    setShortcuts(m_saveAsAction, u"saveAsAction"_s, QKeySequence::SaveAs, u"Ctrl+Shift+S"_s);
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeDocument);
    setShortcuts(m_closeAction, u"closeAction"_s, QKeySequence::Close, u"Ctrl+W"_s);
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    setShortcuts(m_quitAction, u"quitAction"_s, QKeySequence::Quit, u"Ctrl+Q"_s);
    m_quitAction->setMenuRole(QAction::QuitRole);

    // The group's actions follow whichever document is open.
    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undoGroup->createUndoAction(this);
    setShortcuts(m_undoAction, u"undoAction"_s, QKeySequence::Undo, u"Ctrl+Z"_s);
    m_redoAction = m_undoGroup->createRedoAction(this);
    setShortcuts(m_redoAction, u"redoAction"_s, QKeySequence::Redo, u"Ctrl+Shift+Z"_s);
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
}

void MainWindow::createDesignerActions()
{
    // File: new documents and windows, export.
    m_newAction = new QAction(this);
    setShortcuts(m_newAction, u"newAction"_s, QKeySequence::New, u"Ctrl+N"_s);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDocument);
    m_newWindowAction = new QAction(this);
    m_newWindowAction->setObjectName(u"newWindowAction"_s);
    m_newWindowAction->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    connect(m_newWindowAction, &QAction::triggered, this, [] {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->newDocument();
        window->show();
    });
    QAction *first = m_fileMenu->actions().value(0);
    m_fileMenu->insertAction(first, m_newAction);
    m_fileMenu->insertAction(first, m_newWindowAction);
    m_exportMenu = new QMenu(this);
    m_exportYamlAction = m_exportMenu->addAction(QString(), this, [this] {
        exportWithDialog(false, false);
    });
    m_exportYamlAction->setObjectName(u"exportYamlAction"_s);
    m_exportJsonAction = m_exportMenu->addAction(QString(), this, [this] {
        exportWithDialog(true, false);
    });
    m_exportJsonAction->setObjectName(u"exportJsonAction"_s);
    m_exportMenu->addSeparator();
    m_exportServiceYamlAction = m_exportMenu->addAction(QString(), this, [this] {
        exportWithDialog(false, true);
    });
    m_exportServiceYamlAction->setObjectName(u"exportServiceYamlAction"_s);
    m_exportServiceJsonAction = m_exportMenu->addAction(QString(), this, [this] {
        exportWithDialog(true, true);
    });
    m_exportServiceJsonAction->setObjectName(u"exportServiceJsonAction"_s);
    m_fileMenu->insertMenu(m_closeAction, m_exportMenu);
    m_fileMenu->insertSeparator(m_closeAction);

    // Service: templates, duplicate, remove, reorder.
    m_serviceMenu = new QMenu(this);
    menuBar()->insertMenu(nullptr, m_serviceMenu);
    m_templateMenu = m_serviceMenu->addMenu(QString());
    m_templateMenu->setObjectName(u"templateMenu"_s);
    for (const ServiceTemplate &t : serviceTemplates()) {
        QAction *action = m_templateMenu->addAction(QString());
        action->setData(t.id);
        action->setObjectName(u"template-"_s + t.id);
        connect(action, &QAction::triggered, this, [this, id = t.id] {
            addServiceFromTemplate(id);
        });
    }
    m_duplicateAction = m_serviceMenu->addAction(QString(), this, &MainWindow::duplicateService);
    m_duplicateAction->setObjectName(u"duplicateAction"_s);
    m_duplicateAction->setShortcut(QKeySequence(u"Ctrl+D"_s));
    m_removeAction = m_serviceMenu->addAction(QString(), this, &MainWindow::removeService);
    m_removeAction->setObjectName(u"removeServiceAction"_s);
    m_serviceMenu->addSeparator();
    m_moveUpAction = m_serviceMenu->addAction(QString(), this, [this] { moveService(-1); });
    m_moveUpAction->setObjectName(u"moveUpAction"_s);
    m_moveUpAction->setShortcut(QKeySequence(u"Ctrl+Shift+Up"_s));
    m_moveDownAction = m_serviceMenu->addAction(QString(), this, [this] { moveService(1); });
    m_moveDownAction->setObjectName(u"moveDownAction"_s);
    m_moveDownAction->setShortcut(QKeySequence(u"Ctrl+Shift+Down"_s));
    m_listPane->addActions({m_duplicateAction, m_removeAction, m_moveUpAction, m_moveDownAction});
    m_listPane->setContextMenuPolicy(Qt::ActionsContextMenu);

    // View: the docks and the toolbar.
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_findingsDock->toggleViewAction());
    m_viewMenu->addAction(m_previewDock->toggleViewAction());
    m_viewMenu->addAction(m_environmentBar->toggleViewAction());
    m_viewMenu->addAction(m_explanationDock->toggleViewAction());
    m_viewMenu->addAction(m_connectionDock->toggleViewAction());
    m_viewMenu->addAction(m_chartsDock->toggleViewAction());
    createLanguageMenu();
}

namespace {

MainWindow::LanguageSwitcher &languageSwitcher()
{
    static MainWindow::LanguageSwitcher switcher;
    return switcher;
}

QStringList &offeredLanguages()
{
    static QStringList languages;
    return languages;
}

} // namespace

void MainWindow::setLanguageSwitcher(LanguageSwitcher switcher, const QStringList &languages)
{
    languageSwitcher() = std::move(switcher);
    offeredLanguages() = languages;
}

QString MainWindow::storedLanguage()
{
    return QSettings().value(u"language"_s).toString();
}

void MainWindow::createLanguageMenu()
{
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(u"languageMenu"_s);
    m_languageMenu->menuAction()->setVisible(bool(languageSwitcher()));
    auto *group = new QActionGroup(this);
    const QString stored = storedLanguage();
    auto add = [this, group, stored](QAction *action, const QString &code) {
        action->setCheckable(true);
        action->setChecked(code == stored);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [code] {
            if (!languageSwitcher())
                return;
            QSettings().setValue(u"language"_s, code);
            // Without a catalogue for the system's language, English (with its plural forms).
            if (!languageSwitcher()(code) && code.isEmpty())
                languageSwitcher()(u"en"_s);
        });
    };
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setObjectName(u"language-system"_s);
    add(m_systemLanguageAction, QString());
    m_languageMenu->addSeparator();
    for (const QString &code : std::as_const(offeredLanguages())) {
        // Each language in its own words, whatever the current one is.
        QString name = QLocale(code).nativeLanguageName();
        if (code == u"en")
            name = u"English"_s;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(u"language-"_s + code);
        add(action, code);
    }
}

bool MainWindow::newDocument()
{
    if (!maybeSave())
        return false;
    setDocument(ManifestDocument::createEmpty());
    return true;
}

void MainWindow::addServiceFromTemplate(const QString &templateId)
{
    if (!m_document)
        return;
    for (ServiceTemplate &t : serviceTemplates()) {
        if (t.id != templateId)
            continue;
        // After the selected row's document, or at the end.
        const QModelIndex current = m_listPane->currentIndex();
        const int index = current.isValid()
                              ? current.data(ServiceListModel::DocumentIndexRole).toInt() + 1
                              : int(m_document->manifest().documents.size());
        auto *command = new InsertServiceCommand(m_document.get(),
                                                 index,
                                                 std::move(t.service),
                                                 tr("Add %1").arg(t.name));
        const ServiceRef added = command->insertedService();
        m_document->undoStack()->push(command);
        selectService(added);
        m_centralTabs->setCurrentWidget(m_form);
        return;
    }
}

void MainWindow::duplicateService()
{
    const ServiceRef ref = currentService();
    if (!m_document || !ref.isValid())
        return;
    m_document->undoStack()->push(new DuplicateServiceCommand(m_document.get(), ref));
    // The copy goes right after the original's document.
    selectService(ServiceRef{ref.document + 1, 0});
}

void MainWindow::removeService()
{
    const QModelIndex current = m_listPane->currentIndex();
    if (!m_document || !current.isValid())
        return;
    const int row = current.row();
    m_document->undoStack()->push(
        new RemoveDocumentCommand(m_document.get(),
                                  current.data(ServiceListModel::DocumentIndexRole).toInt()));
    m_listPane->selectRow(std::min(row, m_serviceModel->rowCount() - 1));
}

void MainWindow::moveService(int delta)
{
    const QModelIndex current = m_listPane->currentIndex();
    const int target = current.row() + delta;
    if (!m_document || !current.isValid() || target < 0 || target >= m_serviceModel->rowCount())
        return;
    const int from = current.data(ServiceListModel::DocumentIndexRole).toInt();
    const int to = m_serviceModel->index(target).data(ServiceListModel::DocumentIndexRole).toInt();
    if (from == to)
        return; // two items of one List document: they move with it
    m_document->undoStack()->push(new MoveDocumentCommand(m_document.get(), from, to));
}

bool MainWindow::exportTo(const QString &path, bool json, bool selectedOnly)
{
    if (!m_document)
        return false;
    std::vector<ServiceRef> only;
    if (selectedOnly && currentService().isValid())
        only.push_back(currentService());
    const QByteArray bytes = m_document->manifest().exportAs(json ? Manifest::Format::Json
                                                                  : Manifest::Format::Yaml,
                                                             only);
    if (std::optional<QString> error = writeFileSafely(path, bytes)) {
        m_prompts->tell(this,
                        {QMessageBox::Critical,
                         tr("Cannot Export"),
                         tr("%1 could not be written.").arg(QFileInfo(path).fileName()),
                         asSentence(*error),
                         QDir::toNativeSeparators(path)});
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::exportWithDialog(bool json, bool selectedOnly)
{
    if (!m_document || (selectedOnly && !currentService().isValid()))
        return;
    QString base = m_document->filePath().isEmpty()
                       ? QDir(workingDirectory()).filePath(tr("service"))
                       : m_document->filePath().section(u'.', 0, -2);
    if (selectedOnly) {
        const QString name = m_document->manifest().service(currentService()).name();
        base = QFileInfo(base).absoluteDir().filePath(name.isEmpty() ? tr("service") : name);
    }
    const QString suggested = base + (json ? u".json"_s : u".export.yaml"_s);
    const QString path = m_prompts->saveFileName(this,
                                                 selectedOnly ? tr("Export the Selected Service")
                                                              : tr("Export the File"),
                                                 suggested,
                                                 json ? tr("JSON (*.json);;All files (*)")
                                                      : tr("YAML (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        exportTo(QFileInfo(path).absoluteFilePath(), json, selectedOnly);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_newAction->setText(tr("&New"));
    m_newWindowAction->setText(tr("New &Window"));
    m_exportMenu->setTitle(tr("&Export"));
    m_exportYamlAction->setText(tr("The File as &YAML…"));
    m_exportJsonAction->setText(tr("The File as &JSON…"));
    m_exportServiceYamlAction->setText(tr("The Selected Service as Y&AML…"));
    m_exportServiceJsonAction->setText(tr("The Selected Service as J&SON…"));
    m_serviceMenu->setTitle(tr("&Service"));
    m_templateMenu->setTitle(tr("&Add from Template"));
    const std::vector<ServiceTemplate> templates = serviceTemplates();
    for (QAction *action : m_templateMenu->actions()) {
        for (const ServiceTemplate &t : templates) {
            if (t.id == action->data().toString()) {
                action->setText(t.name);
                action->setToolTip(t.description);
                action->setStatusTip(t.description);
            }
        }
    }
    m_duplicateAction->setText(tr("&Duplicate"));
    m_removeAction->setText(tr("&Remove"));
    m_moveUpAction->setText(tr("Move &Up"));
    m_moveDownAction->setText(tr("Move &Down"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("The System's Language"));
    m_centralTabs->setTabText(0, tr("Form"));
    m_centralTabs->setTabText(1, tr("In the File"));
    m_environmentBar->setWindowTitle(tr("Environment"));
    m_connectionDock->setWindowTitle(tr("Connection"));
    m_chartsDock->setWindowTitle(tr("Charts"));
    updateTitle();
    updateSummary();
    showCurrent();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

QString MainWindow::workingDirectory() const
{
    // Where the open file is, or else where the last one was.
    const QString current = m_document ? m_document->filePath() : QString();
    const QString near = current.isEmpty() ? m_recentMenu->files().value(0) : current;
    return near.isEmpty() ? QDir::homePath() : QFileInfo(near).absolutePath();
}

QString MainWindow::fileFilter() const
{
    return tr("Kubernetes manifests (*.yaml *.yml *.json);;All files (*)");
}

bool MainWindow::openFile(const QString &path)
{
    return openFile(path, true);
}

bool MainWindow::openFile(const QString &path, bool offerRecovery)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    FileError error;
    std::unique_ptr<ManifestDocument> document = ManifestDocument::load(absolute, &error);
    if (!document) {
        m_prompts->tell(this,
                        {QMessageBox::Critical,
                         tr("Cannot Open File"),
                         tr("%1 could not be opened.").arg(QFileInfo(path).fileName()),
                         asSentence(error.message),
                         QDir::toNativeSeparators(absolute)});
        return false;
    }
    if (!maybeSave())
        return false;
    setDocument(std::move(document));
    m_recentMenu->addFile(absolute);
    reportBrokenDocuments();
    if (!m_document->readOnlyReason().isEmpty())
        statusBar()->showMessage(tr("%1 is opened read-only: %2")
                                     .arg(m_document->displayName(), m_document->readOnlyReason()));
    if (offerRecovery)
        m_safety->offerRecoveryForDocument();
    return true;
}

void MainWindow::offerRecovery()
{
    m_safety->offerOrphans();
}

void MainWindow::restoreRecovered(const RecoveryEntry &entry)
{
    const QString path = entry.originalPath;
    const bool here = m_document && sameFile(m_document->filePath(), path);
    MainWindow *target = this;
    // Another file's changes go to a window of their own unless this one holds nothing to keep.
    if (!here && m_document && (m_document->isModified() || !m_document->filePath().isEmpty())) {
        target = new MainWindow;
        target->setAttribute(Qt::WA_DeleteOnClose);
        target->setRecoveryStore(m_safety->recoveryStore());
        target->show();
    }
    if (!here) {
        const bool onDisk = !path.isEmpty() && QFileInfo(path).isFile();
        if (!onDisk || !target->openFile(path, false)) {
            // The file is gone (or never was): the copy becomes a document that saves there.
            target->setDocument(std::make_unique<ManifestDocument>(Manifest(), path));
        }
    }
    target->m_safety->restoreInto(target->m_document.get(), entry);
}

void MainWindow::setRecoveryStore(const RecoveryStore &store)
{
    m_safety->setRecoveryStore(store);
}

DocumentSafety *MainWindow::documentSafety() const
{
    return m_safety;
}

bool MainWindow::openUntitled(const QByteArray &bytes)
{
    ReadResult result = readManifest(bytes);
    if (result.error) {
        m_prompts->tell(this,
                        {QMessageBox::Critical,
                         tr("Cannot Open Document"),
                         tr("The document could not be read."),
                         asSentence(result.error->message),
                         {}});
        return false;
    }
    if (!maybeSave())
        return false;
    setDocument(std::make_unique<ManifestDocument>(std::move(result.manifest)));
    reportBrokenDocuments();
    return true;
}

void MainWindow::openWithDialog()
{
    const QString path
        = m_prompts->openFileName(this, tr("Open Manifest"), workingDirectory(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::reportBrokenDocuments()
{
    QStringList errors;
    for (int row = 0; row < m_serviceModel->rowCount(); ++row) {
        const QModelIndex index = m_serviceModel->index(row);
        if (index.data(ServiceListModel::RowKindRole).value<ServiceListModel::RowKind>()
            == ServiceListModel::RowKind::BrokenDocument)
            errors << index.data(ServiceListModel::ErrorRole).toString();
    }
    if (errors.isEmpty())
        return;
    constexpr int shown = 5; // the rest are in the details and in the list
    QString informative = errors.mid(0, shown).join(u'\n');
    if (errors.size() > shown)
        informative += u'\n' + tr("(and %n more)", nullptr, int(errors.size()) - shown);
    informative += u"\n\n"_s
                   + tr("They are marked in the list and kept in the file as they are: saving "
                        "writes them back unchanged.");
    m_prompts->tell(this,
                    {QMessageBox::Warning,
                     tr("Some Documents Could Not Be Read"),
                     tr("%n document(s) of %1 could not be read.", nullptr, int(errors.size()))
                         .arg(m_document->displayName()),
                     informative,
                     errors.join(u'\n')});
}

void MainWindow::setDocument(std::unique_ptr<ManifestDocument> document)
{
    std::unique_ptr<ManifestDocument> old = std::move(m_document);
    m_document = std::move(document);
    // One scheduler per document: it follows that document's edits.
    ValidationScheduler *oldScheduler = m_scheduler;
    m_scheduler = m_document ? new ValidationScheduler(m_document.get(),
                                                       m_environmentBar->environment(),
                                                       this)
                             : nullptr;
    m_findingsModel->setScheduler(m_scheduler);
    m_counts->setScheduler(m_scheduler);
    m_form->setScheduler(m_scheduler);
    delete oldScheduler;
    m_form->setDocument(m_document.get());
    m_serviceModel->setDocument(m_document.get());
    m_compatibilityModel->setDocument(m_document.get());
    m_protocolMixModel->setDocument(m_document.get());
    if (ManifestDocument *doc = m_document.get()) {
        m_undoGroup->addStack(doc->undoStack());
        m_undoGroup->setActiveStack(doc->undoStack());
        connect(doc, &ManifestDocument::modifiedChanged, this, &QWidget::setWindowModified);
        connect(doc, &ManifestDocument::filePathChanged, this, &MainWindow::updateTitle);
        connect(doc, &ManifestDocument::serviceChanged, this, [this](const ServiceChange &change) {
            if (m_serviceModel->serviceAt(m_listPane->currentIndex().row()) == change.service)
                showCurrent();
        });
        // Adding, removing or moving a Service resets the list: keep the same one selected.
        connect(doc, &ManifestDocument::documentsChanged, this, [this](const QList<int> &newIndexOf) {
            const ServiceRef selected = ManifestDocument::remapped(m_form->service(), newIndexOf);
            const int row = selected.isValid() ? m_serviceModel->rowOf(selected) : -1;
            m_listPane->selectRow(std::max(row, 0));
            updateSummary();
            showCurrent();
        });
    } else {
        m_undoGroup->setActiveStack(nullptr);
    }
    m_safety->setDocument(m_document.get());
    old.reset(); // after the model and the undo group have moved on

    m_listPane->selectRow(0);
    for (QAction *action :
         {m_saveAction, m_saveAsAction, m_closeAction, m_exportYamlAction, m_exportJsonAction})
        action->setEnabled(m_document != nullptr);
    m_templateMenu->setEnabled(m_document != nullptr);
    setWindowModified(m_document && m_document->isModified());
    updateTitle();
    updateSummary();
    showCurrent();
}

bool MainWindow::maybeSave()
{
    const bool removed = m_document && m_safety->isRemovedOnDisk();
    if (!m_document || (!m_document->isModified() && !removed))
        return true;
    UserPrompts::Message question;
    question.icon = QMessageBox::Warning;
    question.title = tr("Unsaved Changes");
    question.text
        = removed ? tr("%1 was deleted or renamed by another program. Do you want to "
                       "save it again?")
                        .arg(m_document->displayName())
                  : tr("Do you want to save the changes to %1?").arg(m_document->displayName());
    question.informativeText = tr("Your changes will be lost if you don't save them.");
    const auto answer = m_prompts->ask(this,
                                       question,
                                       QMessageBox::Save | QMessageBox::Discard
                                           | QMessageBox::Cancel,
                                       QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (const QString why = m_document->readOnlyReason(); !why.isEmpty()) {
        const int answer
            = m_prompts->choose(this,
                                {QMessageBox::Warning,
                                 tr("Cannot Save File"),
                                 tr("%1 cannot be saved in place.").arg(m_document->displayName()),
                                 asSentence(why),
                                 QDir::toNativeSeparators(m_document->filePath())},
                                {{tr("Save &As…"), QMessageBox::AcceptRole},
                                 {tr("Cancel"), QMessageBox::RejectRole}},
                                0);
        return answer == 0 && saveAs();
    }
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir(workingDirectory()).filePath(tr("service.yaml"));
    const QString path
        = m_prompts->saveFileName(this, tr("Save Manifest As"), suggested, fileFilter());
    return !path.isEmpty() && saveTo(QFileInfo(path).absoluteFilePath());
}

bool MainWindow::saveTo(const QString &path)
{
    if (sameFile(path, m_document->filePath()) && !m_safety->confirmOverwrite())
        return false;
    if (std::optional<QString> error = m_document->save(path)) {
        m_prompts->tell(this,
                        {QMessageBox::Critical,
                         tr("Cannot Save File"),
                         tr("%1 could not be saved.").arg(QFileInfo(path).fileName()),
                         asSentence(*error) + u"\n\n"_s
                             + tr("The file on disk was not changed, and your edits are still "
                                  "here."),
                         QDir::toNativeSeparators(path)});
        return false;
    }
    updateTitle();
    m_recentMenu->addFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::closeDocument()
{
    if (!maybeSave())
        return false;
    setDocument(nullptr);
    return true;
}

ServiceRef MainWindow::currentService() const
{
    return m_serviceModel->serviceAt(m_listPane->currentIndex().row());
}

void MainWindow::selectService(ServiceRef ref)
{
    const int row = m_serviceModel->rowOf(ref);
    if (row >= 0)
        m_listPane->selectRow(row);
}

void MainWindow::showCurrent()
{
    m_yamlPane->showRow(m_document.get(), m_listPane->currentIndex());
    const ServiceRef ref = currentService();
    if (!(ref == m_form->service()))
        m_form->setService(ref);
    updateConnection();
    if (ref.isValid() && m_document) {
        m_previewDock->setService(m_document->manifest().service(ref));
    } else {
        m_previewDock->clear();
        // A document that could not be read has no form: show its text.
        if (m_listPane->currentIndex().isValid())
            m_centralTabs->setCurrentWidget(m_yamlPane);
    }
    updateServiceActions();
}

void MainWindow::showFinding(ServiceRef ref, const FieldPath &path)
{
    selectService(ref);
    m_centralTabs->setCurrentWidget(m_form);
    m_form->focusField(path);
    m_previewDock->highlightPath(path);
}

bool MainWindow::applyFix(int findingRow)
{
    const Finding *finding = m_findingsModel->findingAt(findingRow);
    const ServiceRef ref = m_findingsModel->serviceAt(findingRow);
    if (!finding || !finding->fix || !m_document || !ref.isValid())
        return false;
    const Fix fix = *finding->fix; // the finding goes when the command revalidates
    Service fixed = m_document->manifest().service(ref);
    fix.apply(fixed);
    if (fixed == m_document->manifest().service(ref))
        return false;
    m_document->undoStack()->push(
        new SetServiceCommand(m_document.get(), ref, std::move(fixed), fix.label));
    statusBar()->showMessage(tr("Applied: %1").arg(fix.label), 5000);
    return true;
}

void MainWindow::updateServiceActions()
{
    const int row = m_listPane->currentIndex().row();
    const bool selected = m_document && m_listPane->currentIndex().isValid();
    m_duplicateAction->setEnabled(currentService().isValid());
    m_exportServiceYamlAction->setEnabled(currentService().isValid());
    m_exportServiceJsonAction->setEnabled(currentService().isValid());
    m_removeAction->setEnabled(selected);
    m_moveUpAction->setEnabled(selected && row > 0);
    m_moveDownAction->setEnabled(selected && row + 1 < m_serviceModel->rowCount());
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Service Designer"));
        m_readOnly->hide();
        return;
    }
    QString name = m_document->displayName();
    const QString readOnly = m_document->readOnlyReason();
    if (m_safety->isRemovedOnDisk())
        name = tr("%1 (deleted on disk)").arg(name);
    else if (!readOnly.isEmpty())
        name = tr("%1 [read-only]").arg(name);
    setWindowTitle(tr("%1[*] — Service Designer").arg(name));
    m_readOnly->setText(tr("Read-only"));
    m_readOnly->setToolTip(asSentence(readOnly));
    m_readOnly->setVisible(!readOnly.isEmpty() && !m_safety->isRemovedOnDisk());
}

void MainWindow::updateSummary()
{
    if (!m_document) {
        m_summary->clear();
        return;
    }
    int services = 0;
    int others = 0;
    int broken = 0;
    for (const SourceDocument &doc : m_document->manifest().documents) {
        if (doc.form == SourceDocument::Form::Broken)
            ++broken;
        for (const Resource &resource : doc.resources)
            ++(resource.isService() ? services : others);
    }
    QStringList parts{tr("%n Service(s)", nullptr, services),
                      tr("%n other object(s)", nullptr, others)};
    if (broken > 0)
        parts << tr("%n unreadable document(s)", nullptr, broken);
    m_summary->setText(parts.join(tr(", ")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!firstLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = firstLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Open after the drop has finished: a message box inside the drop handler would keep the
    // drag source (another application) waiting.
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"mainWindow/splitter"_s).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
}

} // namespace sd
