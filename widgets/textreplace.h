// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QPlainTextEdit;
class QString;

namespace sd {

/**
 * Makes `edit` show `text` by replacing only the part that differs from what it shows (the
 * common start and end stay), so that the cursor, the scrolling and the highlighting of the
 * rest stay as they were and only the changed lines are laid out and painted again. Returns
 * whether anything changed.
 */
bool replaceChangedText(QPlainTextEdit *edit, const QString &text);

} // namespace sd
