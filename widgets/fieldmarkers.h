// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/validation/finding.h"

#include <QIcon>
#include <QString>

#include <vector>

class QLabel;
class QWidget;

namespace sd {

/** The icon of a severity, from the style (critical, warning, information). */
QIcon severityIcon(Severity severity);
/** The colour a severity is drawn in, readable on the palette's window colour. */
QColor severityColor(Severity severity, const QPalette &palette);

/**
 * Marks the label of a form field with the worst finding at `path` or below it
 * (`spec.externalTrafficPolicy`, `spec.loadBalancerSourceRanges[0]`): the severity's colour and
 * icon, and every message as the tooltip of the label and the editor. No finding clears it.
 */
void markField(QLabel *label, QWidget *editor, const std::vector<Finding> *findings,
               const QString &path);

} // namespace sd
