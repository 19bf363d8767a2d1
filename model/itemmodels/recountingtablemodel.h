// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace sd {

class ManifestDocument;
class ValidationScheduler;

/**
 * A table of numbers about a whole ManifestDocument (charts read them). It recounts everything,
 * with a model reset, each time its ValidationScheduler has validated: after the user pauses,
 * not on every keystroke, and with the same state of the file the findings describe. Derived
 * models say how to count in recount(), which reads document() (nullptr: no document).
 */
class RecountingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** The scheduler whose passes it follows, and whose document it counts (not owned; the
     *  model empties itself when the scheduler goes). */
    void setScheduler(ValidationScheduler *scheduler);
    ManifestDocument *document() const;

protected:
    explicit RecountingTableModel(QObject *parent = nullptr);
    ~RecountingTableModel() override;

    /** Recounts inside a model reset. */
    void reset();
    /** Fills the rows from document(); called inside a model reset. */
    virtual void recount() = 0;

private:
    QPointer<ValidationScheduler> m_scheduler;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace sd
