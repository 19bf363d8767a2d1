// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/porttablemodel.h"

#include <QMimeData>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/domain/fieldtable.h"
#include "model/io/servicereader.h"
#include "model/io/servicewriter.h"
#include "model/io/yamlemitter.h"
#include "model/io/yamlparser.h"
#include "model/tr.h"
#include "model/validation/validator.h"

namespace sd {

namespace {

struct AppProtocolSuggestion
{
    QString value;
    QString description;
};

// The values the API defines, and the two IANA names whose meaning for a
// load balancer the Kubernetes documentation states. `grpc` and `http2` are not IANA service
// names, so they are not offered.
std::vector<AppProtocolSuggestion> appProtocolSuggestions()
{
    return {
        {QStringLiteral("http"), PortTableModel::tr("Plain HTTP to the pods (IANA name)")},
        {QStringLiteral("https"), PortTableModel::tr("HTTP over TLS to the pods (IANA name)")},
        {QStringLiteral("kubernetes.io/h2c"),
         PortTableModel::tr("HTTP/2 over cleartext, with prior knowledge")},
        {QStringLiteral("kubernetes.io/ws"), PortTableModel::tr("WebSocket over cleartext")},
        {QStringLiteral("kubernetes.io/wss"), PortTableModel::tr("WebSocket over TLS")},
    };
}

} // namespace

QString PortTableModel::mimeType()
{
    return QStringLiteral("application/x-service-designer-ports+yaml");
}

PortTableModel::PortTableModel(QObject *parent)
    : ServiceTableModel(FieldPath(QStringLiteral("spec.ports")), parent)
{}

PortTableModel::~PortTableModel() = default;

FieldPath PortTableModel::cellPath(int row, int column)
{
    const FieldPath port = FieldPath(QStringLiteral("spec.ports")).index(row);
    return column >= 0 && column < ColumnCount ? port.field(portFields()[size_t(column)].name)
                                               : port;
}

const List<ServicePort> &PortTableModel::ports() const
{
    static const List<ServicePort> none;
    const Service *s = currentService();
    return s ? s->ports() : none;
}

int PortTableModel::rowsIn(const Service &service) const
{
    return int(service.ports().size());
}

void PortTableModel::otherFieldChanged(const FieldPath &path)
{
    // Placeholders follow the type, suggestions the selector.
    static const FieldPath type(QStringLiteral("spec.type"));
    static const FieldPath allocate(QStringLiteral("spec.allocateLoadBalancerNodePorts"));
    static const FieldPath selector(QStringLiteral("spec.selector"));
    const bool placeholders = path.isAtOrBelow(type) || path.isAtOrBelow(allocate);
    const bool names = path.isAtOrBelow(selector) || path.startsWith({u"metadata", u"namespace"});
    if ((placeholders || names) && rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0),
                           index(rowCount() - 1, ColumnCount - 1),
                           {PlaceholderRole, SuggestionsRole, SuggestionDescriptionsRole});
    }
}

int PortTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList PortTableModel::suggestions(int column, bool descriptions) const
{
    if (column == TargetPortColumn) {
        const Service *s = currentService();
        const QStringList names = s ? containerPortNames(document()->manifestIndex(), *s)
                                    : QStringList();
        return descriptions ? QStringList(names.size(), QString()) : names;
    }
    if (column != AppProtocolColumn)
        return {};
    QStringList out;
    for (const AppProtocolSuggestion &s : appProtocolSuggestions())
        out << (descriptions ? s.description : s.value);
    return out;
}

QVariant PortTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Field<ServicePort> &item = ports()[size_t(row)];
    const ServicePort *p = item.get();
    const PortField &field = portFields()[size_t(column)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case IsSetRole: {
        QVariant text;
        if (p)
            text = field.get(*p);
        else if (column == NameColumn && item.isRaw() && item.raw()->isScalar())
            text = item.raw()->text(); // not a port at all (`ports: [80]`): as written
        if (role == IsSetRole)
            return text.isValid();
        return text;
    }
    case PlaceholderRole:
        return p && field.placeholder ? field.placeholder(*currentService(), *p) : QVariant();
    case SeverityRole:
        return worstSeverity(findingsAt(cellPath(row, column), true));
    case FindingsRole:
    case Qt::ToolTipRole: {
        const QStringList list = messages(findingsAt(cellPath(row, column), true));
        if (role == Qt::ToolTipRole)
            return list.isEmpty() ? QVariant() : QVariant(list.join(u'\n'));
        return list;
    }
    case SuggestionsRole:
        return suggestions(column, false);
    case SuggestionDescriptionsRole:
        return suggestions(column, true);
    default:
        return {};
    }
}

bool PortTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !currentService())
        return false;
    const Field<ServicePort> &old = ports()[size_t(index.row())];
    Field<ServicePort> item = old;
    if (!item.hasValue())
        item.set(ServicePort());
    const PortField &field = portFields()[size_t(index.column())];
    if (!field.set(item.value(), value.toString().trimmed()))
        return false;
    if (item == old)
        return true; // nothing to undo
    push(new SetPortCommand(document(), service(), index.row(), std::move(item), field.undoLabel()));
    return true;
}

