// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a fact of a provider profile comes from, and how sure it is. Profiles carry it on every
// fact (profile.h); findings based on a fact carry it on to the user (finding.h).

#include <QString>

#include "model/domain/node.h"

namespace sd {

/** How sure a fact is: H read in source or own docs, M vendor page or inferred
 *  from code, L third-party or indirect. YAML: `H`, `M`, `L`. */
enum class Confidence { High, Medium, Low };

/** The stable name of a confidence for machine output: `high`, `medium`, `low`. */
QString confidenceName(Confidence confidence);

/** Where a fact comes from. YAML: `source:` and `confidence:` next to the fact's other keys. */
struct Provenance
{
    QString source; ///< e.g. "[aws-ccm] aws.go checkProtocol l.3728"
    Confidence confidence = Confidence::Medium;
    SourcePos pos; ///< where the fact is in the profile file
};

} // namespace sd
