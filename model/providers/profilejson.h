// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A provider profile as JSON, for `service-designer-cli providers --format json`: everything the
// designer knows of a provider (its variants' facts, its rules, its annotation catalogue), each
// with its source and confidence. The keys are those of the profile file format
// (profileloader.h); sources are given with their `[tag]` already resolved to repository and
// commit, and the repositories are listed under `sources`.

#include <QJsonObject>

#include "model/providers/profile.h"

namespace sd {

QJsonObject profileToJson(const ProviderProfile &profile);

/** The word the profile format uses for a support or an outcome: `yes`, `rejected`, ... */
QString supportName(Support support);
QString outcomeName(Outcome outcome);

} // namespace sd
