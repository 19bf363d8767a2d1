// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/serviceform.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/typechange.h"
#include "model/itemmodels/annotationcatalog.h"
#include "model/itemmodels/keyvaluemodel.h"
#include "model/itemmodels/porttablemodel.h"
#include "model/validation/validationscheduler.h"
#include "widgets/fieldmarkers.h"
#include "widgets/formdelegates.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Combo entries: the first is "not set" and shows what the API server defaults to; the others
// carry the value as item data.
void fillCombo(QComboBox *combo, const QString &unsetText, const QStringList &values)
{
    const int current = combo->currentIndex();
    combo->clear();
    combo->addItem(unsetText, QString());
    for (const QString &v : values)
        combo->addItem(v, v);
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

template<typename E>
QString fieldText(const Field<E> &field)
{
    if (field.hasValue())
        return toString(field.value());
    if (field.isRaw() && field.raw()->isScalar())
        return field.raw()->text();
    return {};
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

QString joinList(const Field<List<QString>> &field)
{
    QStringList out;
    if (field.hasValue()) {
        for (const Field<QString> &item : field.value())
            out << item.valueOr({});
    }
    return out.join(u", "_s);
}

List<QString> toList(const QStringList &values)
{
    List<QString> out;
    for (const QString &v : values)
        out.push_back(Field<QString>(v));
    return out;
}

ServiceSpec &specOf(Service &s)
{
    if (!s.spec.hasValue())
        s.spec.set(ServiceSpec());
    return s.spec.value();
}

ObjectMeta &metaOf(Service &s)
{
    if (!s.metadata.hasValue())
        s.metadata.set(ObjectMeta());
    return s.metadata.value();
}

// Sets a string field, or clears it when the text is empty; whether anything changed.
bool setText(Field<QString> &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (!field.isSet())
            return false;
        field.clear();
        return true;
    }
    if (field.hasValue() && field.value() == trimmed)
        return false;
    field.set(trimmed);
    return true;
}

template<typename E>
bool setEnum(Field<E> &field, const QString &text)
{
    if (text.isEmpty()) {
        if (!field.isSet())
            return false;
        field.clear();
        return true;
    }
    const std::optional<E> value = parseEnum<E>(text);
    if (!value || (field.hasValue() && field.value() == *value))
        return false;
    field.set(*value);
    return true;
}

bool setList(Field<List<QString>> &field, const QString &text)
{
    const QStringList values = splitList(text);
    if (values.isEmpty()) {
        if (!field.isSet())
            return false;
        field.clear();
        return true;
    }
    List<QString> list = toList(values);
    if (field.hasValue() && field.value() == list)
        return false;
    field.set(std::move(list));
    return true;
}

bool setBool(Field<bool> &field, const QString &text)
{
    if (text.isEmpty()) {
        if (!field.isSet())
            return false;
        field.clear();
        return true;
    }
    const bool value = text == u"true";
    if (field.hasValue() && field.value() == value)
        return false;
    field.set(value);
    return true;
}

QGroupBox *group(QWidget *parent, const QString &objectName)
{
    auto *box = new QGroupBox(parent);
    box->setObjectName(objectName);
    return box;
}

} // namespace

ServiceForm::ServiceForm(QWidget *parent)
    : QWidget(parent)
    , m_portModel(new PortTableModel(this))
    , m_selectorModel(new KeyValueModel(KeyValueModel::Target::Selector, this))
    , m_labelModel(new KeyValueModel(KeyValueModel::Target::Labels, this))
    , m_annotationModel(new KeyValueModel(KeyValueModel::Target::Annotations, this))
{
    buildUi();
    retranslateUi();
    refresh();
}

ServiceForm::~ServiceForm() = default;

void ServiceForm::addRow(QFormLayout *form, const QString &path, QWidget *editor)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(editor);
    form->addRow(label, editor);
    m_rows.insert(editor, FieldRow{path, editor, label});
    editor->installEventFilter(this);
}

