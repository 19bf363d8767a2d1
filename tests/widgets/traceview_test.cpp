// SPDX-License-Identifier: GPL-3.0-or-later
// The Trace dock as a user drives it: the connection tracer (docs/connection-trace.md) drawn and
// stepped through, the example cluster edited, the clients a Service's type allows, and the
// findings that lead back to the form and change the Service in one undo step. The pictures of
// the dock in English and Korean go to SD_TRACE_SCREENSHOTS when it is set.

#include <optional>

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/io/manifest.h"
#include "support/qtprinters.h"
#include "support/scriptedprompts.h"
#include "support/testsettings.h"
#include "translations/i18n.h"
#include "widgets/mainwindow.h"
#include "widgets/serviceform.h"
#include "widgets/tracediagram.h"
#include "widgets/traceview.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const QByteArray loadBalancerYaml = R"(apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  selector: {app: web}
  ports:
  - {name: http, port: 80, targetPort: 8080}
)";

Service serviceFrom(const QByteArray &yaml)
{
    const Manifest manifest = Manifest::fromBytes(yaml);
    const auto refs = manifest.services();
    EXPECT_EQ(refs.size(), 1u);
    return refs.empty() ? Service() : manifest.service(refs.front());
}

Service nodePortService(std::optional<TrafficPolicy> externalPolicy = std::nullopt)
{
    Service s = serviceFrom(R"(apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: NodePort
  selector: {app: web}
  ports:
  - {port: 80, targetPort: 8080}
)");
    if (externalPolicy)
        s.spec.value().externalTrafficPolicy.set(*externalPolicy);
    return s;
}

bool hasHangul(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
    });
}

// Chooses the item with `data` in a closed combo box with the keyboard, as a user without a
// mouse does (the keys skip items that cannot be chosen); each key emits activated().
void chooseWithKeyboard(QComboBox *combo, const QVariant &data)
{
    ASSERT_TRUE(combo);
    const int index = combo->findData(data);
    ASSERT_GE(index, 0) << combo->objectName().toStdString();
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentIndex() != index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    ASSERT_EQ(combo->currentIndex(), index);
}

const TraceFinding *finding(const TraceView &view, const QString &code)
{
    for (const TraceFinding &f : view.findings()) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    EXPECT_TRUE(found) << name.toStdString();
    return found;
}

TEST(TraceView, StepsThroughTheHopsWithTheButtonsAndTheKeyboard)
{
    TraceView view;
    view.resize(1200, 420);
    view.setService(nodePortService(), 0, {});
    const TraceResult &r = view.result();
    ASSERT_TRUE(r.delivered) << r.reason.toStdString();
    // client → node-a, DNAT, SNAT, node-a → pod (§ F4).
    ASSERT_EQ(r.hops.size(), 4u);
    auto *hops = child<QTableWidget>(&view, u"traceHops"_s);
    auto *next = child<QPushButton>(&view, u"traceNext"_s);
    auto *previous = child<QPushButton>(&view, u"tracePrevious"_s);
    auto *all = child<QPushButton>(&view, u"traceShowAll"_s);
    auto *note = child<QLabel>(&view, u"traceHopNote"_s);
    ASSERT_TRUE(hops && next && previous && all && note);
    EXPECT_EQ(hops->rowCount(), 4);
    EXPECT_EQ(hops->item(1, 4)->text(), u"DNAT"_s);
    EXPECT_EQ(hops->item(2, 4)->text(), u"SNAT"_s);
    EXPECT_EQ(view.currentHop(), -1);
    EXPECT_EQ(view.diagram()->currentHop(), -1);
    EXPECT_FALSE(all->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(view.currentHop(), 0);
    EXPECT_EQ(view.diagram()->currentHop(), 0);
    EXPECT_EQ(hops->currentRow(), 0);
    EXPECT_TRUE(note->text().contains(r.hops[0].note)) << note->text().toStdString();
    EXPECT_FALSE(previous->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    EXPECT_EQ(view.diagram()->currentHop(), 2);
    QTest::mouseClick(previous, Qt::LeftButton);
    EXPECT_EQ(view.diagram()->currentHop(), 1);
    EXPECT_TRUE(all->isEnabled());
    QTest::mouseClick(all, Qt::LeftButton);
    EXPECT_EQ(view.diagram()->currentHop(), -1);
    EXPECT_TRUE(hops->selectedItems().isEmpty());

    // The keyboard: Right and Left on the picture, arrows in the table.
    QTest::keyClick(view.diagram(), Qt::Key_Right);
    EXPECT_EQ(view.currentHop(), 0);
    QTest::keyClick(view.diagram(), Qt::Key_Right);
    QTest::keyClick(view.diagram(), Qt::Key_Left);
    EXPECT_EQ(view.currentHop(), 0);
    hops->setFocus();
    QTest::keyClick(hops, Qt::Key_Down);
    EXPECT_EQ(view.currentHop(), 1);
    for (QWidget *w : std::initializer_list<QWidget *>{next, previous, all, hops, view.diagram()})
        EXPECT_NE(w->focusPolicy() & Qt::TabFocus, 0) << w->objectName().toStdString();

    // Play steps on a timer from the first hop, and stops at the last.
    auto *play = child<QPushButton>(&view, u"tracePlay"_s);
    QTest::mouseClick(all, Qt::LeftButton);
    QTest::mouseClick(play, Qt::LeftButton);
    EXPECT_TRUE(view.isPlaying());
    EXPECT_EQ(view.currentHop(), 0);
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.currentHop() == 1; }, 3000));
    view.setCurrentHop(3);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !view.isPlaying(); }, 3000));
    EXPECT_EQ(view.currentHop(), 3);
    EXPECT_FALSE(play->isChecked());
}

