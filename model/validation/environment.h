// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "model/providers/profile.h"

namespace sd {

/** The Kubernetes versions whose API server rules the validator knows. */
enum class KubernetesVersion { V1_31, V1_32, V1_33 };

/** What the validator knows of the cluster. Everything is optional: where a check depends on
 *  something not given, the finding is a warning that says what the cluster must have. */
struct ClusterSettings
{
    QStringList serviceCidrs;       ///< e.g. "10.96.0.0/12", "fd00:10:96::/112"; empty = unknown
    std::optional<int> nodePortMin; ///< --service-node-port-range; unknown when not set
    std::optional<int> nodePortMax;

    bool knowsServiceCidrs() const { return !serviceCidrs.isEmpty(); }
    bool knowsNodePortRange() const { return nodePortMin.has_value() && nodePortMax.has_value(); }
};

/** Where the Services will run: the settings every check may depend on. */
struct Environment
{
    KubernetesVersion version = KubernetesVersion::V1_33;
    ClusterSettings cluster;
    TargetPlatform platform;
};

} // namespace sd
