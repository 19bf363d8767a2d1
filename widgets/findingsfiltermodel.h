// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QSortFilterProxyModel>

#include "model/validation/finding.h"

namespace sd {

class FindingsModel;

/**
 * A FindingsModel as the findings dock shows it: filtered by severity and by text (any column,
 * or the finding's code), sorted by severity and line as numbers, with a severity icon and colour
 * in the severity column and a tooltip that names the finding's Fix and source.
 *
 * Icons and colours are those of the form's field markers (fieldmarkers.h); they need Qt Widgets,
 * which is why this lives beside the widgets and not in the model library.
 */
class FindingsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);
    ~FindingsFilterModel() override;

    /** Shows or hides the findings of one severity (all are shown at first). */
    void setSeverityVisible(Severity severity, bool visible);
    bool isSeverityVisible(Severity severity) const;

    /** Keeps the findings that contain `text` (case-insensitive) in a column or their code. */
    void setText(const QString &text);

    void setSourceModel(QAbstractItemModel *model) override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const FindingsModel *findings() const;
    /** Fills the per-row texts and severities from the source, once per change of it. */
    void ensureCache() const;

    std::array<bool, 3> m_visible{true, true, true}; // by int(Severity)
    QString m_needle;                                // the filter text, lower-cased
    // By source row: every column's text and the code, lower-cased and separated so that a
    // match never spans two of them; and the severity. Filtering and sorting read these, not
    // the source's data(), which builds its strings anew on each call.
    mutable std::vector<QString> m_haystacks;
    mutable std::vector<Severity> m_severities;
    mutable bool m_cacheValid = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace sd
