// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/domain/service.h"

namespace sd {

/**
 * The Service as the API server stores it after v1 defaulting (`SetDefaults_Service`) and the
 * registry's defaults that need no cluster (`ipFamilyPolicy`): what "write defaults" writes, and
 * what the editor shows as placeholders. Fields the author set are never changed, except that a
 * `sessionAffinityConfig` beside `sessionAffinity: None` is dropped, as the API server drops it.
 * Allocated values (cluster IPs, node ports, IP families) are not invented.
 */
Service withDefaults(const Service &service);

} // namespace sd
