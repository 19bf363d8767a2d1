// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/editdistance.h"

#include <algorithm>
#include <vector>

namespace sd {

int editDistance(QStringView a, QStringView b)
{
    const size_t n = size_t(b.size()) + 1;
    std::vector<int> before(n), previous(n), row(n);
    for (size_t j = 0; j < n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const size_t k = size_t(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[k] = std::min({previous[k] + 1, row[k - 1] + 1, previous[k - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                row[k] = std::min(row[k], before[k - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return previous.back();
}

} // namespace sd
