// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/traceview.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "widgets/tracediagram.h"
#include "widgets/traceresultpanel.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr int playInterval = 1100; // ms a hop stays highlighted while playing

const TraceClient allClients[]
    = {TraceClient::LoadBalancer, TraceClient::NodePort, TraceClient::ExternalIP, TraceClient::Pod};

enum HopColumn {
    NumberColumn,
    WhereColumn,
    SourceColumn,
    DestinationColumn,
    NatColumn,
    NoteColumn
};

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QPushButton *button(const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

// The first node name of the form node-a ... node-z, node-27, ... that the cluster does not have.
QString freeNodeName(const ClusterTopology &topology)
{
    for (int i = 0;; ++i) {
        const QString name = i < 26 ? u"node-"_s + QChar(u'a' + i) : u"node-%1"_s.arg(i + 1);
        if (topology.indexOf(name) < 0)
            return name;
    }
}

} // namespace

TraceView::TraceView(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(u"traceView"_s);
    m_timer->setInterval(playInterval);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (currentHop() + 1 < int(m_result.hops.size()))
            setCurrentHop(currentHop() + 1);
        else
            setPlaying(false);
    });
    buildUi();
    retranslateUi();
    refreshNodes();
    retrace();
}

TraceView::~TraceView() = default;

void TraceView::buildUi()
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setChildrenCollapsible(false);
    outer->addWidget(columns);

    // Left: where the client is, and the cluster.
    auto *cluster = new QWidget(columns);
    auto *clusterLayout = new QVBoxLayout(cluster);
    clusterLayout->setContentsMargins(4, 4, 4, 4);
    m_clusterTitle = heading(cluster);
    clusterLayout->addWidget(m_clusterTitle);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // the labels keep their length in Korean
    m_clientLabel = new QLabel(cluster);
    m_client = new QComboBox(cluster);
    m_client->setObjectName(u"traceClient"_s);
    m_viaLabel = new QLabel(cluster);
    m_viaNode = new QComboBox(cluster);
    m_viaNode->setObjectName(u"traceViaNode"_s);
    m_clientNodeLabel = new QLabel(cluster);
    m_clientNode = new QComboBox(cluster);
    m_clientNode->setObjectName(u"traceClientNode"_s);
    for (auto [label, combo] : {std::pair{m_clientLabel, m_client},
                                std::pair{m_viaLabel, m_viaNode},
                                std::pair{m_clientNodeLabel, m_clientNode}}) {
        label->setBuddy(combo);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        form->addRow(label, combo);
    }
    clusterLayout->addLayout(form);
    m_nodes = new QTableWidget(0, 2, cluster);
    m_nodes->setObjectName(u"traceNodes"_s);
    m_nodes->verticalHeader()->hide();
    m_nodes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nodes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_nodes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    clusterLayout->addWidget(m_nodes, 1);
    auto *nodeButtons = new QHBoxLayout;
    m_addNode = button(u"traceAddNode"_s, cluster);
    m_removeNode = button(u"traceRemoveNode"_s, cluster);
    nodeButtons->addWidget(m_addNode);
    nodeButtons->addWidget(m_removeNode);
    clusterLayout->addLayout(nodeButtons);
    columns->addWidget(cluster);

    // Middle: the picture, the step controls and the hops.
    auto *middle = new QSplitter(Qt::Vertical, columns);
    middle->setChildrenCollapsible(false);
    auto *picture = new QWidget(middle);
    auto *pictureLayout = new QVBoxLayout(picture);
    pictureLayout->setContentsMargins(4, 4, 4, 0);
    m_diagram = new TraceDiagram(picture);
    pictureLayout->addWidget(m_diagram, 1);
    auto *controls = new QHBoxLayout;
    m_previous = button(u"tracePrevious"_s, picture);
    m_next = button(u"traceNext"_s, picture);
    m_play = button(u"tracePlay"_s, picture);
    m_play->setCheckable(true);
    m_showAll = button(u"traceShowAll"_s, picture);
    m_step = new QLabel(picture);
    m_step->setObjectName(u"traceStep"_s);
    for (QPushButton *b : {m_previous, m_next, m_play, m_showAll})
        controls->addWidget(b);
    controls->addWidget(m_step, 1);
    pictureLayout->addLayout(controls);
    m_hopNote = new QLabel(picture);
    m_hopNote->setObjectName(u"traceHopNote"_s);
    m_hopNote->setWordWrap(true);
    m_hopNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hopNote->setMinimumHeight(2 * m_hopNote->fontMetrics().height() + 4);
    m_hopNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    pictureLayout->addWidget(m_hopNote);
    m_hops = new QTableWidget(0, 6, middle);
    m_hops->setObjectName(u"traceHops"_s);
    m_hops->verticalHeader()->hide();
    m_hops->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hops->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hops->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hops->setWordWrap(false);
    m_hops->horizontalHeader()->setStretchLastSection(true);
    for (int c : {NumberColumn, SourceColumn, DestinationColumn, NatColumn})
        m_hops->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_hops->horizontalHeader()->resizeSection(WhereColumn, 170); // the note needs the room
    middle->addWidget(picture);
    middle->addWidget(m_hops);
    middle->setStretchFactor(0, 3);
    middle->setStretchFactor(1, 2);
    columns->addWidget(middle);

    // Right: the result and the findings.
    m_resultPanel = new TraceResultPanel(columns);
    columns->addWidget(m_resultPanel);

    columns->setStretchFactor(0, 0);
    columns->setStretchFactor(1, 3);
    columns->setStretchFactor(2, 2);
    columns->setSizes({270, 620, 360});

    connect(m_client, &QComboBox::activated, this, [this] {
        m_clientChosen = true;
        m_request.client = TraceClient(m_client->currentData().toInt());
        retrace();
    });
    connect(m_viaNode, &QComboBox::activated, this, [this] {
        m_request.viaNode = m_viaNode->currentData().toString();
        retrace();
    });
    connect(m_clientNode, &QComboBox::activated, this, [this] {
        m_request.clientNode = m_clientNode->currentData().toString();
        retrace();
    });
    connect(m_addNode, &QPushButton::clicked, this, &TraceView::addNode);
    connect(m_removeNode, &QPushButton::clicked, this, &TraceView::removeNode);
    connect(m_previous, &QPushButton::clicked, this, &TraceView::showPrevious);
    connect(m_next, &QPushButton::clicked, this, &TraceView::showNext);
    connect(m_showAll, &QPushButton::clicked, this, &TraceView::showAll);
    connect(m_play, &QPushButton::toggled, this, &TraceView::setPlaying);
    connect(m_diagram, &TraceDiagram::stepRequested, this, [this](int delta) {
        delta < 0 ? showPrevious() : showNext();
    });
    connect(m_resultPanel, &TraceResultPanel::fieldRequested, this, &TraceView::fieldRequested);
    connect(m_resultPanel,
            &TraceResultPanel::fieldEditRequested,
            this,
            &TraceView::fieldEditRequested);
    connect(m_resultPanel,
            &TraceResultPanel::moveEndpointRequested,
            this,
            &TraceView::moveEndpointTo);
    connect(m_hops, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (!m_updating && row >= 0)
            setCurrentHop(row);
    });
}

