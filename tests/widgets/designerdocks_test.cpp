// SPDX-License-Identifier: GPL-3.0-or-later
// The designer window's pieces, driven as a user would: EnvironmentToolBar, ClusterSettingsDialog,
// FindingsDock, YamlPreviewDock and FindingCountsLabel.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>

#include "model/document/manifestdocument.h"
#include "model/document/validationscheduler.h"
#include "model/io/manifestio.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/providers/providerregistry.h"
#include "resources/resources.h"
#include "support/qtprinters.h"
#include "support/testsettings.h"
#include "widgets/clustersettingsdialog.h"
#include "widgets/environmenttoolbar.h"
#include "widgets/findingcounts.h"
#include "widgets/findingsdock.h"
#include "widgets/findingsfiltermodel.h"
#include "widgets/provenancetext.h"
#include "widgets/yamlpreviewdock.h"
#include "widgets/yamlview.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

// One finding of each severity, with and without a Fix, one based on a profile fact (see the
// file's comments).
QByteArray findingsSample()
{
    QFile file(QStringLiteral(SD_TEST_DATA_DIR "/input/findings-sample.yaml"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return file.readAll();
}

ProviderRegistry builtInProviders()
{
    std::vector<ProfileError> errors;
    ProviderRegistry registry = ProviderRegistry::withBuiltIns(providerProfilesPath(),
                                                               false,
                                                               &errors);
    EXPECT_TRUE(errors.empty());
    return registry;
}

Environment withProvider(const ProviderRegistry &registry, const QString &id)
{
    Environment e;
    e.platform.provider = registry.find(id);
    e.platform.knownProviders = registry.profiles();
    return e;
}

std::unique_ptr<ManifestDocument> documentFrom(const QByteArray &bytes)
{
    ReadResult read = readManifest(bytes);
    EXPECT_FALSE(read.error.has_value());
    return std::make_unique<ManifestDocument>(std::move(read.manifest));
}

class DesignerDocksTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The tool bar keeps its choices in a throw-away settings file.
        useTestSettings(u"designerdocks_test"_s);
    }

    void TearDown() override { removeTestSettings(); }
};

// --- EnvironmentToolBar --------------------------------------------------------------------

// Moves a combo box to the item with `data` with the keyboard, as a user would.
void pickWithKeyboard(QComboBox *combo, const QVariant &data)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != data; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
}

TEST_F(DesignerDocksTest, PickingAProviderAnnouncesIt)
{
    const ProviderRegistry registry = builtInProviders();
    ASSERT_TRUE(registry.find(u"aws"_s));
    EnvironmentToolBar bar(registry);
    auto *combo = bar.findChild<QComboBox *>(u"providerCombo"_s);
    ASSERT_TRUE(combo);
    EXPECT_EQ(combo->count(), int(registry.profiles().size()));
    EXPECT_EQ(combo->currentData().toString(), u"generic"_s); // the default with no settings

    QSignalSpy spy(&bar, &EnvironmentToolBar::environmentChanged);
    pickWithKeyboard(combo, u"aws"_s);
    ASSERT_FALSE(spy.isEmpty());
    const auto announced = spy.last().at(0).value<Environment>();
    ASSERT_TRUE(announced.platform.provider);
    EXPECT_EQ(announced.platform.provider->id, u"aws"_s);
    EXPECT_EQ(announced.platform.knownProviders.size(), registry.profiles().size());
    EXPECT_EQ(bar.environment().platform.provider->id, u"aws"_s);

    // The entry says what the profile is and where its facts come from.
    const auto aws = registry.find(u"aws"_s);
    EXPECT_TRUE(combo->toolTip().contains(provenanceText(aws->provenance).toHtmlEscaped()))
        << combo->toolTip().toStdString();
    EXPECT_EQ(combo->currentText(), aws->name.text());

    // The choice is remembered.
    EnvironmentToolBar again(registry);
    EXPECT_EQ(again.environment().platform.provider->id, u"aws"_s);
}

