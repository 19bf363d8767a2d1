// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/keyvaluemodel.h"

#include <algorithm>

#include "model/tr.h"
#include "model/validation/syntax.h"

namespace sd {

namespace {

QString valueText(const Field<QString> &value)
{
    if (value.hasValue())
        return value.value();
    return value.raw() && value.raw()->isScalar() ? value.raw()->text() : QString();
}

} // namespace

KeyValueModel::KeyValueModel(Target target, QObject *parent)
    : ServiceTableModel(mapFieldPath(target), parent)
    , m_target(target)
{}

KeyValueModel::~KeyValueModel() = default;

const std::vector<StringMapEntry> &KeyValueModel::entries() const
{
    static const std::vector<StringMapEntry> none;
    const Service *s = currentService();
    const Field<StringMap> *field = s ? mapFieldOf(*s, m_target) : nullptr;
    return field && field->hasValue() ? field->value().entries : none;
}

int KeyValueModel::rowsIn(const Service &service) const
{
    const Field<StringMap> *field = mapFieldOf(service, m_target);
    return field && field->hasValue() ? int(field->value().entries.size()) : 0;
}

void KeyValueModel::rowsChangedIn(int, int)
{
    // A key edit can shadow or unshadow any other row.
    ServiceTableModel::rowsChangedIn(0, rowCount() - 1);
}

int KeyValueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The findings of a row: those at `map[key]`, and those at the map's own path (the API server
// names no key there) that stand at the entry's place in the file or, for an entry not read
// from a file, quote its key or value.
std::vector<const Finding *> KeyValueModel::findingsOfRow(int row) const
{
    const StringMapEntry &e = entries()[size_t(row)];
    std::vector<const Finding *> out = findingsAt(listPath().key(e.key), false);
    for (const Finding *f : listFindings()) {
        const bool here = f->pos.isValid()
                              ? (f->pos == e.keyPos || f->pos == e.value.pos())
                              : (f->message.contains(syntax::quoted(e.key))
                                 || (!valueText(e.value).isEmpty()
                                     && f->message.contains(syntax::quoted(valueText(e.value)))));
        if (here)
            out.push_back(f);
    }
    return out;
}

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const std::vector<StringMapEntry> &all = entries();
    const StringMapEntry &e = all[size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == KeyColumn ? e.key : valueText(e.value);
    case ShadowedRole:
        for (size_t i = size_t(row) + 1; i < all.size(); ++i) {
            if (all[i].key == e.key)
                return true;
        }
        return false;
    case SeverityRole:
        return worstSeverity(findingsOfRow(row));
    case FindingsRole:
        return messages(findingsOfRow(row));
    case Qt::ToolTipRole: {
        const QStringList list = messages(findingsOfRow(row));
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
    std::vector<StringMapEntry> edited = entries();
    StringMapEntry &e = edited[size_t(index.row())];
    QString label;
    if (index.column() == KeyColumn) {
        const QString key = value.toString().trimmed();
        if (key.isEmpty())
            return false;
        e.key = key;
        switch (m_target) {
        case Target::Labels:
            label = UndoTr::tr("Rename label");
            break;
        case Target::Selector:
            label = UndoTr::tr("Rename selector key");
            break;
        case Target::Annotations:
            label = UndoTr::tr("Rename annotation");
            break;
        }
    } else {
        e.value.set(value.toString());
        switch (m_target) {
        case Target::Labels:
            label = UndoTr::tr("Set label value");
            break;
        case Target::Selector:
            label = UndoTr::tr("Set selector value");
            break;
        case Target::Annotations:
            label = UndoTr::tr("Set annotation value");
            break;
        }
    }
    return pushEntries(std::move(edited), {RowEdit::Kind::Replace, index.row(), 1}, label);
}

bool KeyValueModel::pushEntries(std::vector<StringMapEntry> edited,
                                const RowEdit &edit,
                                const QString &text)
{
    const Service *current = currentService();
    if (!current)
        return false;
    // StringMap equality is kubectl's (shadowed entries do not count); compare what is written.
    const std::vector<StringMapEntry> &before = entries();
    const bool same = edited.size() == before.size()
                      && std::equal(edited.begin(),
                                    edited.end(),
                                    before.begin(),
                                    [](const StringMapEntry &a, const StringMapEntry &b) {
                                        return a.key == b.key && a.value == b.value;
                                    });
    if (same)
        return true; // nothing to undo
    const Field<StringMap> *old = mapFieldOf(*current, m_target);
    Field<StringMap> field = old ? *old : Field<StringMap>();
    if (edited.empty()) {
        field.clear(); // the last entry takes the field along
    } else {
        StringMap map;
        map.entries = std::move(edited);
        field.set(std::move(map)); // the position stays
    }
    push(new SetMapCommand(document(), service(), m_target, std::move(field), edit, text));
    return true;
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
    std::vector<StringMapEntry> edited = entries();
    edited.insert(edited.begin() + row,
                  size_t(count),
                  StringMapEntry{QString(), Field<QString>(QString()), {}});
    return pushEntries(std::move(edited), {RowEdit::Kind::Insert, row, count}, addText(count));
}

bool KeyValueModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount() || !currentService())
        return false;
    std::vector<StringMapEntry> edited = entries();
    edited.erase(edited.begin() + row, edited.begin() + row + count);
    return pushEntries(std::move(edited), {RowEdit::Kind::Remove, row, count}, removeText(count));
}

bool KeyValueModel::moveRows(const QModelIndex &sourceParent,
                             int sourceRow,
                             int count,
                             const QModelIndex &destinationParent,
                             int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid()
        || !isRowMove(rowCount(), sourceRow, count, destinationChild) || !currentService())
        return false;
    std::vector<StringMapEntry> edited = entries();
    moveItems(edited, sourceRow, count, destinationChild);
    return pushEntries(std::move(edited),
                       {RowEdit::Kind::Move, sourceRow, count, destinationChild},
                       UndoTr::tr("Move %n entries", nullptr, count));
}

int KeyValueModel::appendEntry(const QString &key, const QString &value)
{
    if (key.isEmpty() || !currentService())
        return -1;
    std::vector<StringMapEntry> edited = entries();
    edited.push_back(StringMapEntry{key, Field<QString>(value), {}});
    const int row = int(edited.size()) - 1;
    return pushEntries(std::move(edited), {RowEdit::Kind::Insert, row, 1}, addText(1)) ? row : -1;
}

QString KeyValueModel::addText(int count) const
{
    switch (m_target) {
    case Target::Labels:
        return UndoTr::tr("Add %n label(s)", nullptr, count);
    case Target::Selector:
        return UndoTr::tr("Add %n selector entries", nullptr, count);
    case Target::Annotations:
        break;
    }
    return UndoTr::tr("Add %n annotation(s)", nullptr, count);
}

QString KeyValueModel::removeText(int count) const
{
    switch (m_target) {
    case Target::Labels:
        return UndoTr::tr("Remove %n label(s)", nullptr, count);
    case Target::Selector:
        return UndoTr::tr("Remove %n selector entries", nullptr, count);
    case Target::Annotations:
        break;
    }
    return UndoTr::tr("Remove %n annotation(s)", nullptr, count);
}

} // namespace sd
