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
 * with a model reset, soon after its ValidationScheduler has validated: after the user pauses,
 * not on every keystroke, with the state of the file the findings describe, and not at all while
 * nothing shows it (setActive). Derived models say how to count in recount(), which reads
 * document() (nullptr: no document).
 */
class RecountingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** The scheduler whose passes it follows, and whose document it counts (not owned; the
     *  model empties itself when the scheduler goes). */
    void setScheduler(ValidationScheduler *scheduler);
    ManifestDocument *document() const;
    /** Whether anything shows the numbers (a hidden chart does not): an inactive model only
     *  notes that it is out of date, and recounts when it becomes active; given a scheduler,
     *  it counts nothing until then. Active by default. */
    void setActive(bool active);

protected:
    explicit RecountingTableModel(QObject *parent = nullptr);
    ~RecountingTableModel() override;

    /** The scheduler followed (its environment), or nullptr. */
    ValidationScheduler *scheduler() const;
    /** Recounts inside a model reset. */
    void reset();
    /** Recounts soon (once, however often it is asked before), or when next active. */
    void recountLater();
    /** Fills the rows from document(); called inside a model reset. */
    virtual void recount() = 0;

private:
    QPointer<ValidationScheduler> m_scheduler;
    QList<QMetaObject::Connection> m_connections;
    bool m_active = true;
    bool m_stale = false;
    bool m_pending = false;
};

} // namespace sd