TEST_F(DesignerDocksTest, NodeOsAndVersionComeFromTheirCombos)
{
    EnvironmentToolBar bar(builtInProviders());
    EXPECT_EQ(bar.environment().version, KubernetesVersion::V1_33);
    EXPECT_EQ(bar.environment().platform.nodeOs, NodeOs::Linux);
    QSignalSpy spy(&bar, &EnvironmentToolBar::environmentChanged);
    pickWithKeyboard(bar.findChild<QComboBox *>(u"nodeOsCombo"_s), int(NodeOs::Windows));
    pickWithKeyboard(bar.findChild<QComboBox *>(u"versionCombo"_s), int(KubernetesVersion::V1_31));
    ASSERT_FALSE(spy.isEmpty());
    const auto last = spy.last().at(0).value<Environment>();
    EXPECT_EQ(last.platform.nodeOs, NodeOs::Windows);
    EXPECT_EQ(last.version, KubernetesVersion::V1_31);

    EnvironmentToolBar again(builtInProviders());
    EXPECT_EQ(again.environment().platform.nodeOs, NodeOs::Windows);
    EXPECT_EQ(again.environment().version, KubernetesVersion::V1_31);
}

TEST_F(DesignerDocksTest, SetEnvironmentAnnouncesOnlyChanges)
{
    const ProviderRegistry registry = builtInProviders();
    EnvironmentToolBar bar(registry);
    QSignalSpy spy(&bar, &EnvironmentToolBar::environmentChanged);
    Environment e = withProvider(registry, u"gke"_s);
    e.cluster.serviceCidrs = {u"10.96.0.0/12"_s};
    e.platform.cniSctp = false;
    bar.setEnvironment(e);
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(bar.environment().platform.provider->id, u"gke"_s);
    EXPECT_EQ(bar.environment().cluster.serviceCidrs, QStringList{u"10.96.0.0/12"_s});
    EXPECT_FALSE(bar.environment().platform.cniSctp);
    bar.setEnvironment(e);
    EXPECT_EQ(spy.size(), 1);

    // A provider the registry does not know falls back to the generic one.
    bar.setEnvironment(Environment{});
    EXPECT_EQ(bar.environment().platform.provider->id, u"generic"_s);
}

TEST_F(DesignerDocksTest, ClusterButtonOpensTheDialogAndAppliesIt)
{
    EnvironmentToolBar bar(builtInProviders());
    bar.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy spy(&bar, &EnvironmentToolBar::environmentChanged);
    bar.findChild<QAction *>(u"clusterAction"_s)->trigger();
    auto *dialog = bar.findChild<ClusterSettingsDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"serviceCidrs"_s), u"10.0.0.0/16"_s);
    dialog->findChild<QCheckBox *>(u"cniMultihomed"_s)->click();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    ASSERT_EQ(spy.size(), 1);
    const auto e = spy.last().at(0).value<Environment>();
    EXPECT_EQ(e.cluster.serviceCidrs, QStringList{u"10.0.0.0/16"_s});
    EXPECT_TRUE(e.platform.cniMultihomed);
    EXPECT_FALSE(e.cluster.knowsNodePortRange());
}

// --- ClusterSettingsDialog ------------------------------------------------------------------

TEST_F(DesignerDocksTest, ClusterDialogRefusesABadCidr)
{
    ClusterSettingsDialog dialog;
    auto *cidrs = dialog.findChild<QPlainTextEdit *>(u"serviceCidrs"_s);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *errors = dialog.findChild<QLabel *>(u"clusterErrors"_s);
    ASSERT_TRUE(cidrs && ok && errors);
    EXPECT_TRUE(ok->isEnabled());

    QTest::keyClicks(cidrs, u"10.96.0.0/12"_s);
    QTest::keyClick(cidrs, Qt::Key_Return);
    QTest::keyClicks(cidrs, u"10.96.0.0/33"_s);
    EXPECT_FALSE(ok->isEnabled());
    ASSERT_EQ(dialog.errors().size(), 1);
    EXPECT_TRUE(dialog.errors().front().contains(u"10.96.0.0/33"_s));
    EXPECT_TRUE(errors->text().contains(u"10.96.0.0/33"_s)) << errors->text().toStdString();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);

    cidrs->setPlainText(u" 10.96.0.0/12 \n\nfd00:10:96::/112\n"_s);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(dialog.errors().isEmpty());
    const Environment e = dialog.applyTo({});
    EXPECT_EQ(e.cluster.serviceCidrs, (QStringList{u"10.96.0.0/12"_s, u"fd00:10:96::/112"_s}));
}

