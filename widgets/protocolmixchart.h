// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QPointer>

class QPieSeries;
class QVPieModelMapper;

namespace sd {

class ProtocolMixModel;

/**
 * The mix of protocols of the open file's ports as a donut: the inner ring by protocol (TCP, UDP,
 * SCTP), the outer ring by appProtocol, each fed from a ProtocolMixModel through a
 * QVPieModelMapper. Slice labels carry the number of ports; empty slices have no label and no
 * legend entry. The rings shrink so that the outer labels stay inside the chart; where even
 * the smallest rings leave no room, the outer labels go and the legend names the slices. Each
 * slice tells its name and number as a tooltip. Follows the application language and palette, as
 * ProviderCompatibilityChart.
 */
class ProtocolMixChart final : public QChartView
{
    Q_OBJECT

public:
    explicit ProtocolMixChart(QWidget *parent = nullptr);
    ~ProtocolMixChart() override;

    /** Shows `model` (nullptr: an empty chart). Does not take ownership. */
    void setModel(ProtocolMixModel *model);
    ProtocolMixModel *model() const;

    /** The inner ring: one slice per protocol. */
    QPieSeries *protocolSeries() const { return m_protocols; }
    /** The outer ring: one slice per appProtocol. */
    QPieSeries *appProtocolSeries() const { return m_appProtocols; }
    /** Whether the outer labels fit beside the rings (else they are hidden). */
    bool labelsFit() const { return m_labelsFit; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPalette();
    void updateSlices();
    void fitRings();

    QPointer<ProtocolMixModel> m_model;
    QPieSeries *m_protocols = nullptr;
    QPieSeries *m_appProtocols = nullptr;
    QVPieModelMapper *m_protocolMapper = nullptr;
    QVPieModelMapper *m_appProtocolMapper = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
    bool m_labelsFit = true;
};

} // namespace sd
