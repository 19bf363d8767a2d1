// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <thread>
#include <vector>

namespace sd {

/** How many threads work that splits into independent runs may take: one per core, up to 8. */
inline int usableCores()
{
    return int(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
}

/**
 * Calls `run(starts[i], starts[i + 1])` for each run between consecutive starts: the first on
 * the calling thread, each other on a thread of its own. Returns when all are done.
 */
template<typename Run>
void runInThreads(const std::vector<size_t> &starts, const Run &run)
{
    std::vector<std::thread> helpers;
    for (size_t t = 1; t + 1 < starts.size(); ++t)
        helpers.emplace_back(run, starts[t], starts[t + 1]);
    if (starts.size() > 1)
        run(starts[0], starts[1]);
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace sd
