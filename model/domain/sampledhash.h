// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

#include <QStringView>

namespace sd {

/** A hash of `text` from its length and three of its letters, for the small per-thread caches
 *  of names and codes that pick a slot by it: hashing a whole key (annotation keys run to 50
 *  characters) costs more than the work the cache saves, and two texts that share a slot only
 *  share it less. */
inline size_t sampledHash(QStringView text)
{
    const size_t n = size_t(text.size());
    if (n == 0)
        return 0;
    return n * 31 + text[n - 1].unicode() * 7 + text[n / 2].unicode() * 13 + text[n / 3].unicode();
}

} // namespace sd
