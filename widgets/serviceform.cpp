// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/serviceform.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/typechange.h"
#include "model/document/validationscheduler.h"
#include "model/domain/fieldtable.h"
#include "model/itemmodels/annotationcatalog.h"
#include "model/itemmodels/keyvaluemodel.h"
#include "model/itemmodels/porttablemodel.h"
#include "widgets/fieldeditor.h"
#include "widgets/fieldmarkers.h"
#include "widgets/formdelegates.h"
#include "widgets/inputguard.h"
#include "widgets/portclipboard.h"
#include "widgets/tablesection.h"

using namespace Qt::StringLiterals;

namespace sd {

ServiceForm::ServiceForm(QWidget *parent)
    : QWidget(parent)
    , m_portModel(new PortTableModel(this))
{
    buildUi();
    retranslateUi();
}

ServiceForm::~ServiceForm() = default;

QWidget *ServiceForm::createEditor(const ServiceField &field)
{
    if (field.isTable())
        return createTable(field);
    if (field.path == FieldPath(u"spec.type"_s))
        return createFieldEditor(field,
                                 [this](const QVariant &name) { changeType(name.toString()); });
    return createFieldEditor(field, [this, &field](const QVariant &value) { commit(field, value); });
}

QWidget *ServiceForm::createTable(const ServiceField &field)
{
    auto *view = new QTableView;
    ServiceTableModel *model = m_portModel;
    if (field.kind == FieldKind::Map) {
        const MapField map = field.path.last().name == u"selector" ? MapField::Selector
                             : field.path.last().name == u"labels" ? MapField::Labels
                                                                   : MapField::Annotations;
        model = new KeyValueModel(map, this);
    }
    view->setModel(model);
    m_tables.emplace_back(model, view);
    if (field.kind == FieldKind::Ports) {
        view->setItemDelegate(new TableCellDelegate(view));
        view->setDragDropMode(QAbstractItemView::InternalMove);
        m_portView = view;
        connect(new PortClipboard(view, m_portModel),
                &PortClipboard::statusMessage,
                this,
                &ServiceForm::statusMessage);
    } else if (field.path.last().name == u"annotations") {
        m_annotationDelegate = new AnnotationDelegate(view);
        view->setItemDelegate(m_annotationDelegate); // completes from the provider's catalogue
    } else {
        view->setItemDelegate(new TableCellDelegate(view));
    }
    view->installEventFilter(this);
    m_rowOf.insert(view, m_rows.size());
    return tableSection(view, field.objectName, field.kind == FieldKind::Ports ? 5 : 4);
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
        const bool alone = field.isTable() && field.section != FieldSection::Metadata;
        Row row{&field, editor, nullptr};
        if (alone) {
            layouts[section]->addRow(editor);
        } else {
            row.label = new QLabel(m_sections[section]);
            row.label->setBuddy(editor);
            layouts[section]->addRow(row.label, editor);
        }
        if (!field.isTable()) {
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
    InputGuard::install(content, scroll);
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
        if (row.label)
            row.label->setText(row.field->labelText());
        if (!row.field->isTable())
            retranslateFieldEditor(row.editor, *row.field);
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
    for (const auto &[model, view] : m_tables)
        model->setDocument(document);
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
    for (const auto &[model, view] : m_tables)
        model->setService(ref);
    refresh();
}

void ServiceForm::setScheduler(ValidationScheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    for (const auto &[model, view] : m_tables)
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
    return m_document ? m_document->serviceAt(m_ref) : nullptr;
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

void ServiceForm::changeType(const QString &name)
{
    QString said;
    if (QUndoCommand *command = m_updating ? nullptr
                                           : typeChangeCommand(m_document, m_ref, name, &said))
        m_document->undoStack()->push(command);
    if (!said.isEmpty())
        Q_EMIT statusMessage(said);
}

void ServiceForm::onChanged(const ServiceChange &change)
{
    if (change.service != m_ref)
        return;
    for (const Row &row : m_rows) {
        if (!row.field->isTable() && row.field->isAffectedBy(change.path))
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
    showFieldValue(row.editor, row.field->get(service ? *service : empty));
    m_updating = updating;
}

void ServiceForm::refresh()
{
    const Service *service = current();
    setEnabled(service != nullptr);
    for (const Row &row : m_rows) {
        if (!row.field->isTable())
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

QTableView *ServiceForm::tableOf(const FieldPath &path) const
{
    for (const auto &[model, view] : m_tables) {
        if (path.isAtOrBelow(model->listPath()))
            return view;
    }
    return nullptr;
}

bool ServiceForm::eventFilter(QObject *watched, QEvent *event)
{
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
