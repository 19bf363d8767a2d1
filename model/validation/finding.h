// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QString>

#include "model/domain/fieldpath.h"
#include "model/domain/node.h"
#include "model/domain/service.h"
#include "model/providers/provenance.h"

namespace sd {

enum class Severity {
    Error,   ///< the API server rejects it
    Warning, ///< accepted, but risky, provider-dependent or surprising
    Info,    ///< a hint
};

/** The Kubernetes error type (`field.ErrorType`), where one applies. */
enum class ErrorType {
    None,         ///< not a field error: a warning or hint, or a refusal of the whole request
                  ///< (`resourceVersion` set on create)
    TypeMismatch, ///< a decode error (400 BadRequest): a value of the wrong type
    UnknownField, ///< strict field validation (kubectl's default) refuses an unknown field
    Required,
    Invalid,
    NotSupported,
    Duplicate,
    Forbidden,
    TooLong,
};

/** How the API server prints an error type ("Required value", "Unsupported value", ...). */
QString errorTypeText(ErrorType type);
/** The stable name of an error type for machine output (`Required`, `NotSupported`, ...). */
QString errorTypeName(ErrorType type);
QString severityName(Severity severity);

/**
 * An edit that resolves a finding, made on a copy of the Service. The editor applies it as one
 * undoable command named `label`.
 */
struct Fix
{
    QString label; ///< translated, imperative: "Name the port", "Remove nodePort"
    std::function<void(Service &)> apply;
};

/** One thing the validator has to say about a Service. */
struct Finding
{
    Severity severity = Severity::Error;
    QString code; ///< stable id, kebab-case (`port-name-required`); tests compare codes
    ErrorType type = ErrorType::None;
    FieldPath path;  ///< the field path, printed as the API server does: `spec.ports[1].name`
    SourcePos pos;   ///< where in the source file, when the Service came from a file
    QString message; ///< translated
    std::optional<Fix> fix;
    /** The profile fact the finding is based on (provider findings only): its source and how
     *  sure it is. Initialised, so that positional braces may leave it out. */
    std::optional<Provenance> provenance = std::nullopt;
};

} // namespace sd
