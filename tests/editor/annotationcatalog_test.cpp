// SPDX-License-Identifier: GPL-3.0-or-later
// Completion data from a provider's annotation catalogue.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

#include "model/io/manifest.h"
#include "model/itemmodels/annotationcatalog.h"
#include "model/providers/profile.h"
#include "model/providers/providerregistry.h"
#include "resources/resources.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const ProviderRegistry &registry()
{
    static const ProviderRegistry r = ProviderRegistry::withBuiltIns(providerProfilesPath(),
                                                                     false,
                                                                     nullptr);
    return r;
}

Service withPorts(const QByteArray &ports)
{
    const Manifest m = Manifest::fromBytes("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n"
                                           "spec:\n  type: LoadBalancer\n  ports: "
                                           + ports + "\n");
    return m.service(m.services().front());
}

TEST(AnnotationCatalog, ListsKeysWithPatternsFilledInFromThePorts)
{
    const auto azure = registry().find(u"azure"_s);
    ASSERT_TRUE(azure);
    const QStringList none = annotationKeys(*azure, withPorts("[]"));
    EXPECT_FALSE(none.isEmpty());
    for (const QString &key : none)
        EXPECT_FALSE(key.contains(u'{')) << key.toStdString();
    const QStringList keys = annotationKeys(*azure, withPorts("[{port: 80}, {port: 443}]"));
    EXPECT_TRUE(keys.contains(u"service.beta.kubernetes.io/port_80_health-probe_protocol"_s));
    EXPECT_TRUE(keys.contains(u"service.beta.kubernetes.io/port_443_health-probe_protocol"_s));
    EXPECT_GT(keys.size(), none.size());

    const auto linode = registry().find(u"linode"_s);
    ASSERT_TRUE(linode);
    EXPECT_TRUE(annotationKeys(*linode, withPorts("[{port: 443}]"))
                    .contains(u"service.beta.kubernetes.io/linode-loadbalancer-port-443"_s));
    // Keys only the controller writes are not offered.
    const auto metallb = registry().find(u"metallb"_s);
    EXPECT_FALSE(
        annotationKeys(*metallb, withPorts("[]")).contains(u"metallb.io/ip-allocated-from-pool"_s));
    EXPECT_TRUE(annotationKeys(*metallb, withPorts("[]")).contains(u"metallb.io/address-pool"_s));
    // The generic provider has no catalogue.
    EXPECT_TRUE(annotationKeys(*registry().find(u"generic"_s), withPorts("[{port: 1}]")).isEmpty());
}

TEST(AnnotationCatalog, OffersValuesAndDescriptions)
{
    const auto hetzner = registry().find(u"hetzner"_s);
    ASSERT_TRUE(hetzner);
    const QString proxy = u"load-balancer.hetzner.cloud/uses-proxyprotocol"_s;
    EXPECT_EQ(annotationValues(*hetzner, proxy), (QStringList{u"true"_s, u"false"_s}));
    EXPECT_FALSE(annotationDescription(*hetzner, proxy).isEmpty());
    EXPECT_EQ(annotationValues(*hetzner, u"load-balancer.hetzner.cloud/certificate-type"_s),
              (QStringList{u"uploaded"_s, u"managed"_s}));
    EXPECT_TRUE(annotationValues(*hetzner, u"example.com/unknown"_s).isEmpty());
    EXPECT_TRUE(annotationDescription(*hetzner, u"example.com/unknown"_s).isEmpty());

    // A pattern key is found with its number filled in.
    const auto azure = registry().find(u"azure"_s);
    EXPECT_FALSE(
        annotationDescription(*azure, u"service.beta.kubernetes.io/port_80_health-probe_protocol"_s)
            .isEmpty());
}

TEST(AnnotationCatalog, ModelForACompleter)
{
    AnnotationCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    const auto hetzner = registry().find(u"hetzner"_s);
    model.setProfile(hetzner);
    const Service service = withPorts("[{port: 80}]");
    model.setService(service);
    const QStringList keys = annotationKeys(*hetzner, service);
    ASSERT_EQ(model.rowCount(), keys.size());
    const int row = int(keys.indexOf(u"load-balancer.hetzner.cloud/uses-proxyprotocol"_s));
    ASSERT_GE(row, 0);
    const QModelIndex i = model.index(row);
    EXPECT_EQ(i.data().toString(), keys[row]);
    EXPECT_EQ(i.data(Qt::ToolTipRole).toString(), annotationDescription(*hetzner, keys[row]));
    EXPECT_EQ(i.data(AnnotationCatalogModel::ValuesRole).toStringList(),
              (QStringList{u"true"_s, u"false"_s}));
    // The controller parses it with strconv.ParseBool.
    EXPECT_EQ(i.data(AnnotationCatalogModel::TypeRole).toString(), u"parseBool"_s);
    model.setProfile(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace sd
