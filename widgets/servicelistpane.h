// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;

namespace sd {

class ServiceListModel;

/**
 * The left-hand side of the window: a "Services" heading over a two-line list of a
 * ServiceListModel. Keeps the same row selected when the model is reset (after a save).
 * Child object name: "serviceList".
 */
class ServiceListPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceListPane(ServiceListModel *model, QWidget *parent = nullptr);
    ~ServiceListPane() override;

    /** The selected row, or an invalid index. */
    QModelIndex currentIndex() const;
    /** Selects `row` if there is such a row. */
    void selectRow(int row);

Q_SIGNALS:
    /** The selected row changed, or its content was replaced by a reset. */
    void currentChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ServiceListModel *m_model;
    QLabel *m_heading;
    QListView *m_list;
    int m_rowBeforeReset = -1;
};

} // namespace sd
