// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/protocolmixchart.h"

#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>
#include <QVPieModelMapper>

#include "model/itemmodels/protocolmixmodel.h"

namespace sd {

ProtocolMixChart::ProtocolMixChart(QWidget *parent)
    : QChartView(parent)
    , m_protocols(new QPieSeries)
    , m_appProtocols(new QPieSeries)
    , m_protocolMapper(new QVPieModelMapper(this))
    , m_appProtocolMapper(new QVPieModelMapper(this))
{
    setRenderHint(QPainter::Antialiasing);
    // Two rings: protocols inside, appProtocols around them, with room left for outside labels.
    m_protocols->setHoleSize(0.22);
    m_protocols->setPieSize(0.46);
    m_appProtocols->setHoleSize(0.48);
    m_appProtocols->setPieSize(0.72);
    QChart *c = chart();
    c->addSeries(m_protocols);
    c->addSeries(m_appProtocols);
    // Below, so that the outer labels get the chart's whole width.
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));

    m_protocolMapper->setSeries(m_protocols);
    m_protocolMapper->setLabelsColumn(ProtocolMixModel::LabelColumn);
    m_protocolMapper->setValuesColumn(ProtocolMixModel::CountColumn);
    m_protocolMapper->setFirstRow(0);
    m_protocolMapper->setRowCount(ProtocolMixModel::protocolRowCount());
    m_appProtocolMapper->setSeries(m_appProtocols);
    m_appProtocolMapper->setLabelsColumn(ProtocolMixModel::LabelColumn);
    m_appProtocolMapper->setValuesColumn(ProtocolMixModel::CountColumn);
    m_appProtocolMapper->setFirstRow(ProtocolMixModel::protocolRowCount());

    // The rings shrink as far as their outer labels need to stay inside the chart.
    connect(c, &QChart::plotAreaChanged, this, &ProtocolMixChart::fitRings);
    for (QPieSeries *series : {m_protocols, m_appProtocols}) {
        connect(series, &QPieSeries::hovered, this, [this](QPieSlice *slice, bool entered) {
            setToolTip(entered ? slice->label() : QString());
            if (entered)
                QToolTip::showText(QCursor::pos(), slice->label(), this);
            else
                QToolTip::hideText();
        });
    }

    applyPalette();
    retranslate();
}

ProtocolMixChart::~ProtocolMixChart() = default;

void ProtocolMixChart::fitRings()
{
    constexpr double largest = 0.72; // of the plot area's smaller side, as a diameter
    constexpr double smallest = 0.3; // below this the labels are left to the legend
    const QRectF plot = chart()->plotArea();
    const QList<QPieSlice *> slices = m_appProtocols->slices();
    if (plot.isEmpty())
        return;
    double widest = 0;
    double tallest = 0;
    double arm = 0.15;
    for (QPieSlice *slice : slices) {
        if (slice->value() <= 0)
            continue;
        const QFontMetricsF metrics(slice->labelFont());
        widest = std::max(widest, metrics.horizontalAdvance(slice->label()));
        tallest = std::max(tallest, metrics.height());
        arm = slice->labelArmLengthFactor();
    }
    // An outside label hangs from the end of its arm, at radius * (1 + arm) from the centre,
    // and runs sideways for its width (or up or down for its height).
    const double half = std::min(plot.width(), plot.height()) / 2.0;
    const double pad = 4;
    const double room = std::min(plot.width() / 2.0 - widest - pad,
                                 plot.height() / 2.0 - tallest - pad);
    double size = std::min(largest, room / ((1.0 + arm) * half));
    const bool labelsFit = size >= smallest;
    if (!labelsFit)
        size = largest;
    m_labelsFit = labelsFit;
    for (QPieSlice *slice : slices)
        slice->setLabelVisible(labelsFit && slice->value() > 0);
    m_appProtocols->setPieSize(size);
    m_appProtocols->setHoleSize(size * 0.48 / largest);
    m_protocols->setPieSize(size * 0.46 / largest);
    m_protocols->setHoleSize(size * 0.22 / largest);
}

ProtocolMixModel *ProtocolMixChart::model() const
{
    return m_model;
}

void ProtocolMixChart::setModel(ProtocolMixModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    m_protocolMapper->setModel(model);
    m_appProtocolMapper->setModel(model);
    if (model) {
        // Connected after the mappers' own connections, so the slices are up to date here.
        const auto refresh = [this] { updateSlices(); };
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, refresh);
        m_modelConnections << connect(model, &QAbstractItemModel::dataChanged, this, refresh);
        m_modelConnections << connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
        m_modelConnections << connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    }
    updateSlices();
}

void ProtocolMixChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ProtocolMixChart::retranslate()
{
    chart()->setTitle(tr("Ports by protocol (inside) and appProtocol (outside)"));
    updateSlices();
}

void ProtocolMixChart::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme resets the slices' pens and label colours.
    updateSlices();
}

void ProtocolMixChart::updateSlices()
{
    const struct
    {
        QPieSeries *series;
        int firstRow;
        QPieSlice::LabelPosition position;
    } rings[] = {
        {m_protocols, 0, QPieSlice::LabelInsideHorizontal},
        {m_appProtocols, ProtocolMixModel::protocolRowCount(), QPieSlice::LabelOutside},
    };
    const QColor labelColor = chart()->theme() == QChart::ChartThemeDark ? QColor(Qt::white)
                                                                         : QColor(Qt::black);
    for (const auto &ring : rings) {
        const QList<QPieSlice *> slices = ring.series->slices();
        for (int i = 0; i < slices.size(); ++i) {
            QPieSlice *slice = slices[i];
            const int count = int(slice->value());
            // The label as the model has it (the mapper may have replaced ours).
            const QString name = m_model
                                     ? m_model
                                           ->index(ring.firstRow + i, ProtocolMixModel::LabelColumn)
                                           .data()
                                           .toString()
                                     : slice->label();
            slice->setLabel(
                tr("%1: %2", "chart slice: name and number of ports").arg(name).arg(count));
            slice->setLabelVisible(count > 0);
            slice->setLabelPosition(ring.position);
            if (ring.position == QPieSlice::LabelOutside)
                slice->setLabelColor(labelColor);
            else // on the slice: dark text on a light slice, light text on a dark one
                slice->setLabelColor(slice->color().lightness() > 140 ? QColor(Qt::black)
                                                                      : QColor(Qt::white));
        }
    }
    // No legend entry for an empty slice.
    for (const auto &ring : rings) {
        const QList<QLegendMarker *> markers = chart()->legend()->markers(ring.series);
        const QList<QPieSlice *> slices = ring.series->slices();
        for (int i = 0; i < markers.size() && i < slices.size(); ++i)
            markers[i]->setVisible(slices[i]->value() > 0);
    }
    fitRings();
}

} // namespace sd
