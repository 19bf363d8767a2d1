// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tracediagram.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr qreal margin = 8;
constexpr qreal nodeGap = 14;
constexpr qreal minNodeWidth = 150;
constexpr qreal podGap = 3;
constexpr qreal smallestFont = 6.0;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Colours that read on the window colour in light and dark themes.
QColor okColor(const QPalette &p)
{
    return isDark(p) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
}

QColor errorColor(const QPalette &p)
{
    return isDark(p) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
}

QColor natColor(const QPalette &p, TraceNat nat)
{
    if (nat == TraceNat::Dnat)
        return isDark(p) ? QColor(0x58, 0xa6, 0xff) : QColor(0x0b, 0x5c, 0xad);
    return isDark(p) ? QColor(0xd2, 0xa8, 0xff) : QColor(0x8e, 0x24, 0xaa);
}

QColor onBadge(const QPalette &p)
{
    return isDark(p) ? QColor(0x0d, 0x11, 0x17) : QColor(Qt::white);
}

QColor mixed(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

// "10.0.0.1:30080" → "10.0.0.1"; "[2001:db8::1]:80" → "2001:db8::1"; other text as it is.
QString hostOf(const QString &hostPort)
{
    if (hostPort.startsWith(u'['))
        return hostPort.mid(1, hostPort.indexOf(u']') - 1);
    return hostPort.count(u':') == 1 ? hostPort.section(u':', 0, 0) : hostPort;
}

QFont scaled(QFont font, qreal factor)
{
    font.setPointSizeF(std::max(smallestFont, font.pointSizeF() * factor));
    return font;
}

// The largest font, not above `font`, with which `text` fits into `rect` word-wrapped.
QFont fitting(QFont font, const QRectF &rect, const QString &text)
{
    for (qreal size = font.pointSizeF(); size >= smallestFont; size -= 0.5) {
        font.setPointSizeF(size);
        const QRect needed = QFontMetrics(font).boundingRect(rect.toRect(), Qt::TextWordWrap, text);
        if (needed.width() <= rect.width() && needed.height() <= rect.height())
            return font;
    }
    font.setPointSizeF(smallestFont);
    return font;
}

// Where the line from the centre of `r` towards `towards` leaves `r`.
QPointF edgePoint(const QRectF &r, const QPointF &towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    const qreal sx = std::abs(d.x()) > 0.01 ? r.width() / 2 / std::abs(d.x()) : 1e9;
    const qreal sy = std::abs(d.y()) > 0.01 ? r.height() / 2 / std::abs(d.y()) : 1e9;
    return c + d * std::min({sx, sy, 1.0});
}

void drawArrow(QPainter &painter, QPointF from, QPointF to, const QColor &color, qreal width)
{
    const QPointF d = to - from;
    const qreal length = std::hypot(d.x(), d.y());
    if (length < 2)
        return;
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const qreal head = 6 + width * 1.5;
    painter.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(from, to - unit * head * 0.8);
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(to - unit * head + normal * head * 0.5);
    tip.lineTo(to - unit * head - normal * head * 0.5);
    tip.closeSubpath();
    painter.fillPath(tip, color);
}

} // namespace

TraceDiagram::TraceDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"traceDiagram"_s);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

TraceDiagram::~TraceDiagram() = default;

QSize TraceDiagram::sizeHint() const
{
    return {640, 260};
}

QSize TraceDiagram::minimumSizeHint() const
{
    // Room for a header and a row of pods in every row of nodes.
    const int nodes = std::max(1, int(m_request.topology.nodes.size()));
    const int columns = std::clamp(int((std::max(width(), 600) - 180) / (minNodeWidth + nodeGap)),
                                   1,
                                   nodes);
    const int rows = (nodes + columns - 1) / columns;
    const int line = fontMetrics().height();
    return {360, std::max(190, 3 * line + 24 + rows * (3 * line + 24))};
}

void TraceDiagram::setTrace(const TraceRequest &request, const TraceResult &result)
{
    m_request = request;
    m_result = result;
    m_traced = !result.problem.has_value();
    m_message = result.problem ? result.problem->message : QString();
    if (m_current >= int(m_result.hops.size()))
        m_current = -1;
    updateCaption();
    layoutPlaces();
    updateGeometry();
    update();
}

