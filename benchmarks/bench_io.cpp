// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export of manifests of 1,000, 10,000 and 50,000 Services (about 0.6, 6 and 32 MB).
// Targets for 10,000 on a 2-core machine: import (read, parse, model) <= 100 ms; the heap at its
// peak during import, the file's bytes included, <= 5 times the file at every size; export
// likewise. heap_peak_x is that peak over the file's size; model_x what the model keeps.

#include <benchmark/benchmark.h>

#include "generated.h"
#include "heapcounter.h"
#include "model/io/manifest.h"
#include "model/io/manifestio.h"

namespace {

const QByteArray &manifestBytes()
{
    static const QByteArray bytes = sd::bench::generatedManifest();
    return bytes;
}

// readManifest() of `bytes`, as often as the benchmark asks, with the heap it takes.
void import(benchmark::State &state, const QByteArray &bytes)
{
    size_t services = 0;
    long long peak = 0;
    long long kept = 0;
    for (auto _ : state) {
        const long long before = sd::bench::heapInUse() - bytes.size();
        sd::bench::resetHeapPeak();
        sd::ReadResult r = sd::readManifest(bytes);
        peak = std::max(peak, sd::bench::heapPeak() - before);
        kept = sd::bench::heapInUse() - before - bytes.size();
        services = r.manifest.services().size();
        benchmark::DoNotOptimize(r);
    }
    state.counters["services"] = double(services);
    state.counters["MB"] = double(bytes.size()) / 1e6;
    state.counters["heap_peak_x"] = double(peak) / double(bytes.size());
    state.counters["model_x"] = double(kept) / double(bytes.size());
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}

void BM_Import(benchmark::State &state)
{
    import(state, sd::bench::generatedManifest(int(state.range(0))));
}
BENCHMARK(BM_Import)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Manifest::fromBytes() on one thread: what one core reads (the target: at least 100 MB/s). The
// import above splits the documents among the cores and adds the checks of readManifest().
void BM_ReadOnOneCore(benchmark::State &state)
{
    const QByteArray bytes = sd::bench::generatedManifest(int(state.range(0)));
    for (auto _ : state) {
        sd::Manifest m = sd::Manifest::fromBytes(bytes, 1);
        benchmark::DoNotOptimize(m);
    }
    state.counters["MB"] = double(bytes.size()) / 1e6;
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}
BENCHMARK(BM_ReadOnOneCore)->Arg(10000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Manifest::exportAs() of the whole file, with the heap it takes beyond the model: its peak over
// the file's size, the output included.
void exportAll(benchmark::State &state, sd::Manifest::Format format)
{
    const QByteArray bytes = sd::bench::generatedManifest(int(state.range(0)));
    const sd::Manifest m = sd::Manifest::fromBytes(bytes);
    long long peak = 0;
    for (auto _ : state) {
        const long long before = sd::bench::heapInUse();
        sd::bench::resetHeapPeak();
        const QByteArray out = m.exportAs(format);
        peak = std::max(peak, sd::bench::heapPeak() - before);
        benchmark::DoNotOptimize(out);
    }
    state.counters["MB"] = double(bytes.size()) / 1e6;
    state.counters["heap_peak_x"] = double(peak) / double(bytes.size());
}

void BM_ExportYaml(benchmark::State &state)
{
    exportAll(state, sd::Manifest::Format::Yaml);
}
BENCHMARK(BM_ExportYaml)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

void BM_ExportJson(benchmark::State &state)
{
    exportAll(state, sd::Manifest::Format::Json);
}
BENCHMARK(BM_ExportJson)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

// Importing a long line costs what importing the same content pretty-printed costs (within 2x):
// a minified JSON List of 2,000 Services (713 KB on one line, one non-ASCII character) and 5 MB
// of the same (14,000 Services).
void importJson(benchmark::State &state, int services, bool pretty)
{
    const QByteArray oneLine = sd::bench::generatedJsonList(services, true);
    import(state, pretty ? sd::bench::prettyJson(oneLine) : oneLine);
}

BENCHMARK_CAPTURE(importJson, JsonListOneLine, 2000, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(importJson, JsonListPretty, 2000, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(importJson, Json5MbOneLine, 14000, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(importJson, Json5MbPretty, 14000, true)->Unit(benchmark::kMillisecond);

// One edit of a port in the 10,000-Service file, put into its document's text in place
// (Manifest::updateText(): the patch and the check that reads it back).
void BM_EditInPlace(benchmark::State &state)
{
    sd::Manifest m = sd::Manifest::fromBytes(manifestBytes());
    const sd::ServiceRef ref = m.services()[5000];
    int port = 1000;
    for (auto _ : state) {
        const sd::Service before = m.service(ref);
        m.service(ref).spec.value().ports.value()[0].value().port.set(++port % 20000 + 1000);
        if (m.updateText(ref, before) != sd::Manifest::TextEdit::InPlace)
            state.SkipWithError("the edit was not made in place");
    }
}
BENCHMARK(BM_EditInPlace)->Unit(benchmark::kMicrosecond);

// Saving a file where one Service was edited in place: every document's text is copied.
void BM_SaveOneEdited(benchmark::State &state)
{
    sd::Manifest m = sd::Manifest::fromBytes(manifestBytes());
    const sd::ServiceRef ref = m.services()[5000];
    const sd::Service before = m.service(ref);
    m.service(ref).spec.value().ports.value()[0].value().port.set(4242);
    if (m.updateText(ref, before) != sd::Manifest::TextEdit::InPlace)
        state.SkipWithError("the edit was not made in place");
    for (auto _ : state)
        benchmark::DoNotOptimize(m.toBytes());
}
BENCHMARK(BM_SaveOneEdited)->Unit(benchmark::kMillisecond);

// Saving a file where one Service is written anew (a new one, a JSON document).
void BM_SaveOneWrittenAnew(benchmark::State &state)
{
    sd::Manifest m = sd::Manifest::fromBytes(manifestBytes());
    m.markModified(m.services()[5000]);
    for (auto _ : state)
        benchmark::DoNotOptimize(m.toBytes());
}
BENCHMARK(BM_SaveOneWrittenAnew)->Unit(benchmark::kMillisecond);

} // namespace
