// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/validationscheduler.h"

#include <algorithm>

#include "model/document/manifestdocument.h"
#include "model/validation/validator.h"

namespace sd {

namespace {

quint64 key(ServiceRef ref)
{
    return (quint64(quint32(ref.document)) << 32) | quint32(ref.resource);
}

// Findings carry a std::function, so they have no operator==; everything a view shows counts.
bool sameFinding(const Finding &a, const Finding &b)
{
    return a.severity == b.severity && a.code == b.code && a.type == b.type && a.path == b.path
           && a.pos.line == b.pos.line && a.pos.column == b.pos.column && a.message == b.message
           && a.fix.has_value() == b.fix.has_value() && (!a.fix || a.fix->label == b.fix->label);
}

bool sameFindings(const std::vector<Finding> &a, const std::vector<Finding> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameFinding);
}

void add(FindingCounts &counts, const std::vector<Finding> &findings, int sign)
{
    for (const Finding &f : findings) {
        switch (f.severity) {
        case Severity::Error:
            counts.errors += sign;
            break;
        case Severity::Warning:
            counts.warnings += sign;
            break;
        case Severity::Info:
            counts.infos += sign;
            break;
        }
    }
}

} // namespace

ValidationScheduler::ValidationScheduler(ManifestDocument *document,
                                         Environment environment,
                                         QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_environment(std::move(environment))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, [this] { runPass(m_sliceBudget); });
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, [this] { runPass(m_sliceBudget); });
    rebuild();
    if (!document)
        return;
    connect(document,
            &ManifestDocument::serviceChanged,
            this,
            &ValidationScheduler::onServiceChanged);
    connect(document, &ManifestDocument::manifestReset, this, [this] {
        rebuild();
        Q_EMIT servicesReset();
    });
    // Documents inserted, removed or moved: the Services keep their findings under their new
    // refs (no flicker in the findings list), and everything is revalidated, since a removed
    // workload changes what the selectors of the others match.
    connect(document,
            &ManifestDocument::documentsChanged,
            this,
            [this](const QList<int> &newIndexOf) {
                QHash<quint64, int> moved;
                for (int i = 0; i < int(m_entries.size()); ++i) {
                    const ServiceRef ref = ManifestDocument::remapped(m_entries[size_t(i)].ref,
                                                                      newIndexOf);
                    if (ref.isValid())
                        moved.insert(key(ref), i);
                }
                m_index = std::move(moved);
                rebuild();
                Q_EMIT servicesReset();
            });
    connect(document, &QObject::destroyed, this, [this] {
        m_timer.stop();
        m_sliceTimer.stop();
        rebuild();
        Q_EMIT servicesReset();
    });
}

ValidationScheduler::~ValidationScheduler() = default;

ManifestDocument *ValidationScheduler::document() const
{
    return m_document;
}

void ValidationScheduler::setEnvironment(const Environment &environment)
{
    m_environment = environment;
    markAllDirty();
}

void ValidationScheduler::setDebounceInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ValidationScheduler::setSliceBudget(std::chrono::microseconds budget)
{
    m_sliceBudget = std::max(budget, std::chrono::microseconds(0));
}

// Keeps the findings of refs that still name a Service: after a save the manifest is re-read
// with the same documents, and the findings list should not flicker empty until the next pass.
void ValidationScheduler::rebuild()
{
    std::vector<ServiceFindings> old = std::move(m_entries);
    const QHash<quint64, int> oldIndex = std::move(m_index);
    m_entries.clear();
    m_index.clear();
    if (m_document) {
        const std::vector<ServiceRef> refs = m_document->manifest().services();
        m_entries.reserve(refs.size());
        m_index.reserve(qsizetype(refs.size()));
        for (const ServiceRef ref : refs) {
            ServiceFindings entry{ref, {}, {}};
            if (const auto it = oldIndex.constFind(key(ref)); it != oldIndex.cend()) {
                entry.findings = std::move(old[size_t(*it)].findings);
                entry.byPath = std::move(old[size_t(*it)].byPath);
            }
            m_index.insert(key(ref), int(m_entries.size()));
            m_entries.push_back(std::move(entry));
        }
    }
    m_dirty.assign(m_entries.size(), 0);
    m_dirtyList.clear();
    recount();
    markAllDirty();
}

void ValidationScheduler::recount()
{
    FindingCounts counts;
    for (const ServiceFindings &entry : m_entries)
        add(counts, entry.findings, 1);
    if (counts != m_counts) {
        m_counts = counts;
        Q_EMIT countsChanged(m_counts);
    }
}

void ValidationScheduler::markDirty(int index)
{
    if (!m_dirty[size_t(index)]) {
        m_dirty[size_t(index)] = 1;
        m_dirtyList.push_back(index);
    }
    m_timer.start();
}

void ValidationScheduler::markAllDirty()
{
    for (int i = 0; i < int(m_entries.size()); ++i)
        markDirty(i);
}

void ServiceFindings::setFindings(std::vector<Finding> list)
{
    findings = std::move(list);
    byPath.clear();
    for (int i = 0; i < int(findings.size()); ++i)
        byPath.insert(findings[size_t(i)].path, i);
}

