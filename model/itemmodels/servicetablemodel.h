// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QPointer>

#include "model/document/manifest.h"
#include "model/validation/finding.h"

namespace sd {

class ManifestDocument;
class ValidationScheduler;

/**
 * The base of the table models over a part of one Service (PortTableModel, KeyValueModel): it
 * follows the document (serviceChanged of its Service, the Service moving or going with
 * documentsChanged, resets) and a ValidationScheduler's findings for the Service, and pushes
 * edits as SetServiceCommands. Subclasses keep a copy of their rows as the view has seen them
 * and bring it up to date with syncList().
 */
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    ~ServiceTableModel() override;

    /** Shows nothing until setService(). Not owned; the model empties itself when the document
     *  is destroyed. */
    void setDocument(ManifestDocument *document);
    ManifestDocument *document() const;
    /** The Service to show; an invalid ref shows nothing. */
    void setService(ServiceRef ref);
    ServiceRef service() const { return m_ref; }
    /** Where the findings come from (not owned; may be nullptr: none). */
    void setScheduler(ValidationScheduler *scheduler);
    ValidationScheduler *scheduler() const;

protected:
    explicit ServiceTableModel(QObject *parent);

    /** The Service shown, or nullptr. */
    const Service *currentService() const;
    /** The findings of the Service as of the scheduler's last pass. */
    const std::vector<Finding> &findings() const { return m_findings; }
    /** Pushes `edited` as the new value of the Service (one undo step named `text`); nothing
     *  when it equals the Service, unless `changed` (an edit equality does not see, such as a
     *  shadowed map entry). */
    bool pushEdit(Service edited, const QString &text, bool changed = false);

    /** Rebuilds the rows from currentService(); called between begin/endResetModel. */
    virtual void loadRows() = 0;
    /** Brings the rows up to date after the Service changed (an edit, undo, redo). */
    virtual void syncRows() = 0;

    /**
     * Makes `cached` equal to `fresh` with the smallest change a view can follow: the rows the
     * two share at the start and at the end stay, those between are changed in place
     * (dataChanged), and the difference in number is inserted or removed after them.
     */
    template<typename T>
    void syncList(std::vector<T> &cached, const std::vector<T> &fresh);

    /** int(Severity) of the worst of `list`, or an invalid QVariant. */
    static QVariant worstSeverity(const std::vector<const Finding *> &list);
    /** The messages of `list`, worst first. */
    static QStringList messages(std::vector<const Finding *> list);

private:
    void reset();
    void reloadFindings();

    QPointer<ManifestDocument> m_document;
    QPointer<ValidationScheduler> m_scheduler;
    ServiceRef m_ref;
    std::vector<Finding> m_findings;
    QList<QMetaObject::Connection> m_documentConnections;
    QList<QMetaObject::Connection> m_schedulerConnections;
};

template<typename T>
void ServiceTableModel::syncList(std::vector<T> &cached, const std::vector<T> &fresh)
{
    const int oldSize = int(cached.size());
    const int newSize = int(fresh.size());
    int prefix = 0;
    while (prefix < oldSize && prefix < newSize && cached[size_t(prefix)] == fresh[size_t(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < oldSize - prefix && suffix < newSize - prefix
           && cached[size_t(oldSize - 1 - suffix)] == fresh[size_t(newSize - 1 - suffix)])
        ++suffix;
    const int oldMiddle = oldSize - prefix - suffix;
    const int newMiddle = newSize - prefix - suffix;
    const int common = std::min(oldMiddle, newMiddle);
    if (oldMiddle > newMiddle) {
        beginRemoveRows({}, prefix + common, prefix + oldMiddle - 1);
        cached.erase(cached.begin() + prefix + common, cached.begin() + prefix + oldMiddle);
        endRemoveRows();
    } else if (newMiddle > oldMiddle) {
        beginInsertRows({}, prefix + common, prefix + newMiddle - 1);
        cached.insert(cached.begin() + prefix + common,
                      fresh.begin() + prefix + common,
                      fresh.begin() + prefix + newMiddle);
        endInsertRows();
    }
    // Positions count for findings, which equality ignores: take every row from `fresh`.
    std::copy(fresh.begin(), fresh.end(), cached.begin());
    if (common > 0)
        Q_EMIT dataChanged(index(prefix, 0), index(prefix + common - 1, columnCount() - 1));
}

} // namespace sd
