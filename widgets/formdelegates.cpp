// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/formdelegates.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QTimer>
#include <QToolTip>

#include "model/itemmodels/annotationcatalog.h"
#include "model/itemmodels/keyvaluemodel.h"
#include "model/itemmodels/porttablemodel.h"
#include "model/providers/profile.h"
#include "widgets/fieldmarkers.h"
#include "widgets/inputguard.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// PortTableModel and KeyValueModel number their roles alike; read them by name so that either
// model works here.
int roleOf(const QAbstractItemModel *model, const QByteArray &name)
{
    const QHash<int, QByteArray> roles = model->roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (it.value() == name)
            return it.key();
    }
    return -1;
}

QVariant roleData(const QModelIndex &index, const QByteArray &name)
{
    const int role = roleOf(index.model(), name);
    return role >= 0 ? index.data(role) : QVariant();
}

bool isPortColumn(const QModelIndex &index, int column)
{
    return qobject_cast<const PortTableModel *>(index.model()) && index.column() == column;
}

bool isNumberColumn(const QModelIndex &index)
{
    return isPortColumn(index, PortTableModel::PortColumn)
           || isPortColumn(index, PortTableModel::NodePortColumn);
}

} // namespace

TableCellDelegate::TableCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void TableCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = roleData(index, "severity");
    if (severity.isValid()) {
        option->icon = severityIcon(Severity(severity.toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->palette.setColor(QPalette::Text,
                                 severityColor(Severity(severity.toInt()), option->palette));
    }
    if (roleData(index, "shadowed").toBool())
        option->font.setStrikeOut(true);
}

void TableCellDelegate::paint(QPainter *painter,
                              const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    // The default, greyed, where nothing is written.
    const QString placeholder = roleData(index, "placeholder").toString();
    if (placeholder.isEmpty() || !index.data(Qt::DisplayRole).toString().isEmpty())
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QRect text = opt.widget ? opt.widget->style()->subElementRect(QStyle::SE_ItemViewItemText,
                                                                        &opt,
                                                                        opt.widget)
                                  : opt.rect;
    painter->save();
    QColor grey = opt.palette.color(QPalette::PlaceholderText);
    painter->setPen(grey);
    painter->setFont(opt.font);
    painter->drawText(text.adjusted(2, 0, -2, 0),
                      Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(placeholder, Qt::ElideRight, text.width() - 4));
    painter->restore();
}

QWidget *TableCellDelegate::createEditor(QWidget *parent,
                                         const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (isPortColumn(index, PortTableModel::ProtocolColumn)) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"protocolEditor"_s);
        combo->addItems({u"TCP"_s, u"UDP"_s, u"SCTP"_s});
        // The list opens at once: arrow keys move in it, and only a choice changes the value.
        QTimer::singleShot(0, combo, [combo] {
            if (combo->isVisible())
                combo->showPopup();
        });
        // A choice in the list is the value: it is taken and the editor closes.
        auto *self = const_cast<TableCellDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::NoHint);
        });
        return combo;
    }
    if (isPortColumn(index, PortTableModel::PortColumn)
        || isPortColumn(index, PortTableModel::NodePortColumn)) {
        // Text, not a spin box: what the user types stays as typed until it is right.
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(index.column() == PortTableModel::PortColumn ? u"portEditor"_s
                                                                         : u"nodePortEditor"_s);
        edit->setProperty("sdIndex", QVariant::fromValue(QPersistentModelIndex(index)));
        // A refusal (eventFilter()) is marked until the text changes.
        connect(edit, &QLineEdit::textEdited, edit, [edit] {
            edit->setPalette(edit->parentWidget()->palette());
            edit->setToolTip(QString());
        });
        return edit;
    }
    const QStringList suggestions = roleData(index, "suggestions").toStringList();
    if (isPortColumn(index, PortTableModel::AppProtocolColumn)
        || isPortColumn(index, PortTableModel::TargetPortColumn)) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(index.column() == PortTableModel::AppProtocolColumn
                                 ? u"appProtocolEditor"_s
                                 : u"targetPortEditor"_s);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        const QStringList descriptions = roleData(index, "suggestionDescriptions").toStringList();
        for (qsizetype i = 0; i < suggestions.size(); ++i) {
            combo->addItem(suggestions[i]);
            const QString description = descriptions.value(i);
            if (!description.isEmpty())
                combo->setItemData(int(i), description, Qt::ToolTipRole);
        }
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void TableCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // Entered by keyboard, what is typed replaces the old text, as in a spin box.
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        edit->setText(value.isValid() && !(value.typeId() == QMetaType::Int && value.toInt() == 0)
                          ? value.toString()
                          : QString());
        edit->selectAll();
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString value = index.data(Qt::EditRole).toString();
        if (combo->isEditable()) {
            combo->setEditText(value);
            combo->lineEdit()->selectAll();
        } else {
            const int i = combo->findText(
                value.isEmpty() ? roleData(index, "placeholder").toString() : value);
            combo->setCurrentIndex(std::max(i, 0));
        }
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void TableCellDelegate::setModelData(QWidget *editor,
                                     QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString value = combo->currentText().trimmed();
        if (value != index.data(Qt::EditRole).toString())
            model->setData(index, value, Qt::EditRole);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(editor);
        edit && isNumberColumn(index) && refusal(index, edit->text()).isEmpty()) {
        const QString text = edit->text().trimmed();
        const QVariant value = text.isEmpty() ? QVariant() : QVariant(text.toInt());
        if (value != index.data(Qt::EditRole))
            model->setData(index, value, Qt::EditRole);
        return;
    }
    if (qobject_cast<QLineEdit *>(editor) && isNumberColumn(index))
        return; // refused: eventFilter() kept the editor open, or it was cancelled
    QStyledItemDelegate::setModelData(editor, model, index);
}