std::vector<const Finding *> ValidationScheduler::findingsAt(ServiceRef ref,
                                                             const FieldPath &path,
                                                             bool below) const
{
    std::vector<const Finding *> out;
    const int index = indexOf(ref);
    if (index < 0)
        return out;
    const ServiceFindings &entry = m_entries[size_t(index)];
    if (!below) {
        QList<int> at = entry.byPath.values(path);
        std::sort(at.begin(), at.end());
        for (int i : at)
            out.push_back(&entry.findings[size_t(i)]);
        return out;
    }
    for (const Finding &f : entry.findings) {
        if (f.path.isAtOrBelow(path))
            out.push_back(&f);
    }
    return out;
}

void ValidationScheduler::onServiceChanged(const ServiceChange &change)
{
    const ServiceRef ref = change.service;
    // The checks against other documents (selectors, named target ports, container-port
    // protocols) look from a Service at the workloads of the file. Only Services are editable,
    // so an edit can change the findings of that Service alone. Once workloads become editable,
    // a workload change must also mark the Services whose selector matches its pod labels.
    const int index = indexOf(ref);
    if (index >= 0)
        markDirty(index);
}

void ValidationScheduler::validateNow()
{
    m_timer.stop();
    m_sliceTimer.stop();
    runPass(std::nullopt);
}

// A timer-driven pass works in slices of about one frame: a full pass over 10,000 Services takes
// longer than that (see bench_validate), and the event loop must keep handling keys meanwhile.
// Services edited during a pass are simply dirty again; the next slice takes them in file order.
void ValidationScheduler::runPass(std::optional<std::chrono::microseconds> budget)
{
    if (!m_document)
        return;
    std::sort(m_dirtyList.begin(), m_dirtyList.end());
    const Manifest &manifest = m_document->manifest();
    const auto start = std::chrono::steady_clock::now();
    QList<ServiceRef> changed;
    FindingCounts counts = m_counts;
    std::vector<std::pair<int, std::vector<Finding>>> replaced;
    size_t done = 0;
    for (; done < m_dirtyList.size(); ++done) {
        if (budget && done > 0 && std::chrono::steady_clock::now() - start >= *budget)
            break;
        const int index = m_dirtyList[done];
        ServiceFindings &entry = m_entries[size_t(index)];
        m_dirty[size_t(index)] = 0;
        std::vector<Finding> findings
            = validateInManifest(manifest, m_document->manifestIndex(), entry.ref, m_environment);
        if (sameFindings(findings, entry.findings))
            continue;
        add(counts, entry.findings, -1);
        add(counts, findings, 1);
        replaced.emplace_back(index, std::move(findings));
        changed << entry.ref;
    }
    // The views of the findings hear of each Service as its list is replaced, or of the slice's
    // Services at once: a range in file order (the dirty list is sorted).
    if (replaced.size() > size_t(kBulkChanges)) {
        const int first = replaced.front().first;
        const int last = replaced.back().first;
        int newCount = 0;
        auto next = replaced.begin();
        for (int index = first; index <= last; ++index) {
            const bool isReplaced = next != replaced.end() && next->first == index;
            newCount += int(isReplaced ? (next++)->second.size()
                                       : m_entries[size_t(index)].findings.size());
        }
        Q_EMIT findingsAboutToChange(first, last, newCount);
        for (auto &[index, findings] : replaced)
            m_entries[size_t(index)].setFindings(std::move(findings));
        Q_EMIT findingsReplaced(first, last);
    } else {
        for (auto &[index, findings] : replaced) {
            Q_EMIT findingsAboutToChange(index, index, int(findings.size()));
            m_entries[size_t(index)].setFindings(std::move(findings));
            Q_EMIT findingsReplaced(index, index);
        }
    }
    m_dirtyList.erase(m_dirtyList.begin(), m_dirtyList.begin() + qsizetype(done));
    ++m_passCount;
    m_lastPassSize = int(done);
    // Everything is up to date before the first signal, so that any slot sees one state.
    const bool countsDiffer = counts != m_counts;
    m_counts = counts;
    if (!m_dirtyList.empty())
        m_sliceTimer.start();
    if (!changed.isEmpty())
        Q_EMIT findingsChanged(changed);
    if (countsDiffer)
        Q_EMIT countsChanged(m_counts);
    if (m_dirtyList.empty())
        Q_EMIT validated();
}

bool ValidationScheduler::isDirty(ServiceRef ref) const
{
    const int index = indexOf(ref);
    return index >= 0 && m_dirty[size_t(index)];
}

QList<ServiceRef> ValidationScheduler::dirtyServices() const
{
    QList<ServiceRef> out;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_dirty[i])
            out << m_entries[i].ref;
    }
    return out;
}

const std::vector<Finding> &ValidationScheduler::findings(ServiceRef ref) const
{
    static const std::vector<Finding> none;
    const int index = indexOf(ref);
    return index >= 0 ? m_entries[size_t(index)].findings : none;
}

int ValidationScheduler::indexOf(ServiceRef ref) const
{
    return m_index.value(key(ref), -1);
}

} // namespace sd