TEST(TraceView, DrawsThePlacesTheNatStepsTheEndpointAndWhereItStops)
{
    TraceView view;
    view.resize(1200, 420);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setService(nodePortService(), 0, {});
    TraceDiagram *diagram = view.diagram();
    for (const QString &id : {u"client"_s, u"node/node-a"_s, u"node/node-c"_s, u"pod/10.244.1.10"_s})
        EXPECT_FALSE(diagram->placeRect(id).isEmpty()) << id.toStdString();
    EXPECT_TRUE(diagram->placeRect(u"load-balancer"_s).isEmpty());
    // The pod is inside its node.
    EXPECT_TRUE(
        diagram->placeRect(u"node/node-a"_s).contains(diagram->placeRect(u"pod/10.244.1.10"_s)));
    EXPECT_EQ(diagram->endpointPlace(), u"pod/10.244.1.10"_s);
    EXPECT_TRUE(diagram->stopPlace().isEmpty());
    EXPECT_FALSE(diagram->grab().isNull());

    // Local on a node without an endpoint: it stops at the node, and says why.
    view.setService(nodePortService(TrafficPolicy::Local), 0, {});
    view.setViaNode(u"node-c"_s);
    EXPECT_FALSE(view.result().delivered);
    EXPECT_EQ(view.result().reasonCode, u"no-local-endpoint-external"_s);
    EXPECT_EQ(diagram->stopPlace(), u"node/node-c"_s);
    EXPECT_TRUE(diagram->endpointPlace().isEmpty());
    EXPECT_TRUE(diagram->caption().contains(view.result().reason));
    EXPECT_TRUE(child<QTextBrowser>(&view, u"traceResult"_s)->toPlainText().contains(u"node-c"_s));
}

