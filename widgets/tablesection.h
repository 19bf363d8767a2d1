// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace sd {

/**
 * A table of the form with its buttons beside it: add a row (and start editing it), remove the
 * selected rows, move the current row up and down (the order is the file's). It shows at least
 * `rows` rows without scrolling. The buttons are named after
 * the table (`portsAdd`, `portsRemove`, `portsUp`, `portsDown`), each with a tooltip, an
 * accessible name and its keys on the table: Insert or Ctrl+Enter, Delete, Alt+Up and Alt+Down.
 * Rows are whole-row selected; arrow keys move between cells and Tab leaves the table. Key/value
 * tables share their width between the two columns.
 */
QWidget *tableSection(QTableView *view, const QString &objectName, int rows);

} // namespace sd
