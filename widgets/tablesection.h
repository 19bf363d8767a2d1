// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace sd {

/**
 * A table of the form with its buttons beside it: add a row (and start editing it), remove the
 * selected rows, and with `movable` move the current row up and down. The buttons are named after
 * the table (`portsAdd`, `portsRemove`, `portsUp`, `portsDown`). Rows are whole-row selected and
 * edited on any trigger; key/value tables share their width between the two columns.
 */
QWidget *tableSection(QTableView *view, const QString &objectName, bool movable);

} // namespace sd