TEST(TraceView, TheClusterIsEditedInTheTable)
{
    TraceView view;
    view.setService(nodePortService(), 0, {});
    auto *nodes = child<QTableWidget>(&view, u"traceNodes"_s);
    auto *add = child<QPushButton>(&view, u"traceAddNode"_s);
    auto *remove = child<QPushButton>(&view, u"traceRemoveNode"_s);
    ASSERT_TRUE(nodes && add && remove);
    EXPECT_EQ(nodes->rowCount(), 3);
    EXPECT_EQ(view.request().topology, ClusterTopology::defaults());

    QTest::mouseClick(add, Qt::LeftButton);
    ASSERT_EQ(view.request().topology.nodes.size(), 4u);
    EXPECT_EQ(view.request().topology.nodes[3].name, u"node-d"_s);
    EXPECT_EQ(view.request().topology.nodes[3].endpoints, 0);
    auto *spin = child<QSpinBox>(&view, u"traceEndpoints-node-d"_s);
    ASSERT_TRUE(spin);
    EXPECT_EQ(spin->maximum(), ClusterTopology::maxEndpointsPerNode);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QTest::keyClick(spin, Qt::Key_Up);
    EXPECT_EQ(view.request().topology.nodes[3].endpoints, 2);
    // The trace follows at once: four endpoints now, on three nodes.
    EXPECT_EQ(view.result().candidateNodes, QStringList({u"node-a"_s, u"node-b"_s, u"node-d"_s}));

    // The via node goes with its node.
    auto *via = child<QComboBox>(&view, u"traceViaNode"_s);
    chooseWithKeyboard(via, u"node-d"_s);
    EXPECT_EQ(view.request().viaNode, u"node-d"_s);
    nodes->setCurrentCell(3, 0);
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(view.request().topology.nodes.size(), 3u);
    EXPECT_TRUE(view.request().viaNode.isEmpty());
    EXPECT_EQ(via->currentText(), u"node-a"_s);

    // The limits.
    while (add->isEnabled())
        QTest::mouseClick(add, Qt::LeftButton);
    EXPECT_EQ(int(view.request().topology.nodes.size()), ClusterTopology::maxNodes);
    EXPECT_FALSE(view.result().problem) << view.result().problem->message.toStdString();
    while (remove->isEnabled())
        QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(view.request().topology.nodes.size(), 1u);
    EXPECT_EQ(nodes->rowCount(), 1);
}

TEST(TraceView, OffersOnlyTheClientsTheTypeAllows)
{
    TraceView view;
    auto *clients = child<QComboBox>(&view, u"traceClient"_s);
    ASSERT_TRUE(clients);
    auto *items = qobject_cast<QStandardItemModel *>(clients->model());
    ASSERT_TRUE(items);
    const auto enabled = [&](TraceClient c) {
        return items->item(clients->findData(int(c)))->isEnabled();
    };

    // ClusterIP: only a pod; the others say why not.
    view.setService(serviceFrom(R"(apiVersion: v1
kind: Service
metadata: {name: api}
spec:
  selector: {app: api}
  ports: [{port: 443}]
)"),
                    0,
                    {});
    EXPECT_EQ(view.request().client, TraceClient::Pod);
    EXPECT_EQ(clients->currentData().toInt(), int(TraceClient::Pod));
    EXPECT_FALSE(enabled(TraceClient::LoadBalancer));
    EXPECT_FALSE(enabled(TraceClient::NodePort));
    EXPECT_FALSE(enabled(TraceClient::ExternalIP));
    EXPECT_TRUE(enabled(TraceClient::Pod));
    const QStandardItem *lb = items->item(clients->findData(int(TraceClient::LoadBalancer)));
    EXPECT_TRUE(lb->toolTip().contains(u"ClusterIP"_s)) << lb->toolTip().toStdString();
    EXPECT_FALSE(child<QComboBox>(&view, u"traceViaNode"_s)->isEnabled());
    EXPECT_TRUE(child<QComboBox>(&view, u"traceClientNode"_s)->isEnabled());
    view.setClient(TraceClient::LoadBalancer); // not for this type: the trace keeps a pod
    EXPECT_EQ(view.request().client, TraceClient::Pod);
    EXPECT_FALSE(view.result().problem);

    // NodePort: from outside to the node port, or from a pod.
    view.setService(nodePortService(), 0, {});
    EXPECT_EQ(view.request().client, TraceClient::Pod); // the user's choice stays while allowed
    chooseWithKeyboard(clients, int(TraceClient::NodePort));
    EXPECT_EQ(view.request().client, TraceClient::NodePort);
    EXPECT_FALSE(enabled(TraceClient::LoadBalancer));
    EXPECT_TRUE(enabled(TraceClient::NodePort));
    EXPECT_FALSE(enabled(TraceClient::ExternalIP));
    EXPECT_TRUE(child<QComboBox>(&view, u"traceViaNode"_s)->isEnabled());
    QString why;
    EXPECT_FALSE(view.isClientAllowed(TraceClient::ExternalIP, &why));
    EXPECT_TRUE(why.contains(u"externalIPs"_s)) << why.toStdString();

    // LoadBalancer: through it too; without a provider it stays pending (§ F10).
    view.setService(serviceFrom(loadBalancerYaml), 0, {});
    EXPECT_TRUE(enabled(TraceClient::LoadBalancer));
    view.setClient(TraceClient::LoadBalancer);
    EXPECT_EQ(view.result().reasonCode, u"no-load-balancer"_s);
    EXPECT_FALSE(view.diagram()->placeRect(u"load-balancer"_s).isNull());
}