void TraceDiagram::clear(const QString &message)
{
    m_request = {};
    m_result = {};
    m_traced = false;
    m_message = message;
    m_current = -1;
    updateCaption();
    layoutPlaces();
    update();
}

void TraceDiagram::setCurrentHop(int hop)
{
    m_current = hop >= 0 && hop < int(m_result.hops.size()) ? hop : -1;
    update();
}

QRectF TraceDiagram::placeRect(const QString &id) const
{
    const auto it = m_boxes.find(id);
    return it == m_boxes.end() ? QRectF() : it->second.rect;
}

QString TraceDiagram::endpointPlace() const
{
    if (!m_traced || !m_result.delivered)
        return {};
    for (auto hop = m_result.hops.rbegin(); hop != m_result.hops.rend(); ++hop) {
        if (hop->to.kind == TracePlace::Kind::Pod)
            return hop->to.id();
    }
    return {};
}

QString TraceDiagram::stopPlace() const
{
    if (!m_traced || m_result.delivered || m_result.hops.empty())
        return {};
    return m_result.hops.back().to.id();
}

void TraceDiagram::updateCaption()
{
    if (!m_traced)
        m_caption.clear();
    else if (m_result.delivered)
        m_caption = tr("✓ %1").arg(m_result.reason);
    else
        m_caption = tr("✕ Not delivered: %1").arg(m_result.reason);
    setAccessibleName(tr("Connection trace"));
    setAccessibleDescription(m_traced ? m_caption : m_message);
}

void TraceDiagram::resizeEvent(QResizeEvent *event)
{
    layoutPlaces();
    QWidget::resizeEvent(event);
}

void TraceDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        layoutPlaces();
        update();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    } else if (event->type() == QEvent::LanguageChange) {
        updateCaption();
        layoutPlaces();
    }
    QWidget::changeEvent(event);
}

void TraceDiagram::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        Q_EMIT stepRequested(event->key() == Qt::Key_Left ? -1 : 1);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TraceDiagram::layoutPlaces()
{
    m_boxes.clear();
    if (!m_traced)
        return;
    const QFontMetricsF metrics(font());
    const QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    // As many lines as the outcome needs, up to three; it shrinks to fit them.
    QFont bold = font();
    bold.setBold(true);
    const qreal needed = QFontMetricsF(bold)
                             .boundingRect(QRectF(0, 0, area.width(), 1e6),
                                           Qt::TextWordWrap,
                                           m_caption)
                             .height();
    const qreal captionHeight = std::clamp(needed, metrics.height(), 3 * metrics.height()) + 4;
    m_captionRect = QRectF(area.left(), area.bottom() - captionHeight, area.width(), captionHeight);
    QRectF content = area.adjusted(0, 0, 0, -captionHeight - 6);

    // The places outside the nodes, in a column on the left, in the order a packet meets them.
    const auto firstHop = [this](TracePlace::Kind kind, bool from) -> const TraceHop * {
        for (const TraceHop &h : m_result.hops) {
            if ((from ? h.from.kind : h.to.kind) == kind)
                return &h;
        }
        return nullptr;
    };
    std::vector<std::pair<QString, Box>> outside;
    if (const TraceHop *h = firstHop(TracePlace::Kind::Client, true))
        outside.push_back({u"client"_s, {{}, tr("Client"), hostOf(h->source), {}}});
    if (const TraceHop *h = firstHop(TracePlace::Kind::LoadBalancer, false))
        outside.push_back(
            {u"load-balancer"_s, {{}, tr("Load balancer"), hostOf(h->destination), {}}});
    if (const TraceHop *h = firstHop(TracePlace::Kind::Dns, false))
        outside.push_back({u"dns"_s, {{}, tr("Cluster DNS"), hostOf(h->destination), {}}});
    if (const TraceHop *h = firstHop(TracePlace::Kind::ExternalHost, false))
        outside.push_back({u"external-host"_s, {{}, tr("External host"), h->to.address, {}}});
    if (!outside.empty()) {
        const qreal column = std::clamp(content.width() * 0.18, 100.0, 170.0);
        const qreal gap = 26;
        const qreal boxHeight = std::min(2 * metrics.height() + 14,
                                         (content.height() - gap * qreal(outside.size() - 1))
                                             / qreal(outside.size()));
        const qreal stack = boxHeight * qreal(outside.size()) + gap * qreal(outside.size() - 1);
        qreal top = content.top() + (content.height() - stack) / 2;
        for (auto &[id, box] : outside) {
            box.rect = QRectF(content.left(), top, column, boxHeight);
            box.anchor = box.rect;
            m_boxes[id] = box;
            top += boxHeight + gap;
        }
        content.setLeft(content.left() + column + 48);
    }

    const int nodes = int(m_request.topology.nodes.size());
    if (nodes == 0)
        return;
    const int columns = std::clamp(int((content.width() + nodeGap) / (minNodeWidth + nodeGap)),
                                   1,
                                   nodes);
    const int rows = (nodes + columns - 1) / columns;
    const qreal width = (content.width() - nodeGap * (columns - 1)) / columns;
    const qreal height = (content.height() - nodeGap * (rows - 1)) / rows;
    for (int i = 0; i < nodes; ++i) {
        const int row = i / columns;
        const int column = i % columns;
        layoutNode(i,
                   QRectF(content.left() + column * (width + nodeGap),
                          content.top() + row * (height + nodeGap),
                          width,
                          height));
    }
}

