// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documentsafety.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

#include "model/document/diskwatcher.h"
#include "model/document/documentcommands.h"
#include "model/document/manifestdocument.h"
#include "model/document/recoverywriter.h"
#include "model/domain/textdiff.h"
#include "model/tr.h"
#include "widgets/userprompts.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QString alwaysReloadKey = u"files/alwaysReload"_s;

QByteArray readAllOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString nameOf(const QString &path)
{
    return path.isEmpty() ? DocumentSafety::tr("an untitled document") : QFileInfo(path).fileName();
}

} // namespace

DocumentSafety::DocumentSafety(QWidget *window, UserPrompts *prompts, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_prompts(prompts)
{}

DocumentSafety::~DocumentSafety() = default;

void DocumentSafety::setRecoveryStore(RecoveryStore store)
{
    m_store = std::move(store);
    setDocument(m_document);
}

void DocumentSafety::setDocument(ManifestDocument *document)
{
    m_writer.reset();
    m_watcher.reset();
    m_document = document;
    m_pending = false;
    if (!document)
        return;
    m_writer = std::make_unique<RecoveryWriter>(document, m_store);
    connect(m_writer.get(), &RecoveryWriter::failed, this, [this](const QString &why) {
        Q_EMIT message(tr("Cannot keep a recovery copy of the unsaved changes: %1").arg(why));
    });
    m_watcher = std::make_unique<DiskWatcher>(document);
    connect(m_watcher.get(), &DiskWatcher::changedOnDisk, this, &DocumentSafety::onChangedOnDisk);
    connect(m_watcher.get(), &DiskWatcher::removedOnDisk, this, [this] {
        Q_EMIT message(tr("%1 was deleted or renamed by another program. Save to write it again.")
                           .arg(QDir::toNativeSeparators(m_document->filePath())));
        Q_EMIT fileStateChanged();
    });
    connect(m_watcher.get(), &DiskWatcher::restoredOnDisk, this, &DocumentSafety::fileStateChanged);
}

bool DocumentSafety::isRemovedOnDisk() const
{
    return m_watcher && m_watcher->isRemoved();
}

bool DocumentSafety::alwaysReload()
{
    return QSettings().value(alwaysReloadKey, false).toBool();
}

void DocumentSafety::setAlwaysReload(bool always)
{
    QSettings().setValue(alwaysReloadKey, always);
}

void DocumentSafety::showDiffWithDisk()
{
    const QString name = m_document->displayName();
    m_prompts->showDiff(m_window,
                        tr("Your Version and the File on Disk"),
                        unifiedDiff(readAllOf(m_document->filePath()),
                                    m_document->bytes(),
                                    tr("%1 (on disk)").arg(name),
                                    tr("%1 (your version)").arg(name)));
}

// Asked from the event loop, and not while another dialog is open: a question popping up in
// the middle of a save dialog would answer for the wrong thing.
void DocumentSafety::onChangedOnDisk()
{
    m_pending = true;
    QTimer::singleShot(0, this, &DocumentSafety::askAboutDiskChange);
}

void DocumentSafety::askAboutDiskChange()
{
    if (!m_pending || !m_document)
        return;
    if (m_asking || QApplication::activeModalWidget()) {
        QTimer::singleShot(500, this, &DocumentSafety::askAboutDiskChange);
        return;
    }
    m_pending = false;
    if (!m_document->changedOnDisk())
        return; // changed back, or reloaded meanwhile
    const QString name = m_document->displayName();
    if (!m_document->isModified() && alwaysReload()) {
        reload();
        return;
    }
    m_asking = true;
    UserPrompts::Message question;
    question.icon = QMessageBox::Question;
    question.title = tr("File Changed on Disk");
    question.details = QDir::toNativeSeparators(m_document->filePath());
    if (!m_document->isModified()) {
        question.text = tr("%1 was changed by another program.").arg(name);
        question.informativeText = tr("Reload it to see the changes? You have no unsaved edits.");
        const int answer = m_prompts->choose(m_window,
                                             question,
                                             {{tr("&Reload"), QMessageBox::AcceptRole},
                                              {tr("&Always Reload"), QMessageBox::AcceptRole},
                                              {tr("&Ignore"), QMessageBox::RejectRole}},
                                             0);
        if (answer == 1)
            setAlwaysReload(true);
        if (answer == 0 || answer == 1)
            reload();
        else
            m_document->acknowledgeDiskChange();
        m_asking = false;
        return;
    }
    question.icon = QMessageBox::Warning;
    question.text = tr("%1 was changed by another program, and you have unsaved edits.").arg(name);
    question.informativeText = tr("Reload it and lose your edits, or keep your version (saving "
                                  "it will then replace the other program's changes)?");
    for (;;) {
        const int answer = m_prompts->choose(m_window,
                                             question,
                                             {{tr("&Reload and Lose My Edits"),
                                               QMessageBox::DestructiveRole},
                                              {tr("&Keep My Version"), QMessageBox::RejectRole},
                                              {tr("&Compare…"), QMessageBox::ActionRole}},
                                             1);
        if (answer == 2) {
            showDiffWithDisk();
            continue;
        }
        if (answer == 0)
            reload();
        else
            m_document->acknowledgeDiskChange();
        break;
    }
    m_asking = false;
}

void DocumentSafety::reload()
{
    if (std::optional<FileError> error = m_document->reload()) {
        Q_EMIT message(tr("Cannot reload %1: %2").arg(m_document->displayName(), error->message));
        return;
    }
    Q_EMIT message(
        tr("Reloaded %1: it was changed by another program.").arg(m_document->displayName()));
    Q_EMIT fileStateChanged();
}

bool DocumentSafety::confirmOverwrite()
{
    if (!m_document || !m_document->changedOnDisk())
        return true;
    const QString name = m_document->displayName();
    UserPrompts::Message question;
    question.icon = QMessageBox::Warning;
    question.title = tr("File Changed on Disk");
    question.text
        = tr("%1 was changed by another program since you opened or last saved it.").arg(name);
    question.informativeText = tr("Saving now replaces those changes with your version.");
    question.details = QDir::toNativeSeparators(m_document->filePath());
    for (;;) {
        const int answer = m_prompts->choose(m_window,
                                             question,
                                             {{tr("&Overwrite"), QMessageBox::DestructiveRole},
                                              {tr("&Compare…"), QMessageBox::ActionRole},
                                              {tr("Cancel"), QMessageBox::RejectRole}},
                                             2);
        if (answer == 1) {
            showDiffWithDisk();
            continue;
        }
        return answer == 0;
    }
}

void DocumentSafety::offerRecoveryForDocument()
{
    if (!m_document || m_document->filePath().isEmpty())
        return;
    for (const RecoveryEntry &entry : m_store.orphansFor(m_document->filePath()))
        offer(entry);
}

void DocumentSafety::offerOrphans()
{
    for (const RecoveryEntry &entry : m_store.orphans()) {
        if (m_document && m_document->isFile(entry.originalPath))
            continue; // offered when the document was opened
        offer(entry);
    }
}

void DocumentSafety::offer(const RecoveryEntry &entry)
{
    const QString name = nameOf(entry.originalPath);
    const QByteArray onDisk = entry.originalPath.isEmpty() ? QByteArray()
                                                           : readAllOf(entry.originalPath);
    UserPrompts::Message question;
    question.icon = QMessageBox::Warning;
    question.title = tr("Recover Unsaved Changes");
    question.text = tr("Service Designer ended without saving your changes to %1. A copy from "
                       "%2 was kept.")
                        .arg(name,
                             QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat));
    QString informative = tr("Restore them (you can still undo that), or discard the copy?");
    const bool fileMoved = !entry.originalPath.isEmpty() && !entry.baseSha256.isEmpty()
                           && QCryptographicHash::hash(onDisk, QCryptographicHash::Sha256)
                                  != entry.baseSha256;
    if (fileMoved)
        informative += u"\n\n"_s
                       + tr("The file has changed on disk since your edits began: restoring "
                            "replaces those changes too. Show the differences to check.");
    question.informativeText = informative;
    question.details = QDir::toNativeSeparators(entry.originalPath);
    for (;;) {
        const int answer = m_prompts->choose(m_window,
                                             question,
                                             {{tr("&Restore"), QMessageBox::AcceptRole},
                                              {tr("Show &Differences…"), QMessageBox::ActionRole},
                                              {tr("&Discard"), QMessageBox::DestructiveRole},
                                              {tr("&Later"), QMessageBox::RejectRole}},
                                             0);
        switch (answer) {
        case 0:
            Q_EMIT restoreRequested(entry);
            return;
        case 1:
            m_prompts->showDiff(m_window,
                                tr("The Recovered Copy and the File on Disk"),
                                unifiedDiff(onDisk,
                                            entry.bytes,
                                            tr("%1 (on disk)").arg(name),
                                            tr("%1 (recovered)").arg(name)));
            continue;
        case 2:
            RecoveryStore::discard(entry);
            Q_EMIT message(tr("Discarded the recovered changes to %1.").arg(name));
            return;
        default:
            return; // kept for the next start
        }
    }
}

void DocumentSafety::restoreInto(ManifestDocument *document, const RecoveryEntry &entry)
{
    document->undoStack()->push(
        new ReplaceAllDocumentsCommand(document,
                                       Manifest::fromBytes(entry.bytes).documents,
                                       UndoTr::tr("Restore Recovered Changes")));
    if (document == m_document && m_writer)
        m_writer->writeNow(); // the entry goes next: the changes must be in a copy of ours first
    RecoveryStore::discard(entry);
    Q_EMIT message(tr("Restored the unsaved changes to %1.").arg(nameOf(entry.originalPath)));
}

} // namespace sd
