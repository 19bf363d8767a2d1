// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/userprompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>

#include "widgets/diffdialog.h"

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

void giveMnemonics(QMessageBox &box)
{
    struct Named
    {
        QMessageBox::StandardButton button;
        const char *text;
    };
    static const Named names[] = {
        {QMessageBox::Ok, QT_TRANSLATE_NOOP("sd::UserPrompts", "&OK")},
        {QMessageBox::Save, QT_TRANSLATE_NOOP("sd::UserPrompts", "&Save")},
        {QMessageBox::SaveAll, QT_TRANSLATE_NOOP("sd::UserPrompts", "Save &All")},
        {QMessageBox::Open, QT_TRANSLATE_NOOP("sd::UserPrompts", "&Open")},
        {QMessageBox::Yes, QT_TRANSLATE_NOOP("sd::UserPrompts", "&Yes")},
        {QMessageBox::No, QT_TRANSLATE_NOOP("sd::UserPrompts", "&No")},
        {QMessageBox::Discard, QT_TRANSLATE_NOOP("sd::UserPrompts", "&Discard")},
        {QMessageBox::Cancel, QT_TRANSLATE_NOOP("sd::UserPrompts", "&Cancel")},
        {QMessageBox::Close, QT_TRANSLATE_NOOP("sd::UserPrompts", "C&lose")},
        {QMessageBox::Apply, QT_TRANSLATE_NOOP("sd::UserPrompts", "A&pply")},
        {QMessageBox::Reset, QT_TRANSLATE_NOOP("sd::UserPrompts", "&Reset")},
        {QMessageBox::Retry, QT_TRANSLATE_NOOP("sd::UserPrompts", "&Retry")},
        {QMessageBox::Ignore, QT_TRANSLATE_NOOP("sd::UserPrompts", "&Ignore")},
        {QMessageBox::Abort, QT_TRANSLATE_NOOP("sd::UserPrompts", "A&bort")},
    };
    for (const Named &n : names) {
        if (QAbstractButton *button = box.button(n.button))
            button->setText(QCoreApplication::translate("sd::UserPrompts", n.text));
    }
}

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
    giveMnemonics(box);
    return QMessageBox::StandardButton(box.exec());
}

void UserPrompts::tell(QWidget *parent, const Message &message)
{
    QMessageBox box(parent);
    fill(box, message);
    box.setStandardButtons(QMessageBox::Ok);
    giveMnemonics(box);
    box.exec();
}

int UserPrompts::choose(QWidget *parent,
                        const Message &message,
                        const QList<Choice> &choices,
                        int defaultChoice)
{
    QMessageBox box(parent);
    fill(box, message);
    QList<QAbstractButton *> buttons;
    for (const Choice &choice : choices) {
        QPushButton *button = box.addButton(choice.text, choice.role);
        buttons << button;
        if (choice.role == QMessageBox::RejectRole && !box.escapeButton())
            box.setEscapeButton(button);
    }
    if (defaultChoice >= 0 && defaultChoice < buttons.size())
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons[defaultChoice]));
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void UserPrompts::showDiff(QWidget *parent, const QString &title, const QByteArray &diff)
{
    DiffDialog dialog(title, diff, parent);
    dialog.exec();
}

QString UserPrompts::openFileName(QWidget *parent,
                                  const QString &caption,
                                  const QString &directory,
                                  const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

std::optional<QString> UserPrompts::text(QWidget *parent,
                                         const QString &title,
                                         const QString &label,
                                         const QString &placeholder)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    if (auto *edit = dialog.findChild<QLineEdit *>())
        edit->setPlaceholderText(placeholder);
    dialog.resize(std::max(dialog.sizeHint().width(), 520), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue().trimmed();
}

QString UserPrompts::saveFileName(QWidget *parent,
                                  const QString &caption,
                                  const QString &suggestedPath,
                                  const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

} // namespace sd
