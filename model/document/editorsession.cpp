// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/editorsession.h"

#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/validationscheduler.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/itemmodels/protocolmixmodel.h"
#include "model/itemmodels/providercompatibilitymodel.h"
#include "model/itemmodels/servicelistmodel.h"

namespace sd {

EditorSession::EditorSession(QObject *parent)
    : QObject(parent)
    , m_services(new ServiceListModel(this))
    , m_findings(new FindingsModel(this))
    , m_compatibility(new ProviderCompatibilityModel(this))
    , m_protocolMix(new ProtocolMixModel(this))
{}

EditorSession::~EditorSession()
{
    // Quietly: whoever listens may be going too. The models leave the document before it goes.
    m_findings->setScheduler(nullptr);
    m_compatibility->setScheduler(nullptr);
    m_protocolMix->setScheduler(nullptr);
    m_services->setDocument(nullptr);
    delete m_scheduler;
    m_document.reset();
}

void EditorSession::setEnvironment(const Environment &environment)
{
    m_environment = environment;
    if (m_scheduler)
        m_scheduler->setEnvironment(environment);
}

void EditorSession::setRegistry(const ProviderRegistry &registry)
{
    m_compatibility->setRegistry(registry);
}

void EditorSession::setDocument(std::unique_ptr<ManifestDocument> document)
{
    std::unique_ptr<ManifestDocument> old = std::move(m_document);
    m_document = std::move(document);
    // One scheduler per document: it follows that document's edits.
    ValidationScheduler *oldScheduler = m_scheduler;
    m_scheduler = m_document ? new ValidationScheduler(m_document.get(), m_environment, this)
                             : nullptr;
    m_findings->setScheduler(m_scheduler);
    m_compatibility->setScheduler(m_scheduler);
    m_protocolMix->setScheduler(m_scheduler);
    m_services->setDocument(m_document.get());
    Q_EMIT documentChanged(m_document.get());
    delete oldScheduler;
    old.reset(); // after every model and view has moved on
}

std::optional<QString> EditorSession::applyFix(int findingRow)
{
    const Finding *finding = m_findings->findingAt(findingRow);
    const ServiceRef ref = m_findings->serviceAt(findingRow);
    if (!finding || !finding->fix || !m_document || !ref.isValid()
        || !m_findings->index(findingRow, 0).data(FindingsModel::HasFixRole).toBool())
        return std::nullopt;
    const Fix fix = *finding->fix; // the finding goes when the command revalidates
    Service fixed = m_document->manifest().service(ref);
    fix.apply(fixed);
    if (fixed == m_document->manifest().service(ref))
        return std::nullopt;
    m_document->undoStack()->push(
        new SetServiceCommand(m_document.get(), ref, std::move(fixed), fix.label));
    // The finding goes from the list at once, not after the pause for typing.
    m_scheduler->validateNow();
    return fix.label;
}

} // namespace sd