void TraceView::retranslateUi()
{
    m_clusterTitle->setText(tr("Client and cluster"));
    m_clientLabel->setText(tr("Client:"));
    m_viaLabel->setText(tr("Via node:"));
    m_clientNodeLabel->setText(tr("Client's node:"));
    m_nodes->setHorizontalHeaderLabels({tr("Node"), tr("Endpoints")});
    m_addNode->setText(tr("Add Node"));
    m_addNode->setToolTip(tr("Adds a node without endpoints to the example cluster"));
    m_removeNode->setText(tr("Remove Node"));
    m_removeNode->setToolTip(tr("Removes the selected node (or the last) from the example "
                                "cluster"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Highlights the hop before this one (Left on the picture)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Highlights the next hop (Right on the picture)"));
    m_showAll->setText(tr("Show All"));
    m_showAll->setToolTip(tr("Draws every hop at once"));
    m_hops->setHorizontalHeaderLabels(
        {tr("#"), tr("Where"), tr("Source"), tr("Destination"), tr("NAT"), tr("What happens")});
    m_diagram->setToolTip(tr("Left and Right step through the hops"));
    m_client->setToolTip(tr("Where the connection comes from"));
    m_viaNode->setToolTip(tr("The node the connection from outside reaches"));
    m_clientNode->setToolTip(tr("The node of the client pod"));
    refreshStep(); // the Play button's text
}

void TraceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        retrace(); // the tracer's own texts are translated as it traces
    }
    QWidget::changeEvent(event);
}

