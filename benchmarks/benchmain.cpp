// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmain.h"

#include <benchmark/benchmark.h>

namespace sd::bench {

int runBenchmarks(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace sd::bench
