// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "model/document/servicechange.h"
#include "model/validation/environment.h"

class QGroupBox;
class QLabel;
class QTableView;

namespace sd {

class AnnotationDelegate;
class KeyValueModel;
class ServiceTableModel;
class ManifestDocument;
class PortTableModel;
struct ServiceField;
class ValidationScheduler;

/**
 * The form of one Service: a widget for every field of the field table (fieldtable.h), in its
 * sections, with the table's labels, placeholders and choices. Fields that do not apply to the
 * Service (its type, its session affinity) are hidden. What the API server would default shows
 * as a placeholder and is never written.
 *
 * Every edit is one field-level command on the document's stack (SetMetadataCommand,
 * SetSpecCommand; the tables push their own); changing the type removes what the new type does
 * not allow in the same step and says so (statusMessage()). The form follows the document's
 * typed changes: only the widgets of the fields a change concerns are refreshed.
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

    /** Moves the keyboard focus to the widget of a field (`spec.ports[1].name`,
     *  `metadata.annotations[key]`), opening its section. */
    void focusField(const FieldPath &path);

    PortTableModel *portModel() const { return m_portModel; }
    QTableView *portView() const { return m_portView; }

Q_SIGNALS:
    /** The user moved into the widget of a field (for the explanation and the YAML preview). */
    void fieldFocused(const sd::FieldPath &path);
    /** A sentence for the status bar: what a type change removed. */
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        const ServiceField *field = nullptr;
        QWidget *editor = nullptr;
        QLabel *label = nullptr; ///< nullptr for a table that is its section's only field
    };

    void buildUi();
    QWidget *createEditor(const ServiceField &field);
    QWidget *createTable(const ServiceField &field);
    void retranslateUi();
    void refresh();
    void refreshRow(const Row &row);
    void refreshVisibility();
    void refreshMarkers();
    void onChanged(const ServiceChange &change);
    void commit(const ServiceField &field, const QVariant &value);
    void changeType(const QString &name);
    const Service *current() const;
    QTableView *tableOf(const FieldPath &path) const;

    QPointer<ManifestDocument> m_document;
    QPointer<ValidationScheduler> m_scheduler;
    ServiceRef m_ref;
    bool m_updating = false;
    QList<QMetaObject::Connection> m_connections;

    std::vector<Row> m_rows;
    QHash<QObject *, size_t> m_rowOf; ///< editors (and tables) to their row
    std::array<QGroupBox *, 8> m_sections{};

    PortTableModel *m_portModel = nullptr;
    QTableView *m_portView = nullptr;
    AnnotationDelegate *m_annotationDelegate = nullptr;
    std::vector<std::pair<ServiceTableModel *, QTableView *>> m_tables; ///< in form order
};

} // namespace sd
