// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/finding.h"

#include "model/tr.h"

namespace sd {

QString errorTypeText(ErrorType type)
{
    // The API server's own words (field.ErrorType.String()); decode errors are ours.
    switch (type) {
    case ErrorType::None:
        return {};
    case ErrorType::TypeMismatch:
        return Tr::tr("Wrong type");
    case ErrorType::UnknownField:
        return Tr::tr("Unknown field");
    case ErrorType::Required:
        return Tr::tr("Required value");
    case ErrorType::Invalid:
        return Tr::tr("Invalid value");
    case ErrorType::NotSupported:
        return Tr::tr("Unsupported value");
    case ErrorType::Duplicate:
        return Tr::tr("Duplicate value");
    case ErrorType::Forbidden:
        return Tr::tr("Forbidden");
    case ErrorType::TooLong:
        return Tr::tr("Too long");
    }
    return {};
}

QString errorTypeName(ErrorType type)
{
    switch (type) {
    case ErrorType::None:
        return QStringLiteral("None");
    case ErrorType::TypeMismatch:
        return QStringLiteral("TypeMismatch");
    case ErrorType::UnknownField:
        return QStringLiteral("UnknownField");
    case ErrorType::Required:
        return QStringLiteral("Required");
    case ErrorType::Invalid:
        return QStringLiteral("Invalid");
    case ErrorType::NotSupported:
        return QStringLiteral("NotSupported");
    case ErrorType::Duplicate:
        return QStringLiteral("Duplicate");
    case ErrorType::Forbidden:
        return QStringLiteral("Forbidden");
    case ErrorType::TooLong:
        return QStringLiteral("TooLong");
    }
    return {};
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

} // namespace sd
