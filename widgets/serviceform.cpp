// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/serviceform.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/typechange.h"
#include "model/domain/fieldtable.h"
#include "model/itemmodels/annotationcatalog.h"
#include "model/itemmodels/keyvaluemodel.h"
#include "model/itemmodels/porttablemodel.h"
#include "model/validation/validationscheduler.h"
#include "widgets/fieldmarkers.h"
#include "widgets/formdelegates.h"
#include "widgets/tablesection.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Combo entries: the first is "not set" and shows what the API server defaults to; the others
// carry the value as item data.
void fillCombo(QComboBox *combo, const ServiceField &field)
{
    const int current = combo->currentIndex();
    combo->clear();
    combo->addItem(field.placeholderText(), QString());
    for (const QString &v : field.choices)
        combo->addItem(ServiceField::choiceText(v), v);
    combo->setCurrentIndex(std::max(current, 0));
}

void selectValue(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (combo->isEditable()) {
        combo->setEditText(value);
    } else {
        // A value the form does not offer (a decode error): show it as written.
        combo->addItem(value, value);
        combo->setCurrentIndex(combo->count() - 1);
    }
}

bool isTable(const ServiceField &f)
{
    return f.kind == FieldKind::Map || f.kind == FieldKind::Ports;
}

} // namespace

ServiceForm::ServiceForm(QWidget *parent)
    : QWidget(parent)
    , m_portModel(new PortTableModel(this))
    , m_selectorModel(new KeyValueModel(MapField::Selector, this))
    , m_labelModel(new KeyValueModel(MapField::Labels, this))
    , m_annotationModel(new KeyValueModel(MapField::Annotations, this))
{
    buildUi();
    retranslateUi();
}

ServiceForm::~ServiceForm() = default;

QWidget *ServiceForm::createEditor(const ServiceField &field)
{
    QWidget *editor = nullptr;
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::TextList: {
        auto *edit = new QLineEdit;
        // Line edits commit when the user leaves them or presses Enter.
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, &field] {
            commit(field, edit->text());
        });
        editor = edit;
        break;
    }
    case FieldKind::Choice:
    case FieldKind::OpenChoice: {
        auto *combo = new QComboBox;
        if (field.kind == FieldKind::OpenChoice) {
            combo->setEditable(true);
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, combo, &field] {
                // A listed text means its value ("no preference" is not a value).
                const int listed = combo->findText(combo->currentText());
                commit(field, listed >= 0 ? combo->itemData(listed) : combo->currentText());
            });
        } else if (field.path == FieldPath(u"spec.type"_s)) {
            connect(combo, &QComboBox::activated, this, &ServiceForm::changeType);
        } else {
            connect(combo, &QComboBox::activated, this, [this, combo, &field] {
                commit(field, combo->currentData());
            });
        }
        editor = combo;
        break;
    }
    case FieldKind::Number: {
        auto *spin = new QSpinBox;
        spin->setRange(0, field.maximum); // 0 shows the placeholder: not set
        connect(spin, &QSpinBox::editingFinished, this, [this, spin, &field] {
            commit(field, spin->value());
        });
        editor = spin;
        break;
    }
    case FieldKind::Check: {
        auto *check = new QCheckBox;
        connect(check, &QCheckBox::clicked, this, [this, &field](bool on) { commit(field, on); });
        editor = check;
        break;
    }
    case FieldKind::Map:
    case FieldKind::Ports:
        return createTable(field);
    }
    editor->setObjectName(field.objectName);
    return editor;
}

QWidget *ServiceForm::createTable(const ServiceField &field)
{
    auto *view = new QTableView;
    QAbstractItemModel *model = field.kind == FieldKind::Ports
                                    ? static_cast<QAbstractItemModel *>(m_portModel)
                                    : mapModel(field.path);
    view->setModel(model);
    if (model == m_annotationModel) {
        m_annotationDelegate = new AnnotationDelegate(view);
        view->setItemDelegate(m_annotationDelegate);
        m_annotationView = view;
    } else {
        view->setItemDelegate(new TableCellDelegate(view));
    }
    if (model == m_portModel) {
        view->setDragDropMode(QAbstractItemView::InternalMove);
        m_portView = view;
    } else if (model == m_selectorModel) {
        m_selectorView = view;
    } else if (model == m_labelModel) {
        m_labelView = view;
    }
    view->installEventFilter(this);
    m_rowOf.insert(view, m_rows.size());
    return tableSection(view, field.objectName, field.kind == FieldKind::Ports);
}