QWidget *ServiceForm::tableSection(QTableView *view, const QString &objectName)
{
    view->setObjectName(objectName);
    // Key/value tables share the width; the ports table stretches its last column.
    if (view->model() && view->model()->columnCount() == 2)
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    else
        view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 4);
    view->installEventFilter(this);

    auto *add = new QToolButton;
    add->setObjectName(objectName + u"Add"_s);
    add->setText(u"+"_s);
    auto *remove = new QToolButton;
    remove->setObjectName(objectName + u"Remove"_s);
    remove->setText(u"−"_s);
    connect(add, &QToolButton::clicked, view, [view] {
        QAbstractItemModel *model = view->model();
        const int row = model->rowCount();
        if (model->insertRows(row, 1)) {
            view->setCurrentIndex(model->index(row, 0));
            view->edit(view->currentIndex());
        }
    });
    connect(remove, &QToolButton::clicked, view, [view] {
        QModelIndexList rows = view->selectionModel()->selectedRows();
        if (rows.isEmpty() && view->currentIndex().isValid())
            rows << view->currentIndex();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
            return a.row() > b.row();
        });
        for (const QModelIndex &i : rows)
            view->model()->removeRows(i.row(), 1);
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    if (view == m_portView) {
        auto *up = new QToolButton;
        up->setObjectName(objectName + u"Up"_s);
        up->setArrowType(Qt::UpArrow);
        auto *down = new QToolButton;
        down->setObjectName(objectName + u"Down"_s);
        down->setArrowType(Qt::DownArrow);
        auto move = [view](int delta) {
            const int row = view->currentIndex().row();
            const int target = row + delta;
            if (row < 0 || target < 0 || target >= view->model()->rowCount())
                return;
            // moveRows' destination is the row before which the moved row lands.
            if (view->model()->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target))
                view->setCurrentIndex(view->model()->index(target, view->currentIndex().column()));
        };
        connect(up, &QToolButton::clicked, view, [move] { move(-1); });
        connect(down, &QToolButton::clicked, view, [move] { move(1); });
        buttons->addWidget(up);
        buttons->addWidget(down);
    }
    buttons->addStretch();
    auto *section = new QWidget;
    auto *layout = new QHBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    return section;
}

