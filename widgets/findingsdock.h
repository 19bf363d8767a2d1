// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QDockWidget>
#include <QPointer>

#include "model/document/servicechange.h"
#include "model/validation/finding.h"

class QAction;
class QLineEdit;
class QMenu;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace sd {

class FindingsFilterModel;
class FindingsModel;
class ValidationScheduler;

/**
 * The findings of every Service in a list: one toggle per severity (with its count), a text
 * filter, and an "Apply Fix" button and context-menu entry for the selected finding. Clicking a
 * finding (or Enter) asks the editor to show its field; applying a fix asks the editor to push it.
 * The dock itself changes nothing.
 *
 * Child object names: "findingsView", "findingsFilter", "errorsToggle", "warningsToggle",
 * "infosToggle", "applyFixAction".
 */
class FindingsDock final : public QDockWidget
{
    Q_OBJECT

public:
    /** Shows `model` (not owned; it must outlive the dock). */
    explicit FindingsDock(FindingsModel *model, QWidget *parent = nullptr);
    ~FindingsDock() override;

    FindingsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    /** The row of FindingsModel of the selected finding, or -1. */
    int currentSourceRow() const;

Q_SIGNALS:
    /** The user clicked a finding, or pressed Enter on it: show `path` of Service `ref`. */
    void findingActivated(sd::ServiceRef ref, const sd::FieldPath &path);
    /** The user asked to apply the Fix of the finding in row `sourceRow` of the FindingsModel. */
    void fixRequested(int sourceRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    /** Sizes the severity and line columns for their widest possible text. */
    void fitColumns();
    void retranslateUi();
    void watchScheduler();
    void updateCounts();
    void updateFixAction();
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);

    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QPointer<ValidationScheduler> m_scheduler;
    QMetaObject::Connection m_countsConnection;
    std::array<QToolButton *, 3> m_toggles{}; // by int(Severity)
    QLineEdit *m_text;
    QAction *m_fixAction;
    QToolButton *m_fixButton;
    QTreeView *m_view;
};

} // namespace sd