void ServiceForm::buildUi()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    static const char *const names[] = {"generalBox",
                                        "portsBox",
                                        "selectorBox",
                                        "trafficBox",
                                        "addressBox",
                                        "loadBalancerBox",
                                        "metadataBox",
                                        "advancedBox"};
    std::array<QFormLayout *, 8> layouts{};
    for (size_t i = 0; i < m_sections.size(); ++i) {
        m_sections[i] = new QGroupBox(content);
        m_sections[i]->setObjectName(QLatin1String(names[i]));
        layouts[i] = new QFormLayout(m_sections[i]);
        column->addWidget(m_sections[i]);
    }
    for (const ServiceField &field : serviceFields()) {
        const size_t section = size_t(field.section);
        QWidget *editor = createEditor(field);
        // A table alone in its section needs no label: the section's title says what it is.
        const bool alone = isTable(field) && field.section != FieldSection::Metadata;
        Row row{&field, editor, nullptr};
        if (alone) {
            layouts[section]->addRow(editor);
        } else {
            row.label = new QLabel(m_sections[section]);
            row.label->setBuddy(editor);
            layouts[section]->addRow(row.label, editor);
        }
        if (!isTable(field)) {
            editor->installEventFilter(this);
            m_rowOf.insert(editor, m_rows.size());
        }
        m_rows.push_back(row);
    }
    // Advanced: what few Services need, folded away until asked for.
    QGroupBox *advanced = m_sections[size_t(FieldSection::Advanced)];
    QFormLayout *advancedLayout = layouts[size_t(FieldSection::Advanced)];
    advanced->setCheckable(true);
    advanced->setChecked(false);
    auto fold = [advancedLayout](bool open) {
        for (int i = 0; i < advancedLayout->rowCount(); ++i)
            advancedLayout->setRowVisible(i, open);
    };
    connect(advanced, &QGroupBox::toggled, this, fold);
    fold(false);
    column->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"serviceFormScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void ServiceForm::retranslateUi()
{
    const bool updating = m_updating;
    m_updating = true;
    const QString titles[] = {tr("Service"),
                              tr("Ports"),
                              tr("Selector: the pods that get the traffic"),
                              tr("Traffic"),
                              tr("Addresses"),
                              tr("Load balancer"),
                              tr("Labels and annotations"),
                              tr("Advanced")};
    for (size_t i = 0; i < m_sections.size(); ++i)
        m_sections[i]->setTitle(titles[i]);
    for (const Row &row : m_rows) {
        const ServiceField &f = *row.field;
        if (row.label)
            row.label->setText(f.labelText());
        if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
            edit->setPlaceholderText(f.placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(row.editor))
            fillCombo(combo, f);
        else if (auto *spin = qobject_cast<QSpinBox *>(row.editor))
            spin->setSpecialValueText(f.placeholderText());
        else if (auto *check = qobject_cast<QCheckBox *>(row.editor))
            check->setText(f.placeholderText());
        if (f.path == FieldPath(u"spec.sessionAffinityConfig.clientIP.timeoutSeconds"_s))
            static_cast<QSpinBox *>(row.editor)->setSuffix(tr(" s"));
    }
    m_updating = updating;
    refresh();
}

void ServiceForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ServiceForm::setDocument(ManifestDocument *document)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    m_ref = {};
    for (auto *model : {m_selectorModel, m_labelModel, m_annotationModel})
        model->setDocument(document);
    m_portModel->setDocument(document);
    if (document) {
        m_connections << connect(document,
                                 &ManifestDocument::serviceChanged,
                                 this,
                                 &ServiceForm::onChanged);
        m_connections << connect(document,
                                 &ManifestDocument::manifestReset,
                                 this,
                                 &ServiceForm::refresh);
        m_connections << connect(document,
                                 &ManifestDocument::documentsChanged,
                                 this,
                                 &ServiceForm::refresh);
    }
    refresh();
}

void ServiceForm::setService(ServiceRef ref)
{
    m_ref = ref;
    m_portModel->setService(ref);
    for (auto *model : {m_selectorModel, m_labelModel, m_annotationModel})
        model->setService(ref);
    refresh();
}

