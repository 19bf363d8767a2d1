// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/providers/provenance.h"

namespace sd {

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::Low:
        return QStringLiteral("low");
    }
    return {};
}

} // namespace sd