void TraceDiagram::layoutNode(int index, const QRectF &rect)
{
    const TraceNode &node = m_request.topology.nodes[size_t(index)];
    const QFontMetricsF metrics(font());
    const QFontMetricsF small(scaled(font(), 0.85));
    Box box{rect, node.name, ClusterTopology::nodeAddress(index), {}};
    box.anchor = QRectF(rect.left(), rect.top(), rect.width(), metrics.height() + 6);
    m_boxes[u"node/"_s + node.name] = box;

    // The pods: a client pod on this node first, then the endpoints.
    QStringList ids;
    for (const TraceHop &h : m_result.hops) {
        if (h.from.kind == TracePlace::Kind::ClientPod && h.from.node == node.name) {
            ids << h.from.id();
            break;
        }
    }
    for (int e = 0; e < node.endpoints; ++e)
        ids << TracePlace{TracePlace::Kind::Pod,
                          node.name,
                          ClusterTopology::endpointAddress(index, e)}
                   .id();
    if (ids.isEmpty())
        return;
    // Under the header a gap for the arrows to the pods and their numbers.
    const qreal gap = QFontMetricsF(scaled(font(), 0.8)).height() + 6;
    const QRectF inner = rect.adjusted(6, box.anchor.height() + gap, -6, -6);
    const qreal natural = small.horizontalAdvance(u"10.244.20.39"_s) + 10;
    qreal podHeight = small.height() + 6;
    int columns = std::max(1, int((inner.width() + podGap) / (natural + podGap)));
    const auto rowsFor = [&](int c) { return (int(ids.size()) + c - 1) / c; };
    while (columns < ids.size() && rowsFor(columns) * (podHeight + podGap) > inner.height() + podGap)
        ++columns;
    const int rows = rowsFor(columns);
    podHeight = std::max(4.0, std::min(podHeight, (inner.height() - podGap * (rows - 1)) / rows));
    const qreal podWidth = (inner.width() - podGap * (columns - 1)) / columns;
    for (int i = 0; i < int(ids.size()); ++i) {
        const QRectF pod(inner.left() + (i % columns) * (podWidth + podGap),
                         inner.top() + (i / columns) * (podHeight + podGap),
                         podWidth,
                         podHeight);
        const bool client = ids[i] == u"client-pod";
        m_boxes[ids[i]] = {pod,
                           client ? tr("client pod") : ids[i].mid(4),
                           client ? tr("client") : QString(),
                           pod};
    }
}

bool TraceDiagram::drawn(int hop) const
{
    return m_current < 0 || hop <= m_current;
}

void TraceDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
    if (!m_traced) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(12, 12, -12, -12),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
        return;
    }
    paintBoxes(painter);
    paintHops(painter);
    paintBadges(painter);
    paintEnd(painter);

    painter.setPen(m_result.delivered ? okColor(pal) : errorColor(pal));
    QFont captionFont = font();
    captionFont.setBold(true);
    painter.setFont(fitting(captionFont, m_captionRect, m_caption));
    painter.drawText(m_captionRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_caption);
}

