// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace sd {

// `tr()` for translatable text outside QObjects: one translation context per module, so that a
// translator sees where a text is used (and undo steps apart from everything else).

/** Reading and writing files: model/io. */
struct IoTr
{
    Q_DECLARE_TR_FUNCTIONS(sd::io)
};

/** Provider profiles: model/providers. */
struct ProvidersTr
{
    Q_DECLARE_TR_FUNCTIONS(sd::providers)
};

/** The validator's findings: model/validation. */
struct ValidationTr
{
    Q_DECLARE_TR_FUNCTIONS(sd::validation)
};

/** Explanations and PROXY headers: model/teaching. */
struct TeachingTr
{
    Q_DECLARE_TR_FUNCTIONS(sd::teaching)
};

/** The editor's messages and templates: model/document. */
struct EditorTr
{
    Q_DECLARE_TR_FUNCTIONS(sd::editor)
};

/** The names of undo steps, wherever the step is made ("Set port name", "Add Service"). */
struct UndoTr
{
    Q_DECLARE_TR_FUNCTIONS(sd::undo)
};

} // namespace sd
