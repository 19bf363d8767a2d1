// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "model/document/servicecommands.h"
#include "model/itemmodels/servicetablemodel.h"

namespace sd {

/**
 * One string map of a Service (metadata.labels, spec.selector or metadata.annotations), one row
 * per entry as written: duplicate keys keep a row each, and the earlier ones, which kubectl
 * ignores (the last wins), say so in ShadowedRole.
 *
 * Edits go through the document's undo stack as SetMapCommands, one per setData(),
 * insertRows(), removeRows() or moveRows(). What the view sees follows the document's typed changes (see
 * ServiceTableModel).
 *
 * Findings: a finding belongs to a row when its path names the entry
 * (`metadata.annotations[key]`, `metadata.labels[key]` for a decode error), or when its path is
 * the map's (`metadata.labels`, `spec.selector`; the API server names no key there) and it is
 * at the entry's place in the file or, for an entry not read from a file, quotes its key or
 * value.
 */
class KeyValueModel final : public ServiceTableModel
{
    Q_OBJECT

public:
    using Target = MapField;

    enum Column { KeyColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /** bool: a later entry has the same key, so this one has no effect. */
        ShadowedRole = Qt::UserRole + 1,
        /** int(sd::Severity) of the worst finding of the row, or an invalid QVariant. */
        SeverityRole,
        /** QStringList: the messages of the row's findings, worst first. */
        FindingsRole,
    };
    Q_ENUM(Role)

    explicit KeyValueModel(Target target, QObject *parent = nullptr);
    ~KeyValueModel() override;

    Target target() const { return m_target; }
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** A key must not be empty (returns false); an empty value is a value (""). */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Inserts entries with an empty key and value, for the user to fill in (one undo step). */
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    /** Removes entries (one undo step); removing the last one removes the field. */
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    /** Moves entries (one undo step): the file keeps the order. */
    bool moveRows(const QModelIndex &sourceParent,
                  int sourceRow,
                  int count,
                  const QModelIndex &destinationParent,
                  int destinationChild) override;
    /** Appends `key: value` (one undo step); returns its row, or -1. */
    int appendEntry(const QString &key, const QString &value);

private:
    int rowsIn(const Service &service) const override;
    void rowsChangedIn(int first, int last) override;
    const std::vector<StringMapEntry> &entries() const;
    std::vector<const Finding *> findingsOfRow(int row) const;
    bool pushEntries(std::vector<StringMapEntry> entries, const RowEdit &edit, const QString &text);
    QString addText(int count) const;
    QString removeText(int count) const;

    Target m_target;
};

} // namespace sd
