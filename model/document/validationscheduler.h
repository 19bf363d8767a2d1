// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>
#include <vector>

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "model/document/servicechange.h"
#include "model/io/manifest.h"
#include "model/validation/environment.h"
#include "model/validation/finding.h"
#include "model/validation/validator.h"

namespace sd {

class ManifestDocument;

/** How many findings of each severity. */
struct FindingCounts
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;

    int total() const { return errors + warnings + infos; }
    friend bool operator==(const FindingCounts &, const FindingCounts &) = default;
};

/** The findings of one Service, with an index from field path to them. */
struct ServiceFindings
{
    ServiceRef ref;
    std::vector<Finding> findings;
    /** Positions in `findings` by their path. */
    QMultiHash<FieldPath, int> byPath;

    void setFindings(std::vector<Finding> list);
};

/**
 * Keeps the findings of every Service of a ManifestDocument up to date while the user edits.
 *
 * An edit (ManifestDocument::serviceChanged) marks that Service dirty and (re)starts a
 * single-shot timer; when the user pauses for debounceInterval() ms, only the dirty Services are
 * revalidated with validateInManifest(). manifestReset and setEnvironment() mark every Service
 * dirty. documentsChanged (documents inserted, removed, moved) carries every Service's findings
 * to its new ref, emits servicesReset and marks every Service dirty. validateNow() does the
 * pending work at once (tests, the command-line tool).
 *
 * Why on the GUI thread, without a worker: an edit revalidates one Service, 0.1 ms for a
 * Service of 100 ports and about 0.5 ms including the edit itself in a 10,000-Service file
 * (bench_validate, Release, 2 cores), so typing is never held up. A full pass (opening a file, a
 * save, a new environment) over 10,000 Services takes about 30 ms on the generic profile and
 * about 90 ms with every Service a LoadBalancer on the AWS profile (BM_ValidateAll,
 * BM_ValidateAllWithProvider), two to six frames, so timer-driven passes run in slices of
 * sliceBudget() (16 ms) and return to the event loop in between; findings arrive in file order.
 * A thread would need a copy of the Manifest per pass (the document changes under it) and
 * signals back to the GUI thread, for work that slicing already keeps off the keyboard.
 */
class ValidationScheduler final : public QObject
{
    Q_OBJECT

public:
    /** Watches `document` (not owned; may be nullptr). Every Service starts dirty, so the first
     *  pass runs when the timer fires or on validateNow(). */
    explicit ValidationScheduler(ManifestDocument *document,
                                 Environment environment = {},
                                 QObject *parent = nullptr);
    ~ValidationScheduler() override;

    ManifestDocument *document() const;

    /** A pass that changes the findings of more Services than this says so once per slice, for
     *  the range of Services the slice went over, rather than once per Service. */
    static constexpr int kBulkChanges = 64;

    const Environment &environment() const { return m_environment; }
    /** Sets the target environment and schedules revalidating every Service. */
    void setEnvironment(const Environment &environment);

    /** The debounce delay in milliseconds (default 50). */
    int debounceInterval() const { return m_timer.interval(); }
    void setDebounceInterval(int milliseconds);

    /** How long a timer-driven pass runs before it returns to the event loop and goes on in the
     *  next slice (default 16 ms, about one frame). Each slice validates at least one Service,
     *  so a zero budget validates one a slice. validateNow() does not slice. */
    std::chrono::microseconds sliceBudget() const { return m_sliceBudget; }
    void setSliceBudget(std::chrono::microseconds budget);

    /** Revalidates the dirty Services now (and cancels the pending timer). */
    void validateNow();
    /** Whether some Service waits for revalidation. */
    bool hasPendingWork() const { return !m_dirtyList.empty(); }
    bool isDirty(ServiceRef ref) const;
    /** The Services that wait for revalidation, in file order. */
    QList<ServiceRef> dirtyServices() const;

    /** The findings of a Service as of the last pass (empty for an unknown ref). */
    const std::vector<Finding> &findings(ServiceRef ref) const;
    /** The findings of a Service at `path`, and with `below` those inside it too, in the order
     *  the validator gave them. Cells, form fields and markers look their findings up here. */
    std::vector<const Finding *> findingsAt(ServiceRef ref, const FieldPath &path, bool below) const;
    /** Every Service with its findings, in file order (Services without findings included). */
    const std::vector<ServiceFindings> &allFindings() const { return m_entries; }
    /** The position of `ref` in allFindings(), or -1. */
    int indexOf(ServiceRef ref) const;

    FindingCounts counts() const { return m_counts; }
    int errorCount() const { return m_counts.errors; }
    int warningCount() const { return m_counts.warnings; }
    int infoCount() const { return m_counts.infos; }

    /** How many passes (or slices of one) ran, and how many Services the last one revalidated
     *  (diagnostics). */
    int passCount() const { return m_passCount; }
    int lastPassSize() const { return m_lastPassSize; }

Q_SIGNALS:
    /**
     * The findings of the Services at positions `first` to `last` (inclusive) of allFindings()
     * are about to be replaced, and there will be `newCount` of them in all (they still have the
     * old ones). A pass says so for each Service it changes, or, when it changes more than
     * kBulkChanges, once for each slice, for the Services the slice went over: those of them
     * whose findings stay the same are part of the range.
     */
    void findingsAboutToChange(int first, int last, int newCount);
    /** The findings of the Services at `first` to `last` of allFindings() were replaced. */
    void findingsReplaced(int first, int last);
    /** After a pass: the Services whose findings differ from before, in file order. */
    void findingsChanged(const QList<sd::ServiceRef> &changed);
    /** The list of Services was rebuilt (the manifest was replaced, its documents changed, or the
     *  document destroyed);
     *  allFindings() keeps the last findings of refs that still name a Service. */
    void servicesReset();
    void countsChanged(sd::FindingCounts counts);
    /** After every pass that leaves nothing dirty, whether or not anything changed. */
    void validated();

private:
    void rebuild();
    void markDirty(int index);
    void markAllDirty();
    void onServiceChanged(const ServiceChange &change);
    void recount();
    /** Validates dirty Services in file order until `budget` is spent (all of them without). */
    void runPass(std::optional<std::chrono::microseconds> budget);

    QPointer<ManifestDocument> m_document;
    Environment m_environment;
    std::chrono::microseconds m_sliceBudget = std::chrono::milliseconds(16);

    QTimer m_timer;      // the debounce
    QTimer m_sliceTimer; // continues a pass that ran out of its slice
    std::vector<ServiceFindings> m_entries;
    QHash<quint64, int> m_index;  // ServiceRef -> position in m_entries
    std::vector<char> m_dirty;    // parallel to m_entries
    std::vector<int> m_dirtyList; // positions of the dirty entries, unordered
    FindingCounts m_counts;
    int m_passCount = 0;
    int m_lastPassSize = 0;
};

} // namespace sd