TEST_F(DesignerDocksTest, ClusterDialogNodePortRange)
{
    ClusterSettingsDialog dialog;
    Environment known;
    known.cluster.nodePortMin = 20000;
    known.cluster.nodePortMax = 22767;
    dialog.setEnvironment(known);
    auto *range = dialog.findChild<QGroupBox *>(u"nodePortRange"_s);
    auto *min = dialog.findChild<QSpinBox *>(u"nodePortMin"_s);
    ASSERT_TRUE(range && min);
    EXPECT_TRUE(range->isChecked());
    EXPECT_EQ(dialog.applyTo({}).cluster.nodePortMax, 22767);

    min->setValue(30000); // past the end of the range
    EXPECT_EQ(dialog.errors().size(), 1);
    range->setChecked(false); // unknown: nothing to check
    EXPECT_TRUE(dialog.errors().isEmpty());
    EXPECT_FALSE(dialog.applyTo(known).cluster.knowsNodePortRange());
}

// --- FindingsDock --------------------------------------------------------------------------

class FindingsDockTest : public DesignerDocksTest
{
protected:
    void SetUp() override
    {
        DesignerDocksTest::SetUp();
        m_registry = builtInProviders();
        m_document = documentFrom(findingsSample());
        m_scheduler = std::make_unique<ValidationScheduler>(m_document.get(),
                                                            withProvider(m_registry, u"aws"_s));
        m_scheduler->validateNow();
        m_model = std::make_unique<FindingsModel>();
        m_model->setScheduler(m_scheduler.get());
        m_dock = std::make_unique<FindingsDock>(m_model.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_dock->filterModel());
        m_dock->resize(700, 300);
        m_dock->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dock.get()));
        m_view = m_dock->findChild<QTreeView *>(u"findingsView"_s);
        ASSERT_TRUE(m_view);
    }

    // The visible row of the finding with this code, or -1.
    int rowOf(const QString &code) const
    {
        const QAbstractItemModel *model = m_view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(FindingsModel::CodeRole).toString() == code)
                return row;
        }
        return -1;
    }

    QStringList visibleSeverities() const
    {
        QStringList out;
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            const auto severity = Severity(
                m_view->model()->index(row, 0).data(FindingsModel::SeverityRole).toInt());
            out << severityName(severity);
        }
        return out;
    }

    ProviderRegistry m_registry;
    std::unique_ptr<ManifestDocument> m_document;
    std::unique_ptr<ValidationScheduler> m_scheduler;
    std::unique_ptr<FindingsModel> m_model;
    std::unique_ptr<FindingsDock> m_dock;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTreeView *m_view = nullptr;
};

TEST_F(FindingsDockTest, FiltersBySeverityAndText)
{
    const FindingCounts counts = m_scheduler->counts();
    ASSERT_GT(counts.errors, 0);
    ASSERT_GT(counts.warnings, 0);
    ASSERT_GT(counts.infos, 0);
    EXPECT_EQ(m_view->model()->rowCount(), counts.total());
    auto *errors = m_dock->findChild<QToolButton *>(u"errorsToggle"_s);
    ASSERT_TRUE(errors);
    EXPECT_EQ(errors->text(), QString::number(counts.errors));
    EXPECT_TRUE(
        errors->toolTip().contains(FindingCountsLabel::countText(Severity::Error, counts.errors)));

    errors->click();
    EXPECT_EQ(m_view->model()->rowCount(), counts.warnings + counts.infos);
    EXPECT_FALSE(visibleSeverities().contains(u"error"_s))
        << visibleSeverities().join(u' ').toStdString();
    m_dock->findChild<QToolButton *>(u"infosToggle"_s)->click();
    EXPECT_EQ(m_view->model()->rowCount(), counts.warnings);
    errors->click();
    EXPECT_EQ(m_view->model()->rowCount(), counts.errors + counts.warnings);

    // The text filter looks at every column, and at the code.
    QTest::keyClicks(m_dock->findChild<QLineEdit *>(u"findingsFilter"_s), u"NODEPORT"_s);
    ASSERT_GE(m_view->model()->rowCount(), 1);
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const QModelIndex index = m_view->model()->index(row, FindingsModel::PathColumn);
        EXPECT_TRUE(index.data().toString().contains(u"nodePort"_s)
                    || index.data(FindingsModel::CodeRole).toString().contains(u"nodeport"_s))
            << index.data().toString().toStdString();
    }
}

