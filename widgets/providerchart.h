// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QPointer>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;
class QVBarModelMapper;

namespace sd {

class ProviderCompatibilityModel;

/**
 * How well each provider carries the open file's LoadBalancer ports: one horizontal stacked bar
 * per provider (supported, conditional, not supported), fed from a ProviderCompatibilityModel
 * through a QVBarModelMapper. The chart follows the application language (QEvent::LanguageChange)
 * and palette (QEvent::PaletteChange: the dark chart theme on a dark window). Clicking a bar
 * emits providerClicked() with the provider's id.
 */
class ProviderCompatibilityChart final : public QChartView
{
    Q_OBJECT

public:
    explicit ProviderCompatibilityChart(QWidget *parent = nullptr);
    ~ProviderCompatibilityChart() override;

    /** Shows `model` (nullptr: an empty chart). Does not take ownership. */
    void setModel(ProviderCompatibilityModel *model);
    ProviderCompatibilityModel *model() const;

    /** The bar series: its sets are supported, conditional, not supported, in that order. */
    QHorizontalStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }

Q_SIGNALS:
    /** A bar of the provider with this id was clicked. */
    void providerClicked(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPalette();
    void styleBarSets();
    void onBarSetsAdded(const QList<QBarSet *> &sets);
    QString barToolTip(const QBarSet *set, int row) const;
    void updateAxes();

    QPointer<ProviderCompatibilityModel> m_model;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QVBarModelMapper *m_mapper = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace sd
