// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/itemmodels/servicelistmodel.h"
#include "widgets/recentfilesmenu.h"
#include "widgets/servicelistpane.h"
#include "widgets/serviceyamlpane.h"
#include "widgets/userprompts.h"

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
{
    createWidgets();
    createActions();
    retranslateUi();
    setAcceptDrops(true);
    resize(1280, 800);
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    // Let the views forget the document before it goes, while this window is still whole.
    m_serviceModel->setDocument(nullptr);
    m_document.reset();
}

void MainWindow::createWidgets()
{
    m_listPane = new ServiceListPane(m_serviceModel, this);
    connect(m_listPane, &ServiceListPane::currentChanged, this, &MainWindow::showCurrent);
    m_yamlPane = new ServiceYamlPane(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_listPane);
    m_splitter->addWidget(m_yamlPane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 940});
    setCentralWidget(m_splitter);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"documentSummary"_s);
    statusBar()->addWidget(m_summary, 1);

    // After a save the model is rebuilt: the counts may have changed.
    connect(m_serviceModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateSummary);
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openWithDialog);
    setShortcuts(m_openAction, u"openAction"_s, QKeySequence::Open, u"Ctrl+O"_s);
    m_recentMenu = new RecentFilesMenu(this);
    connect(m_recentMenu, &RecentFilesMenu::fileTriggered, this, &MainWindow::openFile);
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

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
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
    return true;
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
    m_serviceModel->setDocument(m_document.get());
    if (ManifestDocument *doc = m_document.get()) {
        m_undoGroup->addStack(doc->undoStack());
        m_undoGroup->setActiveStack(doc->undoStack());
        connect(doc, &ManifestDocument::modifiedChanged, this, &QWidget::setWindowModified);
        connect(doc, &ManifestDocument::filePathChanged, this, &MainWindow::updateTitle);
        connect(doc, &ManifestDocument::serviceChanged, this, [this](ServiceRef ref) {
            if (m_serviceModel->serviceAt(m_listPane->currentIndex().row()) == ref)
                showCurrent();
        });
    } else {
        m_undoGroup->setActiveStack(nullptr);
    }
    old.reset(); // after the model and the undo group have moved on

    m_listPane->selectRow(0);
    for (QAction *action : {m_saveAction, m_saveAsAction, m_closeAction})
        action->setEnabled(m_document != nullptr);
    setWindowModified(m_document && m_document->isModified());
    updateTitle();
    updateSummary();
    showCurrent();
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    UserPrompts::Message question;
    question.icon = QMessageBox::Warning;
    question.title = tr("Unsaved Changes");
    question.text = tr("Do you want to save the changes to %1?").arg(m_document->displayName());
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
    if (std::optional<QString> error = m_document->save(path)) {
        m_prompts->tell(this,
                        {QMessageBox::Critical,
                         tr("Cannot Save File"),
                         tr("%1 could not be saved.").arg(QFileInfo(path).fileName()),
                         asSentence(*error),
                         QDir::toNativeSeparators(path)});
        return false;
    }
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

void MainWindow::showCurrent()
{
    m_yamlPane->showRow(m_document.get(), m_listPane->currentIndex());
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document ? tr("%1[*] — Service Designer").arg(m_document->displayName())
                              : tr("Service Designer"));
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
