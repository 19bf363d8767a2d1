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
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
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
    setFilterFixedString(text);
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_visible[size_t(severityOf(first))])
        return false;
    if (QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return true;
    return first.data(FindingsModel::CodeRole).toString().contains(filterRegularExpression());
}

bool FindingsFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case FindingsModel::SeverityColumn:
        // Errors first when sorted ascending, as the enum has them.
        if (severityOf(left) != severityOf(right))
            return int(severityOf(left)) < int(severityOf(right));
        break;
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
