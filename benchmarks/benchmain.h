// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sd::bench {

/** Runs the benchmarks the command line selects; what main() returns. Each benchmark's main()
 *  first sets the heap up as both programs do (sd::growHeapInLargeSteps()), so that a benchmark
 *  measures what they do. */
int runBenchmarks(int argc, char **argv);

} // namespace sd::bench
