// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/domain/service.h"

namespace sd {

/**
 * The value tree of a Service, ready for the YAML or JSON writer: fields in kubectl's order (byte
 * order of the names, so apiVersion, kind, metadata, spec, status), unknown fields sorted in among
 * them, labels, annotations, selector and unknown maps in the author's order. Only what is set is
 * written: nothing is defaulted. Raw values (wrong types) are written back as they were read.
 */
Node writeService(const Service &service);

} // namespace sd
