// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/servicetablemodel.h"

#include <algorithm>

#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/validationscheduler.h"

namespace sd {

ServiceTableModel::ServiceTableModel(FieldPath listPath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_listPath(std::move(listPath))
{}

ServiceTableModel::~ServiceTableModel() = default;

ManifestDocument *ServiceTableModel::document() const
{
    return m_document;
}

ValidationScheduler *ServiceTableModel::scheduler() const
{
    return m_scheduler;
}

void ServiceTableModel::setDocument(ManifestDocument *document)
{
    if (m_document == document)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_documentConnections))
        disconnect(c);
    m_documentConnections.clear();
    beginResetModel();
    m_document = document;
    m_ref = {};
    endResetModel();
    if (!document)
        return;
    m_documentConnections << connect(document,
                                     &ManifestDocument::serviceAboutToChange,
                                     this,
                                     &ServiceTableModel::aboutToChange);
    m_documentConnections << connect(document,
                                     &ManifestDocument::serviceChanged,
                                     this,
                                     &ServiceTableModel::changed);
    m_documentConnections << connect(document,
                                     &ManifestDocument::documentsAboutToChange,
                                     this,
                                     [this] { m_refBeforeMove = m_ref; });
    m_documentConnections << connect(document,
                                     &ManifestDocument::documentsChanged,
                                     this,
                                     [this](const QList<int> &newIndexOf) {
                                         // Another Service was chosen meanwhile: it stays.
                                         if (!(m_ref == m_refBeforeMove))
                                             return;
                                         const ServiceRef ref
                                             = ManifestDocument::remapped(m_ref, newIndexOf);
                                         if (ref == m_ref)
                                             return;
                                         if (!ref.isValid()) {
                                             setService({});
                                             return;
                                         }
                                         m_ref = ref; // the same Service, elsewhere
                                         findingsChanged();
                                     });
    m_documentConnections << connect(document,
                                     &ManifestDocument::manifestReset,
                                     this,
                                     &ServiceTableModel::reset);
    m_documentConnections << connect(document, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_ref = {};
        endResetModel();
    });
}

void ServiceTableModel::setService(ServiceRef ref)
{
    if (ref == m_ref)
        return;
    beginResetModel();
    m_ref = ref;
    endResetModel();
}

void ServiceTableModel::reset()
{
    beginResetModel();
    endResetModel();
}

void ServiceTableModel::setScheduler(ValidationScheduler *scheduler)
{
    if (m_scheduler == scheduler)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_schedulerConnections))
        disconnect(c);
    m_schedulerConnections.clear();
    m_scheduler = scheduler;
    if (scheduler) {
        m_schedulerConnections << connect(scheduler,
                                          &ValidationScheduler::findingsChanged,
                                          this,
                                          [this](const QList<ServiceRef> &changed) {
                                              if (changed.contains(m_ref))
                                                  findingsChanged();
                                          });
        m_schedulerConnections << connect(scheduler,
                                          &ValidationScheduler::servicesReset,
                                          this,
                                          &ServiceTableModel::findingsChanged);
        m_schedulerConnections << connect(scheduler,
                                          &QObject::destroyed,
                                          this,
                                          &ServiceTableModel::findingsChanged);
    }
    findingsChanged();
}

const Service *ServiceTableModel::currentService() const
{
    return m_document ? m_document->serviceAt(m_ref) : nullptr;
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const Service *s = currentService();
    return s ? rowsIn(*s) : 0;
}

std::vector<const Finding *> ServiceTableModel::findingsAt(const FieldPath &path, bool below) const
{
    if (!m_scheduler || !currentService())
        return {};
    return m_scheduler->findingsAt(m_ref, path, below);
}

std::vector<const Finding *> ServiceTableModel::listFindings() const
{
    return findingsAt(m_listPath, false);
}

void ServiceTableModel::push(QUndoCommand *command)
{
    m_document->undoStack()->push(command);
}

void ServiceTableModel::findingsChanged()
{
    const int rows = rowCount();
    if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rows - 1);
    }
}

void ServiceTableModel::rowsChangedIn(int first, int last)
{
    last = std::min(last, rowCount() - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void ServiceTableModel::aboutToChange(const ServiceChange &change)
{
    if (change.service != m_ref || m_resetting)
        return;
    using Kind = ServiceChange::Kind;
    if (change.path == m_listPath) {
        switch (change.kind) {
        case Kind::RowsInserted:
            beginInsertRows({}, change.first, change.first + change.count - 1);
            return;
        case Kind::RowsRemoved:
            beginRemoveRows({}, change.first, change.first + change.count - 1);
            return;
        case Kind::RowsMoved:
            beginMoveRows({}, change.first, change.first + change.count - 1, {}, change.destination);
            return;
        case Kind::Reset:
            break;
        case Kind::Value:
            return;
        }
    } else if (change.kind != Kind::Reset || !m_listPath.isAtOrBelow(change.path)) {
        return;
    }
    // The list (or what holds it) takes another shape.
    m_resetting = true;
    beginResetModel();
}

void ServiceTableModel::changed(const ServiceChange &change)
{
    if (change.service != m_ref)
        return;
    using Kind = ServiceChange::Kind;
    if (m_resetting) {
        // Every change is announced before the Service changes and after it has: the first
        // "after" ends the reset the first "before" that concerned the list began.
        m_resetting = false;
        endResetModel();
        return;
    }
    if (change.path == m_listPath) {
        switch (change.kind) {
        case Kind::RowsInserted:
            endInsertRows();
            return;
        case Kind::RowsRemoved:
            endRemoveRows();
            return;
        case Kind::RowsMoved:
            endMoveRows();
            return;
        case Kind::Reset:
            return;
        case Kind::Value:
            if (change.first >= 0)
                rowsChangedIn(change.first, change.first + change.count - 1);
            else
                rowsChangedIn(0, rowCount() - 1);
            return;
        }
    }
    if (change.path.isAtOrBelow(m_listPath)) {
        // One item: `spec.ports[2]` or a field of it.
        const FieldPath::Step &step = change.path.at(m_listPath.size());
        if (step.kind == FieldPath::Step::Kind::Index)
            rowsChangedIn(step.index, step.index);
        else
            rowsChangedIn(0, rowCount() - 1);
        return;
    }
    if (m_listPath.isAtOrBelow(change.path)) {
        rowsChangedIn(0, rowCount() - 1); // what holds the list, in the same shape
        return;
    }
    otherFieldChanged(change.path);
}

QVariant ServiceTableModel::worstSeverity(const std::vector<const Finding *> &list)
{
    if (list.empty())
        return {};
    Severity worst = Severity::Info;
    for (const Finding *f : list)
        worst = std::min(worst, f->severity); // Error < Warning < Info
    return int(worst);
}

QStringList ServiceTableModel::messages(std::vector<const Finding *> list)
{
    std::stable_sort(list.begin(), list.end(), [](const Finding *a, const Finding *b) {
        return a->severity < b->severity;
    });
    QStringList out;
    for (const Finding *f : list)
        out << f->message;
    return out;
}

} // namespace sd
