// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/connectionpathview.h"

#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPainterPath>

#include "model/providers/profile.h"
#include "model/providers/profilematch.h"

namespace sd {

namespace {

// The arrow between two boxes, and the room under the boxes for the TLS and PROXY marks.
constexpr int margin = 6;
constexpr int arrowWidth = 52;
constexpr int markHeight = 36;
constexpr qreal smallestFont = 6.0;

bool sameValue(const QString &a, const QString &b, bool caseInsensitive)
{
    return a.compare(b, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive) == 0;
}

bool containsValue(const QStringList &list, const QString &value, bool caseInsensitive)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &item) {
        return sameValue(item, value, caseInsensitive);
    });
}

// The version of the PROXY header the variant adds to this port: 0 when none, -1 when added in
// an undocumented version.
int proxyVersionAdded(const ProxyProtocol &proxy, const Service &service, const ServicePort &port)
{
    const QString number = QString::number(port.port.valueOr(0));
    for (const ProxyProtocolAnnotation &annotation : proxy.annotations) {
        QString key = annotation.key;
        key.replace(QStringLiteral("{port}"), number).replace(QStringLiteral("{N}"), number);
        std::optional<QString> value = annotationValue(service, key);
        if (!value)
            continue;
        if (!annotation.perPortJsonField.isEmpty()) {
            const QJsonObject object = QJsonDocument::fromJson(value->toUtf8()).object();
            value = object.value(annotation.perPortJsonField).toString();
        }
        const ProxyValue read = readProxyValue(annotation, *value);
        if (read.valid && read.enabling)
            return read.version > 0 ? read.version : -1;
    }
    return 0;
}

// What the backend-protocol annotation asks the pods to speak: "http", "https" or nothing.
QString backendAppProtocol(const std::optional<BackendProtocol> &backend, const Service &service)
{
    if (!backend)
        return {};
    const std::optional<QString> value = annotationValue(service, backend->key);
    if (!value)
        return {};
    if (containsValue(backend->tlsValues, *value, backend->caseInsensitive))
        return QStringLiteral("https");
    if (containsValue(backend->httpValues, *value, backend->caseInsensitive))
        return QStringLiteral("http");
    return {};
}

// Colours of the marks, readable on the window colour in light and dark themes.
QColor tlsColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x1a, 0x6b, 0x2a);
}

QColor proxyColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
}

// The largest font, not above `font`, with which `text` fits into `rect` word-wrapped.
QFont fitting(QFont font, const QRect &rect, const QString &text)
{
    for (qreal size = font.pointSizeF(); size >= smallestFont; size -= 0.5) {
        font.setPointSizeF(size);
        const QRect needed = QFontMetrics(font).boundingRect(rect, Qt::TextWordWrap, text);
        if (needed.width() <= rect.width() && needed.height() <= rect.height())
            return font;
    }
    font.setPointSizeF(smallestFont);
    return font;
}

} // namespace

ConnectionPathView::ConnectionPathView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionPath"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

ConnectionPathView::~ConnectionPathView() = default;

QSize ConnectionPathView::sizeHint() const
{
    return {700, 160};
}

QSize ConnectionPathView::minimumSizeHint() const
{
    return {420, 130};
}

void ConnectionPathView::setService(const Service &service, int portIndex)
{
    m_service = service;
    m_portIndex = portIndex;
    recompute();
}

void ConnectionPathView::setProfile(std::shared_ptr<const ProviderProfile> profile)
{
    m_profile = std::move(profile);
    recompute();
}

void ConnectionPathView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        recompute();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

void ConnectionPathView::recompute()
{
    computeHops();
    update();
    Q_EMIT recomputed();
}