TEST_F(FindingsDockTest, ClickOrEnterActivatesAFinding)
{
    QSignalSpy spy(m_dock.get(), &FindingsDock::findingActivated);
    const int row = rowOf(u"port-name-required"_s);
    ASSERT_GE(row, 0);
    const QModelIndex index = m_view->model()->index(row, FindingsModel::MessageColumn);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->visualRect(index).center());
    ASSERT_EQ(spy.size(), 1);
    const ServiceRef b = m_document->manifest().services().at(1);
    EXPECT_EQ(spy.at(0).at(0).value<ServiceRef>(), b);
    EXPECT_EQ(spy.at(0).at(1).value<FieldPath>(), FieldPath(u"spec.ports[1].name"_s));

    m_view->setCurrentIndex(m_view->model()->index(rowOf(u"provider-app-protocol-not-read"_s), 0));
    QTest::keyClick(m_view, Qt::Key_Return);
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(spy.at(1).at(0).value<ServiceRef>(), m_document->manifest().services().at(3));
    EXPECT_EQ(spy.at(1).at(1).value<FieldPath>(), FieldPath(u"spec.ports[0].appProtocol"_s));
}

TEST_F(FindingsDockTest, FixActionFollowsTheSelectedFinding)
{
    auto *fix = m_dock->findChild<QAction *>(u"applyFixAction"_s);
    ASSERT_TRUE(fix);
    EXPECT_FALSE(fix->isEnabled()); // nothing selected
    QSignalSpy spy(m_dock.get(), &FindingsDock::fixRequested);

    int withoutFix = -1;
    for (int row = 0; row < m_view->model()->rowCount() && withoutFix < 0; ++row) {
        if (!m_view->model()->index(row, 0).data(FindingsModel::HasFixRole).toBool())
            withoutFix = row;
    }
    ASSERT_GE(withoutFix, 0);
    m_view->setCurrentIndex(m_view->model()->index(withoutFix, 0));
    EXPECT_FALSE(fix->isEnabled());
    fix->trigger();
    EXPECT_TRUE(spy.isEmpty());

    const int withFix = rowOf(u"port-name-required"_s);
    m_view->setCurrentIndex(m_view->model()->index(withFix, 0));
    ASSERT_TRUE(fix->isEnabled());
    const Finding *finding = m_model->findingAt(m_dock->currentSourceRow());
    ASSERT_TRUE(finding && finding->fix);
    EXPECT_TRUE(fix->text().contains(finding->fix->label)) << fix->text().toStdString();
    fix->trigger();
    ASSERT_EQ(spy.size(), 1);
    EXPECT_EQ(m_model->findingAt(spy.at(0).at(0).toInt())->code, u"port-name-required"_s);

    // Sorted the other way round, the signal still names the model's row.
    m_view->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_view->setCurrentIndex(m_view->model()->index(rowOf(u"port-name-required"_s), 0));
    fix->trigger();
    ASSERT_EQ(spy.size(), 2);
    EXPECT_EQ(m_model->findingAt(spy.at(1).at(0).toInt())->code, u"port-name-required"_s);
}