void TraceDiagram::paintBoxes(QPainter &painter) const
{
    const QPalette pal = palette();
    const QFont normal = font();
    QFont bold = normal;
    bold.setBold(true);
    const QFont small = scaled(normal, 0.85);
    const QString endpoint = endpointPlace();
    const bool pending = m_request.client == TraceClient::LoadBalancer
                         && m_request.loadBalancer.kind == LoadBalancerKind::None;
    // The places of the current hop are outlined.
    QStringList current;
    if (m_current >= 0) {
        const TraceHop &h = m_result.hops[size_t(m_current)];
        current << h.from.id() << h.to.id();
    }
    const QColor highlight = pal.color(QPalette::Highlight);

    // The nodes first: the pods are inside them.
    std::vector<std::pair<const QString *, const Box *>> order;
    for (const auto &[id, box] : m_boxes)
        order.emplace_back(&id, &box);
    std::stable_partition(order.begin(), order.end(), [](const auto &entry) {
        return entry.first->startsWith(u"node/");
    });
    for (const auto &[idPointer, boxPointer] : order) {
        const QString &id = *idPointer;
        const Box &box = *boxPointer;
        const bool isNode = id.startsWith(u"node/");
        const bool isPod = id.startsWith(u"pod/") || id == u"client-pod";
        const bool outlined = current.contains(id);
        QPen pen(outlined ? highlight : pal.color(QPalette::Mid), outlined ? 2.5 : 1.2);
        if (id == u"load-balancer" && pending)
            pen.setStyle(Qt::DashLine);
        QColor fill = pal.color(isNode ? QPalette::AlternateBase : QPalette::Base);
        if (id == u"client-pod")
            fill = mixed(highlight, pal.color(QPalette::Base), 0.45);
        if (id == endpoint) {
            fill = mixed(okColor(pal), pal.color(QPalette::Base), 0.3);
            pen = QPen(okColor(pal), 2.5);
        }
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawRoundedRect(box.rect.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);

        if (isPod) {
            painter.setFont(small);
            const QFontMetricsF m(small);
            QString text = box.title;
            if (m.horizontalAdvance(text) > box.rect.width() - 4) // short: the last number
                text = id == u"client-pod" ? box.detail : u'.' + text.section(u'.', -1);
            if (m.horizontalAdvance(text) <= box.rect.width() - 2
                && m.height() <= box.rect.height() + 2) {
                painter.setPen(pal.color(QPalette::Text));
                painter.drawText(box.rect, Qt::AlignCenter, text);
            }
            continue;
        }
        if (isNode) {
            // The name in bold and the address in the header; "no endpoint" below it.
            const QRectF header = box.anchor.adjusted(6, 0, -6, 0);
            painter.setFont(bold);
            painter.setPen(pal.color(QPalette::Text));
            const QFontMetricsF boldMetrics(bold);
            const QString name = boldMetrics.elidedText(box.title, Qt::ElideRight, header.width());
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, name);
            const qreal used = boldMetrics.horizontalAdvance(name) + 6;
            painter.setFont(small);
            painter.setPen(pal.color(QPalette::PlaceholderText));
            const QRectF rest = header.adjusted(used, 0, 0, 0);
            if (QFontMetricsF(small).horizontalAdvance(box.detail) <= rest.width() - badgeRoom(id))
                painter.drawText(rest, Qt::AlignLeft | Qt::AlignVCenter, box.detail);
            const int index = m_request.topology.indexOf(box.title);
            if (index >= 0 && m_request.topology.nodes[size_t(index)].endpoints == 0) {
                // Under the header, or at the bottom when a client pod is there.
                const QRectF below = box.rect.adjusted(6, header.height() + 2, -6, -4);
                const bool clientHere = placeRect(u"client-pod"_s).intersects(box.rect);
                painter.drawText(below,
                                 Qt::AlignHCenter | Qt::TextWordWrap
                                     | (clientHere ? Qt::AlignBottom : Qt::AlignTop),
                                 tr("no endpoint"));
            }
            continue;
        }
        // An outside place: its name in bold, its address below.
        const QRectF inner = box.rect.adjusted(4, 2, -4, -2);
        const QString all = box.title + u'\n' + box.detail;
        const QFont fitted = fitting(normal, inner, all);
        QFont fittedBold = fitted;
        fittedBold.setBold(true);
        painter.setPen(pal.color(pending && id == u"load-balancer" ? QPalette::PlaceholderText
                                                                   : QPalette::Text));
        painter.setFont(fittedBold);
        const qreal line = QFontMetricsF(fitted).height();
        const qreal top = inner.center().y() - line;
        painter.drawText(QRectF(inner.left(), top, inner.width(), line),
                         Qt::AlignCenter,
                         QFontMetricsF(fittedBold)
                             .elidedText(box.title, Qt::ElideRight, inner.width()));
        painter.setFont(fitted);
        painter.drawText(QRectF(inner.left(), top + line, inner.width(), line),
                         Qt::AlignCenter,
                         QFontMetricsF(fitted).elidedText(box.detail,
                                                          Qt::ElideMiddle,
                                                          inner.width()));
    }
}

