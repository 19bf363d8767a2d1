// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/servicelistmodel.h"

#include <algorithm>

#include "model/document/manifestdocument.h"

namespace sd {

namespace {

// The number a user gives a document when counting them in the file: empty documents (only
// comments, or a stray `---`) hold no object, and a reader skims past them.
int documentNumber(const Manifest &manifest, int index)
{
    int number = 0;
    for (int i = 0; i <= index && i < int(manifest.documents.size()); ++i) {
        if (manifest.documents[size_t(i)].form != SourceDocument::Form::Empty)
            ++number;
    }
    return number;
}

} // namespace

ServiceListModel::ServiceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

ServiceListModel::~ServiceListModel() = default;

ManifestDocument *ServiceListModel::document() const
{
    return m_document;
}

void ServiceListModel::setDocument(ManifestDocument *document)
{
    if (m_document == document)
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();

    beginResetModel();
    m_document = document;
    rebuild();
    endResetModel();

    if (!document)
        return;
    m_connections << connect(document, &ManifestDocument::manifestReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    // Inserting, removing or moving a document is rare and changes the rows of every Service
    // after it: a reset. Views keep their selection by ServiceRef (rowOf) if they want to.
    m_connections << connect(document, &ManifestDocument::documentsChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    m_connections << connect(document,
                             &ManifestDocument::serviceChanged,
                             this,
                             &ServiceListModel::onServiceChanged);
    m_connections << connect(document, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
}

void ServiceListModel::rebuild()
{
    m_rows.clear();
    if (!m_document)
        return;
    const Manifest &manifest = m_document->manifest();
    std::vector<Row> others;
    for (int d = 0; d < int(manifest.documents.size()); ++d) {
        const SourceDocument &doc = manifest.documents[size_t(d)];
        if (doc.form == SourceDocument::Form::Broken) {
            m_rows.push_back(Row{RowKind::BrokenDocument, d, -1});
            continue;
        }
        for (int r = 0; r < int(doc.resources.size()); ++r) {
            if (doc.resources[size_t(r)].isService())
                m_rows.push_back(Row{RowKind::Service, d, r});
            else
                others.push_back(Row{RowKind::OtherObject, d, r});
        }
    }
    m_rows.insert(m_rows.end(), others.begin(), others.end());
}

void ServiceListModel::onServiceChanged(const ServiceChange &change)
{
    const int row = rowOf(change.service);
    if (row < 0)
        return;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

int ServiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceListModel::rowOf(ServiceRef ref) const
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const Row &row = m_rows[size_t(i)];
        if (row.kind == RowKind::Service && row.document == ref.document
            && row.resource == ref.resource)
            return i;
    }
    return -1;
}

int ServiceListModel::firstRowOf(int document) const
{
    const auto at = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &row) {
        return row.document == document;
    });
    return at == m_rows.end() ? -1 : int(at - m_rows.begin());
}

ServiceRef ServiceListModel::serviceAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].kind != RowKind::Service)
        return {};
    return ServiceRef{m_rows[size_t(row)].document, m_rows[size_t(row)].resource};
}

QVariant ServiceListModel::data(const QModelIndex &index, int role) const
{
    if (!m_document
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case RowKindRole:
        return QVariant::fromValue(row.kind);
    case DocumentIndexRole:
        return row.document;
    case ServiceRefRole:
        return QVariant::fromValue(serviceAt(index.row()));
    default:
        break;
    }
    switch (row.kind) {
    case RowKind::Service:
        return serviceData(row, role);
    case RowKind::BrokenDocument:
        return brokenData(row, role);
    case RowKind::OtherObject:
        break;
    }
    return otherData(row, role);
}

