// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>
#include <vector>

#include <QString>

#include "model/domain/fieldpath.h"
#include "model/domain/service.h"

namespace sd {

/** One change of a Service named by its field path: set a value, or remove the field. */
struct ServiceEdit
{
    enum class Kind { Set, Remove };
    Kind kind = Kind::Set;
    /** As the validator prints it (`spec.ports[0].port`, `metadata.annotations[key]`), and
     *  `[name=http]` for the port of that name. */
    QString path;
    /** For Set: a YAML scalar or flow value (`8081`, `UDP`, `"8080"`, `[IPv4, IPv6]`). */
    QString value;
};

/** Why an edit could not be made: translated, naming the path. */
struct ServiceEditError
{
    QString message;
};

/**
 * Applies `edits` in order to a copy of `service`. A path must name a field of a v1 Service (or
 * a map key, a list item, or a place in `status`); a value must have the field's type. A list
 * item may be added at the index one past the end. Removing the last key of a map removes the
 * map. On any error nothing is applied.
 */
std::variant<Service, ServiceEditError> applyServiceEdits(const Service &service,
                                                          const std::vector<ServiceEdit> &edits);

} // namespace sd
