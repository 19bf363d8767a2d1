// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/findingsmodel.h"

#include <algorithm>

#include "model/document/manifestdocument.h"
#include "model/validation/validationscheduler.h"

namespace sd {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

FindingsModel::~FindingsModel() = default;

ValidationScheduler *FindingsModel::scheduler() const
{
    return m_scheduler;
}

void FindingsModel::setScheduler(ValidationScheduler *scheduler)
{
    if (m_scheduler == scheduler)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();

    beginResetModel();
    m_scheduler = scheduler;
    rebuild();
    endResetModel();

    if (!scheduler)
        return;
    const auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    m_connections << connect(scheduler, &ValidationScheduler::servicesReset, this, reset);
    m_connections << connect(scheduler,
                             &ValidationScheduler::findingsChanged,
                             this,
                             &FindingsModel::onFindingsChanged);
    m_connections << connect(scheduler, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_groups.clear();
        m_rowCount = 0;
        endResetModel();
    });
    if (ManifestDocument *document = scheduler->document()) {
        m_connections << connect(document,
                                 &ManifestDocument::serviceChanged,
                                 this,
                                 &FindingsModel::onServiceChanged);
    }
}

void FindingsModel::rebuild()
{
    m_groups.clear();
    m_rowCount = 0;
    if (!m_scheduler)
        return;
    const std::vector<ServiceFindings> &all = m_scheduler->allFindings();
    m_groups.reserve(all.size());
    for (const ServiceFindings &entry : all) {
        m_groups.push_back(Group{entry.ref, entry.findings, m_rowCount});
        m_rowCount += int(entry.findings.size());
    }
}

void FindingsModel::onFindingsChanged(const QList<ServiceRef> &changed)
{
    if (changed.size() > kResetThreshold) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    for (const ServiceRef ref : changed) {
        const int group = groupOf(ref);
        if (group < 0) { // out of step with the scheduler: start again
            beginResetModel();
            rebuild();
            endResetModel();
            return;
        }
        updateGroup(group);
    }
}

// Rows present before and after change in place; the difference is inserted or removed at the
// end of the Service's block.
void FindingsModel::updateGroup(int group)
{
    Group &g = m_groups[size_t(group)];
    const std::vector<Finding> &fresh = m_scheduler->findings(g.ref);
    const int oldCount = int(g.findings.size());
    const int newCount = int(fresh.size());
    const int delta = newCount - oldCount;
    const auto shiftFollowing = [this, group, delta] {
        for (size_t i = size_t(group) + 1; i < m_groups.size(); ++i)
            m_groups[i].firstRow += delta;
        m_rowCount += delta;
    };
    if (delta < 0) {
        beginRemoveRows({}, g.firstRow + newCount, g.firstRow + oldCount - 1);
        g.findings = fresh;
        shiftFollowing();
        endRemoveRows();
    } else if (delta > 0) {
        beginInsertRows({}, g.firstRow + oldCount, g.firstRow + newCount - 1);
        g.findings = fresh;
        shiftFollowing();
        endInsertRows();
    } else {
        g.findings = fresh;
    }
    const int common = std::min(oldCount, newCount);
    if (common > 0)
        Q_EMIT dataChanged(index(g.firstRow, 0), index(g.firstRow + common - 1, ColumnCount - 1));
}

// A rename changes the Service column even when the findings stay the same.
void FindingsModel::onServiceChanged(ServiceRef ref)
{
    const int group = groupOf(ref);
    if (group < 0 || m_groups[size_t(group)].findings.empty())
        return;
    const Group &g = m_groups[size_t(group)];
    const int last = g.firstRow + int(g.findings.size()) - 1;
    Q_EMIT dataChanged(index(g.firstRow, ServiceColumn), index(last, ServiceColumn));
}

int FindingsModel::groupOf(ServiceRef ref) const
{
    if (!m_scheduler)
        return -1;
    const int group = m_scheduler->indexOf(ref);
    if (group < 0 || group >= int(m_groups.size()) || !(m_groups[size_t(group)].ref == ref))
        return -1;
    return group;
}

// The last group starting at or before `row`; empty groups share their firstRow with the next
// group, so the last one of equal starts is the one that holds the row.
int FindingsModel::groupOfRow(int row) const
{
    const auto it = std::upper_bound(m_groups.begin(),
                                     m_groups.end(),
                                     row,
                                     [](int r, const Group &g) { return r < g.firstRow; });
    return int(it - m_groups.begin()) - 1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Finding *FindingsModel::findingAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const Group &g = m_groups[size_t(groupOfRow(row))];
    return &g.findings[size_t(row - g.firstRow)];
}

ServiceRef FindingsModel::serviceAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    return m_groups[size_t(groupOfRow(row))].ref;
}

int FindingsModel::firstRowOf(ServiceRef ref) const
{
    const int group = groupOf(ref);
    if (group < 0 || m_groups[size_t(group)].findings.empty())
        return -1;
    return m_groups[size_t(group)].firstRow;
}

QString FindingsModel::serviceName(ServiceRef ref) const
{
    const ManifestDocument *document = m_scheduler ? m_scheduler->document() : nullptr;
    if (!document)
        return {};
    const QString name = document->manifest().service(ref).name();
    return name.isEmpty() ? tr("(unnamed)") : name;
}

QString FindingsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        return tr("Info");
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &g = m_groups[size_t(groupOfRow(index.row()))];
    const Finding &f = g.findings[size_t(index.row() - g.firstRow)];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            return severityText(f.severity);
        case ServiceColumn:
            return serviceName(g.ref);
        case PathColumn:
            return f.path;
        case MessageColumn:
            return f.message;
        case LineColumn:
            return f.pos.line > 0 ? QVariant(f.pos.line) : QVariant(QString());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return f.fix ? QString(f.message + u'\n' + tr("Fix: %1").arg(f.fix->label)) : f.message;
    case SeverityRole:
        return int(f.severity);
    case CodeRole:
        return f.code;
    case PathRole:
        return f.path;
    case ServiceRefRole:
        return QVariant::fromValue(g.ref);
    case LineRole:
        return f.pos.line;
    case ColumnRole:
        return f.pos.column;
    case HasFixRole:
        return f.fix.has_value();
    case FixLabelRole:
        return f.fix ? f.fix->label : QString();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case ServiceColumn:
        return tr("Service");
    case PathColumn:
        return tr("Path");
    case MessageColumn:
        return tr("Message");
    case LineColumn:
        return tr("Line");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(CodeRole, "code");
    names.insert(PathRole, "path");
    names.insert(ServiceRefRole, "serviceRef");
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(HasFixRole, "hasFix");
    names.insert(FixLabelRole, "fixLabel");
    return names;
}

} // namespace sd
