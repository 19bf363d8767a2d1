// SPDX-License-Identifier: GPL-3.0-or-later
// ProviderCompatibilityModel and ProtocolMixModel: the numbers the charts show.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/validationscheduler.h"
#include "model/io/manifestio.h"
#include "model/itemmodels/protocolmixmodel.h"
#include "model/itemmodels/providercompatibilitymodel.h"
#include "model/providers/providerregistry.h"
#include "model/validation/validator.h"
#include "resources/resources.h"
#include "support/qtprinters.h"
#include "support/validated.h"

using namespace Qt::StringLiterals;

namespace sd {

// Found by argument-dependent lookup: Counts lives in sd, not in the unnamed namespace.
void PrintTo(const ProviderCompatibilityModel::Counts &c, std::ostream *os)
{
    *os << c.supported << '/' << c.conditional << '/' << c.unsupported;
}

namespace {

using Counts = ProviderCompatibilityModel::Counts;

std::unique_ptr<ManifestDocument> documentFrom(const QByteArray &bytes)
{
    ReadResult read = readManifest(bytes);
    EXPECT_FALSE(read.error.has_value());
    return std::make_unique<ManifestDocument>(std::move(read.manifest));
}

ProviderRegistry builtIns()
{
    std::vector<ProfileError> errors;
    ProviderRegistry registry = ProviderRegistry::withBuiltIns(providerProfilesPath(),
                                                               false,
                                                               &errors);
    EXPECT_TRUE(errors.empty());
    return registry;
}

// One LoadBalancer with a TCP, a UDP and an SCTP port, and a ClusterIP whose ports never count.
const QByteArray threeProtocols = R"(apiVersion: v1
kind: Service
metadata:
  name: mixed
spec:
  type: LoadBalancer
  selector: {app: x}
  ports:
  - {name: web, port: 80}
  - {name: dns, port: 53, protocol: UDP, appProtocol: dns}
  - {name: sig, port: 3868, protocol: SCTP}
---
apiVersion: v1
kind: Service
metadata:
  name: inner
spec:
  selector: {app: x}
  ports:
  - {name: http, port: 8080, protocol: TCP, appProtocol: http}
  - {name: h2c, port: 8081, appProtocol: kubernetes.io/h2c}
)";

struct CompatibilityFixture
{
    ProviderCompatibilityModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

Counts countsOf(const ProviderCompatibilityModel &model, const QString &id)
{
    const int row = model.rowOf(id);
    EXPECT_GE(row, 0) << id.toStdString();
    Counts counts;
    counts.supported = model.index(row, ProviderCompatibilityModel::SupportedColumn).data().toInt();
    counts.conditional
        = model.index(row, ProviderCompatibilityModel::ConditionalColumn).data().toInt();
    counts.unsupported
        = model.index(row, ProviderCompatibilityModel::UnsupportedColumn).data().toInt();
    EXPECT_EQ(counts, model.counts(row));
    return counts;
}

TEST(ProviderCompatibilityModel, OneRowPerProviderWithItsIdAndName)
{
    CompatibilityFixture f;
    const ProviderRegistry registry = builtIns();
    f.model.setRegistry(registry);
    ASSERT_EQ(f.model.rowCount(), int(registry.profiles().size()));
    EXPECT_EQ(f.model.columnCount(), int(ProviderCompatibilityModel::ColumnCount));
    for (int row = 0; row < f.model.rowCount(); ++row) {
        const QString id = registry.profiles()[size_t(row)]->id;
        EXPECT_EQ(f.model.providerId(row), id);
        EXPECT_EQ(f.model.index(row, ProviderCompatibilityModel::IdColumn).data().toString(), id);
        EXPECT_EQ(f.model.index(row, ProviderCompatibilityModel::NameColumn)
                      .data(ProviderCompatibilityModel::ProviderIdRole)
                      .toString(),
                  id);
        EXPECT_FALSE(
            f.model.index(row, ProviderCompatibilityModel::NameColumn).data().toString().isEmpty());
        // No document: nothing to count.
        EXPECT_EQ(f.model.counts(row), Counts{});
    }
    EXPECT_EQ(f.model.rowOf(u"no-such-provider"_s), -1);
    EXPECT_TRUE(f.model.providerId(-1).isEmpty());
}

TEST(ProviderCompatibilityModel, CountsTheLoadBalancerPortsByVerdict)
{
    auto doc = documentFrom(threeProtocols);
    CompatibilityFixture f;
    f.model.setRegistry(builtIns());
    ValidationScheduler scheduler(doc.get());
    f.model.setScheduler(&scheduler);
    validateAndSettle(scheduler);

    // AWS without annotations is the classic ELB: TCP only, and its controller refuses the whole
    // Service for the others, so no port of it is carried (the findings say so).
    EXPECT_EQ(countsOf(f.model, u"aws"_s), (Counts{0, 0, 3}));
    EXPECT_EQ(countsOf(f.model, u"metallb"_s), (Counts{2, 1, 0}));
    EXPECT_EQ(countsOf(f.model, u"gke"_s), (Counts{0, 0, 3}));
    // Azure: SCTP only on an internal load balancer, which this one is not: refused.
    EXPECT_EQ(countsOf(f.model, u"azure"_s), (Counts{0, 0, 3}));
    // Every provider counts exactly the three ports of the LoadBalancer, none of the ClusterIP.
    for (int row = 0; row < f.model.rowCount(); ++row)
        EXPECT_EQ(f.model.counts(row).total(), 3) << f.model.providerId(row).toStdString();
}

TEST(ProviderCompatibilityModel, FollowsTheVariantTheAnnotationsPick)
{
    auto doc = documentFrom(R"(apiVersion: v1
kind: Service
metadata:
  name: nlb
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: nlb
spec:
  type: LoadBalancer
  ports:
  - {name: dns, port: 53, protocol: UDP}
)");
    CompatibilityFixture f;
    f.model.setRegistry(builtIns());
    ValidationScheduler scheduler(doc.get());
    f.model.setScheduler(&scheduler);
    validateAndSettle(scheduler);
    // The NLB carries UDP, where the classic ELB would refuse the Service.
    EXPECT_EQ(countsOf(f.model, u"aws"_s), (Counts{1, 0, 0}));
}

// Whatever the provider, a port counted as supported or conditional belongs to a Service its
// findings do not say is refused.
TEST(ProviderCompatibilityModel, NeverSaysMoreThanTheFindings)
{
    const ProviderRegistry registry = builtIns();
    ReadResult read = readManifest(threeProtocols);
    const Service &mixed = read.manifest.service(read.manifest.services().front());
    for (const auto &profile : registry.profiles()) {
        Environment environment;
        environment.platform.provider = profile;
        bool refused = false;
        for (const Finding &finding : validateService(mixed, environment)) {
            refused = refused
                      || (finding.code.startsWith(u"provider-")
                          && (finding.severity == Severity::Error
                              || finding.code == u"provider-no-load-balancer"));
        }
        const auto verdicts = ProviderCompatibilityModel::portVerdicts(mixed, environment);
        ASSERT_EQ(verdicts.size(), 3u);
        for (const auto &verdict : verdicts) {
            ASSERT_TRUE(verdict.has_value());
            if (refused) {
                EXPECT_EQ(*verdict, ProviderCompatibilityModel::Verdict::Unsupported)
                    << profile->id.toStdString();
            }
        }
    }
}

TEST(ProviderCompatibilityModel, AConditionTheServiceMeetsCountsAsSupported)
{
    auto doc = documentFrom(R"(apiVersion: v1
kind: Service
metadata:
  name: internal
  annotations:
    service.beta.kubernetes.io/azure-load-balancer-internal: "true"
spec:
  type: LoadBalancer
  ports:
  - {port: 3868, protocol: SCTP}
)");
    CompatibilityFixture f;
    f.model.setRegistry(builtIns());
    ValidationScheduler scheduler(doc.get());
    f.model.setScheduler(&scheduler);
    validateAndSettle(scheduler);
    EXPECT_EQ(countsOf(f.model, u"azure"_s), (Counts{1, 0, 0}));
}

TEST(ProviderCompatibilityModel, UnknownTcpWithoutSourceIsSupportedOtherUnknownsConditional)
{
    Service service;
    Fact unstated;
    EXPECT_EQ(ProviderCompatibilityModel::verdict(unstated, Protocol::TCP, service),
              ProviderCompatibilityModel::Verdict::Supported);
    EXPECT_EQ(ProviderCompatibilityModel::verdict(unstated, Protocol::UDP, service),
              ProviderCompatibilityModel::Verdict::Conditional);
    Fact stated;
    stated.provenance.source = u"[somewhere]"_s;
    EXPECT_EQ(ProviderCompatibilityModel::verdict(stated, Protocol::TCP, service),
              ProviderCompatibilityModel::Verdict::Conditional);
    Fact conditional;
    conditional.support = Support::Conditional;
    conditional.requires_.push_back(Selector{});
    // A selector that tests nothing holds: the condition is met.
    EXPECT_EQ(ProviderCompatibilityModel::verdict(conditional, Protocol::UDP, service),
              ProviderCompatibilityModel::Verdict::Supported);
    Fact no;
    no.support = Support::No;
    EXPECT_EQ(ProviderCompatibilityModel::verdict(no, Protocol::TCP, service),
              ProviderCompatibilityModel::Verdict::Unsupported);
}

TEST(ProviderCompatibilityModel, ResetsWhenAServiceChanges)
{
    auto doc = documentFrom(threeProtocols);
    CompatibilityFixture f;
    f.model.setRegistry(builtIns());
    ValidationScheduler scheduler(doc.get());
    f.model.setScheduler(&scheduler);
    validateAndSettle(scheduler);
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);

