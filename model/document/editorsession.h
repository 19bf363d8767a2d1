// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QObject>

#include "model/validation/environment.h"

namespace sd {

class FindingsModel;
class ManifestDocument;
class ProtocolMixModel;
class ProviderCompatibilityModel;
class ProviderRegistry;
class ServiceListModel;
class ValidationScheduler;

/**
 * What one window edits, without the window: the open document (with its undo stack), the
 * scheduler that validates it for the chosen environment, and the models the views show (the
 * list of Services, the findings, the charts), in the spirit of Tiled's MapDocument owning its
 * models. Replacing the document keeps the models and points them at the new one; the old
 * document goes only after every model has left it.
 */
class EditorSession final : public QObject
{
    Q_OBJECT

public:
    explicit EditorSession(QObject *parent = nullptr);
    ~EditorSession() override;

    ManifestDocument *document() const { return m_document.get(); }
    ValidationScheduler *scheduler() const { return m_scheduler; }
    ServiceListModel *services() const { return m_services; }
    FindingsModel *findings() const { return m_findings; }
    ProviderCompatibilityModel *compatibility() const { return m_compatibility; }
    ProtocolMixModel *protocolMix() const { return m_protocolMix; }

    const Environment &environment() const { return m_environment; }
    /** Where the Services will run; the scheduler revalidates for it. */
    void setEnvironment(const Environment &environment);
    /** The profiles the compatibility chart compares. */
    void setRegistry(const ProviderRegistry &registry);

    /** Replaces the document; nullptr closes it. */
    void setDocument(std::unique_ptr<ManifestDocument> document);

    /** Applies the Fix of a finding (a row of findings()) as one undo step; its label, or
     *  nothing when there is no fix or it changes nothing. */
    std::optional<QString> applyFix(int findingRow);

Q_SIGNALS:
    /** The document was replaced (the models follow the new one already). */
    void documentChanged(sd::ManifestDocument *document);

private:
    std::unique_ptr<ManifestDocument> m_document;
    ValidationScheduler *m_scheduler = nullptr;
    Environment m_environment;
    ServiceListModel *m_services;
    FindingsModel *m_findings;
    ProviderCompatibilityModel *m_compatibility;
    ProtocolMixModel *m_protocolMix;
};

} // namespace sd