TEST(TraceView, FindingsForTheTrafficPoliciesMoveAnEndpointOrAskForTheField)
{
    TraceView view;
    QSignalSpy fields(&view, &TraceView::fieldRequested);
    QSignalSpy edits(&view, &TraceView::fieldEditRequested);
    view.setService(nodePortService(), 0, {});
    ASSERT_EQ(view.findings().size(), 1u);
    EXPECT_EQ(view.findings()[0].code, u"node-address"_s);
    QTest::mouseClick(child<QPushButton>(&view, u"traceApply-node-address"_s), Qt::LeftButton);
    ASSERT_EQ(edits.count(), 1);
    EXPECT_EQ(edits[0][0].value<FieldPath>(), FieldPath(u"spec.externalTrafficPolicy"_s));
    EXPECT_EQ(edits[0][1].toString(), u"Local"_s);

    // internalTrafficPolicy Local, from a pod on a node without an endpoint (§ F2).
    Service internal = nodePortService();
    internal.spec.value().internalTrafficPolicy.set(TrafficPolicy::Local);
    view.setService(internal, 0, {});
    view.setClient(TraceClient::Pod);
    view.setClientNode(u"node-c"_s);
    EXPECT_EQ(view.result().reasonCode, u"no-local-endpoint-internal"_s);
    const TraceFinding *f = finding(view, u"no-local-endpoint-internal"_s);
    ASSERT_TRUE(f);
    EXPECT_EQ(f->field, FieldPath(u"spec.internalTrafficPolicy"_s));
    QTest::mouseClick(child<QPushButton>(&view, u"traceShowField-no-local-endpoint-internal"_s),
                      Qt::LeftButton);
    ASSERT_EQ(fields.count(), 1);
    EXPECT_EQ(fields[0][0].value<FieldPath>(), FieldPath(u"spec.internalTrafficPolicy"_s));
    QTest::mouseClick(child<QPushButton>(&view, u"traceMoveEndpoint-no-local-endpoint-internal"_s),
                      Qt::LeftButton);
    EXPECT_TRUE(view.result().delivered) << view.result().reason.toStdString();
    EXPECT_EQ(view.request().topology.nodes[2].endpoints, 1);
    EXPECT_EQ(view.request().topology.endpointCount(), 2);
    QApplication::processEvents(); // the old findings' widgets go
    EXPECT_FALSE(view.findChild<QPushButton *>(u"traceMoveEndpoint-no-local-endpoint-internal"_s));
}

// The Trace dock in the window: it follows the form, and its findings change the Service.
class TraceDockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        useTestSettings(u"traceview_test"_s);
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        m_window = std::make_unique<MainWindow>(std::move(prompts));
        m_window->resize(1280, 800);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        ASSERT_TRUE(m_window->openUntitled(loadBalancerYaml));
        // GKE's load balancer passes packets through and keeps the client's address (§ F17).
        auto *provider = m_window->findChild<QComboBox *>(u"providerCombo"_s);
        ASSERT_TRUE(provider);
        chooseWithKeyboard(provider, u"gke"_s);
        m_view = m_window->findChild<TraceView *>(u"traceView"_s);
        ASSERT_TRUE(m_view);
    }

    void TearDown() override
    {
        m_prompts->answers.assign({QMessageBox::Discard});
        m_window.reset();
        removeTestSettings();
    }

    void showDock()
    {
        auto *dock = m_window->findChild<QDockWidget *>(u"traceDock"_s);
        ASSERT_TRUE(dock);
        dock->show();
        dock->raise();
        m_window->resizeDocks({dock}, {440}, Qt::Vertical);
        QApplication::processEvents();
    }

    const Service &service() const
    {
        return m_window->document()->manifest().service(m_window->currentService());
    }

    ScriptedPrompts *m_prompts = nullptr;
    std::unique_ptr<MainWindow> m_window;
    TraceView *m_view = nullptr;
};