void TraceDiagram::paintHops(QPainter &painter) const
{
    const QPalette pal = palette();
    const QColor highlight = pal.color(QPalette::Highlight);
    QColor plain = pal.color(QPalette::WindowText);
    QFont numberFont = scaled(font(), 0.8);
    numberFont.setBold(true);
    std::map<QString, int> seen; // arrows between the same two places lie side by side
    struct Label
    {
        QPointF at;
        QColor color;
        int hop;
    };
    std::vector<Label> labels;
    for (int i = 0; i < int(m_result.hops.size()); ++i) {
        const TraceHop &h = m_result.hops[size_t(i)];
        if (h.isStep() || !drawn(i))
            continue;
        const auto from = m_boxes.find(h.from.id());
        const auto to = m_boxes.find(h.to.id());
        if (from == m_boxes.end() || to == m_boxes.end())
            continue;
        // Within a node, kube-proxy's arrows start at its header; between places they end at
        // the border.
        const bool inside = h.from.node == h.to.node;
        const QRectF a = inside ? from->second.anchor : from->second.rect;
        const QRectF b = inside ? to->second.anchor : to->second.rect;
        const QString pair = std::min(h.from.id(), h.to.id()) + u'|'
                             + std::max(h.from.id(), h.to.id());
        const int repeat = seen[pair]++;
        QPointF p1 = edgePoint(a, b.center());
        QPointF p2 = edgePoint(b, a.center());
        const QPointF d = p2 - p1;
        const qreal length = std::max(1.0, std::hypot(d.x(), d.y()));
        const QPointF shift = QPointF(-d.y(), d.x()) / length * (7.0 * repeat);
        p1 += shift;
        p2 += shift;
        const bool isCurrent = i == m_current;
        QColor color = isCurrent ? highlight : plain;
        if (m_current >= 0 && !isCurrent)
            color.setAlpha(120);
        drawArrow(painter, p1, p2, color, isCurrent ? 3.0 : 1.8);
        // On a short arrow the number goes beside it, off the places it joins.
        const qreal beside = length < 40 ? QFontMetricsF(numberFont).height() * 0.62 + 4 : 0;
        labels.push_back(
            {p1 + (p2 - p1) * 0.5 + QPointF(d.y(), -d.x()) / length * beside, color, i});
    }
    // The numbers on top of every line.
    painter.setFont(numberFont);
    const qreal radius = QFontMetricsF(numberFont).height() * 0.62;
    for (const Label &l : labels) {
        painter.setPen(Qt::NoPen);
        QColor fill = l.color;
        fill.setAlpha(255);
        painter.setBrush(l.hop == m_current || m_current < 0
                             ? fill
                             : mixed(fill, pal.color(QPalette::Window), 0.5));
        painter.drawEllipse(l.at, radius, radius);
        painter.setPen(pal.color(l.hop == m_current ? QPalette::HighlightedText : QPalette::Window));
        painter.drawText(QRectF(l.at.x() - radius, l.at.y() - radius, 2 * radius, 2 * radius),
                         Qt::AlignCenter,
                         QString::number(l.hop + 1));
    }
}

