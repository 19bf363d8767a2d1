// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>

#include "model/domain/fieldpath.h"
#include "model/io/manifest.h"

namespace sd {

/** One place where Edit › Find found the text: a Service, and the field whose name or value
 *  holds it (metadata.name when the Service's name does). */
struct FindMatch
{
    ServiceRef service;
    FieldPath path;
    QString serviceName; ///< as written, for showing
    QString value;       ///< the field's value as written, or empty for a map or list
};

/**
 * The fields of the Services of `manifest` whose key or value contains `text` (case
 * insensitive), Services in file order and fields in written order, the Service's name first;
 * at most `limit` of them (the caller says "more" when there are). An empty text finds nothing.
 */
std::vector<FindMatch> findInManifest(const Manifest &manifest,
                                      const QString &text,
                                      size_t limit = 200);

} // namespace sd