TEST_F(FindingsDockTest, RowsShowSeverityIconAndSourceInTooltip)
{
    const QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, FindingsModel::SeverityColumn);
        EXPECT_FALSE(index.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    const int row = rowOf(u"provider-app-protocol-not-read"_s);
    ASSERT_GE(row, 0);
    const Finding *finding = m_model->findingAt(
        m_dock->filterModel()->mapToSource(model->index(row, 0)).row());
    ASSERT_TRUE(finding && finding->provenance);
    const QString tip
        = model->index(row, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(provenanceText(*finding->provenance).toHtmlEscaped()))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(finding->message.toHtmlEscaped())) << tip.toStdString();
}

TEST_F(FindingsDockTest, TheMessageGetsTheWidthAndThePathItsTooltip)
{
    QHeaderView *header = m_view->header();
    EXPECT_EQ(header->sectionResizeMode(FindingsModel::MessageColumn), QHeaderView::Stretch);
    EXPECT_GT(header->sectionSize(FindingsModel::MessageColumn),
              header->sectionSize(FindingsModel::PathColumn));
    ASSERT_GT(m_view->model()->rowCount(), 0);
    const QModelIndex path = m_view->model()->index(0, FindingsModel::PathColumn);
    EXPECT_EQ(path.data(Qt::ToolTipRole).toString(), path.data(Qt::DisplayRole).toString());
}

// The severity and line columns fit their widest possible text (so nothing is cut), without
// measuring the rows after each change of the findings.
TEST_F(FindingsDockTest, SeverityAndLineColumnsFitTheirWidestText)
{
    QHeaderView *header = m_view->header();
    EXPECT_NE(header->sectionResizeMode(FindingsModel::SeverityColumn),
              QHeaderView::ResizeToContents);
    EXPECT_NE(header->sectionResizeMode(FindingsModel::LineColumn), QHeaderView::ResizeToContents);
    const QFontMetrics metrics = m_view->fontMetrics();
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        const QString text = FindingsModel::severityText(s);
        EXPECT_GT(header->sectionSize(FindingsModel::SeverityColumn),
                  metrics.horizontalAdvance(text) + m_view->iconSize().width())
            << text.toStdString();
    }
    EXPECT_GT(header->sectionSize(FindingsModel::LineColumn), metrics.horizontalAdvance(u"99999"_s));
    // What fitting the contents would give for the rows shown (through the base class, where
    // the function is public).
    const QAbstractItemView *view = m_view;
    ASSERT_GT(m_view->model()->rowCount(), 0);
    for (int column : {int(FindingsModel::SeverityColumn), int(FindingsModel::LineColumn)})
        EXPECT_LE(view->sizeHintForColumn(column), header->sectionSize(column)) << column;
}

// --- YamlPreviewDock -----------------------------------------------------------------------

const QByteArray kTwoPorts = "apiVersion: v1\nkind: Service\n"
                             "metadata:\n  name: web\n"
                             "  annotations: {example.com/a.b: x, other: y}\n"
                             "spec:\n  selector: {app: web, tier: front}\n  ports:\n"
                             "  - {name: http, port: 80, targetPort: 8080}\n"
                             "  - {name: https, port: 443, targetPort: 8443}\n";

Service serviceFrom(const QByteArray &bytes)
{
    ReadResult read = readManifest(bytes);
    EXPECT_FALSE(read.error.has_value());
    return read.manifest.service(read.manifest.services().at(0));
}

// The marked lines of the preview, trimmed.
QStringList markedLines(const YamlView *view)
{
    QStringList out;
    for (int line = view->markedFirstLine(); line > 0 && line <= view->markedLastLine(); ++line)
        out << view->document()->findBlockByNumber(line - 1).text().trimmed();
    return out;
}

