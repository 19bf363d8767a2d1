// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/documentcommands.h"

#include <algorithm>

#include <QSet>

#include "model/document/manifestdocument.h"
#include "model/tr.h"

namespace sd {

namespace {

constexpr qsizetype kMaxNameLength = 63; // a DNS-1035 label

// Whether the document's chunk has its own `---` line before its content. Blank lines,
// comments and directives may come first.
bool hasStartMarker(const SourceDocument &doc)
{
    qsizetype at = 0;
    while (at < doc.text.size()) {
        qsizetype end = doc.text.indexOf('\n', at);
        if (end < 0)
            end = doc.text.size();
        const QByteArray line = doc.text.mid(at, end - at).trimmed();
        if (line.startsWith("---"))
            return line.size() == 3 || line.at(3) == ' ' || line.at(3) == '\t';
        if (!line.isEmpty() && !line.startsWith('#') && !line.startsWith('%'))
            return false;
        at = end + 1;
    }
    return false;
}

void addStartMarker(SourceDocument &doc, const QByteArray &newline)
{
    const QByteArray marker = "---" + newline;
    doc.text.prepend(marker);
    doc.contentBegin += marker.size();
    doc.contentEnd += marker.size();
}

SourceDocument serviceDocument(Service service)
{
    Resource resource;
    resource.apiVersion = service.apiVersion.valueOr(QStringLiteral("v1"));
    resource.kind = service.kind.valueOr(QStringLiteral("Service"));
    resource.name = service.name();
    resource.namespaceName = service.namespaceName();
    resource.service = std::move(service);
    SourceDocument doc;
    doc.form = SourceDocument::Form::Object;
    doc.modified = true;
    doc.textStale = true; // nothing was read: it is written anew
    doc.resources.push_back(std::move(resource));
    return doc;
}

QString copyName(const Manifest &manifest, const QString &name)
{
    QSet<QString> taken;
    for (const ServiceRef ref : manifest.services())
        taken.insert(manifest.service(ref).name());
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? QStringLiteral("-copy") : QStringLiteral("-copy-%1").arg(n);
        QString base = name.left(kMaxNameLength - suffix.size());
        while (base.endsWith(u'-'))
            base.chop(1);
        const QString candidate = base + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace

Service duplicateService(const Manifest &manifest, ServiceRef ref)
{
    Service copy = manifest.service(ref);
    copy.status.clear();
    copy.pos = {};
    if (ObjectMeta *meta = copy.metadata.get();
        meta && meta->name.hasValue() && !meta->name.value().isEmpty()) {
        meta->name.set(copyName(manifest, meta->name.value()));
    }
    if (ServiceSpec *spec = copy.spec.get()) {
        if (spec->clusterIP.valueOr({}) != u"None") {
            spec->clusterIP.clear();
            spec->clusterIPs.clear();
        }
        spec->healthCheckNodePort.clear();
        if (List<ServicePort> *ports = spec->ports.get()) {
            for (Field<ServicePort> &port : *ports) {
                if (ServicePort *p = port.get())
                    p->nodePort.clear();
            }
        }
    }
    return copy;
}

DocumentStructureCommand::DocumentStructureCommand(
    ManifestDocument *document, int first, int count, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_first(first)
    , m_count(count)
{}

// The range is computed from the documents as they are now, so that a redo after a save (which
// re-reads the file) replaces what is there and undo puts back exactly that.
void DocumentStructureCommand::redo()
{
    m_document->syncText();
    const Manifest &manifest = m_document->manifest();
    const std::vector<SourceDocument> &all = manifest.documents;
    std::vector<SourceDocument> current(all.begin() + m_first, all.begin() + m_first + m_count);
    QList<int> offsets;
    std::vector<SourceDocument> next = replacement(std::move(current), &offsets);
    int count = m_count;
    // The document after the range may have been the first one, without a `---` line.
    const size_t after = size_t(m_first + m_count);
    if (after < all.size() && m_first + next.size() > 0 && !hasStartMarker(all[after])) {
        next.push_back(all[after]);
        offsets << int(next.size()) - 1;
        ++count;
    }
    for (size_t i = 0; i < next.size(); ++i) {
        if (m_first + i > 0 && !hasStartMarker(next[i]))
            addStartMarker(next[i], manifest.newline);
    }
    m_inserted = int(next.size());
    m_newOffsets = offsets;
    m_replaced = m_document->replaceDocuments(m_first, count, std::move(next), offsets);
}

void DocumentStructureCommand::undo()
{
    m_document->syncText();
    QList<int> back(m_inserted, -1);
    for (int i = 0; i < m_newOffsets.size(); ++i) {
        if (m_newOffsets[i] >= 0)
            back[m_newOffsets[i]] = i;
    }
    m_document->replaceDocuments(m_first, m_inserted, std::move(m_replaced), back);
    m_replaced.clear();
}

InsertServiceCommand::InsertServiceCommand(ManifestDocument *document,
                                           int index,
                                           Service service,
                                           const QString &text,
                                           QUndoCommand *parent)
    : DocumentStructureCommand(document,
                               index,
                               0,
                               text.isEmpty() ? UndoTr::tr("Add Service") : text,
                               parent)
    , m_index(index)
    , m_service(std::move(service))
{}

std::vector<SourceDocument> InsertServiceCommand::replacement(std::vector<SourceDocument>,
                                                              QList<int> *) const
{
    std::vector<SourceDocument> docs;
    docs.push_back(serviceDocument(m_service));
    return docs;
}

DuplicateServiceCommand::DuplicateServiceCommand(ManifestDocument *document,
                                                 ServiceRef ref,
                                                 QUndoCommand *parent)
    : InsertServiceCommand(document,
                           ref.document + 1,
                           duplicateService(document->manifest(), ref),
                           UndoTr::tr("Duplicate Service"),
                           parent)
{}

RemoveDocumentCommand::RemoveDocumentCommand(ManifestDocument *document,
                                             int index,
                                             QUndoCommand *parent)
    : DocumentStructureCommand(
        document,
        index,
        1,
        document->manifest().documents.at(size_t(index)).form == SourceDocument::Form::Object
                && document->manifest().documents.at(size_t(index)).resources.front().isService()
            ? UndoTr::tr("Remove Service")
            : UndoTr::tr("Remove document"),
        parent)
{}

std::vector<SourceDocument> RemoveDocumentCommand::replacement(std::vector<SourceDocument>,
                                                               QList<int> *newOffsets) const
{
    *newOffsets = {-1};
    return {};
}

MoveDocumentCommand::MoveDocumentCommand(ManifestDocument *document,
                                         int from,
                                         int to,
                                         QUndoCommand *parent)
    : DocumentStructureCommand(document,
                               std::min(from, to),
                               std::abs(to - from) + 1,
                               to < from ? UndoTr::tr("Move up") : UndoTr::tr("Move down"),
                               parent)
    , m_down(to > from)
{}

std::vector<SourceDocument> MoveDocumentCommand::replacement(std::vector<SourceDocument> current,
                                                             QList<int> *newOffsets) const
{
    const int n = int(current.size());
    // Moving down rotates the first document of the range to its end; moving up the last to
    // its start.
    if (m_down) {
        std::rotate(current.begin(), current.begin() + 1, current.end());
        for (int i = 0; i < n; ++i)
            *newOffsets << (i == 0 ? n - 1 : i - 1);
    } else {
        std::rotate(current.rbegin(), current.rbegin() + 1, current.rend());
        for (int i = 0; i < n; ++i)
            *newOffsets << (i == n - 1 ? 0 : i + 1);
    }
    return current;
}

bool DocumentStructureCommand::absorb(const DocumentStructureCommand &later)
{
    if (later.m_first != m_first || later.m_document != m_document || m_inserted != 1
        || later.m_inserted != 1 || m_newOffsets.size() != 1 || later.m_newOffsets.size() != 1)
        return false;
    // This one's documents stay the ones undo puts back; the later one's result is the result.
    m_newOffsets = {m_newOffsets[0] >= 0 ? later.m_newOffsets[0] : -1};
    return true;
}

EditDocumentTextCommand::EditDocumentTextCommand(ManifestDocument *document,
                                                 int index,
                                                 QByteArray text,
                                                 QUndoCommand *parent)
    : DocumentStructureCommand(document, index, 1, UndoTr::tr("Edit the text"), parent)
    , m_index(index)
    , m_text(std::move(text))
{}

int EditDocumentTextCommand::id() const
{
    return 2000; // apart from the Service commands' ids
}

bool EditDocumentTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *later = static_cast<const EditDocumentTextCommand *>(other);
    if (later->m_index != m_index || !absorb(*later))
        return false;
    m_text = later->m_text;
    return true;
}

std::vector<SourceDocument> EditDocumentTextCommand::replacement(std::vector<SourceDocument>,
                                                                 QList<int> *newOffsets) const
{
    Manifest read = Manifest::fromBytes(m_text);
    std::vector<SourceDocument> docs = std::move(read.documents);
    if (docs.empty()) {
        SourceDocument empty;
        empty.text = m_text;
        docs.push_back(std::move(empty));
    }
    for (SourceDocument &d : docs)
        d.modified = true;
    // The document stays where it was (its Services keep their place in lists and selections).
    *newOffsets = {0};
    return docs;
}

ReplaceAllDocumentsCommand::ReplaceAllDocumentsCommand(ManifestDocument *document,
                                                       std::vector<SourceDocument> documents,
                                                       const QString &text,
                                                       QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_other(std::move(documents))
{}

void ReplaceAllDocumentsCommand::swap()
{
    const int count = int(m_document->manifest().documents.size());
    m_other = m_document->replaceDocuments(0, count, std::move(m_other));
}

} // namespace sd
