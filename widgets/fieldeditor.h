// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QVariant>

class QWidget;

namespace sd {

struct ServiceField;

/**
 * The editor of one field of the field table, by its kind: a line edit (text and lists), a combo
 * box whose first entry is "not set" with what the API server defaults to (choices; editable for
 * open choices), a spin box whose 0 shows the default (numbers), a check box. `commit` gets the
 * value the user chose, in the form ServiceField::set takes it: when a line edit is left or Enter
 * pressed, when a choice is made. Not for tables (Map, Ports).
 */
QWidget *createFieldEditor(const ServiceField &field, std::function<void(const QVariant &)> commit);

/** Shows a value (ServiceField::get) in an editor of createFieldEditor(), without committing;
 *  a line edit that has the focus keeps what the user is typing. */
void showFieldValue(QWidget *editor, const QVariant &value);

/** Sets the texts of an editor (placeholder, choices, suffix) in the current language. */
void retranslateFieldEditor(QWidget *editor, const ServiceField &field);

} // namespace sd