QVariant ServiceListModel::otherData(const Row &row, int role) const
{
    const SourceDocument &doc = m_document->manifest().documents[size_t(row.document)];
    const Resource &resource = doc.resources[size_t(row.resource)];
    const QString kind = resource.kind.isEmpty() ? tr("(no kind)") : resource.kind;
    const QString name = resource.name.isEmpty() ? tr("(unnamed)") : resource.name;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 %2", "an object of another kind: its kind and name").arg(kind, name);
    case Qt::ToolTipRole:
        return tr("A %1, not a Service: its text is in the In the File tab.").arg(kind);
    case SummaryRole:
        return resource.pos.isValid()
                   ? tr("%1 · line %2").arg(resource.apiVersion).arg(resource.pos.line)
                   : resource.apiVersion;
    case NameRole:
        return resource.name;
    case NamespaceRole:
        return resource.namespaceName;
    case LineRole:
        return resource.pos.line;
    case ColumnRole:
    case PortCountRole:
        return 0;
    case ServiceTypeRole:
    case ErrorRole:
        return QString();
    default:
        return {};
    }
}

QVariant ServiceListModel::serviceData(const Row &row, int role) const
{
    const Resource &resource = m_document->manifest().resource(
        ServiceRef{row.document, row.resource});
    const Service &service = *resource.service;
    const QString type = toString(service.effectiveType());
    const int ports = int(service.ports().size());
    const QString ns = service.namespaceName();
    switch (role) {
    case Qt::DisplayRole:
        return service.name().isEmpty() ? tr("(unnamed)") : service.name();
    case Qt::ToolTipRole: {
        QString tip = tr("Namespace: %1").arg(ns.isEmpty() ? tr("(not set)") : ns);
        tip += u'\n' + tr("Type: %1").arg(type);
        tip += u'\n' + tr("%n port(s)", nullptr, ports);
        if (resource.pos.isValid())
            tip += u'\n' + tr("Line %1").arg(resource.pos.line);
        return tip;
    }
    case SummaryRole: {
        QString summary = type + u" · " + tr("%n port(s)", nullptr, ports);
        if (!ns.isEmpty())
            summary += u" · " + tr("namespace %1").arg(ns);
        return summary;
    }
    case NameRole:
        return service.name();
    case NamespaceRole:
        return ns;
    case ServiceTypeRole:
        return type;
    case PortCountRole:
        return ports;
    case LineRole:
        return resource.pos.line;
    case ColumnRole:
        return 0;
    case ErrorRole:
        return QString();
    default:
        return {};
    }
}

QVariant ServiceListModel::brokenData(const Row &row, int role) const
{
    const Manifest &manifest = m_document->manifest();
    const SourceDocument &doc = manifest.documents[size_t(row.document)];
    const SourcePos pos = doc.error ? doc.error->pos : SourcePos{};
    const QString what = doc.error ? doc.error->message : QString();
    const int number = documentNumber(manifest, row.document);
    const QString where = pos.isValid() ? tr("line %1, column %2: %3")
                                              .arg(QString::number(pos.line),
                                                   QString::number(pos.column),
                                                   what)
                                        : what;
    switch (role) {
    case Qt::DisplayRole:
        return tr("Document %1 could not be read").arg(number);
    case Qt::ToolTipRole:
        return QString(tr("Document %1 could not be read.").arg(number) + u'\n' + where + u'\n'
                       + tr("It is kept in the file and saved as it is."));
    case SummaryRole:
        return where;
    case ErrorRole:
        return tr("document %1: %2").arg(QString::number(number), where);
    case LineRole:
        return pos.line;
    case ColumnRole:
        return pos.column;
    case NameRole:
    case NamespaceRole:
    case ServiceTypeRole:
        return QString();
    case PortCountRole:
        return 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(ServiceRefRole, "serviceRef");
    names.insert(DocumentIndexRole, "documentIndex");
    names.insert(NameRole, "name");
    names.insert(NamespaceRole, "namespace");
    names.insert(ServiceTypeRole, "serviceType");
    names.insert(PortCountRole, "portCount");
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(SummaryRole, "summary");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace sd
