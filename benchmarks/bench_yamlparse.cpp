// SPDX-License-Identifier: GPL-3.0-or-later
#include <map>

#include <benchmark/benchmark.h>

#include <QByteArray>

#include "generated.h"
#include "model/io/yamlcppparser.h"
#include "model/io/yamlparser.h"

namespace {

// The benchmark file of `services` Services, made once for each size.
const QByteArray &stream(int services = 10000)
{
    static std::map<int, QByteArray> made;
    const auto [at, isNew] = made.try_emplace(services);
    if (isNew)
        at->second = sd::bench::generatedManifest(services);
    return at->second;
}

// Reading the file into its documents' trees, and letting them go, on the thread that asks:
// at 1,000, 10,000 and 50,000 Services, so that growth shows.
void BM_ParseYaml(benchmark::State &state)
{
    const QByteArray &bytes = stream(int(state.range(0)));
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
        const sd::YamlStream stream(bytes);
        benchmark::DoNotOptimize(stream.size());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

// ---- long lines: the same content on one line and pretty-printed ----
// Reading a long line must cost what reading the same content on many lines costs (within 2x):
// each position is found from the last one, never counted again from the start of its line.

using Parser = std::vector<sd::YamlDocument> (*)(QByteArrayView, const sd::YamlParseOptions &);

// The inputs, each made once: a minified JSON List of 2,000 Services (713 KB on one line), with
// or without one non-ASCII character; 5 MB of the same (14,000 Services); a flow sequence of
// 160,000 items. Each on one line, and the same content pretty-printed or one item a line.
enum class Input { JsonList, JsonListAscii, Json5Mb, FlowSequence };

const QByteArray &input(Input which, bool oneLine)
{
    static const QByteArray list = sd::bench::generatedJsonList(2000, true);
    static const QByteArray listAscii = sd::bench::generatedJsonList(2000, false);
    static const QByteArray big = sd::bench::generatedJsonList(14000, true);
    static const QByteArray inputs[4][2] = {
        {sd::bench::prettyJson(list), list},
        {sd::bench::prettyJson(listAscii), listAscii},
        {sd::bench::prettyJson(big), big},
        {sd::bench::generatedFlowSequence(160000, false),
         sd::bench::generatedFlowSequence(160000, true)},
    };
    return inputs[int(which)][oneLine];
}

void parse(benchmark::State &state, Input which, bool oneLine, bool withYamlCpp)
{
    const QByteArray &bytes = input(which, oneLine);
    for (auto _ : state) {
        auto docs = withYamlCpp ? sd::parseYamlWithYamlCpp(bytes) : sd::parseYaml(bytes);
        benchmark::DoNotOptimize(docs);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["KB"] = double(bytes.size()) / 1e3;
}

} // namespace

BENCHMARK(BM_ParseYaml)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseYamlWithYamlCpp)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CheckAndSplit)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, JsonListOneLine, Input::JsonList, true, false)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, JsonListOneLineAscii, Input::JsonListAscii, true, false)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, JsonListPretty, Input::JsonList, false, false)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, Json5MbOneLine, Input::Json5Mb, true, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, Json5MbPretty, Input::Json5Mb, false, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, FlowSequenceOneLine, Input::FlowSequence, true, false)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, FlowSequencePerLine, Input::FlowSequence, false, false)
    ->Unit(benchmark::kMillisecond);
// yaml-cpp is the test oracle (and was parseYaml's fallback): its positions are counted alike.
BENCHMARK_CAPTURE(parse, FlowSequenceOneLineYamlCpp, Input::FlowSequence, true, true)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, FlowSequencePerLineYamlCpp, Input::FlowSequence, false, true)
    ->Unit(benchmark::kMillisecond);
