// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
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

    /** A button of choose(): its text (with a mnemonic, "&Reload") and role. The first choice
     *  with RejectRole is what Escape presses. */
    struct Choice
    {
        QString text;
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
    };

    virtual ~UserPrompts();

    /** Asks a question; returns the button pressed (Escape presses Cancel when it is offered). */
    virtual QMessageBox::StandardButton ask(QWidget *parent,
                                            const Message &message,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
    /** Tells the user something; returns when it has been read. */
    virtual void tell(QWidget *parent, const Message &message);
    /** Asks with buttons of the caller's own; returns the index of the one pressed, or -1 when
     *  the box was closed without one. */
    virtual int choose(QWidget *parent,
                       const Message &message,
                       const QList<Choice> &choices,
                       int defaultChoice);
    /** Shows how two versions of a file differ (a unified diff); returns when it is closed. */
    virtual void showDiff(QWidget *parent, const QString &title, const QByteArray &diff);

    /** Asks for a line of text (`placeholder` shows the expected form); std::nullopt on
     *  cancel. */
    virtual std::optional<QString> text(QWidget *parent,
                                        const QString &title,
                                        const QString &label,
                                        const QString &placeholder);
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

/** Gives a message box's standard buttons texts with mnemonics (&Save, &Discard, &Cancel), which
 *  Qt's own texts lack for most of them, in the language of the moment. */
void giveMnemonics(QMessageBox &box);

} // namespace sd
