// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace sd {

/**
 * The modal questions and messages a window puts to the user, behind one seam: the default
 * implementation shows QMessageBox and QFileDialog; tests derive from it to answer without a
 * dialog and to record what would have been shown. Callers compose every text (translated) and
 * pass it in, so this class holds no user-visible strings of its own.
 */
class UserPrompts
{
public:
    /** What a message box shows. `details` go into the box's expandable "Show Details" part. */
    struct Message
    {
        QMessageBox::Icon icon = QMessageBox::Information;
        QString title;
        QString text;
        QString informativeText;
        QString details;
    };

    virtual ~UserPrompts();

    /** Asks a question; returns the button pressed (Escape presses Cancel when it is offered). */
    virtual QMessageBox::StandardButton ask(QWidget *parent,
                                            const Message &message,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
    /** Tells the user something; returns when it has been read. */
    virtual void tell(QWidget *parent, const Message &message);

    /** Asks for an existing file to open; returns its path, or an empty string on cancel. */
    virtual QString openFileName(QWidget *parent,
                                 const QString &caption,
                                 const QString &directory,
                                 const QString &filter);
    /** Asks for a path to save to (confirming overwrites); empty on cancel. */
    virtual QString saveFileName(QWidget *parent,
                                 const QString &caption,
                                 const QString &suggestedPath,
                                 const QString &filter);
};

} // namespace sd
