// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include "model/document/servicechange.h"
#include "model/io/manifest.h"
#include "model/validation/finding.h"

namespace sd {

class ValidationScheduler;
struct ServiceFindings;

/**
 * Every finding of a ValidationScheduler, one row each: Services in file order, each Service's
 * findings in the validator's order.
 *
 * A flat table rather than a Service → findings tree: an issues list is read, sorted and
 * filtered by severity or text across all Services (QSortFilterProxyModel does that on a table,
 * not across tree levels), and the Service column groups well enough. Views that want the tree
 * can sort by the Service column.
 *
 * The findings are the scheduler's, never copied: the model reads them in place. Updates: when
 * the scheduler replaces the findings of a Service (findingsAboutToChange, findingsReplaced) its
 * rows change in place (dataChanged) and the difference in number is inserted or removed at the
 * end of its block, so a selected finding stays selected while the user types. A pass that
 * changes many Services (opening a file, a new environment) says so once per slice, for the
 * Services the slice went over, and their rows change the same way as one block: the view hears
 * of each slice's rows as they arrive, and is never reset for them.
 * ValidationScheduler::servicesReset resets the model.
 *
 * No icons or colours (the model library does not link Qt Widgets): views map SeverityRole.
 */
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        ServiceColumn,
        PathColumn,
        MessageColumn,
        LineColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /** int(sd::Severity) of the finding, for every column. */
        SeverityRole = Qt::UserRole + 1,
        /** The stable code (`port-name-required`). */
        CodeRole,
        /** The field path (`spec.ports[1].name`). */
        PathRole,
        /** sd::ServiceRef of the Service the finding is about. */
        ServiceRefRole,
        /** 1-based line in the file; 0 when not known. */
        LineRole,
        /** 1-based column in the file; 0 when not known. */
        ColumnRole,
        /** Whether the finding has a Fix that helps: it changes the Service and makes no new
         *  error (fixHelps()). A Fix that would not is not offered. */
        HasFixRole,
        /** The Fix's label ("Name the port"), or an empty string. */
        FixLabelRole,
    };
    Q_ENUM(Role)

    explicit FindingsModel(QObject *parent = nullptr);
    ~FindingsModel() override;

    /** Shows the findings of `scheduler` (not owned; may be nullptr: no rows). */
    void setScheduler(ValidationScheduler *scheduler);
    ValidationScheduler *scheduler() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The finding of a row, or nullptr (for applying its Fix). */
    const Finding *findingAt(int row) const;
    /** The Service of a row, or an invalid ServiceRef. */
    ServiceRef serviceAt(int row) const;
    /** The first row of a Service's findings, or -1 when it has none. */
    int firstRowOf(ServiceRef ref) const;

    /** A translated name for a severity ("Error"). */
    static QString severityText(Severity severity);

private:
    bool offersFix(ServiceRef ref, const Finding &finding) const;
    void reset();
    void aboutToChange(int first, int last, int newCount);
    void changed(int first, int last);
    void onServiceChanged(const ServiceChange &change);
    /** Where each Service's block starts: firstRows()[i] for the entry i of allFindings(), and
     *  the row count at the end. Worked out again after a change, when first needed. */
    const std::vector<int> &firstRows() const;
    int entryOfRow(int row) const;
    const std::vector<ServiceFindings> &entries() const;
    QString serviceName(ServiceRef ref) const;

    QPointer<ValidationScheduler> m_scheduler;
    mutable std::vector<int> m_firstRows;
    mutable bool m_firstRowsValid = false;
    // Whether each finding's Fix helps (fixHelps()), worked out when first shown.
    mutable QHash<const Finding *, bool> m_fixHelps;
    int m_oldCount = 0; // rows of the Services being replaced
    QList<QMetaObject::Connection> m_connections;
};

} // namespace sd
