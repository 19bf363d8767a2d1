// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "model/document/servicechange.h"

namespace sd {

/**
 * The changes that turn `before` into `after`, field by field: one Value change per field of
 * metadata and spec that differs (per port, when the ports keep their number), a Reset for a
 * list or map whose length changes, and a Reset of the whole Service when the top level
 * differs in shape (metadata or spec added or removed, another kind of object). Positions do
 * not count. Empty when they are equal.
 */
std::vector<ServiceChange> serviceDiff(ServiceRef ref, const Service &before, const Service &after);

} // namespace sd