TEST_F(DesignerDocksTest, YamlPreviewHighlightsAField)
{
    YamlPreviewDock dock;
    dock.setService(serviceFrom(kTwoPorts));
    const YamlView *view = dock.yamlView();
    EXPECT_TRUE(view->yaml().contains(u"- name: https"_s)) << view->yaml().toStdString();

    dock.highlightPath(u"spec.ports[1].port"_s);
    EXPECT_EQ(markedLines(view), QStringList{u"port: 443"_s});
    EXPECT_EQ(dock.highlightedPath(), u"spec.ports[1].port"_s);
    EXPECT_EQ(view->textCursor().blockNumber() + 1, view->markedFirstLine());

    // A field that is not there: its nearest parent, the whole second port.
    dock.highlightPath(u"spec.ports[1].appProtocol"_s);
    EXPECT_EQ(dock.highlightedPath(), u"spec.ports[1]"_s);
    EXPECT_EQ(markedLines(view),
              (QStringList{u"- name: https"_s, u"port: 443"_s, u"targetPort: 8443"_s}));

    dock.highlightPath(u"metadata.annotations[example.com/a.b]"_s);
    EXPECT_EQ(markedLines(view), QStringList{u"example.com/a.b: x"_s});
    dock.highlightPath(u"spec.selector"_s);
    EXPECT_EQ(markedLines(view), (QStringList{u"selector:"_s, u"app: web"_s, u"tier: front"_s}));
    dock.highlightPath(u"spec.ports[7].name"_s);
    EXPECT_EQ(dock.highlightedPath(), u"spec.ports"_s);

    dock.highlightPath(QString());
    EXPECT_EQ(view->markedFirstLine(), 0);
    dock.clear();
    EXPECT_TRUE(view->yaml().isEmpty());
}

TEST_F(DesignerDocksTest, YamlPreviewKeepsScrollAndMarkAcrossChanges)
{
    QByteArray many = "apiVersion: v1\nkind: Service\nmetadata: {name: many}\nspec:\n  ports:\n";
    for (int i = 0; i < 60; ++i)
        many += "  - {name: p" + QByteArray::number(i) + ", port: " + QByteArray::number(1000 + i)
                + "}\n";
    YamlPreviewDock dock;
    dock.resize(400, 300);
    dock.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dock));
    Service service = serviceFrom(many);
    dock.setService(service);
    dock.highlightPath(u"spec.ports[40].port"_s);
    QScrollBar *scroll = dock.yamlView()->verticalScrollBar();
    const int top = scroll->value();
    ASSERT_GT(top, 0);

    // An edit above the field: the view stays where it was; the mark moves with the field.
    StringMap labels;
    labels.set(u"app"_s, u"many"_s);
    service.metadata.value().labels.set(labels);
    dock.setService(service);
    EXPECT_EQ(scroll->value(), top);
    EXPECT_EQ(markedLines(dock.yamlView()), QStringList{u"port: 1040"_s});
}

// --- FindingCountsLabel --------------------------------------------------------------------

TEST_F(DesignerDocksTest, CountsLabelShowsCountsAndProvider)
{
    const ProviderRegistry registry = builtInProviders();
    const auto document = documentFrom(findingsSample());
    ValidationScheduler scheduler(document.get(), withProvider(registry, u"aws"_s));
    FindingCountsLabel label;
    label.setScheduler(&scheduler);
    scheduler.validateNow();
    const FindingCounts counts = scheduler.counts();
    ASSERT_GT(counts.total(), 0);
    for (const auto &[severity, n] : {std::pair{Severity::Error, counts.errors},
                                      std::pair{Severity::Warning, counts.warnings},
                                      std::pair{Severity::Info, counts.infos}}) {
        EXPECT_TRUE(label.text().contains(FindingCountsLabel::countText(severity, n)))
            << label.text().toStdString();
        EXPECT_TRUE(FindingCountsLabel::countText(severity, n).contains(QString::number(n)));
    }
    EXPECT_TRUE(label.text().contains(registry.find(u"aws"_s)->name.text()))
        << label.text().toStdString();

    // A new provider is shown once its pass is done.
    scheduler.setEnvironment(withProvider(registry, u"gke"_s));
    scheduler.validateNow();
    EXPECT_TRUE(label.text().contains(registry.find(u"gke"_s)->name.text()))
        << label.text().toStdString();

    label.setScheduler(nullptr);
    EXPECT_TRUE(label.text().isEmpty());
}

} // namespace
} // namespace sd
