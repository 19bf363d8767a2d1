// SPDX-License-Identifier: GPL-3.0-or-later
// ProviderCompatibilityChart and ProtocolMixChart: the bars and slices hold the models' numbers,
// and a click on a bar names its provider.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QEvent>
#include <QFontMetricsF>
#include <QHorizontalStackedBarSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/validationscheduler.h"
#include "model/io/manifestio.h"
#include "model/itemmodels/protocolmixmodel.h"
#include "model/itemmodels/providercompatibilitymodel.h"
#include "model/providers/providerregistry.h"
#include "resources/resources.h"
#include "support/qtprinters.h"
#include "support/validated.h"
#include "translations/i18n.h"
#include "widgets/protocolmixchart.h"
#include "widgets/providerchart.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const QByteArray threeProtocols = R"(apiVersion: v1
kind: Service
metadata:
  name: mixed
spec:
  type: LoadBalancer
  selector: {app: x}
  ports:
  - {name: web, port: 80, appProtocol: http}
  - {name: dns, port: 53, protocol: UDP}
  - {name: sig, port: 3868, protocol: SCTP}
---
apiVersion: v1
kind: Service
metadata:
  name: inner
spec:
  selector: {app: x}
  ports:
  - {name: http, port: 8080, appProtocol: http}
  - {name: h2c, port: 8081, appProtocol: kubernetes.io/h2c}
)";

std::unique_ptr<ManifestDocument> documentFrom(const QByteArray &bytes)
{
    ReadResult read = readManifest(bytes);
    EXPECT_FALSE(read.error.has_value());
    return std::make_unique<ManifestDocument>(std::move(read.manifest));
}

ProviderRegistry builtIns()
{
    return ProviderRegistry::withBuiltIns(providerProfilesPath(), false, nullptr);
}

struct ProviderChartFixture
{
    std::unique_ptr<ManifestDocument> doc = documentFrom(threeProtocols);
    ValidationScheduler scheduler{doc.get()};
    ProviderCompatibilityModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    ProviderCompatibilityChart chart;

    ProviderChartFixture()
    {
        model.setRegistry(builtIns());
        model.setScheduler(&scheduler);
        validateAndSettle(scheduler);
        chart.setModel(&model);
        chart.resize(600, 400);
    }
};

TEST(ProviderCompatibilityChart, BarSetsHoldTheModelsNumbers)
{
    ProviderChartFixture f;
    const QList<QBarSet *> sets = f.chart.series()->barSets();
    ASSERT_EQ(sets.size(), 3);
    EXPECT_EQ(sets[0]->label(),
              f.model.headerData(ProviderCompatibilityModel::SupportedColumn, Qt::Horizontal)
                  .toString());
    EXPECT_EQ(sets[2]->label(),
              f.model.headerData(ProviderCompatibilityModel::UnsupportedColumn, Qt::Horizontal)
                  .toString());
    ASSERT_GT(f.model.rowCount(), 0);
    EXPECT_EQ(f.chart.categoryAxis()->count(), f.model.rowCount());
    for (int row = 0; row < f.model.rowCount(); ++row) {
        const ProviderCompatibilityModel::Counts counts = f.model.counts(row);
        ASSERT_EQ(sets[0]->count(), f.model.rowCount());
        EXPECT_EQ(int(sets[0]->at(row)), counts.supported) << row;
        EXPECT_EQ(int(sets[1]->at(row)), counts.conditional) << row;
        EXPECT_EQ(int(sets[2]->at(row)), counts.unsupported) << row;
        EXPECT_EQ(f.chart.categoryAxis()->at(row),
                  f.model.index(row, ProviderCompatibilityModel::NameColumn).data().toString());
    }
    // AWS's classic ELB refuses the Service for its UDP and SCTP ports, as the findings say:
    // none of its ports is carried.
    const int aws = f.model.rowOf(u"aws"_s);
    ASSERT_GE(aws, 0);
    EXPECT_EQ(int(sets[0]->at(aws)), 0);
    EXPECT_EQ(int(sets[2]->at(aws)), 3);
}

TEST(ProviderCompatibilityChart, ABarSaysWhatItCountsAsItsTooltip)
{
    ProviderChartFixture f;
    const int metallb = f.model.rowOf(u"metallb"_s);
    ASSERT_GE(metallb, 0);
    const QList<QBarSet *> sets = f.chart.series()->barSets();
    Q_EMIT sets[0]->hovered(true, metallb);
    EXPECT_EQ(f.chart.toolTip(),
              u"MetalLB (bare metal) carries 2 of the 3 LoadBalancer ports. Click to see the "
              u"findings for this provider."_s)
        << f.chart.toolTip().toStdString();
    Q_EMIT sets[0]->hovered(false, metallb);
    EXPECT_TRUE(f.chart.toolTip().isEmpty());
    Q_EMIT sets[1]->hovered(true, metallb);
    EXPECT_TRUE(f.chart.toolTip().contains(u"1 of the 3"_s)) << f.chart.toolTip().toStdString();
}

