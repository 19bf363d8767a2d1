// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of the benchmarks that need no application object.
#include "benchmain.h"
#include "model/io/heapsetup.h"

int main(int argc, char **argv)
{
    sd::growHeapInLargeSteps();
    return sd::bench::runBenchmarks(argc, argv);
}
