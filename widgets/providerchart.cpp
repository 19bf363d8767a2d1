// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/providerchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

#include "model/itemmodels/providercompatibilitymodel.h"

namespace sd {

namespace {

using Column = ProviderCompatibilityModel::Column;

// Fixed traffic-light colours, picked to keep their contrast on the light and the dark chart
// theme alike (mid lightness, moderate saturation): the meaning must not change with the palette.
QColor verdictColor(int column)
{
    switch (column) {
    case ProviderCompatibilityModel::SupportedColumn:
        return QColor(0x3c, 0xa0, 0x5a);
    case ProviderCompatibilityModel::ConditionalColumn:
        return QColor(0xe6, 0xa8, 0x17);
    default:
        return QColor(0xd9, 0x48, 0x48);
    }
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

ProviderCompatibilityChart::ProviderCompatibilityChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QHorizontalStackedBarSeries)
    , m_mapper(new QVBarModelMapper(this))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    setRenderHint(QPainter::Antialiasing);
    QChart *c = chart();
    c->addSeries(m_series);
    c->addAxis(m_categories, Qt::AlignLeft);
    c->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%d"));
    c->legend()->setAlignment(Qt::AlignBottom);
    c->setMargins(QMargins(4, 4, 4, 4));

    m_mapper->setSeries(m_series);
    m_mapper->setFirstBarSetColumn(ProviderCompatibilityModel::SupportedColumn);
    m_mapper->setLastBarSetColumn(ProviderCompatibilityModel::UnsupportedColumn);
    m_mapper->setFirstRow(0);
    connect(m_series,
            &QAbstractBarSeries::barsetsAdded,
            this,
            &ProviderCompatibilityChart::onBarSetsAdded);

    applyPalette();
    retranslate();
    updateAxes();
}

ProviderCompatibilityChart::~ProviderCompatibilityChart() = default;

ProviderCompatibilityModel *ProviderCompatibilityChart::model() const
{
    return m_model;
}

void ProviderCompatibilityChart::setModel(ProviderCompatibilityModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    m_mapper->setModel(model);
    if (model) {
        // Connected after the mapper's own connections, so the bar sets are up to date here.
        const auto refresh = [this] {
            retranslate();
            updateAxes();
        };
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, refresh);
        m_modelConnections << connect(model, &QAbstractItemModel::dataChanged, this, refresh);
        m_modelConnections << connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
        m_modelConnections << connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
    }
    retranslate();
    updateAxes();
}

void ProviderCompatibilityChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ProviderCompatibilityChart::retranslate()
{
    chart()->setTitle(tr("LoadBalancer ports by provider"));
    m_values->setTitleText(tr("Ports"));
    // The mapper labels the bar sets with the model's headers, but only when it builds them.
    // Setting a label makes it write the label to the model and build every set anew from the
    // model's (now translated) headers: one changed label is enough, and the old sets are gone.
    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < sets.size() && m_model; ++i) {
        const QString label = m_model
                                  ->headerData(ProviderCompatibilityModel::SupportedColumn + i,
                                               Qt::Horizontal)
                                  .toString();
        if (sets[i]->label() != label) {
            sets[i]->setLabel(label);
            break;
        }
    }
    QStringList names;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            names << m_model->index(row, ProviderCompatibilityModel::NameColumn).data().toString();
    }
    m_categories->setCategories(names);
}

void ProviderCompatibilityChart::applyPalette()
{
    chart()->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Twelve providers in a small dock: a slightly smaller font than the theme's keeps the names
    // apart. The axis elides a name taller than its bar's share, and text with a CJK fallback
    // font measures taller: Korean names would lose everything from the first Hangul letter.
    m_categories->setTruncateLabels(false);
    QFont labelsFont = font();
    labelsFont.setPointSizeF(labelsFont.pointSizeF() * 0.85);
    m_categories->setLabelsFont(labelsFont);
    // The theme repaints the bar sets in its own colours; the verdict colours win.
    styleBarSets();
}

void ProviderCompatibilityChart::styleBarSets()
{
    const QList<QBarSet *> sets = m_series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const QColor color = verdictColor(ProviderCompatibilityModel::SupportedColumn + i);
        sets[i]->setColor(color);
        sets[i]->setBorderColor(color.darker(130));
    }
}

void ProviderCompatibilityChart::onBarSetsAdded(const QList<QBarSet *> &sets)
{
    for (QBarSet *set : sets) {
        connect(set, &QBarSet::hovered, this, [this, set](bool entered, int index) {
            const QString text = entered ? barToolTip(set, index) : QString();
            setToolTip(text);
            if (entered)
                QToolTip::showText(QCursor::pos(), text, this);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this, [this](int index) {
            if (m_model) {
                const QString id = m_model->providerId(index);
                if (!id.isEmpty())
                    Q_EMIT providerClicked(id);
            }
        });
    }
    styleBarSets();
}

QString ProviderCompatibilityChart::barToolTip(const QBarSet *set, int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const QString provider
        = m_model->index(row, ProviderCompatibilityModel::NameColumn).data().toString();
    const int count = int(set->at(row));
    const int total = m_model->counts(row).total();
    QString text;
    switch (m_series->barSets().indexOf(set)) {
    case 0:
        text = tr("%1 carries %2 of the %3 LoadBalancer ports.");
        break;
    case 1:
        text = tr("%1 carries %2 of the %3 LoadBalancer ports only on a condition.");
        break;
    default:
        text = tr("%1 does not carry %2 of the %3 LoadBalancer ports.");
        break;
    }
    return text.arg(provider).arg(count).arg(total) + u' '
           + tr("Click to see the findings for this provider.");
}

void ProviderCompatibilityChart::updateAxes()
{
    int maximum = 0;
    if (m_model) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            maximum = std::max(maximum, m_model->counts(row).total());
    }
    maximum = std::max(maximum, 1);
    m_values->setRange(0, maximum);
    if (maximum <= 10) {
        m_values->setTickCount(maximum + 1);
    } else {
        m_values->setTickCount(6);
        m_values->applyNiceNumbers();
    }
}

} // namespace sd