void ServiceForm::buildUi()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);

    // General: what every Service has.
    m_generalBox = group(content, u"generalBox"_s);
    auto *general = new QFormLayout(m_generalBox);
    m_name = new QLineEdit;
    m_name->setObjectName(u"name"_s);
    m_namespace = new QLineEdit;
    m_namespace->setObjectName(u"namespace"_s);
    m_type = new QComboBox;
    m_type->setObjectName(u"type"_s);
    m_headless = new QCheckBox;
    m_headless->setObjectName(u"headless"_s);
    m_externalName = new QLineEdit;
    m_externalName->setObjectName(u"externalName"_s);
    addRow(general, u"metadata.name"_s, m_name);
    addRow(general, u"metadata.namespace"_s, m_namespace);
    addRow(general, u"spec.type"_s, m_type);
    addRow(general, u"spec.clusterIP"_s, m_headless);
    addRow(general, u"spec.externalName"_s, m_externalName);
    column->addWidget(m_generalBox);

    // Ports, and the pods they lead to.
    m_portsBox = group(content, u"portsBox"_s);
    m_portView = new QTableView;
    m_portView->setModel(m_portModel);
    m_portView->setItemDelegate(new TableCellDelegate(m_portView));
    m_portView->setDragDropMode(QAbstractItemView::InternalMove);
    auto *portsLayout = new QVBoxLayout(m_portsBox);
    portsLayout->addWidget(tableSection(m_portView, u"ports"_s));
    column->addWidget(m_portsBox);

    m_selectorBox = group(content, u"selectorBox"_s);
    m_selectorView = new QTableView;
    m_selectorView->setModel(m_selectorModel);
    m_selectorView->setItemDelegate(new TableCellDelegate(m_selectorView));
    auto *selectorLayout = new QVBoxLayout(m_selectorBox);
    selectorLayout->addWidget(tableSection(m_selectorView, u"selector"_s));
    column->addWidget(m_selectorBox);

    // Traffic.
    m_trafficBox = group(content, u"trafficBox"_s);
    auto *traffic = new QFormLayout(m_trafficBox);
    m_externalTrafficPolicy = new QComboBox;
    m_externalTrafficPolicy->setObjectName(u"externalTrafficPolicy"_s);
    m_internalTrafficPolicy = new QComboBox;
    m_internalTrafficPolicy->setObjectName(u"internalTrafficPolicy"_s);
    m_sessionAffinity = new QComboBox;
    m_sessionAffinity->setObjectName(u"sessionAffinity"_s);
    m_affinityTimeout = new QSpinBox;
    m_affinityTimeout->setObjectName(u"sessionAffinityTimeout"_s);
    m_affinityTimeout->setRange(0, 86400); // 0 shows the special text: not set
    addRow(traffic, u"spec.externalTrafficPolicy"_s, m_externalTrafficPolicy);
    addRow(traffic, u"spec.internalTrafficPolicy"_s, m_internalTrafficPolicy);
    addRow(traffic, u"spec.sessionAffinity"_s, m_sessionAffinity);
    addRow(traffic, u"spec.sessionAffinityConfig.clientIP.timeoutSeconds"_s, m_affinityTimeout);
    column->addWidget(m_trafficBox);

    // Addresses.
    m_addressBox = group(content, u"addressBox"_s);
    auto *address = new QFormLayout(m_addressBox);
    m_ipFamilyPolicy = new QComboBox;
    m_ipFamilyPolicy->setObjectName(u"ipFamilyPolicy"_s);
    m_ipFamilies = new QComboBox;
    m_ipFamilies->setObjectName(u"ipFamilies"_s);
    m_clusterIP = new QLineEdit;
    m_clusterIP->setObjectName(u"clusterIP"_s);
    m_externalIPs = new QLineEdit;
    m_externalIPs->setObjectName(u"externalIPs"_s);
    addRow(address, u"spec.ipFamilyPolicy"_s, m_ipFamilyPolicy);
    addRow(address, u"spec.ipFamilies"_s, m_ipFamilies);
    addRow(address, u"spec.clusterIPs"_s, m_clusterIP);
    addRow(address, u"spec.externalIPs"_s, m_externalIPs);
    column->addWidget(m_addressBox);

    // Load balancer.
    m_loadBalancerBox = group(content, u"loadBalancerBox"_s);
    auto *lb = new QFormLayout(m_loadBalancerBox);
    m_loadBalancerClass = new QLineEdit;
    m_loadBalancerClass->setObjectName(u"loadBalancerClass"_s);
    m_sourceRanges = new QLineEdit;
    m_sourceRanges->setObjectName(u"loadBalancerSourceRanges"_s);
    m_allocateNodePorts = new QComboBox;
    m_allocateNodePorts->setObjectName(u"allocateLoadBalancerNodePorts"_s);
    m_healthCheckNodePort = new QSpinBox;
    m_healthCheckNodePort->setObjectName(u"healthCheckNodePort"_s);
    m_healthCheckNodePort->setRange(0, 65535);
    m_loadBalancerIP = new QLineEdit;
    m_loadBalancerIP->setObjectName(u"loadBalancerIP"_s);
    addRow(lb, u"spec.loadBalancerClass"_s, m_loadBalancerClass);
    addRow(lb, u"spec.loadBalancerSourceRanges"_s, m_sourceRanges);
    addRow(lb, u"spec.allocateLoadBalancerNodePorts"_s, m_allocateNodePorts);
    addRow(lb, u"spec.healthCheckNodePort"_s, m_healthCheckNodePort);
    addRow(lb, u"spec.loadBalancerIP"_s, m_loadBalancerIP);
    column->addWidget(m_loadBalancerBox);

    // Metadata tables.
    m_metadataBox = group(content, u"metadataBox"_s);
    auto *metadata = new QFormLayout(m_metadataBox);
    m_labelView = new QTableView;
    m_labelView->setModel(m_labelModel);
    m_labelView->setItemDelegate(new TableCellDelegate(m_labelView));
    m_annotationView = new QTableView;
    m_annotationView->setModel(m_annotationModel);
    m_annotationDelegate = new AnnotationDelegate(m_annotationView);
    m_annotationView->setItemDelegate(m_annotationDelegate);
    auto *labels = tableSection(m_labelView, u"labels"_s);
    auto *annotations = tableSection(m_annotationView, u"annotations"_s);
    addRow(metadata, u"metadata.labels"_s, labels);
    addRow(metadata, u"metadata.annotations"_s, annotations);
    column->addWidget(m_metadataBox);

    // Advanced: what few Services need.
    m_advancedBox = group(content, u"advancedBox"_s);
    m_advancedBox->setCheckable(true);
    m_advancedBox->setChecked(false);
    auto *advanced = new QFormLayout(m_advancedBox);
    m_publishNotReady = new QComboBox;
    m_publishNotReady->setObjectName(u"publishNotReadyAddresses"_s);
    m_trafficDistribution = new QComboBox;
    m_trafficDistribution->setObjectName(u"trafficDistribution"_s);
    m_trafficDistribution->setEditable(true);
    addRow(advanced, u"spec.publishNotReadyAddresses"_s, m_publishNotReady);
    addRow(advanced, u"spec.trafficDistribution"_s, m_trafficDistribution);
    // A checkable group box disables its children when unchecked; here it folds them away.
    auto fold = [this, advanced](bool open) {
        for (int i = 0; i < advanced->rowCount(); ++i)
            advanced->setRowVisible(i, open);
    };
    connect(m_advancedBox, &QGroupBox::toggled, this, fold);
    fold(false);
    column->addWidget(m_advancedBox);
    column->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"serviceFormScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Edits. Line edits commit when the user leaves them or presses Enter, combos on choice.
    auto onText = [this](QLineEdit *edit, const std::function<QString()> &label,
                         const std::function<bool(Service &, const QString &)> &apply) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, label, apply] {
            if (m_updating)
                return;
            const QString text = edit->text();
            push(label(), [&](Service &s) { return apply(s, text); });
        });
    };
    auto onCombo = [this](QComboBox *combo, const std::function<QString()> &label,
                          const std::function<bool(Service &, const QString &)> &apply) {
        connect(combo, &QComboBox::activated, this, [this, combo, label, apply] {
            if (m_updating)
                return;
            const QString value = combo->currentData().toString();
            push(label(), [&](Service &s) { return apply(s, value); });
        });
    };
    onText(m_name, [] { return tr("Rename the Service"); },
           [](Service &s, const QString &t) { return setText(metaOf(s).name, t); });
    onText(m_namespace, [] { return tr("Set the namespace"); },
           [](Service &s, const QString &t) { return setText(metaOf(s).namespaceName, t); });
    onText(m_externalName, [] { return tr("Set externalName"); },
           [](Service &s, const QString &t) { return setText(specOf(s).externalName, t); });
    onText(m_loadBalancerClass, [] { return tr("Set loadBalancerClass"); },
           [](Service &s, const QString &t) { return setText(specOf(s).loadBalancerClass, t); });
    onText(m_loadBalancerIP, [] { return tr("Set loadBalancerIP"); },
           [](Service &s, const QString &t) { return setText(specOf(s).loadBalancerIP, t); });
    onText(m_sourceRanges, [] { return tr("Set loadBalancerSourceRanges"); },
           [](Service &s, const QString &t) {
               return setList(specOf(s).loadBalancerSourceRanges, t);
           });
    onText(m_externalIPs, [] { return tr("Set externalIPs"); },
           [](Service &s, const QString &t) { return setList(specOf(s).externalIPs, t); });
    onText(m_clusterIP, [] { return tr("Set the cluster IPs"); }, [](Service &s, const QString &t) {
        // One address or two (dual-stack): clusterIP is the first of clusterIPs.
        ServiceSpec &spec = specOf(s);
        const QStringList ips = splitList(t);
        bool changed = setText(spec.clusterIP, ips.value(0));
        if (ips.size() > 1 || spec.clusterIPs.isSet())
            changed = setList(spec.clusterIPs, ips.join(u',')) || changed;
        return changed;
    });
    connect(m_type, &QComboBox::activated, this, &ServiceForm::changeType);
    connect(m_headless, &QCheckBox::clicked, this, [this](bool headless) {
        if (m_updating)
            return;
        push(headless ? tr("Make the Service headless") : tr("Give the Service a cluster IP"),
             [headless](Service &s) {
                 ServiceSpec &spec = specOf(s);
                 spec.clusterIPs.clear();
                 if (headless)
                     spec.clusterIP.set(u"None"_s);
                 else
                     spec.clusterIP.clear();
                 return true;
             });
    });
    onCombo(m_externalTrafficPolicy, [] { return tr("Set externalTrafficPolicy"); },
            [](Service &s, const QString &v) { return setEnum(specOf(s).externalTrafficPolicy, v); });
    onCombo(m_internalTrafficPolicy, [] { return tr("Set internalTrafficPolicy"); },
            [](Service &s, const QString &v) { return setEnum(specOf(s).internalTrafficPolicy, v); });
    onCombo(m_sessionAffinity, [] { return tr("Set sessionAffinity"); },
            [](Service &s, const QString &v) {
                ServiceSpec &spec = specOf(s);
                bool changed = setEnum(spec.sessionAffinity, v);
                // The timeout belongs to ClientIP; leaving ClientIP takes it along.
                if (v != u"ClientIP" && spec.sessionAffinityConfig.isSet()) {
                    spec.sessionAffinityConfig.clear();
                    changed = true;
                }
                return changed;
            });
    onCombo(m_ipFamilyPolicy, [] { return tr("Set ipFamilyPolicy"); },
            [](Service &s, const QString &v) { return setEnum(specOf(s).ipFamilyPolicy, v); });
    onCombo(m_ipFamilies, [] { return tr("Set ipFamilies"); }, [](Service &s, const QString &v) {
        ServiceSpec &spec = specOf(s);
        if (v.isEmpty()) {
            if (!spec.ipFamilies.isSet())
                return false;
            spec.ipFamilies.clear();
            return true;
        }
        List<IPFamily> families;
        for (const QString &name : v.split(u','))
            families.push_back(Field<IPFamily>(parseEnum<IPFamily>(name).value_or(IPFamily::IPv4)));
        if (spec.ipFamilies.hasValue() && spec.ipFamilies.value() == families)
            return false;
        spec.ipFamilies.set(std::move(families));
        return true;
    });
    onCombo(m_allocateNodePorts, [] { return tr("Set allocateLoadBalancerNodePorts"); },
            [](Service &s, const QString &v) {
                return setBool(specOf(s).allocateLoadBalancerNodePorts, v);
            });
    onCombo(m_publishNotReady, [] { return tr("Set publishNotReadyAddresses"); },
            [](Service &s, const QString &v) {
                return setBool(specOf(s).publishNotReadyAddresses, v);
            });
    connect(m_trafficDistribution->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_updating)
            return;
        const QString text = m_trafficDistribution->currentText();
        push(tr("Set trafficDistribution"),
             [&](Service &s) { return setText(specOf(s).trafficDistribution, text); });
    });
    auto onSpin = [this](QSpinBox *spin, const std::function<QString()> &label,
                         const std::function<bool(Service &, int)> &apply) {
        connect(spin, &QSpinBox::editingFinished, this, [this, spin, label, apply] {
            if (m_updating)
                return;
            const int value = spin->value();
            push(label(), [&](Service &s) { return apply(s, value); });
        });
    };
    onSpin(m_affinityTimeout, [] { return tr("Set the session affinity timeout"); },
           [](Service &s, int value) {
               ServiceSpec &spec = specOf(s);
               if (value == 0) {
                   if (!spec.sessionAffinityConfig.isSet())
                       return false;
                   spec.sessionAffinityConfig.clear();
                   return true;
               }
               SessionAffinityConfig config = spec.sessionAffinityConfig.valueOr({});
               ClientIPConfig clientIP = config.clientIP.valueOr({});
               if (clientIP.timeoutSeconds.hasValue() && clientIP.timeoutSeconds.value() == value)
                   return false;
               clientIP.timeoutSeconds.set(value);
               config.clientIP.set(clientIP);
               spec.sessionAffinityConfig.set(config);
               return true;
           });
    onSpin(m_healthCheckNodePort, [] { return tr("Set healthCheckNodePort"); },
           [](Service &s, int value) {
               Field<int> &field = specOf(s).healthCheckNodePort;
               if (value == 0) {
                   if (!field.isSet())
                       return false;
                   field.clear();
                   return true;
               }
               if (field.hasValue() && field.value() == value)
                   return false;
               field.set(value);
               return true;
           });
}

