// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/recoverywriter.h"

#include "model/document/manifestdocument.h"

namespace sd {

RecoveryWriter::RecoveryWriter(ManifestDocument *document, RecoveryStore store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(std::move(store))
    , m_key(m_store.newKey())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryWriter::writeNow);
    onAnyChange(document, this, [this] { schedule(); });
    connect(document, &ManifestDocument::modifiedChanged, this, [this](bool modified) {
        // Saved, or undone back to the file: nothing to recover any more.
        if (!modified) {
            m_timer.stop();
            m_store.remove(m_key);
        }
    });
}

RecoveryWriter::~RecoveryWriter()
{
    m_store.remove(m_key);
}

QString RecoveryWriter::copyPath() const
{
    return m_store.pathOf(m_key);
}

void RecoveryWriter::schedule()
{
    // Not restarted on every keystroke: the clock runs from the first edit after a write.
    if (!m_timer.isActive())
        m_timer.start();
}

void RecoveryWriter::writeNow()
{
    m_timer.stop();
    if (!m_document || !m_document->isModified()) {
        m_store.remove(m_key);
        return;
    }
    const std::optional<QString> error = m_store.save(m_key,
                                                      m_document->filePath(),
                                                      m_document->diskFingerprint().sha256,
                                                      m_document->bytes());
    if (error && !m_failing)
        Q_EMIT failed(*error);
    m_failing = error.has_value();
}

} // namespace sd
