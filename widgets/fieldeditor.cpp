// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/fieldeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSpinBox>

#include "model/domain/fieldtable.h"

using namespace Qt::StringLiterals;

namespace sd {

QWidget *createFieldEditor(const ServiceField &field, std::function<void(const QVariant &)> commit)
{
    QWidget *editor = nullptr;
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::TextList: {
        auto *edit = new QLineEdit;
        QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit, commit] {
            commit(edit->text());
            edit->setModified(false); // taken: the field shows the document's value again
        });
        editor = edit;
        break;
    }
    case FieldKind::Choice:
    case FieldKind::OpenChoice: {
        auto *combo = new QComboBox;
        if (field.kind == FieldKind::OpenChoice) {
            combo->setEditable(true);
            QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo, commit] {
                // A listed text means its value ("no preference" is not a value).
                const int listed = combo->findText(combo->currentText());
                commit(listed >= 0 ? combo->itemData(listed) : QVariant(combo->currentText()));
                combo->lineEdit()->setModified(false);
            });
        } else {
            QObject::connect(combo, &QComboBox::activated, combo, [combo, commit] {
                commit(combo->currentData());
            });
        }
        editor = combo;
        break;
    }
    case FieldKind::Number: {
        auto *spin = new QSpinBox;
        spin->setRange(0, field.maximum); // 0 shows the placeholder: not set
        QObject::connect(spin, &QSpinBox::editingFinished, spin, [spin, commit] {
            commit(spin->value());
        });
        editor = spin;
        break;
    }
    case FieldKind::Check: {
        auto *check = new QCheckBox;
        QObject::connect(check, &QCheckBox::clicked, check, [commit](bool on) { commit(on); });
        editor = check;
        break;
    }
    case FieldKind::Map:
    case FieldKind::Ports:
        return nullptr;
    }
    editor->setObjectName(field.objectName);
    return editor;
}

void showFieldValue(QWidget *editor, const QVariant &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        // Not over what the user is typing; a value taken (or undone) shows even in focus.
        if (edit->text() != value.toString() && (!edit->hasFocus() || !edit->isModified()))
            edit->setText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString text = value.toString();
        const int index = combo->findData(text);
        if (index >= 0) {
            combo->setCurrentIndex(index);
        } else if (combo->isEditable()) {
            combo->setEditText(text);
        } else {
            // A value the form does not offer (a decode error): show it as written.
            combo->addItem(text, text);
            combo->setCurrentIndex(combo->count() - 1);
        }
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value.toBool());
    }
}

void retranslateFieldEditor(QWidget *editor, const ServiceField &field)
{
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setPlaceholderText(field.placeholderText());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        // The first entry is "not set" and says what the API server defaults to.
        const int current = combo->currentIndex();
        combo->clear();
        combo->addItem(field.placeholderText(), QString());
        for (const QString &v : field.choices)
            combo->addItem(ServiceField::choiceText(v), v);
        combo->setCurrentIndex(std::max(current, 0));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setSpecialValueText(field.placeholderText());
        if (field.path.last().name == u"timeoutSeconds")
            spin->setSuffix(QCoreApplication::translate("sd::ServiceForm", " s"));
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setText(field.placeholderText());
        check->setToolTip(field.placeholderText());
    }
}

} // namespace sd
