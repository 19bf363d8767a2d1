// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document/manifest.h"
#include "model/validation/environment.h"
#include "model/validation/finding.h"

#include <vector>

namespace sd {

/**
 * What the Kubernetes API server would say about a Service on create, as a pure function of the
 * Service and the environment: decode errors (wrong types, unknown fields), the allocation
 * checks, ValidateService and the warnings, each at the API server's field path.
 */
std::vector<Finding> validateService(const Service &service, const Environment &environment);

/** The findings of one Service of a manifest, including the checks against the other documents
 *  of the file (selectors, named target ports, protocols of container ports). */
std::vector<Finding> validateInManifest(const Manifest &manifest, ServiceRef ref,
                                        const Environment &environment);

} // namespace sd
