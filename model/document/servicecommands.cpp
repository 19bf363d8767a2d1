// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/servicecommands.h"

#include "model/document/manifestdocument.h"

namespace sd {

SetServiceCommand::SetServiceCommand(ManifestDocument *document, ServiceRef ref, Service newValue,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_ref(ref)
    , m_old(document->manifest().service(ref))
    , m_new(std::move(newValue))
    , m_wasModified(document->isDocumentModified(ref.document))
    , m_generation(document->saveGeneration())
{
}

void SetServiceCommand::redo()
{
    m_document->setService(m_ref, m_new, true);
}

void SetServiceCommand::undo()
{
    const bool modified = m_wasModified || m_generation != m_document->saveGeneration();
    m_document->setService(m_ref, m_old, modified);
}

} // namespace sd