TEST(ProviderCompatibilityChart, FollowsTheModelWhenTheDocumentChanges)
{
    ProviderChartFixture f;
    const ServiceRef ref = f.doc->manifest().services().front();
    Service changed = f.doc->manifest().service(ref);
    changed.spec.value().type.set(ServiceType::ClusterIP);
    f.doc->undoStack()->push(new SetServiceCommand(f.doc.get(), ref, changed, u"Edit"_s));
    validateAndSettle(f.scheduler); // the charts follow what was validated
    const QList<QBarSet *> sets = f.chart.series()->barSets();
    ASSERT_EQ(sets.size(), 3);
    for (QBarSet *set : sets) {
        for (int i = 0; i < set->count(); ++i)
            EXPECT_EQ(set->at(i), 0.0);
    }
    // Clicks still reach the sets made anew by the reset.
    QSignalSpy clicked(&f.chart, &ProviderCompatibilityChart::providerClicked);
    Q_EMIT sets[1]->clicked(0);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toString(), f.model.providerId(0));
}

TEST(ProviderCompatibilityChart, ClickingABarNamesItsProvider)
{
    ProviderChartFixture f;
    QSignalSpy clicked(&f.chart, &ProviderCompatibilityChart::providerClicked);
    const int metallb = f.model.rowOf(u"metallb"_s);
    ASSERT_GE(metallb, 0);
    Q_EMIT f.chart.series()->barSets().at(0)->clicked(metallb);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toString(), u"metallb"_s);
}

TEST(ProviderCompatibilityChart, FollowsLanguageAndPalette)
{
    ProviderChartFixture f;
    EXPECT_FALSE(f.chart.chart()->title().isEmpty());
    QPalette dark = f.chart.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    f.chart.setPalette(dark);
    EXPECT_EQ(f.chart.chart()->theme(), QChart::ChartThemeDark);
    // The verdict colours survive the theme change.
    EXPECT_EQ(f.chart.series()->barSets().at(0)->color().green() > 128, true);
    QPalette light = f.chart.palette();
    light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    f.chart.setPalette(light);
    EXPECT_EQ(f.chart.chart()->theme(), QChart::ChartThemeLight);

    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(&f.chart, &languageChange);
    EXPECT_EQ(f.chart.categoryAxis()->count(), f.model.rowCount());
}

TEST(ProtocolMixChart, SlicesMatchTheCounts)
{
    auto doc = documentFrom(threeProtocols);
    ValidationScheduler scheduler(doc.get());
    ProtocolMixModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    model.setScheduler(&scheduler);
    validateAndSettle(scheduler);
    ProtocolMixChart chart;
    chart.setModel(&model);
    chart.resize(600, 400);

    const QList<QPieSlice *> protocols = chart.protocolSeries()->slices();
    ASSERT_EQ(protocols.size(), ProtocolMixModel::protocolRowCount());
    EXPECT_EQ(protocols[0]->value(), 3.0); // TCP
    EXPECT_EQ(protocols[1]->value(), 1.0); // UDP
    EXPECT_EQ(protocols[2]->value(), 1.0); // SCTP
    EXPECT_TRUE(protocols[0]->label().contains(u"TCP"_s));
    EXPECT_TRUE(protocols[0]->label().contains(u"3"_s));

    const QList<QPieSlice *> apps = chart.appProtocolSeries()->slices();
    ASSERT_EQ(apps.size(), model.rowCount() - ProtocolMixModel::protocolRowCount());
    for (int i = 0; i < apps.size(); ++i)
        EXPECT_EQ(int(apps[i]->value()), model.count(ProtocolMixModel::protocolRowCount() + i));
    const int http = model.rowOf(ProtocolMixModel::Group::AppProtocol, u"http"_s);
    ASSERT_GE(http, 0);
    EXPECT_EQ(apps[http - ProtocolMixModel::protocolRowCount()]->value(), 2.0);
    EXPECT_TRUE(apps[http - ProtocolMixModel::protocolRowCount()]->label().contains(u"http"_s));

    // A change in the file reaches the slices.
    const ServiceRef ref = doc->manifest().services().front();
    Service changed = doc->manifest().service(ref);
    changed.spec.value().ports.value()[2].value().protocol.set(Protocol::UDP);
    doc->undoStack()->push(new SetServiceCommand(doc.get(), ref, changed, u"Edit"_s));
    validateAndSettle(scheduler);
    EXPECT_EQ(chart.protocolSeries()->slices().at(1)->value(), 2.0);
    EXPECT_EQ(chart.protocolSeries()->slices().at(2)->value(), 0.0);
    EXPECT_FALSE(chart.protocolSeries()->slices().at(2)->isLabelVisible());
}

