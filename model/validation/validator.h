// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QStringList>

#include "model/io/manifest.h"
#include "model/validation/environment.h"
#include "model/validation/finding.h"

namespace sd {

namespace rules {
struct PodTemplates;
} // namespace rules

/**
 * What the checks against the other documents of a file need from it: its pod templates, read
 * once. Build one per Manifest and reuse it for every Service of that Manifest while its
 * non-Service documents stay the same (edits to Services do not change it). Cheap to copy.
 */
class ManifestIndex final
{
public:
    ManifestIndex();
    explicit ManifestIndex(const Manifest &manifest);

    const rules::PodTemplates &podTemplates() const { return *m_templates; }

private:
    std::shared_ptr<const rules::PodTemplates> m_templates;
};

/**
 * The names of the container ports of the pod templates in the index that the Service's
 * selector matches (same namespace, every selector entry among the template's labels), each
 * once, in file order: what a named targetPort can refer to. Empty when the Service has no
 * selector or is an ExternalName.
 */
QStringList containerPortNames(const ManifestIndex &index, const Service &service);

/**
 * What the Kubernetes API server would say about a Service on create, as a pure function of the
 * Service and the environment: decode errors (wrong types, unknown fields), the allocation
 * checks, ValidateService and the warnings, each at the API server's field path.
 */
std::vector<Finding> validateService(const Service &service, const Environment &environment);

/** The findings of the checks of the chosen provider and platform alone (codes "provider-..."
 *  and "platform-..."): what validateService() adds for environment.platform. */
std::vector<Finding> validatePlatform(const Service &service, const Environment &environment);

/** Whether applying `fix` to `service` changes it and leaves no error that was not there
 *  before (validateService() of both): only such a fix is offered. */
bool fixHelps(const Service &service, const Fix &fix, const Environment &environment);

/** The findings of one Service of a manifest, including the checks against the other documents
 *  of the file (selectors, named target ports, protocols of container ports). */
std::vector<Finding> validateInManifest(const Manifest &manifest,
                                        ServiceRef ref,
                                        const Environment &environment);
/** The same with the file's index built once: what a pass over many Services uses. */
std::vector<Finding> validateInManifest(const Manifest &manifest,
                                        const ManifestIndex &index,
                                        ServiceRef ref,
                                        const Environment &environment);

} // namespace sd