void ServiceForm::retranslateUi()
{
    const bool updating = m_updating;
    m_updating = true;
    m_generalBox->setTitle(tr("Service"));
    m_portsBox->setTitle(tr("Ports"));
    m_selectorBox->setTitle(tr("Selector: the pods that get the traffic"));
    m_trafficBox->setTitle(tr("Traffic"));
    m_addressBox->setTitle(tr("Addresses"));
    m_loadBalancerBox->setTitle(tr("Load balancer"));
    m_metadataBox->setTitle(tr("Labels and annotations"));
    m_advancedBox->setTitle(tr("Advanced"));

    const auto label = [this](QWidget *editor, const QString &text) {
        m_rows[editor].label->setText(text);
    };
    label(m_name, tr("&Name:"));
    label(m_namespace, tr("Namespace:"));
    label(m_type, tr("&Type:"));
    label(m_headless, tr("Cluster IP:"));
    label(m_externalName, tr("External name:"));
    label(m_externalTrafficPolicy, tr("External traffic policy:"));
    label(m_internalTrafficPolicy, tr("Internal traffic policy:"));
    label(m_sessionAffinity, tr("Session affinity:"));
    label(m_affinityTimeout, tr("Affinity timeout:"));
    label(m_ipFamilyPolicy, tr("IP family policy:"));
    label(m_ipFamilies, tr("IP families:"));
    label(m_clusterIP, tr("Cluster IPs:"));
    label(m_externalIPs, tr("External IPs:"));
    label(m_loadBalancerClass, tr("Load balancer class:"));
    label(m_sourceRanges, tr("Source ranges:"));
    label(m_allocateNodePorts, tr("Allocate node ports:"));
    label(m_healthCheckNodePort, tr("Health check node port:"));
    label(m_loadBalancerIP, tr("Load balancer IP:"));
    label(m_publishNotReady, tr("Publish not-ready addresses:"));
    label(m_trafficDistribution, tr("Traffic distribution:"));
    for (const FieldRow &row : std::as_const(m_rows)) {
        if (row.path == u"metadata.labels")
            row.label->setText(tr("Labels:"));
        else if (row.path == u"metadata.annotations")
            row.label->setText(tr("Annotations:"));
    }

    m_name->setPlaceholderText(tr("required, e.g. web"));
    m_namespace->setPlaceholderText(tr("the namespace kubectl uses"));
    m_externalName->setPlaceholderText(tr("a DNS name, e.g. db.example.com"));
    m_headless->setText(tr("Headless (clusterIP: None): DNS returns the pods' addresses"));
    m_clusterIP->setPlaceholderText(tr("allocated by the cluster"));
    m_externalIPs->setPlaceholderText(tr("none; comma-separated addresses"));
    m_loadBalancerClass->setPlaceholderText(tr("the cluster's default implementation"));
    m_sourceRanges->setPlaceholderText(tr("any source; comma-separated CIDRs"));
    m_loadBalancerIP->setPlaceholderText(tr("deprecated; chosen by the provider"));
    m_affinityTimeout->setSpecialValueText(tr("10800 s (default)"));
    m_affinityTimeout->setSuffix(tr(" s"));
    m_healthCheckNodePort->setSpecialValueText(tr("allocated when needed"));

    QStringList types;
    for (ServiceType t : {ServiceType::ClusterIP, ServiceType::NodePort, ServiceType::LoadBalancer,
                          ServiceType::ExternalName})
        types << toString(t);
    fillCombo(m_type, tr("ClusterIP (default)"), types);
    fillCombo(m_externalTrafficPolicy, tr("Cluster (default)"), {u"Cluster"_s, u"Local"_s});
    fillCombo(m_internalTrafficPolicy, tr("Cluster (default)"), {u"Cluster"_s, u"Local"_s});
    fillCombo(m_sessionAffinity, tr("None (default)"), {u"None"_s, u"ClientIP"_s});
    fillCombo(m_ipFamilyPolicy, tr("SingleStack (default)"),
              {u"SingleStack"_s, u"PreferDualStack"_s, u"RequireDualStack"_s});
    fillCombo(m_ipFamilies, tr("the cluster's primary family (default)"), {});
    for (const QString &families : {u"IPv4"_s, u"IPv6"_s, u"IPv4,IPv6"_s, u"IPv6,IPv4"_s})
        m_ipFamilies->addItem(QString(families).replace(u","_s, u", "_s), families);
    fillCombo(m_allocateNodePorts, tr("true (default)"), {u"true"_s, u"false"_s});
    fillCombo(m_publishNotReady, tr("false (default)"), {u"false"_s, u"true"_s});
    fillCombo(m_trafficDistribution, tr("no preference (default)"), {u"PreferClose"_s});
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
        m_connections << connect(document, &ManifestDocument::serviceChanged, this,
                                 [this](ServiceRef ref) {
                                     if (ref == m_ref)
                                         refresh();
                                 });
        m_connections << connect(document, &ManifestDocument::manifestReset, this,
                                 &ServiceForm::refresh);
        m_connections << connect(document, &ManifestDocument::documentsChanged, this,
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
        connect(scheduler, &ValidationScheduler::findingsChanged, this,
                &ServiceForm::refreshMarkers);
        connect(scheduler, &ValidationScheduler::servicesReset, this, &ServiceForm::refreshMarkers);
    }
    refreshMarkers();
}

