// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the benchmarks' generated manifest of N Services (default 10,000) to standard output,
// for measuring whole processes on it (scripts/compare-jsyaml).

#include <cstdio>
#include <cstdlib>

#include "generated.h"

int main(int argc, char **argv)
{
    const int services = argc > 1 ? std::atoi(argv[1]) : 10000;
    if (services <= 0) {
        std::fprintf(stderr, "usage: %s [SERVICES]\n", argv[0]);
        return 2;
    }
    const QByteArray bytes = sd::bench::generatedManifest(services);
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size())
               ? 0
               : 1;
}
