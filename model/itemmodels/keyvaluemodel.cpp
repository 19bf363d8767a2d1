// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/keyvaluemodel.h"

#include "model/validation/syntax.h"

namespace sd {

namespace {

using Target = KeyValueModel::Target;

const Field<StringMap> *mapField(const Service &service, Target target)
{
    if (target == Target::Selector) {
        const ServiceSpec *spec = service.spec.get();
        return spec ? &spec->selector : nullptr;
    }
    const ObjectMeta *meta = service.metadata.get();
    if (!meta)
        return nullptr;
    return target == Target::Labels ? &meta->labels : &meta->annotations;
}

// The map field of `service`, with metadata or spec made where they were missing.
Field<StringMap> &mapField(Service &service, Target target)
{
    if (target == Target::Selector) {
        if (!service.spec.hasValue())
            service.spec.set(ServiceSpec());
        return service.spec.value().selector;
    }
    if (!service.metadata.hasValue())
        service.metadata.set(ObjectMeta());
    ObjectMeta &meta = service.metadata.value();
    return target == Target::Labels ? meta.labels : meta.annotations;
}

QString valueText(const Field<QString> &value)
{
    if (value.hasValue())
        return value.value();
    return value.raw() && value.raw()->isScalar() ? value.raw()->text() : QString();
}

} // namespace

KeyValueModel::KeyValueModel(Target target, QObject *parent)
    : ServiceTableModel(parent)
    , m_target(target)
{}

KeyValueModel::~KeyValueModel() = default;

QString KeyValueModel::path() const
{
    switch (m_target) {
    case Target::Labels:
        return QStringLiteral("metadata.labels");
    case Target::Selector:
        return QStringLiteral("spec.selector");
    case Target::Annotations:
        break;
    }
    return QStringLiteral("metadata.annotations");
}

std::vector<StringMapEntry> KeyValueModel::entriesOf(const Service *service) const
{
    const Field<StringMap> *field = service ? mapField(*service, m_target) : nullptr;
    return field && field->hasValue() ? field->value().entries : std::vector<StringMapEntry>();
}

void KeyValueModel::loadRows()
{
    m_entries = entriesOf(currentService());
}

void KeyValueModel::syncRows()
{
    syncList(m_entries, entriesOf(currentService()));
    // A key edit can shadow or unshadow any other row.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {ShadowedRole});
}

int KeyValueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int KeyValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::vector<const Finding *> KeyValueModel::findingsAt(int row) const
{
    const StringMapEntry &e = m_entries[size_t(row)];
    const QString base = path();
    const QString keyed = base + u'[' + e.key + u']';
    std::vector<const Finding *> out;
    for (const Finding &f : findings()) {
        if (f.path == keyed) {
            out.push_back(&f);
        } else if (f.path == base) {
            const bool here = f.pos.isValid()
                                  ? (f.pos == e.keyPos || f.pos == e.value.pos)
                                  : (f.message.contains(syntax::quoted(e.key))
                                     || (!valueText(e.value).isEmpty()
                                         && f.message.contains(syntax::quoted(valueText(e.value)))));
            if (here)
                out.push_back(&f);
        }
    }
    return out;
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const StringMapEntry &e = m_entries[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == KeyColumn ? e.key : valueText(e.value);
    case ShadowedRole:
        for (size_t i = size_t(row) + 1; i < m_entries.size(); ++i) {
            if (m_entries[i].key == e.key)
                return true;
        }
        return false;
    case SeverityRole:
        return worstSeverity(findingsAt(row));
    case FindingsRole:
        return messages(findingsAt(row));
    case Qt::ToolTipRole: {
        const QStringList list = messages(findingsAt(row));
        return list.isEmpty() ? QVariant() : QVariant(list.join(u'\n'));
    }
    default:
        return {};
    }
}

bool KeyValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    std::vector<StringMapEntry> entries = m_entries;
    StringMapEntry &e = entries[size_t(index.row())];
    QString label;
    if (index.column() == KeyColumn) {
        const QString key = value.toString().trimmed();
        if (key.isEmpty())
            return false;
        e.key = key;
        switch (m_target) {
        case Target::Labels:
            label = tr("Rename label");
            break;
        case Target::Selector:
            label = tr("Rename selector key");
            break;
        case Target::Annotations:
            label = tr("Rename annotation");
            break;
        }
    } else {
        e.value.set(value.toString());
        switch (m_target) {
        case Target::Labels:
            label = tr("Set label value");
            break;
        case Target::Selector:
            label = tr("Set selector value");
            break;
        case Target::Annotations:
            label = tr("Set annotation value");
            break;
        }
    }
    return pushEntries(std::move(entries), label);
}

bool KeyValueModel::pushEntries(std::vector<StringMapEntry> entries, const QString &text)
{
    const Service *current = currentService();
    if (!current)
        return false;
    Service edited = *current;
    Field<StringMap> &field = mapField(edited, m_target);
    if (entries.empty()) {
        field.clear();
    } else {
        StringMap map;
        map.entries = std::move(entries);
        const SourcePos pos = field.pos;
        field.set(std::move(map));
        field.pos = pos;
    }
    // StringMap equality is kubectl's (shadowed entries do not count); an edit of a shadowed
    // entry still changes what is written.
    const bool changed = entriesOf(&edited) != m_entries;
    return pushEdit(std::move(edited), text, changed);
}

Qt::ItemFlags KeyValueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> KeyValueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ShadowedRole, "shadowed");
    names.insert(SeverityRole, "severity");
    names.insert(FindingsRole, "findings");
    return names;
}

bool KeyValueModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0 || !currentService())
        return false;
    std::vector<StringMapEntry> entries = m_entries;
    entries.insert(entries.begin() + row,
                   size_t(count),
                   StringMapEntry{QString(), Field<QString>(QString()), {}});
    return pushEntries(std::move(entries), addText(count));
}

bool KeyValueModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount() || !currentService())
        return false;
    std::vector<StringMapEntry> entries = m_entries;
    entries.erase(entries.begin() + row, entries.begin() + row + count);
    return pushEntries(std::move(entries), removeText(count));
}

int KeyValueModel::appendEntry(const QString &key, const QString &value)
{
    if (key.isEmpty() || !currentService())
        return -1;
    std::vector<StringMapEntry> entries = m_entries;
    entries.push_back(StringMapEntry{key, Field<QString>(value), {}});
    const int row = int(entries.size()) - 1;
    return pushEntries(std::move(entries), addText(1)) ? row : -1;
}

QString KeyValueModel::addText(int count) const
{
    switch (m_target) {
    case Target::Labels:
        return tr("Add %n label(s)", nullptr, count);
    case Target::Selector:
        return tr("Add %n selector entries", nullptr, count);
    case Target::Annotations:
        break;
    }
    return tr("Add %n annotation(s)", nullptr, count);
}

QString KeyValueModel::removeText(int count) const
{
    switch (m_target) {
    case Target::Labels:
        return tr("Remove %n label(s)", nullptr, count);
    case Target::Selector:
        return tr("Remove %n selector entries", nullptr, count);
    case Target::Annotations:
        break;
    }
    return tr("Remove %n annotation(s)", nullptr, count);
}

} // namespace sd
