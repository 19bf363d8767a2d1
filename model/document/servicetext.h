// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QHash>

#include "model/domain/fieldpath.h"
#include "model/domain/service.h"
#include "model/io/manifest.h"

namespace sd {

/** Where each field of a written Service is: the first and last line (1-based) of every mapping
 *  entry (from its key) and list item, by its path; map keys are field steps here. */
using FieldLines = QHash<FieldPath, std::pair<int, int>>;

/** The Service as the exporter writes it (kubectl's YAML style), and, when `lines` is given,
 *  where each of its fields went, noted as it is written. */
QByteArray exportedYaml(const Service &service, FieldLines *lines = nullptr);

/** Where each field of the Service at `ref` stands in the text of its document
 *  (Manifest::documentText()), lines counted from that text's first line; empty when the
 *  document is written anew (its text is not what it says). */
FieldLines sourceLines(const Manifest &manifest, ServiceRef ref);

/** The lines of the deepest part of `path` that `lines` has (a map key counts as a field), or
 *  {0, 0}; `found`, when given, is set to that part. */
std::pair<int, int> linesOf(const FieldLines &lines,
                            const FieldPath &path,
                            FieldPath *found = nullptr);

} // namespace sd
