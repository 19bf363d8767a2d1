// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTableView;

namespace sd {

class PortTableModel;

/**
 * Copy and paste of whole ports in the ports table, as YAML (the list `spec.ports` holds), so
 * ports also go to and come from a text editor: Copy takes the selected rows, Paste inserts after
 * the current row. Installed on the view as an event filter.
 */
class PortClipboard final : public QObject
{
    Q_OBJECT

public:
    PortClipboard(QTableView *view, PortTableModel *model);

Q_SIGNALS:
    /** Something to say in the status bar (the clipboard holds no ports). */
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    PortTableModel *m_model;
};

} // namespace sd
