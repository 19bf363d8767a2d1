// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include "model/document/recoverystore.h"

namespace sd {

class ManifestDocument;

/**
 * Keeps a recovery copy of one document while it has unsaved changes: written to a
 * RecoveryStore at most delay() after an edit (the first edit after a write starts the clock,
 * so steady typing still writes every delay()), removed when the document is saved, undone back
 * to what is on disk, or closed. A crash therefore loses at most the last delay() of edits.
 *
 * Destroying the writer is a clean close: the copy goes with it. Only a process that dies
 * leaves its copies behind.
 */
class RecoveryWriter final : public QObject
{
    Q_OBJECT

public:
    /** The default and largest delay between an edit and its copy on disk. */
    static constexpr int defaultDelayMs = 2000;

    RecoveryWriter(ManifestDocument *document, RecoveryStore store, QObject *parent = nullptr);
    ~RecoveryWriter() override;

    int delay() const { return m_timer.interval(); }
    void setDelay(int ms) { m_timer.setInterval(ms); }

    /** Writes the copy now (or removes it when there is nothing unsaved). */
    void writeNow();
    /** The path of the copy, whether or not it exists now. */
    QString copyPath() const;

Q_SIGNALS:
    /** A copy could not be written; `message` says why. Said once until a write succeeds. */
    void failed(const QString &message);

private:
    void schedule();

    QPointer<ManifestDocument> m_document;
    RecoveryStore m_store;
    QString m_key;
    QTimer m_timer;
    bool m_failing = false;
};

} // namespace sd