QString TableCellDelegate::refusal(const QModelIndex &index, const QString &text)
{
    if (!isNumberColumn(index) || text.trimmed().isEmpty())
        return {};
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    const bool nodePort = index.column() == PortTableModel::NodePortColumn;
    if (ok && n >= 1 && n <= 65535)
        return {};
    return nodePort ? tr("A node port is a number from 1 to 65535 (usually 30000-32767), or "
                         "empty for one the cluster chooses. Fix it, or press Esc to keep the "
                         "old value.")
                    : tr("A port is a number from 1 to 65535. Fix it, or press Esc to keep the "
                         "old value.");
}

bool TableCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (!editor)
        return QStyledItemDelegate::eventFilter(object, event);
    // Undo and Redo are the document's: what is typed in the cell is dropped, and the window's
    // shortcut takes the key.
    if (isUndoOrRedo(event)) {
        if (event->type() == QEvent::ShortcutOverride) {
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
            event->ignore();
        }
        return true;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    const QModelIndex index = edit ? QModelIndex(edit->property("sdIndex").toPersistentModelIndex())
                                   : QModelIndex();
    bool leaving = event->type() == QEvent::FocusOut;
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        leaving = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
                  || key == Qt::Key_Backtab;
    }
    if (edit && index.isValid() && leaving) {
        if (const QString why = refusal(index, edit->text()); !why.isEmpty()) {
            edit->setToolTip(why);
            QPalette palette = edit->palette();
            palette.setColor(QPalette::Text, severityColor(Severity::Error, palette));
            edit->setPalette(palette);
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), why, edit);
            return true; // the editor stays, with the old value in the model
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

bool TableCellDelegate::helpEvent(QHelpEvent *event,
                                  QAbstractItemView *view,
                                  const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    const QStringList findings = roleData(index, "findings").toStringList();
    if (event->type() == QEvent::ToolTip && !findings.isEmpty()) {
        QToolTip::showText(event->globalPos(), findings.join(u"\n"_s), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

AnnotationDelegate::AnnotationDelegate(QObject *parent)
    : TableCellDelegate(parent)
    , m_catalog(new AnnotationCatalogModel(this))
{}

AnnotationDelegate::~AnnotationDelegate() = default;

KeyWithDescriptionDelegate::KeyWithDescriptionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize KeyWithDescriptionDelegate::sizeHint(const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(Qt::ToolTipRole).toString().isEmpty())
        size.setHeight(size.height() + option.fontMetrics.height());
    return size;
}

void KeyWithDescriptionDelegate::paint(QPainter *painter,
                                       const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QString description = index.data(Qt::ToolTipRole).toString();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString key = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect text
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const int line = opt.fontMetrics.height();
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(text.left(), text.top(), text.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(key, Qt::ElideMiddle, text.width()));
    if (!description.isEmpty()) {
        painter->setPen(
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(text.left(), text.top() + line, text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(description.simplified(),
                                                     Qt::ElideRight,
                                                     text.width()));
    }
    painter->restore();
}

void AnnotationDelegate::setProfile(std::shared_ptr<const ProviderProfile> profile)
{
    m_profile = profile;
    m_catalog->setProfile(std::move(profile));
}

QWidget *AnnotationDelegate::createEditor(QWidget *parent,
                                          const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    if (index.column() == KeyValueModel::KeyColumn) {
        edit->setObjectName(u"annotationKeyEditor"_s);
        auto *completer = new QCompleter(m_catalog, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        // Keys share long prefixes: the list is wide enough to tell them apart, and each shows
        // its description under it.
        completer->popup()->setItemDelegate(new KeyWithDescriptionDelegate(completer->popup()));
        completer->popup()->setMinimumWidth(std::max(560, edit->width()));
        completer->popup()->setTextElideMode(Qt::ElideMiddle);
        edit->setCompleter(completer);
    } else if (m_profile) {
        edit->setObjectName(u"annotationValueEditor"_s);
        const QString key = index.siblingAtColumn(KeyValueModel::KeyColumn).data().toString();
        const QStringList values = annotationValues(*m_profile, key);
        if (!values.isEmpty())
            edit->setCompleter(new QCompleter(values, edit));
        edit->setPlaceholderText(annotationDescription(*m_profile, key));
    }
    Q_UNUSED(option);
    return edit;
}

} // namespace sd