void ServiceForm::setEnvironment(const Environment &environment)
{
    m_environment = environment;
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
    if (size_t(m_ref.resource) >= doc.resources.size() || !doc.resources[size_t(m_ref.resource)].isService())
        return nullptr;
    return &m.service(m_ref);
}

void ServiceForm::push(const QString &label, const std::function<bool(Service &)> &edit)
{
    const Service *service = current();
    if (!service)
        return;
    Service copy = *service;
    if (!edit(copy))
        return;
    m_document->undoStack()->push(new SetServiceCommand(m_document, m_ref, std::move(copy), label));
}

void ServiceForm::changeType(int comboIndex)
{
    if (m_updating)
        return;
    const Service *service = current();
    if (!service)
        return;
    const QString name = m_type->itemData(comboIndex).toString();
    const ServiceType type = parseEnum<ServiceType>(name).value_or(ServiceType::ClusterIP);
    TypeChange change = changeServiceType(*service, type);
    if (name.isEmpty()) // "ClusterIP (default)": leave the field out, as the API defaults it
        specOf(change.service).type.clear();
    if (change.service == *service)
        return;
    const QString shown = toString(type);
    const QString label = change.removed.isEmpty()
                              ? tr("Change the type to %1").arg(shown)
                              : tr("Change the type to %1 and remove %2")
                                    .arg(shown, change.removed.join(u", "_s));
    m_document->undoStack()->push(
        new SetServiceCommand(m_document, m_ref, std::move(change.service), label));
    if (!change.removed.isEmpty()) {
        Q_EMIT statusMessage(tr("%1 does not use %n field(s), removed: %2", "",
                                int(change.removed.size()))
                                 .arg(shown, change.removed.join(u", "_s)));
    }
}