TEST_F(TraceDockTest, FollowsTheFormOnlyWhileShown)
{
    auto *dock = m_window->findChild<QDockWidget *>(u"traceDock"_s);
    ASSERT_TRUE(dock);
    // View › Trace shows it.
    bool inViewMenu = false;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(dock->toggleViewAction()))
            inViewMenu = true;
    }
    EXPECT_TRUE(inViewMenu);
    EXPECT_EQ(dock->toggleViewAction()->text(), u"Trace"_s);
    // Behind the findings, it has not traced the Service yet.
    EXPECT_TRUE(m_view->result().hops.empty());
    showDock();
    EXPECT_EQ(m_view->request().client, TraceClient::LoadBalancer);
    EXPECT_TRUE(m_view->result().delivered) << m_view->result().reason.toStdString();
    EXPECT_EQ(m_view->request().loadBalancer.providerId, u"gke"_s);
}

TEST_F(TraceDockTest, ThePolicyChangedInTheFormChangesWhatThePodSees)
{
    showDock();
    const TraceResult *r = &m_view->result();
    ASSERT_TRUE(r->delivered) << r->reason.toStdString();
    EXPECT_EQ(r->seenSource, SeenSource::Node); // externalTrafficPolicy Cluster: SNAT (§ F4)
    ASSERT_TRUE(finding(*m_view, u"node-address"_s));
    auto *result = child<QTextBrowser>(m_window.get(), u"traceResult"_s);
    EXPECT_TRUE(result->toPlainText().contains(u"an address of a node"_s))
        << result->toPlainText().toStdString();

    // Local, chosen in the form as a user does.
    auto *policy = child<QComboBox>(m_window.get(), u"externalTrafficPolicy"_s);
    chooseWithKeyboard(policy, u"Local"_s);
    QApplication::processEvents();
    ASSERT_EQ(service().spec.value().externalTrafficPolicy.value(), TrafficPolicy::Local);
    r = &m_view->result();
    ASSERT_TRUE(r->delivered) << r->reason.toStdString();
    EXPECT_EQ(r->seenSource, SeenSource::Client); // § F5
    EXPECT_EQ(r->seenAddress, u"203.0.113.7"_s);
    EXPECT_TRUE(result->toPlainText().contains(u"203.0.113.7, the client's own address"_s))
        << result->toPlainText().toStdString();
    EXPECT_FALSE(finding(*m_view, u"node-address"_s));

    // The load balancer sends to node-a; its endpoint moves to node-c (in the trace's table):
    // node-a fails the health check and gets nothing (§ F6).
    chooseWithKeyboard(child<QComboBox>(m_window.get(), u"traceViaNode"_s), u"node-a"_s);
    EXPECT_TRUE(m_view->result().delivered);
    auto *nodeA = child<QSpinBox>(m_window.get(), u"traceEndpoints-node-a"_s);
    auto *nodeC = child<QSpinBox>(m_window.get(), u"traceEndpoints-node-c"_s);
    nodeC->setFocus();
    QTest::keyClick(nodeC, Qt::Key_Up);
    nodeA->setFocus();
    QTest::keyClick(nodeA, Qt::Key_Down);
    r = &m_view->result();
    EXPECT_FALSE(r->delivered);
    EXPECT_EQ(r->reasonCode, u"health-check-fails"_s);
    EXPECT_EQ(r->candidateNodes, QStringList({u"node-b"_s, u"node-c"_s}));
    EXPECT_EQ(m_view->diagram()->stopPlace(), u"load-balancer"_s);
    ASSERT_TRUE(finding(*m_view, u"no-local-endpoint-external"_s));

    // To the node port of node-a itself: kube-proxy there drops it (§ F5).
    chooseWithKeyboard(child<QComboBox>(m_window.get(), u"traceClient"_s),
                       int(TraceClient::NodePort));
    r = &m_view->result();
    EXPECT_FALSE(r->delivered);
    EXPECT_EQ(r->reasonCode, u"no-local-endpoint-external"_s);
    EXPECT_EQ(m_view->diagram()->stopPlace(), u"node/node-a"_s);
    EXPECT_TRUE(result->toPlainText().contains(u"node-a"_s));
    // The file did not change: the cluster is the trace's own.
    EXPECT_EQ(m_window->document()->undoStack()->count(), 1);
}

