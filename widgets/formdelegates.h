// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QStyledItemDelegate>

namespace sd {

class AnnotationCatalogModel;
struct ProviderProfile;

/**
 * Draws and edits the cells of the ports and key/value tables: a finding's icon and colour by
 * severity with its messages as the tooltip (SeverityRole, FindingsRole of PortTableModel and
 * KeyValueModel), what the API server defaults greyed in an empty cell (PlaceholderRole), and
 * editors that fit the column: a combo of TCP, UDP and SCTP for the protocol, an editable combo
 * with suggestions and their one-line descriptions for appProtocol and targetPort.
 */
class TableCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TableCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    /** Why `text` cannot go into the cell at `index` (a port number out of range, letters), or
     *  an empty string when it can. */
    static QString refusal(const QModelIndex &index, const QString &text);
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event,
                   QAbstractItemView *view,
                   const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    /** Keeps an editor open while its text cannot be taken (saying why), opens a choice's list
     *  at once so that arrow keys choose in it, and leaves Undo and Redo to the window. */
    bool eventFilter(QObject *object, QEvent *event) override;
};

/** TableCellDelegate for the annotations table: completes keys from the chosen provider's
 *  catalogue (with each key's description) and values from the catalogue entry of the key. */
/** A completion list item: the key, and its description (Qt::ToolTipRole) under it in the
 *  placeholder colour, each on one line. */
class KeyWithDescriptionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit KeyWithDescriptionDelegate(QObject *parent = nullptr);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

class AnnotationDelegate final : public TableCellDelegate
{
    Q_OBJECT

public:
    explicit AnnotationDelegate(QObject *parent = nullptr);
    ~AnnotationDelegate() override;

    void setProfile(std::shared_ptr<const ProviderProfile> profile);
    AnnotationCatalogModel *catalog() const { return m_catalog; }

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;

private:
    AnnotationCatalogModel *m_catalog;
    std::shared_ptr<const ProviderProfile> m_profile;
};

} // namespace sd
