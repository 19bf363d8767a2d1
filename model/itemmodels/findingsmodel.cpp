// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/findingsmodel.h"

#include <algorithm>

#include "model/document/manifestdocument.h"
#include "model/document/validationscheduler.h"
#include "model/validation/validator.h"

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
    m_firstRowsValid = false;
    endResetModel();

    if (!scheduler)
        return;
    // The findings (and so their addresses) are replaced by these.
    m_connections << connect(scheduler, &ValidationScheduler::servicesReset, this, [this] {
        m_fixHelps.clear();
        reset();
    });
    m_connections << connect(scheduler,
                             &ValidationScheduler::findingsAboutToChange,
                             this,
                             &FindingsModel::aboutToChange);
    m_connections << connect(scheduler,
                             &ValidationScheduler::findingsReplaced,
                             this,
                             &FindingsModel::changed);
    m_connections << connect(scheduler, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_firstRows.clear();
        m_firstRowsValid = true;
        endResetModel();
    });
    if (ManifestDocument *document = scheduler->document()) {
        m_connections << connect(document,
                                 &ManifestDocument::serviceChanged,
                                 this,
                                 &FindingsModel::onServiceChanged);
    }
}

void FindingsModel::reset()
{
    beginResetModel();
    m_firstRowsValid = false;
    endResetModel();
}

const std::vector<ServiceFindings> &FindingsModel::entries() const
{
    static const std::vector<ServiceFindings> none;
    return m_scheduler ? m_scheduler->allFindings() : none;
}

const std::vector<int> &FindingsModel::firstRows() const
{
    if (!m_firstRowsValid) {
        const std::vector<ServiceFindings> &all = entries();
        m_firstRows.resize(all.size() + 1);
        int row = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            m_firstRows[i] = row;
            row += int(all[i].findings.size());
        }
        m_firstRows[all.size()] = row;
        m_firstRowsValid = true;
    }
    return m_firstRows;
}

// Rows present before and after change in place; the difference is inserted or removed at the
// end of the range's rows. The scheduler still has the old findings here.
void FindingsModel::aboutToChange(int first, int last, int newCount)
{
    m_fixHelps.clear();
    const std::vector<int> &rows = firstRows();
    const int firstRow = rows[size_t(first)];
    m_oldCount = rows[size_t(last) + 1] - firstRow;
    if (newCount < m_oldCount)
        beginRemoveRows({}, firstRow + newCount, firstRow + m_oldCount - 1);
    else if (newCount > m_oldCount)
        beginInsertRows({}, firstRow + m_oldCount, firstRow + newCount - 1);
}

void FindingsModel::changed(int first, int last)
{
    const int firstRow = firstRows()[size_t(first)]; // the rows before `first` did not move
    m_firstRowsValid = false;
    const int newCount = firstRows()[size_t(last) + 1] - firstRow;
    if (newCount < m_oldCount)
        endRemoveRows();
    else if (newCount > m_oldCount)
        endInsertRows();
    const int common = std::min(m_oldCount, newCount);
    if (common > 0)
        Q_EMIT dataChanged(index(firstRow, 0), index(firstRow + common - 1, ColumnCount - 1));
}

// A rename changes the Service column even when the findings stay the same.
void FindingsModel::onServiceChanged(const ServiceChange &change)
{
    static const FieldPath name(QStringLiteral("metadata.name"));
    if (!change.concerns(name))
        return;
    const int entry = m_scheduler ? m_scheduler->indexOf(change.service) : -1;
    if (entry < 0 || entries()[size_t(entry)].findings.empty())
        return;
    const int first = firstRows()[size_t(entry)];
    const int last = firstRows()[size_t(entry) + 1] - 1;
    Q_EMIT dataChanged(index(first, ServiceColumn), index(last, ServiceColumn));
}

// The last entry starting at or before `row`; empty entries share their first row with the
// next, so the last one of equal starts is the one that holds the row.
int FindingsModel::entryOfRow(int row) const
{
    const std::vector<int> &rows = firstRows();
    const auto it = std::upper_bound(rows.begin(), rows.end() - 1, row);
    return int(it - rows.begin()) - 1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scheduler ? 0 : firstRows().back();
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Finding *FindingsModel::findingAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int entry = entryOfRow(row);
    return &entries()[size_t(entry)].findings[size_t(row - firstRows()[size_t(entry)])];
}

ServiceRef FindingsModel::serviceAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return entries()[size_t(entryOfRow(row))].ref;
}

int FindingsModel::firstRowOf(ServiceRef ref) const
{
    const int entry = m_scheduler ? m_scheduler->indexOf(ref) : -1;
    if (entry < 0 || entries()[size_t(entry)].findings.empty())
        return -1;
    return firstRows()[size_t(entry)];
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

bool FindingsModel::offersFix(ServiceRef ref, const Finding &finding) const
{
    if (!finding.fix || !m_scheduler || !m_scheduler->document())
        return false;
    const auto known = m_fixHelps.constFind(&finding);
    if (known != m_fixHelps.constEnd())
        return *known;
    const Service *service = m_scheduler->document()->serviceAt(ref);
    const bool helps = service && fixHelps(*service, *finding.fix, m_scheduler->environment());
    m_fixHelps.insert(&finding, helps);
    return helps;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int entry = entryOfRow(index.row());
    const ServiceFindings &g = entries()[size_t(entry)];
    const Finding &f = g.findings[size_t(index.row() - firstRows()[size_t(entry)])];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            return severityText(f.severity);
        case ServiceColumn:
            return serviceName(g.ref);
        case PathColumn:
            return f.path.toString();
        case MessageColumn:
            return f.message;
        case LineColumn:
            return f.pos.line > 0 ? QVariant(f.pos.line) : QVariant(QString());
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PathColumn)
            return f.path.toString();
        return offersFix(g.ref, f) ? QString(f.message + u'\n' + tr("Fix: %1").arg(f.fix->label))
                                   : f.message;
    case SeverityRole:
        return int(f.severity);
    case CodeRole:
        return f.code;
    case PathRole:
        return QVariant::fromValue(f.path);
    case ServiceRefRole:
        return QVariant::fromValue(g.ref);
    case LineRole:
        return f.pos.line;
    case ColumnRole:
        return f.pos.column;
    case HasFixRole:
        return offersFix(g.ref, f);
    case FixLabelRole:
        return offersFix(g.ref, f) ? f.fix->label : QString();
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
