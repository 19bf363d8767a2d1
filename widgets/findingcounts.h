// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QPointer>

#include "model/validation/finding.h"

namespace sd {

struct FindingCounts;
class ValidationScheduler;

/**
 * The status-bar summary of a ValidationScheduler: "3 errors · 2 warnings · 1 info", and the
 * provider the Services were checked against. Follows the scheduler's countsChanged() and
 * validated() (a new environment is checked in a pass that ends with validated()).
 * Object name: "findingCounts".
 */
class FindingCountsLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit FindingCountsLabel(QWidget *parent = nullptr);
    ~FindingCountsLabel() override;

    /** Shows the counts of `scheduler` (not owned; nullptr shows nothing). */
    void setScheduler(ValidationScheduler *scheduler);
    ValidationScheduler *scheduler() const;

    /** "3 errors", "1 warning", "0 infos": translated, with the language's plural forms. */
    static QString countText(Severity severity, int count);
    /** "3 errors · 2 warnings · 1 info". */
    static QString countsText(const FindingCounts &counts);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<ValidationScheduler> m_scheduler;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace sd
