// SPDX-License-Identifier: GPL-3.0-or-later
// How the field tables (fieldtable.cpp for the Service, fieldtable_ports.cpp for its ports) read a
// field as text and set it from what the user typed. Private to those two files.
#pragma once

#include <QVariant>

#include "model/domain/fieldtable.h"

namespace sd::fieldvalues {

using namespace Qt::StringLiterals;

template<typename E>
QStringList namesOf()
{
    QStringList out;
    for (QStringView name : EnumNames<E>::names())
        out << name.toString();
    return out;
}

// The text of a field as written: its value, or a scalar of the wrong type as it stands.
template<typename T>
QString textOf(const Field<T> &field)
{
    if (field.hasValue()) {
        if constexpr (std::is_same_v<T, QString>)
            return field.value();
        else if constexpr (std::is_same_v<T, int>)
            return QString::number(field.value());
        else if constexpr (std::is_same_v<T, bool>)
            return field.value() ? u"true"_s : u"false"_s;
        else if constexpr (std::is_same_v<T, IntOrString>)
            return field.value().toString();
        else
            return toString(field.value());
    }
    return field.isRaw() && field.raw()->isScalar() ? field.raw()->text() : QString();
}

// A table cell: the text as written, or an invalid QVariant when the field is not set.
template<typename T>
QVariant cellOf(const Field<T> &field)
{
    return field.isSet() ? QVariant(textOf(field)) : QVariant();
}

inline QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

template<typename T>
QString joinList(const Field<List<T>> &field)
{
    QStringList out;
    if (field.hasValue()) {
        for (const Field<T> &item : field.value())
            out << textOf(item);
    }
    return out.join(u", "_s);
}

template<typename T>
bool clearField(Field<T> &field)
{
    if (!field.isSet())
        return false;
    field.clear();
    return true;
}

template<typename T>
bool assign(Field<T> &field, T value)
{
    if (field.hasValue() && field.value() == value)
        return false;
    field.set(std::move(value));
    return true;
}

// Text fields: empty clears.
inline bool setText(Field<QString> &field, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? clearField(field) : assign(field, text);
}

inline bool setTextList(Field<List<QString>> &field, const QStringList &values)
{
    if (values.isEmpty())
        return clearField(field);
    List<QString> list;
    for (const QString &v : values)
        list.push_back(Field<QString>(v));
    return assign(field, std::move(list));
}

template<typename E>
bool setChoice(Field<E> &field, const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return clearField(field);
    const std::optional<E> parsed = parseEnum<E>(text);
    return parsed && assign(field, *parsed);
}

inline bool setBoolChoice(Field<bool> &field, const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return clearField(field);
    return assign(field, text == u"true");
}

} // namespace sd::fieldvalues
