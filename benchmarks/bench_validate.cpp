// SPDX-License-Identifier: GPL-3.0-or-later
// Validation of a 10,000-Service manifest (parsing not counted; 1,000 and 50,000 as well, to show
// that a pass grows linearly): the targets are a full pass <= 20 ms on the generic profile and
// <= 40 ms with every Service a LoadBalancer on the AWS profile, and revalidating one Service of
// 100 ports after an edit <= 1 ms, on a 2-core machine (Release). These numbers are why
// ValidationScheduler runs on the GUI thread.

#include <map>
#include <string>
#include <utility>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QUndoStack>

#include "benchmain.h"
#include "generated.h"
#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/validationscheduler.h"
#include "model/io/heapsetup.h"
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

// The generated manifest of `services` Services of type `type`, read once per size and type.
const sd::Manifest &manifestOf(int services, const char *type)
{
    static std::map<std::pair<int, std::string>, sd::Manifest> manifests;
    const auto key = std::make_pair(services, std::string(type));
    auto it = manifests.find(key);
    if (it == manifests.end()) {
        it = manifests
                 .emplace(key,
                          sd::Manifest::fromBytes(sd::bench::generatedManifest(services, 4, type)))
                 .first;
    }
    return it->second;
}

const sd::ProviderRegistry &registry()
{
    static const sd::ProviderRegistry r
        = sd::ProviderRegistry::withBuiltIns(sd::providerProfilesPath(), false, nullptr);
    return r;
}

// The bundled profile `id` chosen and every bundled profile known, as the CLI and the window
// set them up; an empty id chooses none (the API server's view only).
sd::Environment environmentOn(const QString &id)
{
    sd::Environment environment;
    if (!id.isEmpty()) {
        environment.platform.provider = registry().find(id);
        environment.platform.knownProviders = registry().profiles();
    }
    return environment;
}

// validateInManifest over every Service of the generated manifest of state.range(0) Services,
// as opening a file or choosing a new environment does.
void validateAll(benchmark::State &state, const char *type, const sd::Environment &environment)
{
    const sd::Manifest &m = manifestOf(int(state.range(0)), type);
    const std::vector<sd::ServiceRef> refs = m.services();
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
    state.counters["findings/service"] = double(findings) / double(refs.size());
    state.SetComplexityN(state.range(0));
}

// The sizes of a full pass, and a linear fit over them.
void passSizes(benchmark::internal::Benchmark *b)
{
    b->Arg(1000)->Arg(10000)->Arg(50000)->Complexity(benchmark::oN);
    b->Unit(benchmark::kMillisecond)->MinTime(2.0);
}

constexpr const char *kClusterIP = "ClusterIP # the default";

// The headline: the generated file on the generic profile, which the CLI and the window choose
// unless told otherwise. Target: <= 20 ms for 10,000 Services.
void BM_ValidateAll(benchmark::State &state)
{
    validateAll(state, kClusterIP, environmentOn(QStringLiteral("generic")));
}
BENCHMARK(BM_ValidateAll)->Apply(passSizes);

// The same without a provider: the API server's rules alone.
void BM_ValidateAllNoProvider(benchmark::State &state)
{
    validateAll(state, kClusterIP, environmentOn({}));
}
BENCHMARK(BM_ValidateAllNoProvider)->Apply(passSizes);

// Every Service of type LoadBalancer and the bundled AWS profile chosen, whose NLB the generated
// annotation selects: what the provider rules add to a pass. Target: <= 40 ms for 10,000.
void BM_ValidateAllWithProvider(benchmark::State &state)
{
    validateAll(state, "LoadBalancer", environmentOn(QStringLiteral("aws")));
}
BENCHMARK(BM_ValidateAllWithProvider)->Apply(passSizes);

// validateService alone (no checks against the other documents, no provider): where the time of
// BM_ValidateAllNoProvider goes when the two differ.
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

// BM_ValidateAll of 10,000 through the scheduler (plus comparing with the previous findings and
// counting).
void BM_SchedulerFullPass(benchmark::State &state)
{
    sd::ManifestDocument document(bigManifest());
    sd::ValidationScheduler scheduler(&document);
    sd::Environment environment = environmentOn(QStringLiteral("generic"));
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
    // The heap as both programs set it up (see benchmain.h).
    sd::growHeapInLargeSteps();
    // Translated messages and QTimer want an application object.
    QCoreApplication app(argc, argv);
    return sd::bench::runBenchmarks(argc, argv);
}
