// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/servicetablemodel.h"

#include <algorithm>

#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/validation/validationscheduler.h"

namespace sd {

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
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
    m_document = document;
    m_ref = {};
    reset();
    if (!document)
        return;
    m_documentConnections << connect(document,
                                     &ManifestDocument::serviceChanged,
                                     this,
                                     [this](ServiceRef ref) {
                                         if (ref == m_ref)
                                             syncRows();
                                     });
    m_documentConnections << connect(document,
                                     &ManifestDocument::documentsChanged,
                                     this,
                                     [this](const QList<int> &newIndexOf) {
                                         const ServiceRef ref
                                             = ManifestDocument::remapped(m_ref, newIndexOf);
                                         if (ref == m_ref)
                                             return;
                                         m_ref = ref;
                                         if (!ref.isValid())
                                             reset();
                                         else
                                             reloadFindings();
                                     });
    m_documentConnections << connect(document, &ManifestDocument::manifestReset, this, [this] {
        reset();
    });
    m_documentConnections << connect(document, &QObject::destroyed, this, [this] {
        m_ref = {};
        reset();
    });
}

void ServiceTableModel::setService(ServiceRef ref)
{
    if (ref == m_ref)
        return;
    m_ref = ref;
    reset();
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
                                                  reloadFindings();
                                          });
        m_schedulerConnections << connect(scheduler,
                                          &ValidationScheduler::servicesReset,
                                          this,
                                          &ServiceTableModel::reloadFindings);
        m_schedulerConnections << connect(scheduler,
                                          &QObject::destroyed,
                                          this,
                                          &ServiceTableModel::reloadFindings);
    }
    reloadFindings();
}

const Service *ServiceTableModel::currentService() const
{
    if (!m_document || !m_ref.isValid())
        return nullptr;
    const Manifest &m = m_document->manifest();
    if (size_t(m_ref.document) >= m.documents.size()
        || size_t(m_ref.resource) >= m.documents[size_t(m_ref.document)].resources.size()
        || !m.resource(m_ref).isService())
        return nullptr;
    return &m.service(m_ref);
}

bool ServiceTableModel::pushEdit(Service edited, const QString &text, bool changed)
{
    const Service *current = currentService();
    if (!current)
        return false;
    if (!changed && edited == *current)
        return true; // nothing to undo
    m_document->undoStack()->push(new SetServiceCommand(m_document, m_ref, std::move(edited), text));
    return true;
}

void ServiceTableModel::reset()
{
    beginResetModel();
    loadRows();
    endResetModel();
    reloadFindings();
}

void ServiceTableModel::reloadFindings()
{
    m_findings = m_scheduler && currentService() ? m_scheduler->findings(m_ref)
                                                 : std::vector<Finding>();
    const int rows = rowCount();
    if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rows - 1);
    }
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