void TraceView::setService(const Service &service, int portIndex, std::map<QString, int> ports)
{
    m_service = service;
    m_hasService = true;
    m_request.portIndex = portIndex;
    m_request.containerPorts = std::move(ports);
    retrace();
}

void TraceView::clearService()
{
    m_service = Service();
    m_hasService = false;
    retrace();
}

void TraceView::setProfile(std::shared_ptr<const ProviderProfile> profile)
{
    m_profile = std::move(profile);
    retrace();
}

void TraceView::setClient(TraceClient client)
{
    m_clientChosen = true;
    m_request.client = client;
    retrace();
}

bool TraceView::isClientAllowed(TraceClient client, QString *why) const
{
    TraceRequest r = m_request;
    r.client = client;
    const std::optional<TraceProblem> problem = checkTraceRequest(m_service, r);
    // Problems of the port or the cluster are not the client's: the trace says them.
    const bool refused = problem
                         && (problem->code == u"client-not-allowed"
                             || problem->code == u"no-node-port"
                             || problem->code == u"no-external-ip");
    if (why)
        *why = refused ? problem->message : QString();
    return !refused;
}

TraceClient TraceView::preferredClient() const
{
    const ServiceType type = m_service.effectiveType();
    TraceClient first = TraceClient::Pod;
    if (type == ServiceType::LoadBalancer)
        first = TraceClient::LoadBalancer;
    else if (type == ServiceType::NodePort)
        first = TraceClient::NodePort;
    else if (type == ServiceType::ClusterIP)
        first = TraceClient::ExternalIP;
    if (isClientAllowed(first))
        return first;
    for (TraceClient c : allClients) {
        if (isClientAllowed(c))
            return c;
    }
    return TraceClient::Pod;
}

void TraceView::setTopology(const ClusterTopology &topology)
{
    m_request.topology = topology;
    if (topology.indexOf(m_request.viaNode) < 0)
        m_request.viaNode.clear();
    if (topology.indexOf(m_request.clientNode) < 0)
        m_request.clientNode.clear();
    refreshNodes();
    retrace();
}

void TraceView::setViaNode(const QString &node)
{
    m_request.viaNode = node;
    retrace();
}

void TraceView::setClientNode(const QString &node)
{
    m_request.clientNode = node;
    retrace();
}

void TraceView::addNode()
{
    ClusterTopology t = m_request.topology;
    if (int(t.nodes.size()) >= ClusterTopology::maxNodes)
        return;
    t.nodes.push_back({freeNodeName(t), 0});
    setTopology(t);
    m_nodes->selectRow(int(t.nodes.size()) - 1);
}

void TraceView::removeNode()
{
    ClusterTopology t = m_request.topology;
    if (t.nodes.size() <= 1)
        return;
    const int row = m_nodes->currentRow();
    t.nodes.erase(t.nodes.begin()
                  + (row >= 0 && row < int(t.nodes.size()) ? row : int(t.nodes.size()) - 1));
    setTopology(t);
}

void TraceView::moveEndpointTo(const QString &node)
{
    ClusterTopology t = m_request.topology;
    const int to = t.indexOf(node);
    if (to < 0 || t.nodes[size_t(to)].endpoints >= ClusterTopology::maxEndpointsPerNode)
        return;
    int from = -1;
    for (int i = 0; i < int(t.nodes.size()); ++i) {
        if (i != to && t.nodes[size_t(i)].endpoints > 0
            && (from < 0 || t.nodes[size_t(i)].endpoints > t.nodes[size_t(from)].endpoints))
            from = i;
    }
    if (from >= 0)
        --t.nodes[size_t(from)].endpoints;
    ++t.nodes[size_t(to)].endpoints;
    setTopology(t);
}

