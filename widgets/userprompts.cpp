// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/userprompts.h"

#include <QFileDialog>

namespace sd {

namespace {

void fill(QMessageBox &box, const UserPrompts::Message &message)
{
    box.setIcon(message.icon);
    box.setWindowTitle(message.title);
    box.setText(message.text);
    box.setInformativeText(message.informativeText);
    box.setDetailedText(message.details);
    // File paths and YAML messages are plain text, never markup.
    box.setTextFormat(Qt::PlainText);
}

} // namespace

UserPrompts::~UserPrompts() = default;

QMessageBox::StandardButton UserPrompts::ask(QWidget *parent,
                                             const Message &message,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(parent);
    fill(box, message);
    box.setStandardButtons(buttons);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void UserPrompts::tell(QWidget *parent, const Message &message)
{
    QMessageBox box(parent);
    fill(box, message);
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

QString UserPrompts::openFileName(QWidget *parent,
                                  const QString &caption,
                                  const QString &directory,
                                  const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString UserPrompts::saveFileName(QWidget *parent,
                                  const QString &caption,
                                  const QString &suggestedPath,
                                  const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

} // namespace sd
