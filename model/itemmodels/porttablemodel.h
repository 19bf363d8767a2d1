// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "model/itemmodels/servicetablemodel.h"

class QMimeData;

namespace sd {

/**
 * The ports (`spec.ports`) of one Service of a ManifestDocument, one row each, as written; the
 * columns are the port fields of the field table (portFields()).
 *
 * Every edit goes through the document's undo stack: setData() checks the shape of the input and
 * pushes a SetPortCommand for that port; insertRows(), removeRows(), moveRows() and pasteRows()
 * push one SetPortsCommand each. What the view sees follows the document's typed changes (see
 * ServiceTableModel).
 *
 * Cells that are not set show nothing for Qt::DisplayRole and what the API server would default
 * them to in PlaceholderRole (views grey it). A value of the wrong type (`port: eighty`) shows
 * as written. No icons or colours: views map SeverityRole.
 */
class PortTableModel final : public ServiceTableModel
{
    Q_OBJECT

public:
    /** The columns, in the order of portFields(). */
    enum Column {
        NameColumn,
        ProtocolColumn,
        AppProtocolColumn,
        PortColumn,
        TargetPortColumn,
        NodePortColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /** The value the API server defaults an absent cell to, as text ("TCP", the port number
         *  for targetPort, "auto" for the nodePort of a NodePort or LoadBalancer Service), or an
         *  invalid QVariant when it stays unset. */
        PlaceholderRole = Qt::UserRole + 1,
        /** int(sd::Severity) of the worst finding at the cell's path (`spec.ports[1].name`), or
         *  an invalid QVariant. In headerData(row, Qt::Vertical): findings at `spec.ports[1]`. */
        SeverityRole,
        /** QStringList: the messages of those findings, worst first. */
        FindingsRole,
        /** QStringList of values to offer: for appProtocol the standard names, for targetPort
         *  the container port names of the pods the Service selects in the same file. */
        SuggestionsRole,
        /** QStringList parallel to SuggestionsRole: one translated line for each (may be empty
         *  strings). */
        SuggestionDescriptionsRole,
        /** Whether the cell is set at all (written in the file). */
        IsSetRole,
    };
    Q_ENUM(Role)

    /** The MIME type of copied ports: a YAML list of ports, as in `spec.ports`. */
    static QString mimeType();

    explicit PortTableModel(QObject *parent = nullptr);
    ~PortTableModel() override;

    // setDocument(), setService() and setScheduler() (where SeverityRole and FindingsRole come
    // from) are ServiceTableModel's.

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Inserts empty ports (one undo step). */
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    /** Removes ports (one undo step). */
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    /** Moves ports within the list (one undo step). */
    bool moveRows(const QModelIndex &sourceParent,
                  int sourceRow,
                  int count,
                  const QModelIndex &destinationParent,
                  int destinationChild) override;

    /** The ports of `rows` (in the order given) as a YAML list, as they stand in `spec.ports`. */
    QByteArray copyRows(const QList<int> &rows) const;
    /** Inserts the ports of a YAML list (or one port's mapping) before `row` (rowCount() to
     *  append), in one undo step. Returns false, changing nothing, when the text is not YAML or
     *  not ports. Values of the wrong type are kept, as when reading a file. */
    bool pasteRows(int row, const QByteArray &yaml);

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data,
                         Qt::DropAction action,
                         int row,
                         int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data,
                      Qt::DropAction action,
                      int row,
                      int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;

    /** The field path of a cell (`spec.ports[1].targetPort`). */
    static FieldPath cellPath(int row, int column);

private:
    int rowsIn(const Service &service) const override;
    void otherFieldChanged(const FieldPath &path) override;
    const List<ServicePort> &ports() const;
    QStringList suggestions(int column, bool descriptions) const;
    bool pushPorts(List<ServicePort> ports, const struct RowEdit &edit, const QString &text);
};

} // namespace sd
