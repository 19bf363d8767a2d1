// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/diskwatcher.h"

#include <QFileInfo>

#include "model/document/manifestdocument.h"

namespace sd {

namespace {

// Other programs often write a file in several steps (truncate, write, rename): look once they
// are done rather than at each one.
constexpr int settleMs = 150;

} // namespace

DiskWatcher::DiskWatcher(ManifestDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &DiskWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher,
            &QFileSystemWatcher::directoryChanged,
            &m_settle,
            qOverload<>(&QTimer::start));
    connect(document, &ManifestDocument::filePathChanged, this, [this] {
        m_removed = false;
        m_reported.clear();
        watch();
    });
    watch();
}

void DiskWatcher::watch()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (!m_document || m_document->filePath().isEmpty())
        return;
    const QString path = m_document->filePath();
    m_watcher.addPath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path))
        m_watcher.addPath(path);
}

void DiskWatcher::check()
{
    if (!m_document || m_document->filePath().isEmpty())
        return;
    const QString path = m_document->filePath();
    // A file replaced by a rename is a new file: the old watch went with the old one.
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);

    const FileFingerprint known = m_document->diskFingerprint();
    if (known.sha256.isEmpty())
        return; // the document never read this file: nothing to compare with
    const FileFingerprint now = FileFingerprint::onDisk(path, known);
    if (!now.exists) {
        if (!m_removed && known.exists) {
            m_removed = true;
            Q_EMIT removedOnDisk();
        }
        return;
    }
    const bool wasRemoved = m_removed;
    m_removed = false;
    if (now.sameContent(known)) {
        m_reported.clear();
        if (wasRemoved)
            Q_EMIT restoredOnDisk();
        return;
    }
    if (now.sha256 == m_reported)
        return;
    m_reported = now.sha256;
    Q_EMIT changedOnDisk();
}

} // namespace sd