bool PortTableModel::pushPorts(List<ServicePort> list, const RowEdit &edit, const QString &text)
{
    const Service *current = currentService();
    if (!current)
        return false;
    Field<List<ServicePort>> field = current->spec.hasValue() ? current->spec.value().ports
                                                              : Field<List<ServicePort>>();
    field.set(std::move(list));
    push(new SetPortsCommand(document(), service(), std::move(field), edit, text));
    return true;
}

Qt::ItemFlags PortTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
           | Qt::ItemNeverHasChildren;
}

QVariant PortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == SeverityRole)
            return worstSeverity(findingsAt(cellPath(section, -1), false));
        if (role == FindingsRole)
            return messages(findingsAt(cellPath(section, -1), false));
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return portFields()[size_t(section)].headerText();
}

QHash<int, QByteArray> PortTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(PlaceholderRole, "placeholder");
    names.insert(SeverityRole, "severity");
    names.insert(FindingsRole, "findings");
    names.insert(SuggestionsRole, "suggestions");
    names.insert(SuggestionDescriptionsRole, "suggestionDescriptions");
    names.insert(IsSetRole, "isSet");
    return names;
}

bool PortTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0 || !currentService())
        return false;
    List<ServicePort> list = ports();
    list.insert(list.begin() + row, size_t(count), Field<ServicePort>(ServicePort()));
    return pushPorts(std::move(list),
                     {RowEdit::Kind::Insert, row, count},
                     UndoTr::tr("Add %n port(s)", nullptr, count));
}

bool PortTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount() || !currentService())
        return false;
    List<ServicePort> list = ports();
    list.erase(list.begin() + row, list.begin() + row + count);
    return pushPorts(std::move(list),
                     {RowEdit::Kind::Remove, row, count},
                     UndoTr::tr("Remove %n port(s)", nullptr, count));
}

bool PortTableModel::moveRows(const QModelIndex &sourceParent,
                              int sourceRow,
                              int count,
                              const QModelIndex &destinationParent,
                              int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid()
        || !isRowMove(rowCount(), sourceRow, count, destinationChild) || !currentService())
        return false;
    List<ServicePort> list = ports();
    moveItems(list, sourceRow, count, destinationChild);
    return pushPorts(std::move(list),
                     {RowEdit::Kind::Move, sourceRow, count, destinationChild},
                     UndoTr::tr("Move %n port(s)", nullptr, count));
}

QByteArray PortTableModel::copyRows(const QList<int> &rows) const
{
    List<ServicePort> ports;
    for (int row : rows) {
        if (row >= 0 && row < rowCount())
            ports.push_back(this->ports()[size_t(row)]);
    }
    Service holder;
    ServiceSpec spec;
    spec.ports.set(std::move(ports));
    holder.spec.set(std::move(spec));
    const Node tree = writeService(holder);
    const Node *list = tree.find(u"spec") ? tree.find(u"spec")->find(u"ports") : nullptr;
    return list ? emitYaml(*list) : QByteArray();
}

bool PortTableModel::pasteRows(int row, const QByteArray &yaml)
{
    if (row < 0 || row > rowCount() || !currentService())
        return false;
    std::vector<YamlDocument> docs = parseYaml(yaml);
    std::erase_if(docs, [](const YamlDocument &d) { return !d.hasContent && !d.error; });
    if (docs.size() != 1 || docs.front().error)
        return false;
    Node list = std::move(docs.front().root);
    if (list.isMapping()) {
        Node one = Node::sequence();
        one.append(std::move(list));
        list = std::move(one);
    }
    if (!list.isSequence() || list.items().empty())
        return false;
    Node spec = Node::mapping();
    spec.insert(QStringLiteral("ports"), std::move(list));
    Node root = Node::mapping();
    root.insert(QStringLiteral("spec"), std::move(spec));
    const Service read = readService(root);
    const List<ServicePort> &pasted = read.ports();
    List<ServicePort> edited = ports();
    edited.insert(edited.begin() + row, pasted.begin(), pasted.end());
    const int count = int(pasted.size());
    return pushPorts(std::move(edited),
                     {RowEdit::Kind::Insert, row, count},
                     UndoTr::tr("Paste %n port(s)", nullptr, count));
}

QStringList PortTableModel::mimeTypes() const
{
    return {mimeType(), QStringLiteral("text/plain")};
}

QMimeData *PortTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && !rows.contains(i.row()))
            rows << i.row();
    }
    std::sort(rows.begin(), rows.end());
    auto *data = new QMimeData;
    const QByteArray yaml = copyRows(rows);
    data->setData(mimeType(), yaml);
    data->setText(QString::fromUtf8(yaml));
    return data;
}

bool PortTableModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return data && action == Qt::CopyAction && (data->hasFormat(mimeType()) || data->hasText());
}

bool PortTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    if (row < 0)
        row = parent.isValid() ? parent.row() : rowCount();
    return pasteRows(row,
                     data->hasFormat(mimeType()) ? data->data(mimeType()) : data->text().toUtf8());
}

Qt::DropActions PortTableModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

} // namespace sd
