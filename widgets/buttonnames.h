// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace sd {

/**
 * Gives the buttons Qt makes itself inside `window` (a dock's close and float buttons, a table's
 * select-all corner, a tab bar's scroll arrows, a line edit's clear button, the extension arrows
 * of the menu bar and toolbars) a tooltip and an accessible name, now and after each language
 * change, so that every button of the window says what it does.
 */
void nameQtButtons(QWidget *window);

} // namespace sd