void ServiceForm::setScheduler(ValidationScheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    m_portModel->setScheduler(scheduler);
    for (auto *model : {m_selectorModel, m_labelModel, m_annotationModel})
        model->setScheduler(scheduler);
    if (scheduler) {
        connect(scheduler,
                &ValidationScheduler::findingsChanged,
                this,
                [this](const QList<ServiceRef> &changed) {
                    if (changed.contains(m_ref))
                        refreshMarkers();
                });
        connect(scheduler, &ValidationScheduler::servicesReset, this, &ServiceForm::refreshMarkers);
    }
    refreshMarkers();
}

void ServiceForm::setEnvironment(const Environment &environment)
{
    m_annotationDelegate->setProfile(environment.platform.provider);
}

const Service *ServiceForm::current() const
{
    if (!m_document || !m_ref.isValid())
        return nullptr;
    const Manifest &m = m_document->manifest();
    if (size_t(m_ref.document) >= m.documents.size())
        return nullptr;
    const SourceDocument &doc = m.documents[size_t(m_ref.document)];
    if (size_t(m_ref.resource) >= doc.resources.size()
        || !doc.resources[size_t(m_ref.resource)].isService())
        return nullptr;
    return &m.service(m_ref);
}

void ServiceForm::commit(const ServiceField &field, const QVariant &value)
{
    const Service *service = m_updating ? nullptr : current();
    if (!service)
        return;
    Service edited = *service;
    if (!field.set(edited, value))
        return;
    const QString label = field.undoLabel(field.kind != FieldKind::Check || value.toBool());
    QUndoCommand *command = nullptr;
    if (field.path.startsWith({u"metadata"}))
        command = new SetMetadataCommand(m_document, m_ref, field.path, edited.metadata, label);
    else
        command = new SetSpecCommand(m_document, m_ref, field.path, edited.spec, label);
    m_document->undoStack()->push(command);
}

void ServiceForm::changeType(int comboIndex)
{
    const Service *service = m_updating ? nullptr : current();
    if (!service)
        return;
    auto *combo = findChild<QComboBox *>(u"type"_s);
    const QString name = combo->itemData(comboIndex).toString();
    const ServiceType type = parseEnum<ServiceType>(name).value_or(ServiceType::ClusterIP);
    TypeChange change = changeServiceType(*service, type);
    if (name.isEmpty()) // "ClusterIP (default)": leave the field out, as the API defaults it
        change.service.spec.value().type.clear();
    if (change.service == *service)
        return;
    const QString shown = toString(type);
    const QString label
        = change.removed.isEmpty()
              ? tr("Change the type to %1").arg(shown)
              : tr("Change the type to %1 and remove %2").arg(shown, change.removed.join(u", "_s));
    m_document->undoStack()->push(
        new SetSpecCommand(m_document, m_ref, FieldPath(u"spec.type"_s), change.service.spec, label));
    if (!change.removed.isEmpty()) {
        Q_EMIT statusMessage(
            tr("%1 does not use %n field(s), removed: %2", "", int(change.removed.size()))
                .arg(shown, change.removed.join(u", "_s)));
    }
}

void ServiceForm::onChanged(const ServiceChange &change)
{
    if (change.service != m_ref)
        return;
    for (const Row &row : m_rows) {
        if (!isTable(*row.field) && row.field->isAffectedBy(change.path))
            refreshRow(row);
    }
    if (const Service *s = current())
        m_annotationDelegate->catalog()->setService(*s); // pattern keys take its port numbers
    refreshVisibility();
}

void ServiceForm::refreshRow(const Row &row)
{
    const bool updating = m_updating;
    m_updating = true;
    static const Service empty;
    const Service *service = current();
    const QVariant value = row.field->get ? row.field->get(service ? *service : empty) : QVariant();
    if (auto *edit = qobject_cast<QLineEdit *>(row.editor)) {
        // Never overwrite what the user is typing.
        if (edit->text() != value.toString() && !edit->hasFocus())
            edit->setText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        selectValue(combo, value.toString());
    } else if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
        spin->setValue(value.toInt());
    } else if (auto *check = qobject_cast<QCheckBox *>(row.editor)) {
        check->setChecked(value.toBool());
    }
    m_updating = updating;
}

void ServiceForm::refresh()
{
    const Service *service = current();
    setEnabled(service != nullptr);
    for (const Row &row : m_rows) {
        if (!isTable(*row.field))
            refreshRow(row);
    }
    m_annotationDelegate->catalog()->setService(service ? *service : Service());
    refreshVisibility();
    refreshMarkers();
}