void ServiceForm::refresh()
{
    const bool updating = m_updating;
    m_updating = true;
    const Service *service = current();
    setEnabled(service != nullptr);
    const Service empty;
    const Service &s = service ? *service : empty;
    const ObjectMeta meta = s.metadata.valueOr({});
    const ServiceSpec spec = s.spec.valueOr({});
    m_annotationDelegate->catalog()->setService(s); // pattern keys take its port numbers

    auto setLine = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text && !edit->hasFocus())
            edit->setText(text);
    };
    setLine(m_name, meta.name.valueOr({}));
    setLine(m_namespace, meta.namespaceName.valueOr({}));
    setLine(m_externalName, spec.externalName.valueOr({}));
    setLine(m_loadBalancerClass, spec.loadBalancerClass.valueOr({}));
    setLine(m_loadBalancerIP, spec.loadBalancerIP.valueOr({}));
    setLine(m_sourceRanges, joinList(spec.loadBalancerSourceRanges));
    setLine(m_externalIPs, joinList(spec.externalIPs));
    QString clusterIPs = joinList(spec.clusterIPs);
    if (clusterIPs.isEmpty())
        clusterIPs = spec.clusterIP.valueOr({});
    m_headless->setChecked(clusterIPs == u"None");
    setLine(m_clusterIP, clusterIPs == u"None" ? QString() : clusterIPs);

    selectValue(m_type, fieldText(spec.type));
    selectValue(m_externalTrafficPolicy, fieldText(spec.externalTrafficPolicy));
    selectValue(m_internalTrafficPolicy, fieldText(spec.internalTrafficPolicy));
    selectValue(m_sessionAffinity, fieldText(spec.sessionAffinity));
    selectValue(m_ipFamilyPolicy, fieldText(spec.ipFamilyPolicy));
    QStringList families;
    if (spec.ipFamilies.hasValue()) {
        for (const Field<IPFamily> &f : spec.ipFamilies.value())
            families << fieldText(f);
    }
    selectValue(m_ipFamilies, families.join(u','));
    selectValue(m_allocateNodePorts,
                spec.allocateLoadBalancerNodePorts.hasValue()
                    ? (spec.allocateLoadBalancerNodePorts.value() ? u"true"_s : u"false"_s)
                    : QString());
    selectValue(m_publishNotReady,
                spec.publishNotReadyAddresses.hasValue()
                    ? (spec.publishNotReadyAddresses.value() ? u"true"_s : u"false"_s)
                    : QString());
    selectValue(m_trafficDistribution, spec.trafficDistribution.valueOr({}));
    int timeout = 0;
    if (const SessionAffinityConfig *config = spec.sessionAffinityConfig.get()) {
        if (const ClientIPConfig *clientIP = config->clientIP.get())
            timeout = clientIP->timeoutSeconds.valueOr(0);
    }
    m_affinityTimeout->setValue(timeout);
    m_healthCheckNodePort->setValue(spec.healthCheckNodePort.valueOr(0));
    m_updating = updating;
    refreshVisibility();
    refreshMarkers();
}

