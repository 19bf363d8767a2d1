// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <vector>

#include <QWidget>

#include "model/domain/fieldpath.h"
#include "model/teaching/connectiontrace.h"
#include "widgets/traceresultpanel.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace sd {

struct ProviderProfile;
class TraceDiagram;
class TraceResultPanel;

/**
 * The connection tracer in the window: one port of a Service traced through the example cluster
 * (traceConnection(), docs/connection-trace.md), drawn (TraceDiagram), hop by hop in a table,
 * with the result: whether and where it arrives, whose address the pod sees, where the client's
 * address still is, and the tracer's notes.
 *
 * The user edits the cluster (nodes and their endpoints) and chooses where the client is; only
 * the clients the Service's type allows can be chosen (checkTraceRequest()). Every change
 * traces again at once. Previous, Next and Play step through the hops; Show All draws them all.
 *
 * Findings link the trace back to the form: pods that see a node's address because of
 * externalTrafficPolicy Cluster, no endpoint on the node with a policy Local. Each can show its
 * field (fieldRequested()); some offer a change of the Service (fieldEditRequested(), applied by
 * whoever holds the document) or of the example cluster (moving an endpoint).
 *
 * Object names: "traceView", "traceDiagram", "traceClient", "traceViaNode", "traceClientNode",
 * "traceNodes", "traceAddNode", "traceRemoveNode", "tracePrevious", "traceNext", "tracePlay",
 * "traceShowAll", "traceStep", "traceHops", "traceHopNote", "traceResult", "traceFindings", and
 * per finding "traceFinding-<code>" with its buttons "traceShowField-<code>",
 * "traceApply-<code>" and "traceMoveEndpoint-<code>".
 */
class TraceView final : public QWidget
{
    Q_OBJECT

public:
    explicit TraceView(QWidget *parent = nullptr);
    ~TraceView() override;

    /** Traces `spec.ports[portIndex]` of `service`; `containerPorts` resolves named target
     *  ports (namedContainerPorts()). */
    void setService(const Service &service, int portIndex, std::map<QString, int> containerPorts);
    /** Shows no trace. */
    void clearService();
    /** The provider whose load balancer the trace follows; nullptr for none. */
    void setProfile(std::shared_ptr<const ProviderProfile> profile);

    void setClient(TraceClient client);
    /** Whether `client` can be chosen for the Service, and if not, why (translated). */
    bool isClientAllowed(TraceClient client, QString *why = nullptr) const;
    void setTopology(const ClusterTopology &topology);
    void setViaNode(const QString &node);
    void setClientNode(const QString &node);

    const TraceRequest &request() const { return m_request; }
    const TraceResult &result() const { return m_result; }
    const std::vector<TraceFinding> &findings() const { return m_findings; }
    TraceDiagram *diagram() const { return m_diagram; }

    /** The hop shown highlighted (from 0), or -1 when every hop is shown. */
    int currentHop() const;
    void setCurrentHop(int hop);
    void showNext();
    void showPrevious();
    void showAll();
    /** Steps through the hops on a timer, from the first (or the current one). */
    void setPlaying(bool playing);
    bool isPlaying() const;

    /** Moves one endpoint to `node`, from the node with the most of them (or adds one). */
    void moveEndpointTo(const QString &node);

Q_SIGNALS:
    /** The user asked to see a field of the Service in the form. */
    void fieldRequested(const sd::FieldPath &path);
    /** The user asked to set a field of the Service to `value` (as the form would). */
    void fieldEditRequested(const sd::FieldPath &path, const QString &value);
    /** The trace was made anew. */
    void traced();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void retrace();
    void refreshClients();
    void refreshNodes();
    void refreshNodeCombos();
    void refreshHops();
    void refreshStep();
    void addNode();
    void removeNode();
    TraceClient preferredClient() const;

    Service m_service;
    bool m_hasService = false;
    std::shared_ptr<const ProviderProfile> m_profile;
    TraceRequest m_request;
    TraceResult m_result;
    std::vector<TraceFinding> m_findings;
    bool m_clientChosen = false; ///< the user chose the client: keep it while the type allows it
    bool m_updating = false;

    TraceDiagram *m_diagram = nullptr;
    QLabel *m_clientLabel = nullptr;
    QComboBox *m_client = nullptr;
    QLabel *m_viaLabel = nullptr;
    QComboBox *m_viaNode = nullptr;
    QLabel *m_clientNodeLabel = nullptr;
    QComboBox *m_clientNode = nullptr;
    QTableWidget *m_nodes = nullptr;
    QPushButton *m_addNode = nullptr;
    QPushButton *m_removeNode = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_showAll = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_hopNote = nullptr;
    QTableWidget *m_hops = nullptr;
    TraceResultPanel *m_resultPanel = nullptr;
    QLabel *m_clusterTitle = nullptr;
    QLabel *m_hopsTitle = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace sd