// However narrow the chart, no outer label of the donut reaches past its edges: the rings
// shrink, and where even that is not enough the labels go and the legend names the slices.
TEST(ProtocolMixChart, OuterLabelsAreNeverClipped)
{
    auto doc = documentFrom(R"(apiVersion: v1
kind: Service
metadata: {name: many}
spec:
  selector: {app: x}
  ports:
  - {name: a, port: 1, appProtocol: example.com/a-rather-long-protocol-name}
  - {name: b, port: 2, appProtocol: kubernetes.io/h2c}
  - {name: c, port: 3, appProtocol: kubernetes.io/wss}
  - {name: d, port: 4, appProtocol: http}
)");
    ValidationScheduler scheduler(doc.get());
    ProtocolMixModel model;
    model.setScheduler(&scheduler);
    validateAndSettle(scheduler);
    ProtocolMixChart chart;
    chart.setModel(&model);
    for (const QSize size : {QSize(900, 500), QSize(520, 420), QSize(300, 420)}) {
        chart.resize(size);
        chart.show();
        QCoreApplication::processEvents();
        const QRectF inside = chart.chart()->rect();
        const QRectF plot = chart.chart()->plotArea();
        const double radius = chart.appProtocolSeries()->pieSize()
                              * std::min(plot.width(), plot.height()) / 2.0;
        for (QPieSlice *slice : chart.appProtocolSeries()->slices()) {
            if (!slice->isLabelVisible())
                continue;
            // The label's farthest reach, sideways and up or down, from the centre.
            const QFontMetricsF metrics(slice->labelFont());
            const double reach = radius * (1 + slice->labelArmLengthFactor());
            EXPECT_LE(plot.center().x() + reach + metrics.horizontalAdvance(slice->label()),
                      inside.right())
                << size.width() << ' ' << slice->label().toStdString();
            EXPECT_GE(plot.center().x() - reach - metrics.horizontalAdvance(slice->label()),
                      inside.left())
                << size.width() << ' ' << slice->label().toStdString();
            EXPECT_LE(plot.center().y() + reach + metrics.height(), inside.bottom());
            EXPECT_GE(plot.center().y() - reach - metrics.height(), inside.top());
        }
        if (size.width() == 900) {
            EXPECT_TRUE(chart.labelsFit());
        }
        if (!chart.labelsFit()) {
            for (QPieSlice *slice : chart.appProtocolSeries()->slices())
                EXPECT_FALSE(slice->isLabelVisible());
        }
    }
    // A slice tells its name and number when the pointer is on it.
    QPieSlice *first = chart.appProtocolSeries()->slices().front();
    Q_EMIT chart.appProtocolSeries()->hovered(first, true);
    EXPECT_EQ(chart.toolTip(), first->label());
}

// The charts speak the language of the moment and render in it: the titles come back in
// Korean after a switch, and the pictures are written (to SD_CHART_SCREENSHOTS when set, for a
// person to look at, else to a temporary folder).
TEST(Charts, FollowTheLanguageAndRender)
{
    QTemporaryDir temporary;
    const QString dir = qEnvironmentVariableIsSet("SD_CHART_SCREENSHOTS")
                            ? qEnvironmentVariable("SD_CHART_SCREENSHOTS")
                            : temporary.path();
    ASSERT_TRUE(installTranslators(*qApp, QLocale(u"ko"_s)));
    ProviderChartFixture f;
    f.chart.show();
    QApplication::processEvents();
    const QString title = f.chart.chart()->title();
    EXPECT_TRUE(std::any_of(title.begin(), title.end(), [](QChar c) {
        return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
    })) << title.toStdString();
    EXPECT_TRUE(f.chart.grab().save(QDir(dir).filePath(u"chart-provider-ko.png"_s)));

    ProtocolMixModel model;
    model.setScheduler(&f.scheduler);
    ProtocolMixChart mix;
    mix.setModel(&model);
    mix.resize(600, 400);
    mix.show();
    QApplication::processEvents();
    EXPECT_TRUE(mix.grab().save(QDir(dir).filePath(u"chart-protocols-ko.png"_s)));

    installTranslators(*qApp, QLocale(u"en"_s));
    QApplication::processEvents();
    EXPECT_EQ(f.chart.chart()->title(), u"LoadBalancer ports by provider"_s);
}

} // namespace
} // namespace sd
