// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "model/document/manifest.h"
#include "model/validation/environment.h"

#include <functional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QCheckBox;
class QToolButton;

namespace sd {

class AnnotationDelegate;
class KeyValueModel;
class ManifestDocument;
class PortTableModel;
class ValidationScheduler;

/**
 * The form of one Service: every field of the model with a widget that fits it. Fields the
 * chosen type does not use are hidden (nodePort only for NodePort and LoadBalancer, externalName
 * only for ExternalName, load-balancer fields only for LoadBalancer). What the API server would
 * default shows as a placeholder and is never written.
 *
 * Every edit is an undoable command on the document's stack (SetServiceCommand); changing the
 * type removes what the new type does not allow in the same step and says so
 * (statusMessage()). The form follows the document: undo and redo refresh it.
 */
class ServiceForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceForm(QWidget *parent = nullptr);
    ~ServiceForm() override;

    /** Not owned; nullptr empties the form. */
    void setDocument(ManifestDocument *document);
    void setService(ServiceRef ref);
    ServiceRef service() const { return m_ref; }
    /** Where the field markers come from (not owned; may be nullptr). */
    void setScheduler(ValidationScheduler *scheduler);
    /** The provider whose annotation catalogue completes annotation keys and values. */
    void setEnvironment(const Environment &environment);

    /** Moves the keyboard focus to the widget of a field path (`spec.ports[1].name`,
     *  `metadata.annotations[key]`), opening its section. */
    void focusField(const QString &path);

    PortTableModel *portModel() const { return m_portModel; }
    QTableView *portView() const { return m_portView; }

Q_SIGNALS:
    /** The user moved into the widget of a field (for the explanation and the YAML preview). */
    void fieldFocused(const QString &path);
    /** A sentence for the status bar: what a type change removed. */
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct FieldRow
    {
        QString path;     ///< the field path this widget edits
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
    };

    void buildUi();
    void retranslateUi();
    void refresh();
    void refreshVisibility();
    void refreshMarkers();
    void push(const QString &label, const std::function<bool(Service &)> &edit);
    void changeType(int comboIndex);
    void addRow(QFormLayout *form, const QString &path, QWidget *editor);
    const Service *current() const;
    QWidget *tableSection(QTableView *view, const QString &objectName);

    QPointer<ManifestDocument> m_document;
    QPointer<ValidationScheduler> m_scheduler;
    ServiceRef m_ref;
    Environment m_environment;
    bool m_updating = false;
    QList<QMetaObject::Connection> m_connections;

    QHash<QWidget *, FieldRow> m_rows;
    QGroupBox *m_generalBox = nullptr;
    QGroupBox *m_portsBox = nullptr;
    QGroupBox *m_selectorBox = nullptr;
    QGroupBox *m_metadataBox = nullptr;
    QGroupBox *m_trafficBox = nullptr;
    QGroupBox *m_addressBox = nullptr;
    QGroupBox *m_loadBalancerBox = nullptr;
    QGroupBox *m_advancedBox = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_namespace = nullptr;
    QComboBox *m_type = nullptr;
    QCheckBox *m_headless = nullptr;
    QLineEdit *m_externalName = nullptr;
    QComboBox *m_externalTrafficPolicy = nullptr;
    QComboBox *m_internalTrafficPolicy = nullptr;
    QComboBox *m_sessionAffinity = nullptr;
    QSpinBox *m_affinityTimeout = nullptr;
    QComboBox *m_ipFamilyPolicy = nullptr;
    QComboBox *m_ipFamilies = nullptr;
    QLineEdit *m_loadBalancerClass = nullptr;
    QLineEdit *m_sourceRanges = nullptr;
    QComboBox *m_allocateNodePorts = nullptr;
    QLineEdit *m_loadBalancerIP = nullptr;
    QSpinBox *m_healthCheckNodePort = nullptr;
    QLineEdit *m_clusterIP = nullptr;
    QLineEdit *m_externalIPs = nullptr;
    QComboBox *m_publishNotReady = nullptr;
    QComboBox *m_trafficDistribution = nullptr;

    PortTableModel *m_portModel = nullptr;
    QTableView *m_portView = nullptr;
    KeyValueModel *m_selectorModel = nullptr;
    KeyValueModel *m_labelModel = nullptr;
    KeyValueModel *m_annotationModel = nullptr;
    QTableView *m_selectorView = nullptr;
    QTableView *m_labelView = nullptr;
    QTableView *m_annotationView = nullptr;
    AnnotationDelegate *m_annotationDelegate = nullptr;
};

} // namespace sd
