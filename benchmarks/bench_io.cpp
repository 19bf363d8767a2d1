// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export of a 10,000-Service manifest (about 6 MB): the targets are import <= 0.5 s,
// export <= 0.3 s, peak memory <= 300 MB on a 2-core machine.

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include "generated.h"
#include "model/io/manifest.h"
#include "model/io/manifestio.h"

namespace {

const QByteArray &manifestBytes()
{
    static const QByteArray bytes = sd::bench::generatedManifest();
    return bytes;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

// readManifest() of `bytes`, as often as the benchmark asks.
void import(benchmark::State &state, const QByteArray &bytes)
{
    size_t services = 0;
    for (auto _ : state) {
        sd::ReadResult r = sd::readManifest(bytes);
        services = r.manifest.services().size();
        benchmark::DoNotOptimize(r);
    }
    state.counters["services"] = double(services);
    state.counters["MB"] = double(bytes.size()) / 1e6;
    state.counters["peak_rss_MB"] = peakRssMb();
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}

void BM_Import(benchmark::State &state)
{
    import(state, manifestBytes());
}
BENCHMARK(BM_Import)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ExportYaml(benchmark::State &state)
{
    const sd::Manifest m = sd::Manifest::fromBytes(manifestBytes());
    for (auto _ : state)
        benchmark::DoNotOptimize(m.exportAs(sd::Manifest::Format::Yaml));
    state.counters["peak_rss_MB"] = peakRssMb();
}
BENCHMARK(BM_ExportYaml)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ExportJson(benchmark::State &state)
{
    const sd::Manifest m = sd::Manifest::fromBytes(manifestBytes());
    for (auto _ : state)
        benchmark::DoNotOptimize(m.exportAs(sd::Manifest::Format::Json));
}
BENCHMARK(BM_ExportJson)->Unit(benchmark::kMillisecond)->MinTime(2.0);

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

BENCHMARK_MAIN();
