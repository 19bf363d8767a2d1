// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace sd {

/** How many threads work that splits into independent runs may take: one per core, up to 8. */
inline int usableCores()
{
    return int(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
}

/** How many threads `amount` of work is worth, given that fewer than `leastEach` units a thread
 *  cost more than they save: at least one, at most `most`. */
inline int threadsFor(size_t amount, size_t leastEach, int most = usableCores())
{
    return int(std::clamp<size_t>(amount / leastEach, 1, size_t(std::max(most, 1))));
}

/** How many threads, one or two, a pass over `bytes` bytes that splits in two halves is worth
 *  (reading a file, checking and splitting a stream): a second one pays when each half has a
 *  megabyte. */
inline int threadsForHalves(size_t bytes)
{
    constexpr size_t bytesPerThread = 1024 * 1024;
    return threadsFor(bytes, bytesPerThread, 2);
}

/** Where each of `runs` runs of about equal length starts among `count` items, then `count`. */
inline std::vector<size_t> evenStarts(size_t count, size_t runs)
{
    std::vector<size_t> starts;
    for (size_t r = 0; r <= runs; ++r)
        starts.push_back(count * r / runs);
    return starts;
}

/** How many runs to cut work into for `threads` threads: several each, so that a thread that
 *  finishes early (a faster core, lighter runs) takes more of them. */
inline size_t runsFor(int threads)
{
    return threads > 1 ? size_t(threads) * 8 : 1;
}

/**
 * Calls `run(i)` for each i in [0, runs): on `threads` threads, the calling one among them, each
 * taking the next run that no thread has taken yet. Returns when all are done.
 */
template<typename Run>
void shareRuns(size_t runs, int threads, const Run &run)
{
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < runs; i = next++)
            run(i);
    };
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < std::min(runs, size_t(std::max(threads, 1))); ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace sd