TEST_F(TraceDockTest, SetLocalIsOneUndoStepAndShowTheFieldGoesToTheForm)
{
    showDock();
    ASSERT_TRUE(finding(*m_view, u"node-address"_s));
    QSignalSpy fields(m_view, &TraceView::fieldRequested);
    auto *tabs = child<QTabWidget>(m_window.get(), u"centralTabs"_s);
    tabs->setCurrentIndex(1); // "In the File"
    QTest::mouseClick(child<QPushButton>(m_window.get(), u"traceShowField-node-address"_s),
                      Qt::LeftButton);
    ASSERT_EQ(fields.count(), 1);
    EXPECT_EQ(fields[0][0].value<FieldPath>(), FieldPath(u"spec.externalTrafficPolicy"_s));
    EXPECT_EQ(tabs->currentWidget(), m_window->serviceForm());
    EXPECT_EQ(QApplication::focusWidget(),
              child<QComboBox>(m_window.get(), u"externalTrafficPolicy"_s));

    QUndoStack *undo = m_window->document()->undoStack();
    const int before = undo->count();
    QTest::mouseClick(child<QPushButton>(m_window.get(), u"traceApply-node-address"_s),
                      Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_EQ(undo->count(), before + 1);
    EXPECT_EQ(service().spec.value().externalTrafficPolicy.value(), TrafficPolicy::Local);
    EXPECT_EQ(undo->undoText(), u"Set externalTrafficPolicy"_s);
    EXPECT_EQ(m_view->result().seenSource, SeenSource::Client);
    EXPECT_EQ(child<QComboBox>(m_window.get(), u"externalTrafficPolicy"_s)->currentData(),
              QVariant(u"Local"_s));

    undo->undo();
    QApplication::processEvents();
    EXPECT_FALSE(service().spec.value().externalTrafficPolicy.hasValue());
    EXPECT_EQ(m_view->result().seenSource, SeenSource::Node);
    EXPECT_EQ(undo->count(), before + 1);
    EXPECT_EQ(undo->index(), before);
}

// The view speaks Korean after a language switch, the tracer's own sentences too; the pictures
// of the dock are written for a person to look at.
TEST_F(TraceDockTest, SpeaksKoreanAtRunTimeAndRenders)
{
    QTemporaryDir temporary;
    const QString dir = qEnvironmentVariableIsSet("SD_TRACE_SCREENSHOTS")
                            ? qEnvironmentVariable("SD_TRACE_SCREENSHOTS")
                            : temporary.path();
    showDock();
    chooseWithKeyboard(child<QComboBox>(m_window.get(), u"traceClient"_s),
                       int(TraceClient::NodePort));
    m_view->setCurrentHop(1);
    QApplication::processEvents();
    EXPECT_TRUE(m_window->grab().save(QDir(dir).filePath(u"trace-en.png"_s)));

    ASSERT_TRUE(installTranslators(*qApp, QLocale(u"ko"_s)));
    QApplication::processEvents();
    auto *dock = child<QDockWidget>(m_window.get(), u"traceDock"_s);
    EXPECT_TRUE(hasHangul(dock->windowTitle())) << dock->windowTitle().toStdString();
    EXPECT_TRUE(hasHangul(child<QPushButton>(m_window.get(), u"traceNext"_s)->text()));
    EXPECT_TRUE(hasHangul(child<QLabel>(m_window.get(), u"traceStep"_s)->text()));
    EXPECT_TRUE(hasHangul(child<QComboBox>(m_window.get(), u"traceClient"_s)->currentText()));
    EXPECT_TRUE(hasHangul(m_view->result().reason)) << m_view->result().reason.toStdString();
    EXPECT_TRUE(hasHangul(m_view->diagram()->caption()));
    ASSERT_FALSE(m_view->findings().empty());
    EXPECT_TRUE(hasHangul(m_view->findings().front().text));
    auto *hops = child<QTableWidget>(m_window.get(), u"traceHops"_s);
    EXPECT_TRUE(hasHangul(hops->horizontalHeaderItem(5)->text()));
    QTest::qWait(50); // the layouts take the new texts' sizes in events the change posts
    EXPECT_TRUE(m_window->grab().save(QDir(dir).filePath(u"trace-ko.png"_s)));

    installTranslators(*qApp, QLocale(u"en"_s));
    QApplication::processEvents();
    EXPECT_EQ(dock->windowTitle(), u"Trace"_s);
    EXPECT_EQ(child<QPushButton>(m_window.get(), u"traceNext"_s)->text(), u"Next"_s);
}

} // namespace
} // namespace sd