void ConnectionPathView::computeHops()
{
    m_hops.clear();
    m_appProtocol.clear();
    m_proxyVersion = 0;
    m_proxy = {};
    const List<ServicePort> &ports = m_service.ports();
    if (m_portIndex < 0 || m_portIndex >= int(ports.size()) || !ports[m_portIndex].hasValue()) {
        m_proxy.status = tr("Choose a port of a Service to see whether it gets a PROXY header.");
        return;
    }
    const ServicePort &port = ports[m_portIndex].value();
    const Protocol transport = port.protocol.valueOr(Protocol::TCP);
    m_proxy.udp = transport == Protocol::UDP;
    m_proxy.port = port.port.valueOr(0);
    const QString protocol = toString(transport);
    const ServiceType type = m_service.effectiveType();
    const ServiceSpec *spec = m_service.spec.get();
    const QString portNumber = port.port.hasValue() ? QString::number(port.port.value())
                                                    : tr("(no port)");

    if (type == ServiceType::ExternalName) {
        const QString host = spec ? spec->externalName.valueOr(QString()) : QString();
        m_hops.push_back({tr("Client"), tr("a pod in the cluster"), protocol, false, false});
        m_hops.push_back(
            {tr("Service"), tr("DNS name only: a CNAME, no proxying"), protocol, false, false});
        m_hops.push_back({tr("External host"), host + u':' + portNumber, protocol, false, false});
        m_proxy.status = proxyStatus(transport, nullptr);
        return;
    }

    const ProfileVariant *variant = nullptr;
    if (m_profile && m_profile->kind != u"none" && type == ServiceType::LoadBalancer
        && handles(*m_profile, m_service))
        variant = &selectVariant(*m_profile, m_service);
    // Load balancers terminate TLS and add PROXY headers on stream listeners only.
    const bool tls = variant && transport == Protocol::TCP
                     && tlsEndsAtLoadBalancer(variant->tls, m_service, port);
    const int proxy = variant && transport != Protocol::SCTP
                          ? proxyVersionAdded(variant->proxyProtocol, m_service, port)
                          : 0;
    m_proxyVersion = std::max(proxy, 0);
    m_proxy.added = proxy != 0;
    m_proxy.version = m_proxyVersion;
    m_proxy.status = proxyStatus(transport, variant);
    m_appProtocol = port.appProtocol.valueOr(QString());
    if (m_appProtocol.isEmpty() && variant)
        m_appProtocol = backendAppProtocol(variant->backendProtocol, m_service);

    const QString clientDetail = type == ServiceType::ClusterIP  ? tr("a pod in the cluster")
                                 : type == ServiceType::NodePort ? tr("outside the cluster")
                                                                 : tr("on the internet");
    m_hops.push_back({tr("Client"), clientDetail, protocol, false, false});

    if (type == ServiceType::LoadBalancer && m_profile && m_profile->kind == u"none") {
        Hop none{tr("Load balancer"),
                 tr("never created: the cluster has none (the Service stays pending)"),
                 protocol,
                 false,
                 false};
        none.missing = true;
        m_hops.push_back(none);
    } else if (type == ServiceType::LoadBalancer) {
        QString detail = tr("external IP:%1").arg(portNumber);
        if (variant && !variant->name.isEmpty())
            detail = variant->name.text() + u'\n' + detail;
        m_hops.push_back({tr("Load balancer"), detail, protocol, tls, proxy != 0});
    }

    const bool nodePorts = type == ServiceType::NodePort
                           || (type == ServiceType::LoadBalancer
                               && !(spec && spec->allocateLoadBalancerNodePorts.hasValue()
                                    && !spec->allocateLoadBalancerNodePorts.value()));
    if (nodePorts) {
        const QString nodePort = port.nodePort.hasValue() ? QString::number(port.nodePort.value())
                                                          : tr("30000–32767 (allocated)");
        m_hops.push_back({tr("Node port"), tr("node IP:%1").arg(nodePort), protocol, false, false});
    }

    const QString clusterIP = spec ? spec->clusterIP.valueOr(QString()) : QString();
    const QString serviceDetail = clusterIP == u"None"
                                      ? tr("headless: DNS gives the pod IPs")
                                      : (clusterIP.isEmpty() ? tr("cluster IP") : clusterIP) + u':'
                                            + portNumber;
    m_hops.push_back({tr("Service"), serviceDetail, protocol, false, false});

    const QString target = port.targetPort.hasValue() ? port.targetPort.value().toString()
                                                      : portNumber;
    QString podDetail = tr("container port %1").arg(target);
    if (proxy != 0)
        podDetail += u'\n' + tr("reads the PROXY header first");
    if (!m_appProtocol.isEmpty())
        podDetail += u'\n' + tr("speaks %1").arg(m_appProtocol);
    m_hops.push_back({tr("Pod"), podDetail, protocol, false, false});
}

QString ConnectionPathView::proxyStatus(Protocol transport, const ProfileVariant *variant) const
{
    const ServiceType type = m_service.effectiveType();
    if (type != ServiceType::LoadBalancer)
        return tr("No PROXY header: only a load balancer adds one, and this Service is of type "
                  "%1.")
            .arg(toString(type));
    if (!m_profile)
        return tr("No PROXY header: no provider is chosen.");
    const QString provider = m_profile->name.text().isEmpty() ? m_profile->id
                                                              : m_profile->name.text();
    if (m_profile->kind == u"none")
        return tr("No PROXY header: %1 has no load balancer, so none is created.").arg(provider);
    if (!variant)
        return tr("No PROXY header from %1: it leaves this Service to another controller.")
            .arg(provider);
    if (transport == Protocol::SCTP)
        return tr("No PROXY header: PROXY protocol carries TCP and UDP connections, not SCTP.");
    if (m_proxy.added) {
        return m_proxy.version > 0
                   ? tr("%1 adds a PROXY protocol version %2 header to this port.")
                         .arg(provider)
                         .arg(m_proxy.version)
                   : tr("%1 adds a PROXY header to this port; its version is not documented.")
                         .arg(provider);
    }
    QStringList keys;
    for (const ProxyProtocolAnnotation &annotation : variant->proxyProtocol.annotations)
        keys << annotation.key;
    if (keys.isEmpty())
        return tr("No PROXY header: %1 does not add one.").arg(provider);
    return tr("No PROXY header: %1 adds one only when the Service asks for it with %2.")
        .arg(provider, keys.join(tr(" or ")));
}

