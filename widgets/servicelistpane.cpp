// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/servicelistpane.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

#include "model/document/manifestdocument.h"
#include "model/itemmodels/servicelistmodel.h"
#include "widgets/servicelistdelegate.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Every row has the height of the first (uniformItemSizes), so a row's new data moves no other
// row: repaint it. QListView's list mode lays out every row again on any dataChanged, a pass over
// all rows of the file per edit.
class UniformListView final : public QListView
{
public:
    using QListView::QListView;

protected:
    void dataChanged(const QModelIndex &topLeft,
                     const QModelIndex &bottomRight,
                     const QList<int> &roles) override
    {
        QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    }
};

} // namespace

ServiceListPane::ServiceListPane(ServiceListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_list(new UniformListView(this))
    , m_hint(new QLabel(this))
{
    // Where a file has no Service yet: what to do next.
    m_hint->setObjectName(u"serviceListHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(10, 8, 10, 8);
    m_hint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setContextMenuPolicy(Qt::NoContextMenu); // the list's menu, below it, is the one
    m_heading->setContentsMargins(10, 8, 10, 8);
    m_heading->setTextFormat(Qt::RichText);
    m_list->setObjectName(u"serviceList"_s);
    m_list->setModel(model);
    m_list->setItemDelegate(new ServiceListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(m_list);
    const auto updateHint = [this] {
        m_hint->setVisible(m_model->document() && m_model->rowCount() == 0);
    };
    connect(model, &QAbstractItemModel::modelReset, this, updateHint);
    connect(model, &QAbstractItemModel::rowsInserted, this, updateHint);
    connect(model, &QAbstractItemModel::rowsRemoved, this, updateHint);
    updateHint();

    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ServiceListPane::currentChanged);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_rowBeforeReset = m_list->currentIndex().row();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // The selection model forgets the current row on a reset, without a signal.
        selectRow(std::clamp(m_rowBeforeReset, 0, std::max(0, m_model->rowCount() - 1)));
        Q_EMIT currentChanged();
    });
    retranslateUi();
}

ServiceListPane::~ServiceListPane() = default;

QModelIndex ServiceListPane::currentIndex() const
{
    return m_list->currentIndex();
}

void ServiceListPane::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(row));
}

void ServiceListPane::followDocument(ManifestDocument *document)
{
    if (!document)
        return;
    connect(document, &ManifestDocument::documentsAboutToChange, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        m_selectedBeforeMove = m_model->serviceAt(current.row());
        m_documentBeforeMove = current.isValid()
                                   ? current.data(ServiceListModel::DocumentIndexRole).toInt()
                                   : -1;
    });
    connect(document,
            &ManifestDocument::documentsChanged,
            this,
            [this](const QList<int> &newIndexOf) {
                const ServiceRef selected = ManifestDocument::remapped(m_selectedBeforeMove,
                                                                       newIndexOf);
                int row = selected.isValid() ? m_model->rowOf(selected) : -1;
                // A document that could not be read (and was fixed, or still is not).
                const int doc = m_documentBeforeMove;
                if (row < 0 && doc >= 0 && doc < newIndexOf.size() && newIndexOf[doc] >= 0)
                    row = m_model->firstRowOf(newIndexOf[doc]);
                selectRow(std::max(row, 0));
                Q_EMIT currentChanged();
            });
}

void ServiceListPane::retranslateUi()
{
    m_heading->setText(u"<b>%1</b>"_s.arg(tr("Services").toHtmlEscaped()));
    m_hint->setText(tr("This file has no Service yet. Add one with Service › Add Blank Service "
                       "(Ctrl+Shift+N) or Add from Template, or right-click below."));
}

void ServiceListPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace sd
