// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/traceresultpanel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

QPushButton *button(const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

} // namespace

TraceResultPanel::TraceResultPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_findings(new QWidget(this))
    , m_findingsLayout(new QVBoxLayout(m_findings))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(tr("Result"));
    layout->addWidget(m_title);
    m_text->setObjectName(u"traceResult"_s);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setOpenLinks(false);
    layout->addWidget(m_text, 1);
    m_findings->setObjectName(u"traceFindings"_s);
    m_findingsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_findings);
}

TraceResultPanel::~TraceResultPanel() = default;

void TraceResultPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_title->setText(tr("Result"));
    QWidget::changeEvent(event);
}

void TraceResultPanel::setTrace(const TraceRequest &request,
                                const TraceResult &result,
                                const std::vector<TraceFinding> &findings)
{
    showResult(request, result);
    showFindings(findings);
}

void TraceResultPanel::clear()
{
    m_text->clear();
    showFindings({});
}

std::vector<TraceFinding> TraceResultPanel::findingsOf(const Service &service,
                                                       const TraceRequest &request,
                                                       const TraceResult &result)
{
    std::vector<TraceFinding> findings;
    const ServiceSpec &spec = specOf(service);
    const FieldPath external(u"spec.externalTrafficPolicy"_s);
    const bool cluster = spec.externalTrafficPolicy.valueOr(TrafficPolicy::Cluster)
                         == TrafficPolicy::Cluster;
    // docs/connection-trace.md F4, F5: Local keeps the client's address, unless a load balancer already replaced it.
    const LoadBalancerBehaviour &lb = request.loadBalancer;
    const bool clientAddressArrives = request.client == TraceClient::NodePort
                                      || request.client == TraceClient::ExternalIP
                                      || (request.client == TraceClient::LoadBalancer
                                          && lb.kind == LoadBalancerKind::PassThrough
                                          && lb.keepsClientAddress);
    if (result.delivered && result.seenSource == SeenSource::Node && cluster
        && clientAddressArrives) {
        findings.push_back(
            {u"node-address"_s,
             tr("Pods see a node's address (%1) because externalTrafficPolicy is Cluster: set "
                "Local to keep the client's address. Then only nodes with an endpoint of the "
                "Service take these connections.")
                 .arg(result.seenAddress),
             external,
             u"Local"_s,
             {}});
    }
    const QString first = request.topology.nodes.empty() ? QString()
                                                         : request.topology.nodes.front().name;
    const QString code = result.reasonCode;
    if (code == u"no-local-endpoint-external" || code == u"health-check-fails"
        || code == u"not-announced") {
        const QString node = request.viaNode.isEmpty() ? first : request.viaNode;
        findings.push_back(
            {u"no-local-endpoint-external"_s,
             tr("externalTrafficPolicy is Local and %1 has no endpoint of the Service, so "
                "connections that reach %1 are not served. Move an endpoint to %1, or set the "
                "policy to Cluster (the pods then see a node's address).")
                 .arg(node),
             external,
             {},
             node});
    } else if (code == u"no-local-endpoint-internal") {
        const QString node = request.clientNode.isEmpty() ? first : request.clientNode;
        findings.push_back(
            {u"no-local-endpoint-internal"_s,
             tr("internalTrafficPolicy is Local and %1, the client pod's node, has no endpoint "
                "of the Service, so its connections to the cluster IP are dropped. Move an "
                "endpoint to %1, or set the policy to Cluster.")
                 .arg(node),
             FieldPath(u"spec.internalTrafficPolicy"_s),
             {},
             node});
    }
    return findings;
}