void ServiceForm::refreshVisibility()
{
    static const Service empty;
    const Service *service = current();
    const Service &s = service ? *service : empty;
    std::array<bool, 8> sectionShown{};
    for (const Row &row : m_rows) {
        const bool visible = !row.field->applies || row.field->applies(s);
        sectionShown[size_t(row.field->section)] |= visible;
        // A table alone in its section goes with the section; a field that always applies
        // keeps what its section gave it (the advanced one is folded away).
        if (!row.label || !row.field->applies)
            continue;
        row.editor->setVisible(visible);
        row.label->setVisible(visible);
    }
    for (size_t i = 0; i < m_sections.size(); ++i)
        m_sections[i]->setVisible(sectionShown[i]);
    const ServiceType type = s.effectiveType();
    m_portView->setColumnHidden(PortTableModel::NodePortColumn,
                                type != ServiceType::NodePort && type != ServiceType::LoadBalancer);
}

void ServiceForm::refreshMarkers()
{
    for (const Row &row : m_rows) {
        if (!row.label)
            continue;
        markField(row.label,
                  row.editor,
                  m_scheduler && current() ? m_scheduler->findingsAt(m_ref, row.field->path, true)
                                           : std::vector<const Finding *>());
    }
}

KeyValueModel *ServiceForm::mapModel(const FieldPath &path) const
{
    for (KeyValueModel *model : {m_selectorModel, m_labelModel, m_annotationModel}) {
        if (path.isAtOrBelow(model->listPath()))
            return model;
    }
    return nullptr;
}

QTableView *ServiceForm::tableOf(const FieldPath &path) const
{
    if (path.isAtOrBelow(m_portModel->listPath()))
        return m_portView;
    const KeyValueModel *model = mapModel(path);
    return model == m_selectorModel ? m_selectorView
           : model == m_labelModel  ? m_labelView
           : model                  ? m_annotationView
                                    : nullptr;
}

bool ServiceForm::eventFilter(QObject *watched, QEvent *event)
{
    // Copy and paste whole ports, as YAML, so they also go to and come from a text editor.
    if (watched == m_portView && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            QList<int> rows;
            for (const QModelIndex &i : m_portView->selectionModel()->selectedIndexes()) {
                if (!rows.contains(i.row()))
                    rows << i.row();
            }
            std::sort(rows.begin(), rows.end());
            if (!rows.isEmpty())
                QGuiApplication::clipboard()->setText(
                    QString::fromUtf8(m_portModel->copyRows(rows)));
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            const int row = m_portView->currentIndex().isValid()
                                ? m_portView->currentIndex().row() + 1
                                : m_portModel->rowCount();
            if (!m_portModel->pasteRows(row, QGuiApplication::clipboard()->text().toUtf8()))
                Q_EMIT statusMessage(tr("The clipboard holds no ports."));
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn) {
        if (watched == m_portView) {
            const QModelIndex i = m_portView->currentIndex();
            Q_EMIT fieldFocused(i.isValid() ? PortTableModel::cellPath(i.row(), i.column())
                                            : m_portModel->listPath());
        } else if (const auto it = m_rowOf.constFind(watched); it != m_rowOf.constEnd()) {
            Q_EMIT fieldFocused(m_rows[*it].field->path);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ServiceForm::focusField(const FieldPath &path)
{
    if (QTableView *view = tableOf(path)) {
        view->setFocus();
        if (view == m_portView && path.portIndex()) {
            const int column = std::max(0, portFieldIndex(path.portField()));
            view->setCurrentIndex(m_portModel->index(*path.portIndex(), column));
            view->scrollTo(view->currentIndex());
        } else if (const std::optional<QString> key = path.mapKey()) {
            const QModelIndexList hits = view->model()->match(view->model()->index(0, 0),
                                                              Qt::DisplayRole,
                                                              *key,
                                                              1,
                                                              Qt::MatchExactly);
            if (!hits.isEmpty())
                view->setCurrentIndex(hits.front());
        }
        return;
    }
    const ServiceField *field = serviceField(path);
    for (const Row &row : m_rows) {
        if (row.field != field)
            continue;
        QGroupBox *advanced = m_sections[size_t(FieldSection::Advanced)];
        if (advanced->isAncestorOf(row.editor))
            advanced->setChecked(true);
        row.editor->setFocus();
        return;
    }
}

} // namespace sd