void ConnectionPathView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int n = int(m_hops.size());
    if (n == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(margin, margin, -margin, -margin),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Choose a port to see the way a connection takes to the pods."));
        return;
    }

    const int boxWidth = (width() - 2 * margin - (n - 1) * arrowWidth) / n;
    const int boxTop = margin;
    const int boxHeight = height() - 2 * margin - markHeight;
    QFont small = font();
    small.setPointSizeF(std::max(smallestFont, font().pointSizeF() * 0.85));

    // One font size for every box, so that no box looks more important than another.
    QFont text = font();
    for (int i = 0; i < n; ++i) {
        const Hop &hop = m_hops[size_t(i)];
        const QRect inner(0, 0, boxWidth - 10, boxHeight - 8);
        const QFont fitted = fitting(text, inner, hop.label + u'\n' + hop.detail);
        if (fitted.pointSizeF() < text.pointSizeF())
            text = fitted;
    }
    QFont bold = text;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    // Marks and protocols a little smaller than the boxes' text.
    small.setPointSizeF(std::max(smallestFont, std::min(small.pointSizeF(), text.pointSizeF())));

    for (int i = 0; i < n; ++i) {
        const Hop &hop = m_hops[size_t(i)];
        const QRect box(margin + i * (boxWidth + arrowWidth), boxTop, boxWidth, boxHeight);

        painter.setPen(
            QPen(pal.color(QPalette::Mid), 1.2, hop.missing ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(hop.missing ? pal.color(QPalette::Window) : pal.color(QPalette::Base));
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

        // The label in bold, the detail below it; an address too long for the box even in the
        // smallest font breaks anywhere rather than being cut off.
        const QRect inner = box.adjusted(5, 4, -5, -4);
        const QString all = hop.label + u'\n' + hop.detail;
        const QRect needed = QFontMetrics(text).boundingRect(inner, Qt::TextWordWrap, all);
        const int wrap = needed.width() <= inner.width() ? Qt::TextWordWrap : Qt::TextWrapAnywhere;
        const QRect labelRect = boldMetrics.boundingRect(inner, wrap, hop.label);
        painter.setPen(pal.color(hop.missing ? QPalette::PlaceholderText : QPalette::Text));
        painter.setFont(bold);
        painter.drawText(inner, Qt::AlignHCenter | Qt::AlignTop | wrap, hop.label);
        painter.setFont(text);
        painter.drawText(inner.adjusted(0, labelRect.height() + 2, 0, 0),
                         Qt::AlignHCenter | Qt::AlignTop | wrap,
                         hop.detail);

        // The marks under the box.
        QStringList marks;
        std::vector<QColor> colors;
        if (hop.tlsEnds) {
            marks << tr("TLS ends here");
            colors.push_back(tlsColor(pal));
        }
        if (hop.proxyHeaderAdded) {
            marks << (m_proxyVersion > 0 ? tr("adds PROXY v%1 header").arg(m_proxyVersion)
                                         : tr("adds PROXY header"));
            colors.push_back(proxyColor(pal));
        }
        if (!marks.isEmpty()) {
            const QRect markRect(box.left(), box.bottom() + 2, box.width(), markHeight - 2);
            QFont markFont = small;
            markFont.setBold(true);
            markFont = fitting(markFont, markRect, marks.join(u'\n'));
            painter.setFont(markFont);
            const QFontMetrics metrics(markFont);
            int top = markRect.top();
            for (int m = 0; m < int(marks.size()); ++m) {
                const QRect line(markRect.left(), top, markRect.width(), markRect.bottom() - top);
                painter.setPen(colors[size_t(m)]);
                painter.drawText(line, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, marks[m]);
                top += metrics.boundingRect(line, Qt::TextWordWrap, marks[m]).height();
            }
        }

        if (i + 1 == n)
            continue;
        // The arrow to the next box, with the protocol on it: TLS inside it up to where TLS ends.
        const Hop &next = m_hops[size_t(i + 1)];
        bool encrypted = false;
        for (int j = i + 1; j < n; ++j)
            encrypted = encrypted || m_hops[size_t(j)].tlsEnds;
        const QString onArrow = encrypted ? tr("TLS over %1").arg(next.protocol) : next.protocol;
        const int y = box.center().y();
        const QPointF from(box.right() + 4, y);
        const QPointF to(box.right() + arrowWidth - 4, y);
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1.5));
        painter.drawLine(from, to - QPointF(3, 0));
        QPainterPath head;
        head.moveTo(to);
        head.lineTo(to + QPointF(-8, -4.5));
        head.lineTo(to + QPointF(-8, 4.5));
        head.closeSubpath();
        painter.setBrush(pal.color(QPalette::WindowText));
        painter.drawPath(head);

        const QRect arrowText(box.right() + 2, boxTop, arrowWidth - 4, y - boxTop - 3);
        painter.setFont(fitting(small, arrowText, onArrow));
        painter.setPen(encrypted ? tlsColor(pal) : pal.color(QPalette::WindowText));
        painter.drawText(arrowText, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, onArrow);
    }
}

} // namespace sd