std::vector<TraceDiagram::Badge> TraceDiagram::badges() const
{
    std::vector<Badge> out;
    QFont badgeFont = scaled(font(), 0.8);
    badgeFont.setBold(true);
    const QFontMetricsF metrics(badgeFont);
    std::map<QString, qreal> taken; // how much of each place the badges before took
    for (int i = 0; i < int(m_result.hops.size()); ++i) {
        const TraceHop &h = m_result.hops[size_t(i)];
        if (!h.isStep() || h.nat == TraceNat::None || !m_boxes.contains(h.from.id()))
            continue;
        Badge b;
        b.hop = i;
        b.nat = h.nat;
        b.place = h.from.id();
        b.text = u"%1 %2"_s.arg(i + 1).arg(h.nat == TraceNat::Dnat ? tr("DNAT") : tr("SNAT"));
        const qreal width = metrics.horizontalAdvance(b.text) + 10;
        qreal &before = taken[b.place];
        b.rect = QRectF(before, 0, width, metrics.height() + 3);
        before += width + 4;
        out.push_back(b);
    }
    // In hop order from the left: at the right end of a node's header, under another place.
    for (Badge &b : out) {
        const QRectF anchor = m_boxes.at(b.place).anchor;
        if (b.place.startsWith(u"node/"))
            b.rect.translate(anchor.right() - 1 - taken[b.place],
                             anchor.center().y() - b.rect.height() / 2);
        else
            b.rect.translate(anchor.left(), anchor.bottom() + 3);
    }
    return out;
}

qreal TraceDiagram::badgeRoom(const QString &place) const
{
    qreal room = 0;
    const QRectF anchor = placeRect(place);
    for (const Badge &b : badges()) {
        if (anchor.contains(b.rect.center()))
            room = std::max(room, anchor.right() - b.rect.left());
    }
    return room;
}

void TraceDiagram::paintBadges(QPainter &painter) const
{
    const QPalette pal = palette();
    QFont badgeFont = scaled(font(), 0.8);
    badgeFont.setBold(true);
    painter.setFont(badgeFont);
    for (const Badge &b : badges()) {
        if (!drawn(b.hop))
            continue;
        QColor fill = natColor(pal, b.nat);
        if (m_current >= 0 && b.hop != m_current)
            fill = mixed(fill, pal.color(QPalette::Window), 0.55);
        painter.setPen(b.hop == m_current ? QPen(pal.color(QPalette::Highlight), 2.5)
                                          : QPen(Qt::NoPen));
        painter.setBrush(fill);
        painter.drawRoundedRect(b.rect, 4, 4);
        painter.setPen(onBadge(pal));
        painter.drawText(b.rect, Qt::AlignCenter, b.text);
    }
}

void TraceDiagram::paintEnd(QPainter &painter) const
{
    const QString stop = stopPlace();
    const int last = int(m_result.hops.size()) - 1;
    if (stop.isEmpty() || !drawn(last))
        return;
    const auto it = m_boxes.find(stop);
    if (it == m_boxes.end())
        return;
    // A red disc with a white cross.
    const QRectF box = it->second.rect;
    const qreal r = std::clamp(std::min(box.width(), box.height()) * 0.22, 9.0, 16.0);
    // Below a node's header; on the right edge of a place outside, off its text.
    const QPointF centre = stop.startsWith(u"node/")
                               ? QPointF(box.center().x(),
                                         std::min(box.bottom() - r - 2,
                                                  it->second.anchor.bottom() + r + 2
                                                      + QFontMetricsF(font()).height()))
                               : QPointF(box.right(), box.center().y());
    painter.setPen(Qt::NoPen);
    painter.setBrush(errorColor(palette()));
    painter.drawEllipse(centre, r, r);
    painter.setPen(QPen(Qt::white, std::max(2.0, r / 4), Qt::SolidLine, Qt::RoundCap));
    const qreal a = r * 0.45;
    painter.drawLine(centre + QPointF(-a, -a), centre + QPointF(a, a));
    painter.drawLine(centre + QPointF(-a, a), centre + QPointF(a, -a));
}

} // namespace sd
