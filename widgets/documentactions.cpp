// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documentactions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>
#include <QUrl>
#include <QWidget>

#include "model/document/editorsession.h"
#include "model/document/manifestdocument.h"
#include "model/document/recoverystore.h"
#include "model/itemmodels/servicelistmodel.h"
#include "widgets/documentsafety.h"
#include "widgets/recentfilesmenu.h"
#include "widgets/userprompts.h"

using namespace Qt::StringLiterals;

namespace sd {

QString asSentence(QString text)
{
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    return text.endsWith(u'.') ? text : text + u'.';
}

void setStandardShortcuts(QAction *action,
                          const QString &name,
                          QKeySequence::StandardKey key,
                          const QString &fallback)
{
    // X11 outside GNOME and KDE has no Save As, the offscreen platform no Quit.
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys << QKeySequence(fallback);
    action->setShortcuts(keys);
    action->setObjectName(name);
}

DocumentActions::DocumentActions(QWidget *window,
                                 EditorSession *session,
                                 UserPrompts *prompts,
                                 WindowFactory newWindow,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_prompts(prompts)
    , m_newWindow(std::move(newWindow))
    , m_safety(new DocumentSafety(window, prompts, this))
{
    createActions();
    connect(m_safety, &DocumentSafety::message, this, [this](const QString &text) {
        Q_EMIT statusMessage(text, 15000);
    });
    connect(m_safety, &DocumentSafety::fileStateChanged, this, &DocumentActions::titleChanged);
    connect(m_safety, &DocumentSafety::restoreRequested, this, &DocumentActions::restore);
    connect(session, &EditorSession::documentChanged, this, &DocumentActions::documentChanged);
    documentChanged(session->document());
}

DocumentActions::~DocumentActions() = default;

void DocumentActions::setCurrentService(std::function<ServiceRef()> current)
{
    m_currentService = std::move(current);
}

void DocumentActions::createActions()
{
    m_fileMenu = new QMenu(m_window);
    m_newAction = m_fileMenu->addAction(QString(), this, [this] { newDocument(); });
    setStandardShortcuts(m_newAction, u"newAction"_s, QKeySequence::New, u"Ctrl+N"_s);
    m_newWindowAction = m_fileMenu->addAction(QString(), this, [this] {
        if (DocumentActions *other = m_newWindow ? m_newWindow() : nullptr)
            other->newDocument();
    });
    m_newWindowAction->setObjectName(u"newWindowAction"_s);
    m_newWindowAction->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_openAction = m_fileMenu->addAction(QString(), this, &DocumentActions::openWithDialog);
    setStandardShortcuts(m_openAction, u"openAction"_s, QKeySequence::Open, u"Ctrl+O"_s);
    m_recentMenu = new RecentFilesMenu(m_window);
    connect(m_recentMenu, &RecentFilesMenu::fileTriggered, this, [this](const QString &path) {
        openFile(path);
    });
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addSeparator();
    m_saveAction = m_fileMenu->addAction(QString(), this, [this] { save(); });
    setStandardShortcuts(m_saveAction, u"saveAction"_s, QKeySequence::Save, u"Ctrl+S"_s);
    m_saveAsAction = m_fileMenu->addAction(QString(), this, [this] { saveAs(); });
    setStandardShortcuts(m_saveAsAction, u"saveAsAction"_s, QKeySequence::SaveAs, u"Ctrl+Shift+S"_s);
    m_exportMenu = m_fileMenu->addMenu(QString());
    auto addExport = [this](const char16_t *name, bool json, bool selectedOnly) {
        QAction *action = m_exportMenu->addAction(QString(), this, [this, json, selectedOnly] {
            exportWithDialog(json, selectedOnly);
        });
        action->setObjectName(QString::fromUtf16(name));
        return action;
    };
    m_exportYamlAction = addExport(u"exportYamlAction", false, false);
    m_exportJsonAction = addExport(u"exportJsonAction", true, false);
    m_exportMenu->addSeparator();
    m_exportServiceYamlAction = addExport(u"exportServiceYamlAction", false, true);
    m_exportServiceJsonAction = addExport(u"exportServiceJsonAction", true, true);
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(QString(), this, [this] { closeDocument(); });
    setStandardShortcuts(m_closeAction, u"closeAction"_s, QKeySequence::Close, u"Ctrl+W"_s);
    m_quitAction = m_fileMenu->addAction(QString(), m_window, &QWidget::close);
    setStandardShortcuts(m_quitAction, u"quitAction"_s, QKeySequence::Quit, u"Ctrl+Q"_s);
    m_quitAction->setMenuRole(QAction::QuitRole);
}

void DocumentActions::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New"));
    m_newWindowAction->setText(tr("New &Window"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_exportMenu->setTitle(tr("&Export"));
    m_exportYamlAction->setText(tr("The File as &YAML…"));
    m_exportJsonAction->setText(tr("The File as &JSON…"));
    m_exportServiceYamlAction->setText(tr("The Selected Service as Y&AML…"));
    m_exportServiceJsonAction->setText(tr("The Selected Service as J&SON…"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
}

void DocumentActions::documentChanged(ManifestDocument *document)
{
    for (QAction *action :
         {m_saveAction, m_saveAsAction, m_closeAction, m_exportYamlAction, m_exportJsonAction})
        action->setEnabled(document != nullptr);
    m_safety->setDocument(document);
    if (document)
        connect(document, &ManifestDocument::filePathChanged, this, &DocumentActions::titleChanged);
    Q_EMIT titleChanged();
}

QString DocumentActions::workingDirectory() const
{
    // Where the open file is, or else where the last one was.
    const ManifestDocument *document = m_session->document();
    const QString current = document ? document->filePath() : QString();
    const QString near = current.isEmpty() ? m_recentMenu->files().value(0) : current;
    return near.isEmpty() ? QDir::homePath() : QFileInfo(near).absolutePath();
}

QString DocumentActions::fileFilter() const
{
    return tr("Kubernetes manifests (*.yaml *.yml *.json);;All files (*)");
}

bool DocumentActions::openFile(const QString &path, bool offerRecovery)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    FileError error;
    std::unique_ptr<ManifestDocument> document = ManifestDocument::load(absolute, &error);
    if (!document) {
        m_prompts->tell(m_window,
                        {QMessageBox::Critical,
                         tr("Cannot Open File"),
                         tr("%1 could not be opened.").arg(QFileInfo(path).fileName()),
                         asSentence(error.message),
                         QDir::toNativeSeparators(absolute)});
        return false;
    }
    if (!maybeSave())
        return false;
    m_session->setDocument(std::move(document));
    m_recentMenu->addFile(absolute);
    reportBrokenDocuments();
    const ManifestDocument *opened = m_session->document();
    if (!opened->readOnlyReason().isEmpty()) {
        Q_EMIT statusMessage(tr("%1 is opened read-only: %2")
                                 .arg(opened->displayName(), opened->readOnlyReason()),
                             0);
    }
    if (offerRecovery)
        m_safety->offerRecoveryForDocument();
    return true;
}

QString DocumentActions::droppedFile(const QMimeData *mime)
{
    const QList<QUrl> urls = mime && mime->hasUrls() ? mime->urls() : QList<QUrl>();
    const auto it = std::find_if(urls.cbegin(), urls.cend(), [](const QUrl &u) {
        return u.isLocalFile();
    });
    return it == urls.cend() ? QString() : it->toLocalFile();
}

bool DocumentActions::openUntitled(const QByteArray &bytes)
{
    FileError error;
    std::unique_ptr<ManifestDocument> document = ManifestDocument::fromBytes(bytes, &error);
    if (!document) {
        m_prompts->tell(m_window,
                        {QMessageBox::Critical,
                         tr("Cannot Open Document"),
                         tr("The document could not be read."),
                         asSentence(error.message),
                         {}});
        return false;
    }
    if (!maybeSave())
        return false;
    m_session->setDocument(std::move(document));
    reportBrokenDocuments();
    return true;
}

bool DocumentActions::newDocument()
{
    if (!maybeSave())
        return false;
    m_session->setDocument(ManifestDocument::createEmpty());
    return true;
}

void DocumentActions::openWithDialog()
{
    const QString path
        = m_prompts->openFileName(m_window, tr("Open Manifest"), workingDirectory(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

void DocumentActions::reportBrokenDocuments()
{
    QStringList errors;
    const ServiceListModel *list = m_session->services();
    for (int row = 0; row < list->rowCount(); ++row) {
        const QModelIndex index = list->index(row);
        if (index.data(ServiceListModel::RowKindRole).value<ServiceListModel::RowKind>()
            == ServiceListModel::RowKind::BrokenDocument)
            errors << index.data(ServiceListModel::ErrorRole).toString();
    }
    reportKubectlReading();
    if (errors.isEmpty())
        return;
    constexpr int shown = 5; // the rest are in the details and in the list
    QString informative = errors.mid(0, shown).join(u'\n');
    if (errors.size() > shown)
        informative += u'\n' + tr("(and %n more)", nullptr, int(errors.size()) - shown);
    informative += u"\n\n"_s
                   + tr("They are marked in the list and kept in the file as they are: saving "
                        "writes them back unchanged.");
    m_prompts->tell(m_window,
                    {QMessageBox::Warning,
                     tr("Some Documents Could Not Be Read"),
                     tr("%n document(s) of %1 could not be read.", nullptr, int(errors.size()))
                         .arg(m_session->document()->displayName()),
                     informative,
                     errors.join(u'\n')});
}

// What `kubectl apply -f` would do otherwise than the list shows: documents it skips without a
// word, where it stops with an error. Said once, when the file is opened.
void DocumentActions::reportKubectlReading()
{
    const ManifestDocument *document = m_session->document();
    QStringList lines;
    for (const FileWarning &w : document->readWarnings()) {
        if (w.code == u"kubectl-ignores-document")
            lines << (w.pos.isValid() ? tr("Line %1: %2").arg(w.pos.line).arg(w.message)
                                      : w.message);
    }
    const std::optional<YamlError> &stop = document->manifest().kubectlStop;
    if (stop)
        lines << tr("Line %1: %2").arg(stop->pos.line).arg(stop->message);
    if (lines.isEmpty())
        return;
    m_prompts->tell(m_window,
                    {QMessageBox::Warning,
                     tr("kubectl Would Read This File Differently"),
                     tr("kubectl apply -f would not apply everything listed in %1.")
                         .arg(document->displayName()),
                     lines.join(u'\n'),
                     {}});
}

bool DocumentActions::maybeSave()
{
    Q_EMIT aboutToWrite();
    const ManifestDocument *document = m_session->document();
    const bool removed = document && m_safety->isRemovedOnDisk();
    if (!document || (!document->isModified() && !removed))
        return true;
    UserPrompts::Message question;
    question.icon = QMessageBox::Warning;
    question.title = tr("Unsaved Changes");
    question.text = removed
                        ? tr("%1 was deleted or renamed by another program. Do you want to "
                             "save it again?")
                              .arg(document->displayName())
                        : tr("Do you want to save the changes to %1?").arg(document->displayName());
    question.informativeText = tr("Your changes will be lost if you don't save them.");
    const auto answer = m_prompts->ask(m_window,
                                       question,
                                       QMessageBox::Save | QMessageBox::Discard
                                           | QMessageBox::Cancel,
                                       QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool DocumentActions::save()
{
    const ManifestDocument *document = m_session->document();
    if (!document)
        return false;
    if (document->filePath().isEmpty())
        return saveAs();
    if (const QString why = document->readOnlyReason(); !why.isEmpty()) {
        const int answer
            = m_prompts->choose(m_window,
                                {QMessageBox::Warning,
                                 tr("Cannot Save File"),
                                 tr("%1 cannot be saved in place.").arg(document->displayName()),
                                 asSentence(why),
                                 QDir::toNativeSeparators(document->filePath())},
                                {{tr("Save &As…"), QMessageBox::AcceptRole},
                                 {tr("Cancel"), QMessageBox::RejectRole}},
                                0);
        return answer == 0 && saveAs();
    }
    return saveTo(document->filePath());
}

bool DocumentActions::saveAs()
{
    const ManifestDocument *document = m_session->document();
    if (!document)
        return false;
    QString suggested = document->filePath();
    if (suggested.isEmpty())
        suggested = QDir(workingDirectory()).filePath(tr("service.yaml"));
    const QString path
        = m_prompts->saveFileName(m_window, tr("Save Manifest As"), suggested, fileFilter());
    return !path.isEmpty() && saveTo(QFileInfo(path).absoluteFilePath());
}

bool DocumentActions::saveTo(const QString &path)
{
    Q_EMIT aboutToWrite();
    ManifestDocument *document = m_session->document();
    if (document->isFile(path) && !m_safety->confirmOverwrite())
        return false;
    if (std::optional<QString> error = document->save(path)) {
        m_prompts->tell(m_window,
                        {QMessageBox::Critical,
                         tr("Cannot Save File"),
                         tr("%1 could not be saved.").arg(QFileInfo(path).fileName()),
                         asSentence(*error) + u"\n\n"_s
                             + tr("The file on disk was not changed, and your edits are still "
                                  "here."),
                         QDir::toNativeSeparators(path)});
        return false;
    }
    Q_EMIT titleChanged();
    m_recentMenu->addFile(path);
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool DocumentActions::closeDocument()
{
    if (!maybeSave())
        return false;
    m_session->setDocument(nullptr);
    return true;
}

bool DocumentActions::exportTo(const QString &path, bool json, bool selectedOnly)
{
    const ManifestDocument *document = m_session->document();
    if (!document)
        return false;
    std::vector<ServiceRef> only;
    const ServiceRef current = m_currentService ? m_currentService() : ServiceRef();
    if (selectedOnly && current.isValid())
        only.push_back(current);
    if (std::optional<QString> error
        = document->exportTo(path, json ? Manifest::Format::Json : Manifest::Format::Yaml, only)) {
        m_prompts->tell(m_window,
                        {QMessageBox::Critical,
                         tr("Cannot Export"),
                         tr("%1 could not be written.").arg(QFileInfo(path).fileName()),
                         asSentence(*error),
                         QDir::toNativeSeparators(path)});
        return false;
    }
    Q_EMIT statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void DocumentActions::exportWithDialog(bool json, bool selectedOnly)
{
    const ManifestDocument *document = m_session->document();
    const ServiceRef current = m_currentService ? m_currentService() : ServiceRef();
    if (!document || (selectedOnly && !current.isValid()))
        return;
    QString base = document->filePath().isEmpty() ? QDir(workingDirectory()).filePath(tr("service"))
                                                  : document->filePath().section(u'.', 0, -2);
    if (selectedOnly) {
        const QString name = document->manifest().service(current).name();
        base = QFileInfo(base).absoluteDir().filePath(name.isEmpty() ? tr("service") : name);
    }
    const QString suggested = base + (json ? u".json"_s : u".export.yaml"_s);
    const QString path = m_prompts->saveFileName(m_window,
                                                 selectedOnly ? tr("Export the Selected Service")
                                                              : tr("Export the File"),
                                                 suggested,
                                                 json ? tr("JSON (*.json);;All files (*)")
                                                      : tr("YAML (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        exportTo(QFileInfo(path).absoluteFilePath(), json, selectedOnly);
}

void DocumentActions::offerRecovery()
{
    m_safety->offerOrphans();
}

void DocumentActions::setRecoveryStore(const RecoveryStore &store)
{
    m_safety->setRecoveryStore(store);
}

void DocumentActions::restore(const RecoveryEntry &entry)
{
    const QString path = entry.originalPath;
    const ManifestDocument *document = m_session->document();
    const bool here = document && document->isFile(path);
    DocumentActions *target = this;
    // Another file's changes go to a window of their own unless this one holds nothing to keep.
    if (!here && document && (document->isModified() || !document->filePath().isEmpty())
        && m_newWindow) {
        target = m_newWindow();
        target->setRecoveryStore(m_safety->recoveryStore());
    }
    if (!here) {
        const bool onDisk = !path.isEmpty() && QFileInfo(path).isFile();
        if (!onDisk || !target->openFile(path, false)) {
            // The file is gone (or never was): the copy becomes a document that saves there.
            target->m_session->setDocument(std::make_unique<ManifestDocument>(Manifest(), path));
        }
    }
    target->m_safety->restoreInto(target->m_session->document(), entry);
}

} // namespace sd
