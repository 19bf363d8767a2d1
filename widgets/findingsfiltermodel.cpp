// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/findingsfiltermodel.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>

#include "model/itemmodels/findingsmodel.h"
#include "widgets/fieldmarkers.h"
#include "widgets/provenancetext.h"

namespace sd {

namespace {

Severity severityOf(const QModelIndex &index)
{
    return Severity(index.data(FindingsModel::SeverityRole).toInt());
}

} // namespace

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Findings arrive while the user types: keep the order and the filter up to date.
    setDynamicSortFilter(true);
}

FindingsFilterModel::~FindingsFilterModel() = default;

const FindingsModel *FindingsFilterModel::findings() const
{
    return qobject_cast<const FindingsModel *>(sourceModel());
}

void FindingsFilterModel::setSeverityVisible(Severity severity, bool visible)
{
    if (m_visible[size_t(severity)] == visible)
        return;
    m_visible[size_t(severity)] = visible;
    invalidateRowsFilter();
}

bool FindingsFilterModel::isSeverityVisible(Severity severity) const
{
    return m_visible[size_t(severity)];
}

void FindingsFilterModel::setText(const QString &text)
{
    const QString needle = text.toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    // One layout change rather than a removal or insertion for each run of rows: a view takes
    // it in one go.
    invalidate();
}

void FindingsFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    m_cacheValid = false;
    if (model) {
        // Connected before the base class's own connections: the cache is stale before the
        // proxy maps anything anew.
        const auto stale = [this] { m_cacheValid = false; };
        m_sourceConnections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, stale);
        m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this, stale);
        m_sourceConnections << connect(model, &QAbstractItemModel::rowsRemoved, this, stale);
        m_sourceConnections << connect(model, &QAbstractItemModel::rowsMoved, this, stale);
        m_sourceConnections << connect(model, &QAbstractItemModel::dataChanged, this, stale);
        m_sourceConnections << connect(model, &QAbstractItemModel::layoutChanged, this, stale);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void FindingsFilterModel::ensureCache() const
{
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    if (m_cacheValid && int(m_haystacks.size()) == rows)
        return;
    m_haystacks.assign(size_t(rows), QString());
    m_severities.assign(size_t(rows), Severity::Info);
    const int columns = source ? source->columnCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex first = source->index(row, 0);
        QString text = first.data(FindingsModel::CodeRole).toString();
        for (int column = 0; column < columns; ++column)
            text += u'\x1f' + source->index(row, column).data().toString();
        m_haystacks[size_t(row)] = text.toLower();
        m_severities[size_t(row)] = severityOf(first);
    }
    m_cacheValid = true;
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_needle.isEmpty()) // no text to look for: no need of the texts
        return m_visible[size_t(severityOf(sourceModel()->index(sourceRow, 0)))];
    ensureCache();
    if (sourceRow < 0 || size_t(sourceRow) >= m_haystacks.size())
        return false;
    if (!m_visible[size_t(m_severities[size_t(sourceRow)])])
        return false;
    return m_needle.isEmpty() || m_haystacks[size_t(sourceRow)].contains(m_needle);
}

bool FindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case FindingsModel::SeverityColumn: {
        // Errors first when sorted ascending, as the enum has them.
        const bool cached = m_cacheValid;
        const auto severity = [this, cached](const QModelIndex &i) {
            return cached && size_t(i.row()) < m_severities.size() ? m_severities[size_t(i.row())]
                                                                   : severityOf(i);
        };
        if (severity(left) != severity(right))
            return int(severity(left)) < int(severity(right));
        break;
    }
    case FindingsModel::LineColumn: {
        const int a = left.data(FindingsModel::LineRole).toInt();
        const int b = right.data(FindingsModel::LineRole).toInt();
        if (a != b)
            return a < b;
        break;
    }
    default:
        if (const int c = QString::localeAwareCompare(left.data().toString(),
                                                      right.data().toString());
            c != 0)
            return c < 0;
        break;
    }
    // Equal keys keep the validator's order.
    return left.row() < right.row();
}

QVariant FindingsFilterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool severityColumn = index.column() == FindingsModel::SeverityColumn;
    switch (role) {
    case Qt::DecorationRole:
        if (severityColumn)
            return severityIcon(severityOf(index));
        break;
    case Qt::ForegroundRole:
        if (severityColumn)
            return severityColor(severityOf(index), QApplication::palette());
        break;
    case Qt::ToolTipRole: {
        const Finding *finding = findings() ? findings()->findingAt(mapToSource(index).row())
                                            : nullptr;
        if (!finding)
            break;
        if (index.column() == FindingsModel::PathColumn)
            return finding->path.toString(); // shortened in the view
        const QString fix = mapToSource(index).data(FindingsModel::FixLabelRole).toString();
        return toolTipWithSource({finding->message,
                                  fix.isEmpty() ? QString() : tr("Fix: %1").arg(fix)},
                                 finding->provenance.value_or(Provenance{}));
    }
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace sd