void ServiceForm::refreshVisibility()
{
    const Service *service = current();
    const ServiceType type = service ? service->effectiveType() : ServiceType::ClusterIP;
    const bool lb = type == ServiceType::LoadBalancer;
    const bool nodes = type == ServiceType::NodePort || lb;
    const bool externalName = type == ServiceType::ExternalName;
    const bool hasExternalIPs = !m_externalIPs->text().trimmed().isEmpty();
    auto show = [this](QWidget *editor, bool visible) {
        const FieldRow &row = m_rows[editor];
        row.editor->setVisible(visible);
        row.label->setVisible(visible);
    };
    show(m_headless, type == ServiceType::ClusterIP);
    show(m_externalName, externalName);
    show(m_externalTrafficPolicy, nodes || (type == ServiceType::ClusterIP && hasExternalIPs));
    show(m_internalTrafficPolicy, !externalName);
    show(m_affinityTimeout, m_sessionAffinity->currentData().toString() == u"ClientIP");
    m_addressBox->setVisible(!externalName);
    m_selectorBox->setVisible(!externalName);
    m_loadBalancerBox->setVisible(lb);
    show(m_healthCheckNodePort, lb && m_externalTrafficPolicy->currentData().toString() == u"Local");
    m_portView->setColumnHidden(PortTableModel::NodePortColumn, !nodes);
}

