// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QIcon>
#include <QString>

#include "model/validation/finding.h"

class QLabel;
class QWidget;

namespace sd {

/** The icon of a severity, from the style (critical, warning, information). */
QIcon severityIcon(Severity severity);
/** The colour a severity is drawn in, readable on the palette's window colour. */
QColor severityColor(Severity severity, const QPalette &palette);

/**
 * Marks the label of a form field with the worst of `findings` (those at its path or below it,
 * as ValidationScheduler::findingsAt gives them): the severity's colour, and every message as
 * the tooltip of the label and the editor. No finding clears it.
 */
void markField(QLabel *label, QWidget *editor, const std::vector<const Finding *> &findings);

} // namespace sd
