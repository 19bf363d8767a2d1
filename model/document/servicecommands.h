// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document/manifest.h"

#include <QUndoCommand>

namespace sd {

class ManifestDocument;

/**
 * Replaces one Service with an edited copy. The generic command every edit of a Service can be
 * built on: the caller makes the change on a copy and pushes this; undo puts the old value back
 * and, when nothing else had edited that document since it was read or saved, clears its
 * "edited" mark so that saving writes the original bytes again.
 */
class SetServiceCommand : public QUndoCommand
{
public:
    SetServiceCommand(ManifestDocument *document, ServiceRef ref, Service newValue,
                      const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    ManifestDocument *m_document;
    ServiceRef m_ref;
    Service m_old;
    Service m_new;
    bool m_wasModified;
    int m_generation;
};

} // namespace sd