void ServiceForm::refreshMarkers()
{
    const std::vector<Finding> *findings =
        m_scheduler && m_ref.isValid() ? &m_scheduler->findings(m_ref) : nullptr;
    for (const FieldRow &row : std::as_const(m_rows))
        markField(row.label, row.editor, findings, row.path);
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
                QGuiApplication::clipboard()->setText(QString::fromUtf8(m_portModel->copyRows(rows)));
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            const int row = m_portView->currentIndex().isValid() ? m_portView->currentIndex().row() + 1
                                                                 : m_portModel->rowCount();
            if (!m_portModel->pasteRows(row, QGuiApplication::clipboard()->text().toUtf8()))
                Q_EMIT statusMessage(tr("The clipboard holds no ports."));
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn) {
        if (auto *widget = qobject_cast<QWidget *>(watched)) {
            const auto it = m_rows.constFind(widget);
            if (it != m_rows.constEnd()) {
                Q_EMIT fieldFocused(it->path);
            } else if (widget == m_portView) {
                const QModelIndex i = m_portView->currentIndex();
                static const char *const columns[] = {"name", "protocol", "appProtocol",
                                                      "port", "targetPort", "nodePort"};
                Q_EMIT fieldFocused(i.isValid() ? u"spec.ports["_s + QString::number(i.row())
                                                      + u"]."_s
                                                      + QLatin1String(columns[i.column()])
                                                : u"spec.ports"_s);
            } else if (widget == m_selectorView) {
                Q_EMIT fieldFocused(u"spec.selector"_s);
            } else if (widget == m_labelView) {
                Q_EMIT fieldFocused(u"metadata.labels"_s);
            } else if (widget == m_annotationView) {
                Q_EMIT fieldFocused(u"metadata.annotations"_s);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ServiceForm::focusField(const QString &path)
{
    // A port cell: spec.ports[2].targetPort.
    if (path.startsWith(u"spec.ports")) {
        const qsizetype open = path.indexOf(u'[');
        const qsizetype close = path.indexOf(u']');
        const int row = open > 0 && close > open ? path.mid(open + 1, close - open - 1).toInt() : 0;
        static const QStringList columns = {u"name"_s, u"protocol"_s, u"appProtocol"_s,
                                            u"port"_s, u"targetPort"_s, u"nodePort"_s};
        const int column = std::max<int>(0, int(columns.indexOf(path.section(u'.', -1))));
        m_portView->setFocus();
        m_portView->setCurrentIndex(m_portModel->index(row, column));
        m_portView->scrollTo(m_portView->currentIndex());
        return;
    }
    if (path.startsWith(u"spec.selector")) {
        m_selectorView->setFocus();
        return;
    }
    if (path.startsWith(u"metadata.labels")) {
        m_labelView->setFocus();
        return;
    }
    if (path.startsWith(u"metadata.annotations")) {
        m_annotationView->setFocus();
        const qsizetype open = path.indexOf(u'[');
        if (open > 0) {
            const QString key = path.mid(open + 1, path.size() - open - 2);
            const QModelIndexList hits =
                m_annotationModel->match(m_annotationModel->index(0, 0), Qt::DisplayRole, key, 1,
                                         Qt::MatchExactly);
            if (!hits.isEmpty())
                m_annotationView->setCurrentIndex(hits.front());
        }
        return;
    }
    // The longest field path that is a prefix of `path`.
    const FieldRow *best = nullptr;
    for (const FieldRow &row : std::as_const(m_rows)) {
        if (path.startsWith(row.path) && (!best || row.path.size() > best->path.size()))
            best = &row;
    }
    if (!best && path.startsWith(u"spec.clusterIP"))
        best = &m_rows[m_clusterIP];
    if (best) {
        if (best->editor->parentWidget() && !best->editor->isVisible()
            && m_advancedBox->isAncestorOf(best->editor))
            m_advancedBox->setChecked(true);
        best->editor->setFocus();
    }
}

} // namespace sd
