// SPDX-License-Identifier: GPL-3.0-or-later
// The teaching views, driven as a user would: ExplanationPanel, ProxyHeaderView and
// ConnectionPathView.

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBrowser>

#include "model/document/editorsession.h"
#include "model/io/manifest.h"
#include "model/providers/providerregistry.h"
#include "model/teaching/explanations.h"
#include "resources/resources.h"
#include "support/qtprinters.h"
#include "widgets/connectionpathview.h"
#include "widgets/explanationpanel.h"
#include "widgets/proxyheaderview.h"
#include "widgets/teachingdocks.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

Service serviceFrom(const QByteArray &yaml)
{
    const Manifest manifest = Manifest::fromBytes(yaml);
    const auto refs = manifest.services();
    EXPECT_EQ(refs.size(), 1u);
    return refs.empty() ? Service() : manifest.service(refs.front());
}

TEST(ExplanationPanel, ShowsTheTopicOfAFieldAndOfAFinding)
{
    ExplanationPanel panel;
    EXPECT_EQ(panel.objectName(), u"explanationDock"_s);
    auto *text = panel.findChild<QTextBrowser *>(u"explanationText"_s);
    auto *topics = panel.findChild<QComboBox *>(u"explanationTopic"_s);
    ASSERT_TRUE(text && topics);
    EXPECT_TRUE(text->isReadOnly());
    EXPECT_TRUE(text->openExternalLinks());
    EXPECT_EQ(topics->count(), explanationTopics().size());

    panel.showField(u"spec.ports[0].protocol"_s, u"SCTP"_s);
    EXPECT_EQ(panel.topic(), u"protocol-sctp"_s);
    EXPECT_EQ(topics->currentData().toString(), u"protocol-sctp"_s);
    EXPECT_TRUE(text->toPlainText().contains(u"SCTP"_s));

    // A field without a topic keeps what is shown.
    panel.showField(u"metadata.name"_s);
    EXPECT_EQ(panel.topic(), u"protocol-sctp"_s);

    panel.showTopic(u"port"_s);
    EXPECT_EQ(panel.topic(), u"port"_s);
    panel.showFinding(u"platform-sctp-windows"_s);
    EXPECT_EQ(panel.topic(), u"protocol-sctp"_s);
    EXPECT_TRUE(panel.markdown().contains(u"SCTP"_s));

    // Browsing with the combo.
    topics->setCurrentIndex(topics->findData(u"proxy-protocol"_s));
    EXPECT_EQ(panel.topic(), u"proxy-protocol"_s);
    EXPECT_TRUE(text->toPlainText().contains(u"PROXY"_s));
}

TEST(ProxyHeaderView, BuildsTheHeaderFromTypedAddresses)
{
    ProxyHeaderView view;
    auto *source = view.findChild<QLineEdit *>(u"proxySource"_s);
    auto *destination = view.findChild<QLineEdit *>(u"proxyDestination"_s);
    auto *transport = view.findChild<QComboBox *>(u"proxyTransport"_s);
    auto *line = view.findChild<QLabel *>(u"proxyLine"_s);
    auto *dump = view.findChild<QPlainTextEdit *>(u"proxyDump"_s);
    auto *error = view.findChild<QLabel *>(u"proxyError"_s);
    ASSERT_TRUE(source && destination && transport && line && dump && error);
    EXPECT_TRUE(dump->isReadOnly());

    source->clear();
    QTest::keyClicks(source, u"192.0.2.202:12345"_s);
    destination->clear();
    QTest::keyClicks(destination, u"10.0.42.7:443"_s);
    view.setVersion(1);
    EXPECT_EQ(view.headerLine(), u"PROXY TCP4 192.0.2.202 10.0.42.7 12345 443\r\n"_s);
    EXPECT_EQ(line->text(), u"PROXY TCP4 192.0.2.202 10.0.42.7 12345 443\\r\\n"_s);
    EXPECT_TRUE(view.error().isEmpty());

    view.setVersion(2);
    EXPECT_EQ(view.version(), 2);
    EXPECT_TRUE(dump->toPlainText().startsWith(u"0000  0d 0a 0d 0a"_s))
        << dump->toPlainText().toStdString();
    EXPECT_TRUE(view.headerLine().isEmpty());

    // IPv6 works; mixing families does not.
    destination->clear();
    QTest::keyClicks(destination, u"[2001:db8::1]:443"_s);
    EXPECT_FALSE(view.error().isEmpty());
    source->clear();
    QTest::keyClicks(source, u"[2001:db8::2]:40000"_s);
    EXPECT_TRUE(view.error().isEmpty()) << view.error().toStdString();

    // Version 1 is TCP only.
    view.setVersion(1);
    transport->setCurrentIndex(transport->findText(u"UDP"_s));
    EXPECT_FALSE(view.error().isEmpty());
    EXPECT_EQ(error->text(), view.error());
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(dump->isHidden());
    EXPECT_TRUE(view.dump().isEmpty());

    // A bad address.
    transport->setCurrentIndex(transport->findText(u"TCP"_s));
    EXPECT_TRUE(view.error().isEmpty());
    source->clear();
    QTest::keyClicks(source, u"not an address"_s);
    EXPECT_FALSE(view.error().isEmpty());
}

