// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/porttablemodel.h"

#include <QMimeData>

#include "model/document/manifestdocument.h"
#include "model/io/servicereader.h"
#include "model/io/servicewriter.h"
#include "model/io/yamlemitter.h"
#include "model/io/yamlparser.h"
#include "model/validation/validator.h"

namespace sd {

namespace {

const QString kPortsPrefix = QStringLiteral("spec.ports[");

// The column a finding's path names within `spec.ports[i]`, -1 for the port itself, or
// ColumnCount when it names nothing of a port.
int columnOfField(QStringView rest)
{
    if (rest.isEmpty())
        return -1;
    static const QStringView fields[]
        = {u".name", u".protocol", u".appProtocol", u".port", u".targetPort", u".nodePort"};
    for (int c = 0; c < PortTableModel::ColumnCount; ++c) {
        if (rest == fields[c] || (rest.startsWith(fields[c]) && rest.at(fields[c].size()) == u'.'))
            return c;
    }
    return PortTableModel::ColumnCount;
}

// The row and column of a finding at `spec.ports[i]...`; false for other paths.
bool cellOf(const QString &path, int *row, int *column)
{
    if (!path.startsWith(kPortsPrefix))
        return false;
    const qsizetype close = path.indexOf(u']', kPortsPrefix.size());
    if (close < 0)
        return false;
    bool ok = false;
    *row = QStringView(path).sliced(kPortsPrefix.size(), close - kPortsPrefix.size()).toInt(&ok);
    *column = columnOfField(QStringView(path).sliced(close + 1));
    return ok && *column != PortTableModel::ColumnCount;
}

QString rawText(const Node *raw)
{
    return raw && raw->isScalar() ? raw->text() : QString();
}

template<typename T>
QVariant cellText(const Field<T> &field, QString (*print)(const T &))
{
    if (field.hasValue())
        return print(field.value());
    if (field.isRaw())
        return rawText(field.raw());
    return {};
}

QString printString(const QString &s)
{
    return s;
}
QString printInt(const int &i)
{
    return QString::number(i);
}
QString printProtocol(const Protocol &p)
{
    return toString(p);
}
QString printTarget(const IntOrString &t)
{
    return t.toString();
}

struct AppProtocolSuggestion
{
    QString value;
    QString description;
};

// providers.md §12: the values the API defines, and the two IANA names whose meaning for a
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

std::optional<int> toInteger(const QVariant &value)
{
    if (value.typeId() == QMetaType::Int)
        return value.toInt();
    bool ok = false;
    const int n = value.toString().trimmed().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

} // namespace

QString PortTableModel::mimeType()
{
    return QStringLiteral("application/x-service-designer-ports+yaml");
}

PortTableModel::PortTableModel(QObject *parent)
    : ServiceTableModel(parent)
{}

PortTableModel::~PortTableModel() = default;

void PortTableModel::loadServiceState()
{
    const Service *s = currentService();
    m_type = s ? s->effectiveType() : ServiceType::ClusterIP;
    const ServiceSpec *spec = s ? s->spec.get() : nullptr;
    m_allocateNodePorts = !spec || spec->allocateLoadBalancerNodePorts.valueOr(true);
    m_containerPortNames = s && document()
                               ? containerPortNames(ManifestIndex(document()->manifest()), *s)
                               : QStringList();
}

void PortTableModel::loadRows()
{
    const Service *s = currentService();
    m_ports = s ? s->ports() : List<ServicePort>();
    loadServiceState();
}

void PortTableModel::syncRows()
{
    const Service *s = currentService();
    const ServiceType oldType = m_type;
    const bool oldAllocate = m_allocateNodePorts;
    const QStringList oldNames = m_containerPortNames;
    loadServiceState();
    syncList(m_ports, s ? s->ports() : List<ServicePort>());
    // Placeholders and suggestions depend on the type and the selector, not only on the ports.
    if ((oldType != m_type || oldAllocate != m_allocateNodePorts || oldNames != m_containerPortNames)
        && rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0),
                           index(rowCount() - 1, ColumnCount - 1),
                           {PlaceholderRole, SuggestionsRole, SuggestionDescriptionsRole});
    }
}

int PortTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ports.size());
}

int PortTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortTableModel::placeholder(int row, int column) const
{
    const ServicePort *p = m_ports[size_t(row)].get();
    switch (Column(column)) {
    case ProtocolColumn:
        return QStringLiteral("TCP");
    case TargetPortColumn:
        if (p && p->port.hasValue())
            return QString::number(p->port.value());
        return {};
    case NodePortColumn:
        if (m_type == ServiceType::NodePort
            || (m_type == ServiceType::LoadBalancer && m_allocateNodePorts))
            return tr("auto");
        return {};
    default:
        return {};
    }
}

std::vector<const Finding *> PortTableModel::findingsAt(int row, int column) const
{
    std::vector<const Finding *> out;
    for (const Finding &f : findings()) {
        int r = 0;
        int c = 0;
        if (cellOf(f.path, &r, &c) && r == row && c == column)
            out.push_back(&f);
    }
    return out;
}

