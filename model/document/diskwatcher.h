// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "model/io/safefile.h"

namespace sd {

class ManifestDocument;

/**
 * Watches the file of one document for changes made by other programs. It compares what is on
 * disk with what the document last read or wrote (its diskFingerprint), so the document's own
 * saves, and a `touch` that changes no byte, say nothing. Editors that save by writing a new file
 * and renaming it over the old one are followed: the folder is watched too, and the file is
 * watched again once it is back.
 */
class DiskWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit DiskWatcher(ManifestDocument *document, QObject *parent = nullptr);

    /** Looks at the file now (the watcher does this itself shortly after each notification). */
    void check();
    /** Whether the file was missing at the last check. */
    bool isRemoved() const { return m_removed; }

Q_SIGNALS:
    /** The file's content differs from what the document knows. Said once per new content. */
    void changedOnDisk();
    /** The file was deleted or renamed away. Said once until it is back. */
    void removedOnDisk();
    /** The file is back after removedOnDisk(), with the content the document knows. */
    void restoredOnDisk();

private:
    void watch();

    QPointer<ManifestDocument> m_document;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QByteArray m_reported; ///< hash of the last content reported as changed
    bool m_removed = false;
};

} // namespace sd