TEST(ConnectionPathView, LoadBalancerWithTlsAndProxyOnAws)
{
    const auto aws
        = ProviderRegistry::withBuiltIns(providerProfilesPath(), false, nullptr).find(u"aws"_s);
    ASSERT_TRUE(aws);
    const Service service = serviceFrom(R"(apiVersion: v1
kind: Service
metadata:
  name: web
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-ssl-cert: arn:aws:acm:us-east-1:1:certificate/abc
    service.beta.kubernetes.io/aws-load-balancer-ssl-ports: "443"
    service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: "*"
spec:
  type: LoadBalancer
  clusterIP: 10.96.0.10
  selector: {app: web}
  ports:
  - name: https
    port: 443
    targetPort: 8443
    nodePort: 31443
  - name: http
    port: 80
    targetPort: 8080
)");
    ConnectionPathView view;
    EXPECT_EQ(view.objectName(), u"connectionPath"_s);
    EXPECT_TRUE(view.hops().empty());
    view.setProfile(aws);
    view.setService(service, 0);

    const auto hops = view.hops();
    ASSERT_EQ(hops.size(), 5u);
    EXPECT_TRUE(hops[2].detail.contains(u"31443"_s)) << hops[2].detail.toStdString();
    EXPECT_TRUE(hops[3].detail.contains(u"10.96.0.10:443"_s)) << hops[3].detail.toStdString();
    EXPECT_TRUE(hops[4].detail.contains(u"8443"_s)) << hops[4].detail.toStdString();
    for (const auto &hop : hops)
        EXPECT_EQ(hop.protocol, u"TCP"_s);
    EXPECT_TRUE(hops[1].tlsEnds);
    EXPECT_TRUE(hops[1].proxyHeaderAdded);
    EXPECT_EQ(view.proxyVersion(), 1);
    for (size_t i : {0u, 2u, 3u, 4u}) {
        EXPECT_FALSE(hops[i].tlsEnds) << i;
        EXPECT_FALSE(hops[i].proxyHeaderAdded) << i;
    }

    // Port 80 is not in the TLS ports: the PROXY header is still added, TLS is not terminated.
    view.setService(service, 1);
    ASSERT_EQ(view.hops().size(), 5u);
    EXPECT_FALSE(view.hops()[1].tlsEnds);
    EXPECT_TRUE(view.hops()[1].proxyHeaderAdded);

    // Without node ports the load balancer goes to the pods' Service directly.
    Service noNodePorts = service;
    noNodePorts.spec.value().allocateLoadBalancerNodePorts = false;
    view.setService(noNodePorts, 0);
    EXPECT_EQ(view.hops().size(), 4u);

    // No provider: no marks.
    view.setProfile(nullptr);
    view.setService(service, 0);
    ASSERT_EQ(view.hops().size(), 5u);
    EXPECT_FALSE(view.hops()[1].tlsEnds);
    EXPECT_FALSE(view.hops()[1].proxyHeaderAdded);

    view.setService(service, 7);
    EXPECT_TRUE(view.hops().empty());
}

TEST(ConnectionPathView, ClusterIPAndAppProtocol)
{
    const Service service = serviceFrom(R"(apiVersion: v1
kind: Service
metadata: {name: dns}
spec:
  selector: {app: dns}
  ports:
  - {port: 53, protocol: UDP, appProtocol: dns}
)");
    ConnectionPathView view;
    view.setService(service, 0);
    const auto hops = view.hops();
    ASSERT_EQ(hops.size(), 3u);
    EXPECT_EQ(hops[2].protocol, u"UDP"_s);
    EXPECT_EQ(view.workloadAppProtocol(), u"dns"_s);
    EXPECT_TRUE(hops[2].detail.contains(u"53"_s));
}