QStringList PortTableModel::suggestions(int column, bool descriptions) const
{
    if (column == TargetPortColumn)
        return descriptions ? QStringList(m_containerPortNames.size(), QString())
                            : m_containerPortNames;
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
    const Field<ServicePort> &item = m_ports[size_t(row)];
    const ServicePort *p = item.get();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case IsSetRole: {
        QVariant text;
        if (!p) {
            // An item that is not a port at all (`ports: [80]`) shows as written.
            if (column == NameColumn)
                text = rawText(item.raw());
        } else {
            switch (Column(column)) {
            case NameColumn:
                text = cellText(p->name, printString);
                break;
            case ProtocolColumn:
                text = cellText(p->protocol, printProtocol);
                break;
            case AppProtocolColumn:
                text = cellText(p->appProtocol, printString);
                break;
            case PortColumn:
                text = cellText(p->port, printInt);
                break;
            case TargetPortColumn:
                text = cellText(p->targetPort, printTarget);
                break;
            case NodePortColumn:
                text = cellText(p->nodePort, printInt);
                break;
            case ColumnCount:
                break;
            }
        }
        if (role == IsSetRole)
            return text.isValid();
        return text;
    }
    case PlaceholderRole:
        return placeholder(row, column);
    case SeverityRole:
        return worstSeverity(findingsAt(row, column));
    case FindingsRole:
    case Qt::ToolTipRole: {
        const QStringList list = messages(findingsAt(row, column));
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
    List<ServicePort> ports = m_ports;
    Field<ServicePort> &item = ports[size_t(index.row())];
    if (!item.hasValue())
        item.set(ServicePort());
    ServicePort &p = item.value();
    const QString text = value.toString().trimmed();
    const bool clear = text.isEmpty();
    QString label;
    switch (Column(index.column())) {
    case NameColumn:
        clear ? p.name.clear() : p.name.set(text);
        label = tr("Set port name");
        break;
    case ProtocolColumn: {
        const std::optional<Protocol> protocol = parseEnum<Protocol>(text.toUpper());
        if (!clear && !protocol)
            return false;
        clear ? p.protocol.clear() : p.protocol.set(*protocol);
        label = tr("Set port protocol");
        break;
    }
    case AppProtocolColumn:
        clear ? p.appProtocol.clear() : p.appProtocol.set(text);
        label = tr("Set app protocol");
        break;
    case PortColumn:
    case NodePortColumn: {
        const std::optional<int> number = toInteger(value);
        if (!clear && !number)
            return false;
        Field<int> &field = index.column() == PortColumn ? p.port : p.nodePort;
        clear ? field.clear() : field.set(*number);
        label = index.column() == PortColumn ? tr("Set port number") : tr("Set node port");
        break;
    }
    case TargetPortColumn: {
        const std::optional<int> number = toInteger(value);
        if (clear)
            p.targetPort.clear();
        else if (number)
            p.targetPort.set(IntOrString(*number));
        else
            p.targetPort.set(IntOrString(text));
        label = tr("Set target port");
        break;
    }
    case ColumnCount:
        return false;
    }
    return pushPorts(std::move(ports), label);
}

bool PortTableModel::pushPorts(List<ServicePort> ports, const QString &text)
{
    const Service *current = currentService();
    if (!current)
        return false;
    Service edited = *current;
    if (!edited.spec.hasValue())
        edited.spec.set(ServiceSpec());
    edited.spec.value().ports.set(std::move(ports));
    return pushEdit(std::move(edited), text);
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
            return worstSeverity(findingsAt(section, -1));
        if (role == FindingsRole)
            return messages(findingsAt(section, -1));
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case ProtocolColumn:
        return tr("Protocol");
    case AppProtocolColumn:
        return tr("App protocol");
    case PortColumn:
        return tr("Port");
    case TargetPortColumn:
        return tr("Target port");
    case NodePortColumn:
        return tr("Node port");
    case ColumnCount:
        break;
    }
    return {};
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
    List<ServicePort> ports = m_ports;
    ports.insert(ports.begin() + row, size_t(count), Field<ServicePort>(ServicePort()));
    return pushPorts(std::move(ports), tr("Add %n port(s)", nullptr, count));
}

bool PortTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount() || !currentService())
        return false;
    List<ServicePort> ports = m_ports;
    ports.erase(ports.begin() + row, ports.begin() + row + count);
    return pushPorts(std::move(ports), tr("Remove %n port(s)", nullptr, count));
}

bool PortTableModel::moveRows(const QModelIndex &sourceParent,
                              int sourceRow,
                              int count,
                              const QModelIndex &destinationParent,
                              int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        || !currentService())
        return false;
    List<ServicePort> ports = m_ports;
    const auto first = ports.begin() + sourceRow;
    const auto last = first + count;
    if (destinationChild < sourceRow)
        std::rotate(ports.begin() + destinationChild, first, last);
    else
        std::rotate(first, last, ports.begin() + destinationChild);
    return pushPorts(std::move(ports), tr("Move %n port(s)", nullptr, count));
}

QByteArray PortTableModel::copyRows(const QList<int> &rows) const
{
    List<ServicePort> ports;
    for (int row : rows) {
        if (row >= 0 && row < rowCount())
            ports.push_back(m_ports[size_t(row)]);
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
    List<ServicePort> ports = m_ports;
    ports.insert(ports.begin() + row, pasted.begin(), pasted.end());
    return pushPorts(std::move(ports), tr("Paste %n port(s)", nullptr, int(pasted.size())));
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