    const ServiceRef ref = doc->manifest().services().front();
    Service changed = doc->manifest().service(ref);
    changed.spec.value().type.set(ServiceType::NodePort);
    doc->undoStack()->push(new SetServiceCommand(doc.get(), ref, changed, u"Edit"_s));
    EXPECT_EQ(reset.count(), 0) << "not before the edit is validated";
    validateAndSettle(scheduler);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(countsOf(f.model, u"aws"_s), Counts{});

    doc.reset();
    QCoreApplication::processEvents();
    EXPECT_EQ(f.model.document(), nullptr);
    EXPECT_EQ(f.model.counts(0), Counts{});
}

TEST(ProviderCompatibilityModel, HeadersAreNamed)
{
    ProviderCompatibilityModel model;
    for (int c = 0; c < model.columnCount(); ++c)
        EXPECT_FALSE(model.headerData(c, Qt::Horizontal).toString().isEmpty()) << c;
}

struct MixFixture
{
    ProtocolMixModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

int mixCount(const ProtocolMixModel &model, ProtocolMixModel::Group group, const QString &key)
{
    const int row = model.rowOf(group, key);
    if (row < 0)
        return -1;
    EXPECT_EQ(model.index(row, ProtocolMixModel::CountColumn).data().toInt(), model.count(row));
    return model.count(row);
}

TEST(ProtocolMixModel, CountsEveryPortOfEveryServiceByProtocolAndAppProtocol)
{
    auto doc = documentFrom(threeProtocols);
    MixFixture f;
    ValidationScheduler scheduler(doc.get());
    f.model.setScheduler(&scheduler);
    validateAndSettle(scheduler);
    using G = ProtocolMixModel::Group;

    // Protocols first, all three, in the API's order.
    ASSERT_GE(f.model.rowCount(), ProtocolMixModel::protocolRowCount());
    EXPECT_EQ(f.model.index(0, 0).data().toString(), u"TCP"_s);
    EXPECT_EQ(f.model.index(1, 0).data().toString(), u"UDP"_s);
    EXPECT_EQ(f.model.index(2, 0).data().toString(), u"SCTP"_s);
    EXPECT_EQ(mixCount(f.model, G::Protocol, u"TCP"_s), 3);
    EXPECT_EQ(mixCount(f.model, G::Protocol, u"UDP"_s), 1);
    EXPECT_EQ(mixCount(f.model, G::Protocol, u"SCTP"_s), 1);

    // Then appProtocols: none first, the rest sorted.
    ASSERT_EQ(f.model.rowCount(), 3 + 4);
    EXPECT_EQ(f.model.index(3, 0).data(ProtocolMixModel::KeyRole).toString(), QString());
    EXPECT_FALSE(f.model.index(3, 0).data().toString().isEmpty());
    EXPECT_EQ(f.model.index(3, 0).data(ProtocolMixModel::GroupRole).value<G>(), G::AppProtocol);
    EXPECT_EQ(mixCount(f.model, G::AppProtocol, QString()), 2);
    EXPECT_EQ(mixCount(f.model, G::AppProtocol, u"dns"_s), 1);
    EXPECT_EQ(mixCount(f.model, G::AppProtocol, u"http"_s), 1);
    EXPECT_EQ(mixCount(f.model, G::AppProtocol, u"kubernetes.io/h2c"_s), 1);
    EXPECT_EQ(f.model.index(4, 0).data().toString(), u"dns"_s);
    EXPECT_EQ(f.model.index(6, 0).data().toString(), u"kubernetes.io/h2c"_s);
}

TEST(ProtocolMixModel, AHiddenChartsModelCountsOnlyOnceShown)
{
    auto doc = documentFrom(threeProtocols);
    MixFixture f;
    f.model.setActive(false);
    ValidationScheduler scheduler(doc.get());
    f.model.setScheduler(&scheduler);
    validateAndSettle(scheduler);
    EXPECT_EQ(mixCount(f.model, ProtocolMixModel::Group::Protocol, u"TCP"_s), 0) << "counted";
    f.model.setActive(true);
    QCoreApplication::processEvents(); // it recounts once the slot returns
    EXPECT_EQ(mixCount(f.model, ProtocolMixModel::Group::Protocol, u"TCP"_s), 3);
}

TEST(ProtocolMixModel, EmptyWithoutADocumentAndResetsOnChange)
{
    MixFixture f;
    EXPECT_EQ(f.model.rowCount(), 3 + 1);
    for (int row = 0; row < f.model.rowCount(); ++row)
        EXPECT_EQ(f.model.count(row), 0);

    auto doc = documentFrom(threeProtocols);
    ValidationScheduler scheduler(doc.get());
    f.model.setScheduler(&scheduler);
    validateAndSettle(scheduler);
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    const ServiceRef ref = doc->manifest().services().front();
    Service changed = doc->manifest().service(ref);
    changed.spec.value().ports.value()[1].value().protocol.set(Protocol::TCP);
    doc->undoStack()->push(new SetServiceCommand(doc.get(), ref, changed, u"Edit"_s));
    EXPECT_EQ(reset.count(), 0) << "not before the edit is validated";
    validateAndSettle(scheduler);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(mixCount(f.model, ProtocolMixModel::Group::Protocol, u"TCP"_s), 4);
    EXPECT_EQ(mixCount(f.model, ProtocolMixModel::Group::Protocol, u"UDP"_s), 0);
    EXPECT_FALSE(f.model.headerData(0, Qt::Horizontal).toString().isEmpty());
}

} // namespace
} // namespace sd