void TraceView::refreshNodes()
{
    const bool updating = m_updating;
    m_updating = true;
    const ClusterTopology &t = m_request.topology;
    m_nodes->setRowCount(int(t.nodes.size()));
    for (int row = 0; row < int(t.nodes.size()); ++row) {
        const TraceNode &node = t.nodes[size_t(row)];
        auto *name = new QTableWidgetItem(node.name);
        name->setToolTip(ClusterTopology::nodeAddress(row));
        m_nodes->setItem(row, 0, name);
        auto *spin = qobject_cast<QSpinBox *>(m_nodes->cellWidget(row, 1));
        if (!spin) {
            spin = new QSpinBox(m_nodes);
            spin->setRange(0, ClusterTopology::maxEndpointsPerNode);
            spin->setFrame(false);
            connect(spin, &QSpinBox::valueChanged, this, [this, spin](int value) {
                if (m_updating)
                    return;
                // The row the box is in now: rows come and go.
                for (int r = 0; r < m_nodes->rowCount(); ++r) {
                    if (m_nodes->cellWidget(r, 1) == spin
                        && r < int(m_request.topology.nodes.size())) {
                        m_request.topology.nodes[size_t(r)].endpoints = value;
                        retrace();
                        return;
                    }
                }
            });
            m_nodes->setCellWidget(row, 1, spin);
        }
        spin->setObjectName(u"traceEndpoints-"_s + node.name);
        spin->setValue(node.endpoints);
        spin->setToolTip(tr("Ready endpoints of the Service on %1").arg(node.name));
        spin->setAccessibleName(tr("Endpoints on %1").arg(node.name));
    }
    m_addNode->setEnabled(int(t.nodes.size()) < ClusterTopology::maxNodes);
    m_removeNode->setEnabled(t.nodes.size() > 1);
    m_updating = updating;
}

void TraceView::refreshClients()
{
    const bool updating = m_updating;
    m_updating = true;
    const QString names[] = {tr("Load balancer"), tr("Node port"), tr("External IP"), tr("Pod")};
    const QString says[] = {tr("From outside the cluster, through the load balancer"),
                            tr("From outside the cluster, to a node's address and the node port"),
                            tr("From outside the cluster, to one of the Service's external IPs"),
                            tr("From a pod in the cluster, to the Service's name")};
    if (m_client->count() != 4) {
        m_client->clear();
        for (TraceClient c : allClients)
            m_client->addItem(QString(), int(c));
    }
    auto *model = qobject_cast<QStandardItemModel *>(m_client->model());
    for (int i = 0; i < 4; ++i) {
        QString why;
        const bool allowed = !m_hasService || isClientAllowed(allClients[i], &why);
        m_client->setItemText(i, names[i]);
        if (QStandardItem *item = model ? model->item(i) : nullptr) {
            item->setEnabled(allowed);
            item->setToolTip(allowed ? says[i] : says[i] + u"\n"_s + why);
        }
    }
    m_client->setCurrentIndex(m_client->findData(int(m_request.client)));
    m_client->setEnabled(m_hasService);
    m_updating = updating;
}

void TraceView::refreshNodeCombos()
{
    const bool updating = m_updating;
    m_updating = true;
    const bool viaLoadBalancer = m_request.client == TraceClient::LoadBalancer;
    m_viaNode->clear();
    if (viaLoadBalancer)
        m_viaNode->addItem(tr("Load balancer's choice"), QString());
    m_clientNode->clear();
    for (const TraceNode &node : m_request.topology.nodes) {
        m_viaNode->addItem(node.name, node.name);
        m_clientNode->addItem(node.name, node.name);
    }
    m_viaNode->setCurrentIndex(std::max(0, m_viaNode->findData(m_request.viaNode)));
    m_clientNode->setCurrentIndex(std::max(0, m_clientNode->findData(m_request.clientNode)));
    const bool fromOutside = m_request.client != TraceClient::Pod;
    m_viaNode->setEnabled(m_hasService && fromOutside);
    m_clientNode->setEnabled(m_hasService && !fromOutside);
    m_updating = updating;
}

