// SPDX-License-Identifier: GPL-3.0-or-later
// Work shared among threads in runs: every run done once, whatever the number of threads.
#include <mutex>
#include <set>

#include <gtest/gtest.h>

#include "model/domain/parallelruns.h"

namespace {

using namespace sd;

TEST(ParallelRuns, EvenStartsCoverEveryItemOnce)
{
    EXPECT_EQ(evenStarts(10, 3), (std::vector<size_t>{0, 3, 6, 10}));
    EXPECT_EQ(evenStarts(2, 4), (std::vector<size_t>{0, 0, 1, 1, 2}));
    EXPECT_EQ(evenStarts(0, 1), (std::vector<size_t>{0, 0}));
    EXPECT_EQ(runsFor(1), 1u);
    EXPECT_GT(runsFor(2), 2u); // more runs than threads, so that they balance
}

// Runs of very different cost: each is done once, by some thread, the calling one among them.
// Work is worth a thread per `leastEach` units, within [1, most]; a pass in halves is worth a
// second thread when each half has a megabyte, and never a third.
TEST(ParallelRuns, ThreadsForTheWork)
{
    EXPECT_EQ(threadsFor(0, 500, 4), 1);
    EXPECT_EQ(threadsFor(1499, 500, 4), 2);
    EXPECT_EQ(threadsFor(100000, 500, 4), 4);
    EXPECT_EQ(threadsForHalves(1024 * 1024 - 1), 1);
    EXPECT_EQ(threadsForHalves(1024 * 1024), 1);
    EXPECT_EQ(threadsForHalves(2 * 1024 * 1024), 2);
    EXPECT_EQ(threadsForHalves(128 * 1024 * 1024), 2);
}

TEST(ParallelRuns, EachRunOnceWhateverTheThreads)
{
    for (int threads : {1, 2, 3, 8}) {
        SCOPED_TRACE(threads);
        const size_t runs = 37;
        std::vector<int> done(runs, 0);
        std::set<std::thread::id> workers;
        std::mutex lock;
        shareRuns(runs, threads, [&](size_t r) {
            volatile size_t spin = 0;
            for (size_t k = 0; k < (r % 5) * 20000; ++k)
                spin = spin + k;
            const std::lock_guard guard(lock);
            ++done[r];
            workers.insert(std::this_thread::get_id());
        });
        EXPECT_EQ(done, std::vector<int>(runs, 1));
        EXPECT_LE(workers.size(), size_t(threads));
        if (threads == 1) {
            EXPECT_EQ(*workers.begin(), std::this_thread::get_id());
        }
    }
    int calls = 0;
    shareRuns(0, 4, [&](size_t) { ++calls; });
    EXPECT_EQ(calls, 0);
}

} // namespace
