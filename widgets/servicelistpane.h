// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "model/itemmodels/servicelistmodel.h"

class QLabel;
class QListView;
class QModelIndex;

namespace sd {

class ManifestDocument;

/**
 * The left-hand side of the window: a "Services" heading over a two-line list of a
 * ServiceListModel. Keeps the same row selected when the model is reset (after a save), and the
 * same Service (or unreadable document) when documents are added, removed or moved.
 * While the file has no Service, a hint above the list says how to add one. Child object
 * names: "serviceList", "serviceListHint".
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
    /** Follows the documents of `document` (the model's) as they are added, removed or moved. */
    void followDocument(ManifestDocument *document);

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
    QLabel *m_hint;
    int m_rowBeforeReset = -1;
    ServiceRef m_selectedBeforeMove; // as documents are about to move
    int m_documentBeforeMove = -1;
};

} // namespace sd
