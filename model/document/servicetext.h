// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QHash>

#include "model/domain/fieldpath.h"
#include "model/domain/service.h"

namespace sd {

/** Where each field of a written Service is: the first and last line (1-based) of every mapping
 *  entry (from its key) and list item, by its path; map keys are field steps here. */
using FieldLines = QHash<FieldPath, std::pair<int, int>>;

/** The Service as the exporter writes it (kubectl's YAML style), and, when `lines` is given,
 *  where each of its fields went, noted as it is written. */
QByteArray exportedYaml(const Service &service, FieldLines *lines = nullptr);

} // namespace sd
