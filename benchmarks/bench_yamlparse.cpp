// SPDX-License-Identifier: GPL-3.0-or-later
#include <benchmark/benchmark.h>

#include <QByteArray>

#include "generated.h"

#include "model/io/yamlcppparser.h"
#include "model/io/yamlparser.h"

namespace {

const QByteArray &stream()
{
    static const QByteArray bytes = sd::bench::generatedManifest();
    return bytes;
}

void BM_ParseYaml(benchmark::State &state)
{
    const QByteArray &bytes = stream();
    for (auto _ : state) {
        auto docs = sd::parseYaml(bytes);
        benchmark::DoNotOptimize(docs);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["MB"] = double(bytes.size()) / 1e6;
}

void BM_ParseYamlWithYamlCpp(benchmark::State &state)
{
    const QByteArray &bytes = stream();
    for (auto _ : state) {
        auto docs = sd::parseYamlWithYamlCpp(bytes);
        benchmark::DoNotOptimize(docs);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

// The part of parseYaml that runs before any document is read: the text check and the split.
void BM_CheckAndSplit(benchmark::State &state)
{
    const QByteArray &bytes = stream();
    for (auto _ : state) {
        auto error = sd::yamlstream::checkText(bytes);
        auto chunks = sd::yamlstream::splitStream(bytes);
        benchmark::DoNotOptimize(error);
        benchmark::DoNotOptimize(chunks);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

} // namespace

BENCHMARK(BM_ParseYaml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseYamlWithYamlCpp)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CheckAndSplit)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