void TraceResultPanel::showResult(const TraceRequest &request, const TraceResult &result)
{
    if (result.problem) {
        m_text->setHtml(u"<p>"_s
                        + tr("This connection cannot be traced: %1.")
                              .arg(result.problem->message.toHtmlEscaped())
                        + u"</p>"_s);
        return;
    }
    const auto paragraph = [](const QString &label, const QString &text) {
        return u"<p><b>%1</b> %2</p>"_s.arg(label.toHtmlEscaped(), text.toHtmlEscaped());
    };
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QString color = result.delivered ? (dark ? u"#56d364"_s : u"#1a7f37"_s)
                                           : (dark ? u"#ff7b72"_s : u"#c62828"_s);
    QString html
        = u"<p><b style=\"color:%1\">%2</b> %3</p>"_s
              .arg(color,
                   (result.delivered ? tr("Delivered.") : tr("Not delivered.")).toHtmlEscaped(),
                   result.reason.toHtmlEscaped());
    if (!result.endpointNode.isEmpty())
        html += paragraph(tr("Endpoint:"),
                          tr("%1 on %2").arg(result.endpointAddress, result.endpointNode));
    QString seen;
    switch (result.seenSource) {
    case SeenSource::None:
        break;
    case SeenSource::Client:
        seen = tr("%1, the client's own address").arg(result.seenAddress);
        break;
    case SeenSource::Node:
        seen = tr("%1, an address of a node").arg(result.seenAddress);
        break;
    case SeenSource::LoadBalancer:
        seen = tr("%1, the load balancer's address").arg(result.seenAddress);
        break;
    case SeenSource::Pod:
        seen = tr("%1, the client pod's address").arg(result.seenAddress);
        break;
    }
    if (!seen.isEmpty())
        html += paragraph(tr("The pod sees as the source:"), seen);
    if (!result.clientAddressNote.isEmpty())
        html += paragraph(tr("The client's address:"), result.clientAddressNote);
    if (!result.proxyHeader.isEmpty())
        html += u"<p><b>%1</b> <code>%2</code></p>"_s.arg(tr("PROXY header:").toHtmlEscaped(),
                                                          result.proxyHeader.toHtmlEscaped());
    const LoadBalancerBehaviour &lb = request.loadBalancer;
    if (request.client == TraceClient::LoadBalancer && !lb.implementation.isEmpty())
        html += paragraph(tr("Load balancer:"), lb.implementation);
    if (!result.notes.isEmpty()) {
        html += u"<p><b>%1</b></p><ul style=\"margin-left:12px; -qt-list-indent:0\">"_s.arg(
            tr("Notes").toHtmlEscaped());
        for (const QString &note : result.notes)
            html += u"<li>"_s + note.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    m_text->setHtml(html);
}

void TraceResultPanel::showFindings(const std::vector<TraceFinding> &findings)
{
    // The old findings go later: one of their buttons may be what called this.
    for (QFrame *old : m_findings->findChildren<QFrame *>(Qt::FindDirectChildrenOnly)) {
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    for (const TraceFinding &f : findings) {
        auto *frame = new QFrame(m_findings);
        frame->setObjectName(u"traceFinding-"_s + f.code);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        auto *text = new QLabel(f.text, frame);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(text);
        auto *buttons = new QHBoxLayout;
        auto *show = button(u"traceShowField-"_s + f.code, frame);
        show->setText(tr("Show the Field"));
        show->setToolTip(tr("Shows %1 in the form").arg(f.field.toString()));
        connect(show, &QPushButton::clicked, this, [this, path = f.field] {
            Q_EMIT fieldRequested(path);
        });
        buttons->addWidget(show);
        if (!f.value.isEmpty()) {
            auto *apply = button(u"traceApply-"_s + f.code, frame);
            apply->setText(tr("Set %1").arg(f.value));
            apply->setToolTip(tr("Sets %1 to %2 (one undo step)").arg(f.field.toString(), f.value));
            connect(apply, &QPushButton::clicked, this, [this, path = f.field, value = f.value] {
                Q_EMIT fieldEditRequested(path, value);
            });
            buttons->addWidget(apply);
        }
        if (!f.moveToNode.isEmpty()) {
            auto *move = button(u"traceMoveEndpoint-"_s + f.code, frame);
            move->setText(tr("Move an Endpoint to %1").arg(f.moveToNode));
            move->setToolTip(tr("Changes the example cluster only, not the Service"));
            connect(move, &QPushButton::clicked, this, [this, node = f.moveToNode] {
                Q_EMIT moveEndpointRequested(node);
            });
            buttons->addWidget(move);
        }
        buttons->addStretch(1);
        layout->addLayout(buttons);
        m_findingsLayout->addWidget(frame);
    }
}

} // namespace sd
