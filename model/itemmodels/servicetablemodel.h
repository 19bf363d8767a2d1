// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

#include <QAbstractTableModel>
#include <QPointer>

#include "model/document/servicechange.h"
#include "model/io/manifest.h"
#include "model/validation/finding.h"

class QUndoCommand;

namespace sd {

class ManifestDocument;
class ValidationScheduler;

/**
 * The base of the table models over a list of one Service (PortTableModel over `spec.ports`,
 * KeyValueModel over a string map): the rows are read from the document each time, never
 * copied. The model follows the document's typed changes with exactly the change a view needs
 * (rows inserted, removed or moved, dataChanged for the cells of a row, a reset only when the
 * list is replaced by one of another length), the Service moving or going with documentsChanged,
 * and the findings of a ValidationScheduler. Edits are pushed as field-level commands
 * (servicecommands.h).
 */
/** Whether moveRows(sourceRow, count, destinationChild) is a move within `rows` rows (in
 *  QAbstractItemModel::moveRows()' terms: the rows end up before destinationChild). */
inline bool isRowMove(int rows, int sourceRow, int count, int destinationChild)
{
    return count > 0 && sourceRow >= 0 && sourceRow + count <= rows && destinationChild >= 0
           && destinationChild <= rows
           && !(destinationChild >= sourceRow && destinationChild <= sourceRow + count);
}

/** Moves the items as isRowMove() describes. */
template<typename List>
void moveItems(List &items, int sourceRow, int count, int destinationChild)
{
    const auto first = items.begin() + sourceRow;
    const auto last = first + count;
    if (destinationChild < sourceRow)
        std::rotate(items.begin() + destinationChild, first, last);
    else
        std::rotate(first, last, items.begin() + destinationChild);
}

class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ~ServiceTableModel() override;

    /** Shows nothing until setService(). Not owned; the model empties itself when the document
     *  is destroyed. */
    void setDocument(ManifestDocument *document);
    ManifestDocument *document() const;
    /** The Service to show; an invalid ref shows nothing. */
    void setService(ServiceRef ref);
    ServiceRef service() const { return m_ref; }
    /** Where the findings come from (not owned; may be nullptr: none). */
    void setScheduler(ValidationScheduler *scheduler);
    ValidationScheduler *scheduler() const;
    /** The field path of the list the rows are. */
    const FieldPath &listPath() const { return m_listPath; }

    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    ServiceTableModel(FieldPath listPath, QObject *parent);

    /** The Service shown, or nullptr. */
    const Service *currentService() const;
    /** The findings of the Service at `path` (and below it with `below`), as of the
     *  scheduler's last pass. */
    std::vector<const Finding *> findingsAt(const FieldPath &path, bool below) const;
    /** The findings of the Service whose path is the list's own. */
    std::vector<const Finding *> listFindings() const;
    /** Pushes a command on the document's undo stack. */
    void push(QUndoCommand *command);

    /** How many rows the list has in `service`. */
    virtual int rowsIn(const Service &service) const = 0;
    /** A field of the Service outside the list changed (its type, the selector): roles that
     *  depend on it may have changed. */
    virtual void otherFieldChanged(const FieldPath &) {}
    /** The items from `first` to `last` changed in place; by default their rows change. */
    virtual void rowsChangedIn(int first, int last);

    /** int(Severity) of the worst of `list`, or an invalid QVariant. */
    static QVariant worstSeverity(const std::vector<const Finding *> &list);
    /** The messages of `list`, worst first. */
    static QStringList messages(std::vector<const Finding *> list);

private:
    void reset();
    void findingsChanged();
    void aboutToChange(const ServiceChange &change);
    void changed(const ServiceChange &change);

    FieldPath m_listPath;
    QPointer<ManifestDocument> m_document;
    QPointer<ValidationScheduler> m_scheduler;
    ServiceRef m_ref;
    ServiceRef m_refBeforeMove; // as documents are about to move
    bool m_resetting = false;
    QList<QMetaObject::Connection> m_documentConnections;
    QList<QMetaObject::Connection> m_schedulerConnections;
};

} // namespace sd
