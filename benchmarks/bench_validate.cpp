// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of a 10,000-Service manifest (parsing not counted): the targets are a full pass
// <= 50 ms and revalidating one Service of 100 ports after an edit <= 1 ms, on a 2-core machine
// (Release). These numbers are why ValidationScheduler runs on the GUI thread.

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QUndoStack>

#include "generated.h"
#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/validationscheduler.h"
#include "model/io/manifest.h"
#include "model/providers/providerregistry.h"
#include "model/validation/validator.h"
#include "resources/resources.h"

namespace {

const sd::Manifest &bigManifest()
{
    static const sd::Manifest manifest = sd::Manifest::fromBytes(sd::bench::generatedManifest());
    return manifest;
}

// validateInManifest over every Service: what opening a file or a new environment costs.
void BM_ValidateAll(benchmark::State &state)
{
    const sd::Manifest &m = bigManifest();
    const std::vector<sd::ServiceRef> refs = m.services();
    const sd::Environment environment;
    size_t findings = 0;
    for (auto _ : state) {
        findings = 0;
        const sd::ManifestIndex index(m); // once per pass, as the scheduler and the CLI do
        for (const sd::ServiceRef ref : refs)
            findings += sd::validateInManifest(m, index, ref, environment).size();
        benchmark::DoNotOptimize(findings);
    }
    state.counters["services"] = double(refs.size());
    state.counters["findings"] = double(findings);
}
BENCHMARK(BM_ValidateAll)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same file with every Service of type LoadBalancer and a provider chosen (the bundled AWS
// profile, whose NLB the generated annotation selects): what the provider rules add to a pass.
void BM_ValidateAllWithProvider(benchmark::State &state)
{
    static const sd::Manifest m = sd::Manifest::fromBytes(
        sd::bench::generatedManifest(10000, 4, "LoadBalancer"));
    const std::vector<sd::ServiceRef> refs = m.services();
    const sd::ProviderRegistry registry
        = sd::ProviderRegistry::withBuiltIns(sd::providerProfilesPath(), false, nullptr);
    sd::Environment environment;
    environment.platform.provider = registry.find(QStringLiteral("aws"));
    environment.platform.knownProviders = registry.profiles();
    size_t findings = 0;
    for (auto _ : state) {
        findings = 0;
        const sd::ManifestIndex index(m);
        for (const sd::ServiceRef ref : refs)
            findings += sd::validateInManifest(m, index, ref, environment).size();
        benchmark::DoNotOptimize(findings);
    }
    state.counters["findings"] = double(findings);
}
BENCHMARK(BM_ValidateAllWithProvider)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// validateService alone (no checks against the other documents): where the time of
// BM_ValidateAll goes when the two differ.
void BM_ValidateServiceAll(benchmark::State &state)
{
    const sd::Manifest &m = bigManifest();
    const std::vector<sd::ServiceRef> refs = m.services();
    const sd::Environment environment;
    for (auto _ : state) {
        for (const sd::ServiceRef ref : refs)
            benchmark::DoNotOptimize(sd::validateService(m.service(ref), environment));
    }
}
BENCHMARK(BM_ValidateServiceAll)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same through the scheduler (plus comparing with the previous findings and counting).
void BM_SchedulerFullPass(benchmark::State &state)
{
    sd::ManifestDocument document(bigManifest());
    sd::ValidationScheduler scheduler(&document);
    sd::Environment environment;
    for (auto _ : state) {
        state.PauseTiming();
        environment.version = environment.version == sd::KubernetesVersion::V1_33
                                  ? sd::KubernetesVersion::V1_32
                                  : sd::KubernetesVersion::V1_33;
        scheduler.setEnvironment(environment);
        state.ResumeTiming();
        scheduler.validateNow();
    }
    state.counters["services"] = double(scheduler.allFindings().size());
}
BENCHMARK(BM_SchedulerFullPass)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// One Service of 100 ports in the 10,000-Service document: an edit (through the undo stack, as
// the editor makes it), then the debounced pass that revalidates only that Service.
void BM_RevalidateOneService(benchmark::State &state)
{
    sd::Manifest manifest = sd::Manifest::fromBytes(sd::bench::generatedManifest(1, 100)
                                                    + sd::bench::generatedManifest(9999, 4));
    sd::ManifestDocument document(std::move(manifest));
    sd::ValidationScheduler scheduler(&document);
    scheduler.validateNow();
    const sd::ServiceRef ref = document.manifest().services().front();
    const sd::Service original = document.manifest().service(ref);
    sd::Service edited = original;
    edited.metadata.value().name.set(QStringLiteral("renamed"));
    bool flip = false;
    for (auto _ : state) {
        flip = !flip;
        document.undoStack()->push(
            new sd::SetServiceCommand(&document, ref, flip ? edited : original, {}));
        scheduler.validateNow();
    }
    state.counters["ports"] = double(original.ports().size());
    state.counters["revalidated"] = double(scheduler.lastPassSize());
}
BENCHMARK(BM_RevalidateOneService)->Unit(benchmark::kMicrosecond);

// validateInManifest alone on the 100-port Service.
void BM_ValidateOneService100Ports(benchmark::State &state)
{
    const sd::Manifest m = sd::Manifest::fromBytes(sd::bench::generatedManifest(1, 100));
    const sd::ServiceRef ref = m.services().front();
    const sd::Environment environment;
    for (auto _ : state)
        benchmark::DoNotOptimize(sd::validateInManifest(m, ref, environment));
}
BENCHMARK(BM_ValidateOneService100Ports)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    // Translated messages and QTimer want an application object.
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
