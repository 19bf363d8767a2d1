// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/findingsdock.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "model/document/validationscheduler.h"
#include "model/itemmodels/findingsmodel.h"
#include "widgets/fieldmarkers.h"
#include "widgets/findingcounts.h"
#include "widgets/findingsfiltermodel.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr std::array kSeverities{Severity::Error, Severity::Warning, Severity::Info};

QString toggleName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"errorsToggle"_s;
    case Severity::Warning:
        return u"warningsToggle"_s;
    case Severity::Info:
        return u"infosToggle"_s;
    }
    return {};
}

} // namespace

FindingsDock::FindingsDock(FindingsModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_model(model)
    , m_filter(new FindingsFilterModel(this))
    , m_text(new QLineEdit(this))
    , m_fixAction(new QAction(this))
    , m_fixButton(new QToolButton(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"findingsDock"_s); // for QMainWindow::saveState
    m_filter->setSourceModel(model);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 4);
    bar->setSpacing(2);
    for (const Severity severity : kSeverities) {
        auto *toggle = new QToolButton(this);
        toggle->setObjectName(toggleName(severity));
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setAutoRaise(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setIcon(severityIcon(severity));
        connect(toggle, &QToolButton::toggled, this, [this, severity](bool on) {
            m_filter->setSeverityVisible(severity, on);
        });
        m_toggles[size_t(severity)] = toggle;
        bar->addWidget(toggle);
    }
    bar->addSpacing(6);
    m_text->setObjectName(u"findingsFilter"_s);
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 16);
    connect(m_text, &QLineEdit::textChanged, m_filter, &FindingsFilterModel::setText);
    bar->addWidget(m_text, 1);
    m_fixAction->setObjectName(u"applyFixAction"_s);
    connect(m_fixAction, &QAction::triggered, this, [this] {
        if (const int row = currentSourceRow(); row >= 0)
            Q_EMIT fixRequested(row);
    });
    m_fixButton->setDefaultAction(m_fixAction);
    m_fixButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(m_fixButton);

    m_view->setObjectName(u"findingsView"_s);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    // In the validator's order until the user sorts by a column.
    m_view->header()->setSortIndicatorClearable(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    // The message right after the Service, with the width the others leave: it is what must
    // show. The path is shortened where it does not fit; its tooltip has it whole.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->moveSection(header->visualIndex(FindingsModel::MessageColumn),
                        header->visualIndex(FindingsModel::PathColumn));
    // The severity and line columns are as wide as their widest text can be (fitColumns()), not
    // measured from the rows: a header that fits its contents measures every visible row after
    // each change of the findings.
    header->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(FindingsModel::ServiceColumn, 90);
    header->resizeSection(FindingsModel::PathColumn, 200);
    m_view->setTextElideMode(Qt::ElideMiddle);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_view, &QAbstractItemView::activated, this, &FindingsDock::activate);
    // Styles that activate on a single click send both signals for one click.
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (!m_view->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick,
                                        nullptr,
                                        m_view))
            activate(index);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &FindingsDock::showContextMenu);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &FindingsDock::updateFixAction);
    // The finding under the cursor may have changed (or gone) without the cursor moving.
    const auto refreshFix = [this] { updateFixAction(); };
    connect(m_filter, &QAbstractItemModel::modelReset, this, refreshFix);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, refreshFix);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, refreshFix);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, refreshFix);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, refreshFix);
    // The counts follow the scheduler, which the model may swap (with a reset).
    connect(model, &QAbstractItemModel::modelReset, this, &FindingsDock::watchScheduler);

    watchScheduler();
    retranslateUi();
}

FindingsDock::~FindingsDock() = default;

void FindingsDock::fitColumns()
{
    QHeaderView *header = m_view->header();
    const QFontMetrics metrics = m_view->fontMetrics();
    const QStyle *style = m_view->style();
    // A cell's text, its margins and, for the severity, its icon.
    const int margins = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1)
                        + 8;
    const int icon = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + 4;
    int severity = 0;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        severity = std::max(severity, metrics.horizontalAdvance(FindingsModel::severityText(s)));
    const QFontMetrics headerMetrics = header->fontMetrics();
    const int headerMargins = 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header)
                              + style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const auto fit = [&](int column, int content) {
        const QString title = m_view->model()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
                              std::max(content + margins,
                                       headerMetrics.horizontalAdvance(title) + headerMargins));
    };
    fit(FindingsModel::SeverityColumn, severity + icon);
    fit(FindingsModel::LineColumn, metrics.horizontalAdvance(u"999999"_s));
}

void FindingsDock::retranslateUi()
{
    setWindowTitle(tr("Findings"));
    fitColumns();
    m_text->setPlaceholderText(tr("Filter findings"));
    updateCounts();
    updateFixAction();
}

void FindingsDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumns();
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The findings' messages are written in the language of their pass: say them again.
        if (ValidationScheduler *scheduler = m_model->scheduler()) {
            scheduler->setEnvironment(scheduler->environment());
            scheduler->validateNow();
        }
    }
}

void FindingsDock::watchScheduler()
{
    if (m_scheduler == m_model->scheduler())
        return;
    disconnect(m_countsConnection);
    m_scheduler = m_model->scheduler();
    if (m_scheduler) {
        m_countsConnection = connect(m_scheduler,
                                     &ValidationScheduler::countsChanged,
                                     this,
                                     &FindingsDock::updateCounts);
    }
    updateCounts();
}

void FindingsDock::updateCounts()
{
    const FindingCounts counts = m_scheduler ? m_scheduler->counts() : FindingCounts{};
    for (const Severity severity : kSeverities) {
        const int n = severity == Severity::Error     ? counts.errors
                      : severity == Severity::Warning ? counts.warnings
                                                      : counts.infos;
        // Icon and number only, so that the filter keeps its room in a narrow dock.
        QToolButton *toggle = m_toggles[size_t(severity)];
        toggle->setText(QString::number(n));
        toggle->setToolTip(
            tr("%1 (click to show or hide them)").arg(FindingCountsLabel::countText(severity, n)));
        toggle->setAccessibleName(FindingCountsLabel::countText(severity, n));
    }
}

int FindingsDock::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void FindingsDock::updateFixAction()
{
    const Finding *finding = m_model->findingAt(currentSourceRow());
    const bool hasFix = finding && finding->fix;
    m_fixAction->setEnabled(hasFix);
    m_fixAction->setText(hasFix ? tr("Apply fix: %1").arg(finding->fix->label) : tr("Apply Fix"));
    m_fixAction->setIconText(tr("Apply Fix"));
}

void FindingsDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT findingActivated(index.data(FindingsModel::ServiceRefRole).value<ServiceRef>(),
                            index.data(FindingsModel::PathRole).value<FieldPath>());
}

void FindingsDock::showContextMenu(const QPoint &pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_fixAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace sd