void TraceView::retrace()
{
    const bool playing = isPlaying();
    if (!m_hasService) {
        m_result = {};
        m_findings.clear();
        m_resultPanel->clear();
        m_diagram->clear(tr("Choose a Service and one of its ports to trace a connection to it."));
    } else {
        if (!m_clientChosen || !isClientAllowed(m_request.client))
            m_request.client = preferredClient();
        m_request.loadBalancer = {};
        const List<ServicePort> &ports = m_service.ports();
        const size_t port = size_t(m_request.portIndex);
        if (m_request.client == TraceClient::LoadBalancer && port < ports.size()
            && ports[port].hasValue())
            m_request.loadBalancer = loadBalancerBehaviour(m_profile.get(),
                                                           m_service,
                                                           ports[port].value());
        m_result = traceConnection(m_service, m_request);
        m_findings = TraceResultPanel::findingsOf(m_service, m_request, m_result);
        m_resultPanel->setTrace(m_request, m_result, m_findings);
        m_diagram->setTrace(m_request, m_result);
    }
    refreshClients();
    refreshNodeCombos();
    refreshHops();
    if (playing && m_result.hops.empty())
        setPlaying(false);
    refreshStep();
    Q_EMIT traced();
}

int TraceView::currentHop() const
{
    return m_diagram->currentHop();
}

void TraceView::setCurrentHop(int hop)
{
    m_diagram->setCurrentHop(hop);
    refreshStep();
}

void TraceView::showNext()
{
    const int n = int(m_result.hops.size());
    if (n > 0)
        setCurrentHop(std::min(currentHop() + 1, n - 1));
}

void TraceView::showPrevious()
{
    const int n = int(m_result.hops.size());
    if (n > 0)
        setCurrentHop(currentHop() < 0 ? n - 1 : std::max(currentHop() - 1, 0));
}

void TraceView::showAll()
{
    setPlaying(false);
    setCurrentHop(-1);
}

void TraceView::setPlaying(bool playing)
{
    if (playing && !m_result.hops.empty()) {
        if (currentHop() < 0 || currentHop() + 1 >= int(m_result.hops.size()))
            setCurrentHop(0);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    refreshStep();
}

bool TraceView::isPlaying() const
{
    return m_timer->isActive();
}

void TraceView::refreshHops()
{
    const bool updating = m_updating;
    m_updating = true;
    m_hops->setRowCount(int(m_result.hops.size()));
    for (int row = 0; row < int(m_result.hops.size()); ++row) {
        const TraceHop &h = m_result.hops[size_t(row)];
        const QString where = h.isStep() ? tr("at %1").arg(h.from.label())
                                         : tr("%1 → %2").arg(h.from.label(), h.to.label());
        const QString nat = h.nat == TraceNat::Dnat   ? tr("DNAT")
                            : h.nat == TraceNat::Snat ? tr("SNAT")
                                                      : QString();
        const QString cells[]
            = {QString::number(row + 1), where, h.source, h.destination, nat, h.note};
        for (int c = NumberColumn; c <= NoteColumn; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(h.note);
            if (c == NatColumn && !nat.isEmpty()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_hops->setItem(row, c, item);
        }
    }
    m_updating = updating;
}

void TraceView::refreshStep()
{
    const bool updating = m_updating;
    m_updating = true;
    const int n = int(m_result.hops.size());
    const int current = currentHop();
    m_previous->setEnabled(n > 0 && current != 0);
    m_next->setEnabled(n > 0 && current + 1 < n);
    m_showAll->setEnabled(current >= 0);
    m_play->setEnabled(n > 1);
    {
        const QSignalBlocker quiet(m_play); // shows the state, does not change it
        m_play->setChecked(isPlaying());
    }
    m_play->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_play->setToolTip(isPlaying() ? tr("Stops stepping through the hops")
                                   : tr("Steps through the hops one by one"));
    if (n == 0)
        m_step->clear();
    else if (current < 0)
        m_step->setText(tr("All %n hop(s)", nullptr, n));
    else
        m_step->setText(tr("Hop %1 of %2").arg(current + 1).arg(n));
    if (current >= 0) {
        m_hopNote->setText(tr("%1. %2").arg(current + 1).arg(m_result.hops[size_t(current)].note));
        m_hops->selectRow(current);
        m_hops->scrollToItem(m_hops->item(current, 0));
    } else {
        m_hopNote->setText(n == 0 ? QString()
                                  : tr("Choose a hop, or press Next or Play, to follow the "
                                       "connection step by step."));
        m_hops->clearSelection();
    }
    m_updating = updating;
}

} // namespace sd