// The PROXY header view follows the port and provider the connection picture shows: it says
// whether and why a header is added, takes the port's number, transport and version, and never
// keeps a version the new transport cannot have.
TEST(TeachingDocks, TheProxyHeaderFollowsTheSelectedPortAndProvider)
{
    const ProviderRegistry registry = ProviderRegistry::withBuiltIns(providerProfilesPath(),
                                                                     false,
                                                                     nullptr);
    const Service service = serviceFrom(R"(apiVersion: v1
kind: Service
metadata:
  name: edge
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip
    service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: "*"
spec:
  type: LoadBalancer
  selector: {app: edge}
  ports:
  - {name: https, port: 8443, protocol: TCP}
  - {name: quic, port: 4433, protocol: UDP}
  - {name: sig, port: 3868, protocol: SCTP}
)");
    QMainWindow window;
    EditorSession session;
    auto *right = new QDockWidget(&window);
    auto *bottom = new QDockWidget(&window);
    window.addDockWidget(Qt::RightDockWidgetArea, right);
    window.addDockWidget(Qt::BottomDockWidgetArea, bottom);
    TeachingDocks docks(&window, &session, right, bottom);
    // The picture follows while its dock is shown, on top of the others.
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *connectionDock = window.findChild<QDockWidget *>(u"connectionDock"_s);
    ASSERT_TRUE(connectionDock);
    connectionDock->raise();
    QCoreApplication::processEvents();
    auto *proxy = window.findChild<ProxyHeaderView *>(u"proxyHeaderView"_s);
    auto *path = window.findChild<ConnectionPathView *>(u"connectionPath"_s);
    ASSERT_TRUE(proxy && path);
    auto *destination = proxy->findChild<QLineEdit *>(u"proxyDestination"_s);
    auto *transport = proxy->findChild<QComboBox *>(u"proxyTransport"_s);

    // The AWS Load Balancer Controller's NLB sends PROXY version 2 to every port.
    docks.setProfile(registry.find(u"aws-lbc"_s));
    docks.showConnection(&service, 0);
    EXPECT_TRUE(proxy->status().contains(u"version 2"_s)) << proxy->status().toStdString();
    EXPECT_EQ(proxy->version(), 2); // what the NLB sends
    EXPECT_TRUE(destination->text().endsWith(u":8443"_s)) << destination->text().toStdString();
    EXPECT_EQ(transport->currentText(), u"TCP"_s);
    EXPECT_TRUE(proxy->error().isEmpty());

    // The user looks at version 1, then selects the UDP port: version 1 cannot carry UDP.
    proxy->setVersion(1);
    EXPECT_EQ(proxy->version(), 1);
    docks.showConnection(&service, 1);
    EXPECT_EQ(transport->currentText(), u"UDP"_s);
    EXPECT_TRUE(destination->text().endsWith(u":4433"_s));
    EXPECT_EQ(proxy->version(), 2);
    EXPECT_TRUE(proxy->error().isEmpty()) << proxy->error().toStdString();

    // SCTP: no PROXY protocol, and why.
    docks.showConnection(&service, 2);
    EXPECT_TRUE(proxy->status().contains(u"SCTP"_s)) << proxy->status().toStdString();

    // No load-balancer implementation: no header, and the picture shows none created.
    docks.setProfile(registry.find(u"none"_s));
    docks.showConnection(&service, 0);
    EXPECT_TRUE(proxy->status().startsWith(u"No PROXY header"_s)) << proxy->status().toStdString();
    ASSERT_GE(path->hops().size(), 2u);
    EXPECT_TRUE(path->hops()[1].missing);
    EXPECT_TRUE(path->hops()[1].detail.contains(u"never created"_s));

    // Not a LoadBalancer: says so.
    Service inside = service;
    inside.spec.value().type.set(ServiceType::ClusterIP);
    docks.setProfile(registry.find(u"aws"_s));
    docks.showConnection(&inside, 0);
    EXPECT_TRUE(proxy->status().contains(u"ClusterIP"_s)) << proxy->status().toStdString();

    // Behind another dock's tab the picture waits, and catches up when it shows.
    docks.setProfile(registry.find(u"aws-lbc"_s));
    docks.showConnection(&service, 0);
    EXPECT_EQ(transport->currentText(), u"TCP"_s);
    bottom->raise();
    QCoreApplication::processEvents();
    docks.showConnection(&service, 1);
    EXPECT_EQ(transport->currentText(), u"TCP"_s) << "worked out while behind";
    connectionDock->raise();
    QCoreApplication::processEvents();
    EXPECT_EQ(transport->currentText(), u"UDP"_s);
}

} // namespace
} // namespace sd
