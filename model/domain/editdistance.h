// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace sd {

/** The Levenshtein distance with adjacent transpositions ("cret" -> "cert" is one edit): the
 *  optimal string alignment distance. For "did you mean" suggestions. */
int editDistance(QStringView a, QStringView b);

} // namespace sd
