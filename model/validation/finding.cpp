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
        return ValidationTr::tr("Wrong type");
    case ErrorType::UnknownField:
        return ValidationTr::tr("Unknown field");
    case ErrorType::Required:
        return ValidationTr::tr("Required value");
    case ErrorType::Invalid:
        return ValidationTr::tr("Invalid value");
    case ErrorType::NotSupported:
        return ValidationTr::tr("Unsupported value");
    case ErrorType::Duplicate:
        return ValidationTr::tr("Duplicate value");
    case ErrorType::Forbidden:
        return ValidationTr::tr("Forbidden");
    case ErrorType::TooLong:
        return ValidationTr::tr("Too long");
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
