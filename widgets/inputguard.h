// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractScrollArea;
class QWidget;

namespace sd {

/**
 * Keeps ordinary input habits from writing values the user did not choose, in a form of fields:
 * - the mouse wheel over a combo box or spin box that has no focus scrolls the form (it changes
 *   a field only once the field has focus, by a click or the keyboard);
 * - Undo and Redo pressed in a field are the window's (Edit › Undo): the field's typed text is
 *   taken first, and the field does not keep an undo of its own.
 */
class InputGuard final : public QObject
{
    Q_OBJECT

public:
    /** Guards the combo boxes, spin boxes and line edits below `root`; the wheel scrolls
     *  `scroll`. The guard belongs to `root`. */
    static InputGuard *install(QWidget *root, QAbstractScrollArea *scroll);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    InputGuard(QWidget *root, QAbstractScrollArea *scroll);

    QPointer<QAbstractScrollArea> m_scroll;
};

/** Whether a key event is the platform's Undo or Redo. */
bool isUndoOrRedo(const QEvent *event);

} // namespace sd
