// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/inputguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QWheelEvent>

namespace sd {

namespace {
constexpr char takenTextProperty[] = "sdTakenText";
}

bool isUndoOrRedo(const QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
}

InputGuard::InputGuard(QWidget *root, QAbstractScrollArea *scroll)
    : QObject(root)
    , m_scroll(scroll)
{}

InputGuard *InputGuard::install(QWidget *root, QAbstractScrollArea *scroll)
{
    auto *guard = new InputGuard(root, scroll);
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)) {
            // A wheel does not give them focus (Qt::WheelFocus would).
            w->setFocusPolicy(Qt::StrongFocus);
            w->installEventFilter(guard);
        }
        if (qobject_cast<QLineEdit *>(w))
            w->installEventFilter(guard);
    }
    return guard;
}

bool InputGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget)
        return false;
    if (event->type() == QEvent::Wheel && !widget->hasFocus()
        && (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget))) {
        if (m_scroll)
            QCoreApplication::sendEvent(m_scroll->viewport(), event);
        return true;
    }
    if (isUndoOrRedo(event)) {
        QLineEdit *line = qobject_cast<QLineEdit *>(widget);
        if (!line) {
            if (auto *combo = qobject_cast<QComboBox *>(widget))
                line = combo->lineEdit();
            else if (qobject_cast<QAbstractSpinBox *>(widget))
                line = widget->findChild<QLineEdit *>();
        }
        const bool typed = line && line->isModified();
        const bool undo = static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo);
        if (event->type() == QEvent::ShortcutOverride) {
            if (typed && undo) {
                event->accept(); // the typing is taken back here, on the key press
            } else {
                // Typed text becomes an edit of its own before Redo.
                if (typed)
                    Q_EMIT line->editingFinished();
                event->ignore(); // the window's shortcut takes it
            }
        } else if (typed && undo) {
            // Undo of text not yet taken: the field shows the document's value again.
            line->setText(line->property(takenTextProperty).toString());
            line->setModified(false);
        }
        return true;
    }
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::FocusIn) {
        // The text as it was before the user began to type in it.
        auto *line = qobject_cast<QLineEdit *>(widget);
        if (!line)
            line = widget->findChild<QLineEdit *>();
        if (line && !line->isModified())
            line->setProperty(takenTextProperty, line->text());
    }
    return false;
}

} // namespace sd
