// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/servicecommands.h"

#include "model/document/manifestdocument.h"
#include "model/document/servicediff.h"

namespace sd {

namespace {

// Ids for QUndoCommand::id(), so only commands of one kind merge.
enum CommandId { ServiceId = 1000, MetadataId, SpecId, PortId, PortsId, MapId };

// The changes a row edit announces, and those of its undo.
std::pair<std::vector<ServiceChange>, std::vector<ServiceChange>> rowChanges(ServiceRef ref,
                                                                             const FieldPath &path,
                                                                             const RowEdit &edit)
{
    using Kind = ServiceChange::Kind;
    switch (edit.kind) {
    case RowEdit::Kind::Insert:
        return {{{ref, path, Kind::RowsInserted, edit.first, edit.count}},
                {{ref, path, Kind::RowsRemoved, edit.first, edit.count}}};
    case RowEdit::Kind::Remove:
        return {{{ref, path, Kind::RowsRemoved, edit.first, edit.count}},
                {{ref, path, Kind::RowsInserted, edit.first, edit.count}}};
    case RowEdit::Kind::Move: {
        // Where the rows are after the move, and the move that puts them back.
        const bool down = edit.destination > edit.first;
        const int landed = down ? edit.destination - edit.count : edit.destination;
        const int back = down ? edit.first : edit.first + edit.count;
        return {{{ref, path, Kind::RowsMoved, edit.first, edit.count, edit.destination}},
                {{ref, path, Kind::RowsMoved, landed, edit.count, back}}};
    }
    case RowEdit::Kind::Replace:
        if (edit.first >= 0)
            return {{{ref, path, Kind::Value, edit.first, edit.count}},
                    {{ref, path, Kind::Value, edit.first, edit.count}}};
        break;
    }
    return {};
}

// The text of the document holding `ref`, with every edit in it.
DocumentText syncedText(ManifestDocument *document, ServiceRef ref)
{
    document->syncText();
    return DocumentText::of(document->manifest().documents.at(size_t(ref.document)));
}

} // namespace

ServiceCommand::ServiceCommand(ManifestDocument *document,
                               ServiceRef ref,
                               const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_ref(ref)
    , m_textBefore(syncedText(document, ref))
    , m_wasModified(document->isDocumentModified(ref.document))
    , m_generation(document->saveGeneration())
    , m_hadMetadata(current().metadata.isSet())
    , m_hadSpec(current().spec.isSet())
{}

const Service &ServiceCommand::current() const
{
    return m_document->manifest().service(m_ref);
}

void ServiceCommand::change(const std::vector<ServiceChange> &changes,
                            const std::function<void(Service &)> &apply,
                            bool forward)
{
    // Undoing the only edit since the file was read gives back its bytes: the document is no
    // longer edited. After a save, those bytes are gone from the disk, so it stays edited.
    const bool modified = forward || m_wasModified || m_generation != m_document->saveGeneration();
    // Redo puts back the text this command made, once known: it is noted when the command is
    // first undone (the text follows an edit a moment later, see ManifestDocument::syncText()).
    if (!forward && !m_textAfter)
        m_textAfter = syncedText(m_document, m_ref);
    m_document->changeService(
        m_ref,
        changes,
        [&](Service &s) {
            apply(s);
            if (!forward && !m_hadSpec && s.spec.hasValue() && s.spec.value() == ServiceSpec())
                s.spec.clear();
            if (!forward && !m_hadMetadata && s.metadata.hasValue()
                && s.metadata.value() == ObjectMeta())
                s.metadata.clear();
        },
        modified,
        forward ? (m_textAfter ? &*m_textAfter : nullptr) : &m_textBefore);
}

template<typename Value>
void ChangeServiceValue<Value>::init(std::vector<ServiceChange> redoChanges,
                                     std::vector<ServiceChange> undoChanges,
                                     bool mergeable)
{
    const Service &before = current();
    m_old = getValue(before);
    m_mergeable = mergeable;
    if (!redoChanges.empty()) {
        m_redoChanges = std::move(redoChanges);
        m_undoChanges = std::move(undoChanges);
        return;
    }
    Service after = before;
    setValue(after, m_new);
    m_redoChanges = serviceDiff(m_ref, before, after);
    m_undoChanges = serviceDiff(m_ref, after, before);
}

template class ChangeServiceValue<Service>;
template class ChangeServiceValue<Field<ObjectMeta>>;
template class ChangeServiceValue<Field<ServiceSpec>>;
template class ChangeServiceValue<Field<ServicePort>>;
template class ChangeServiceValue<Field<List<ServicePort>>>;
template class ChangeServiceValue<Field<StringMap>>;

SetServiceCommand::SetServiceCommand(ManifestDocument *document,
                                     ServiceRef ref,
                                     Service newValue,
                                     const QString &text,
                                     QUndoCommand *parent)
    : ChangeServiceValue(ServiceId, document, ref, {}, std::move(newValue), text, parent)
{
    init({}, {}, false);
}

void SetServiceCommand::setValue(Service &s, const Service &v) const
{
    const SourcePos pos = s.pos; // where the object is in the file stays
    s = v;
    s.pos = pos;
}

SetMetadataCommand::SetMetadataCommand(ManifestDocument *document,
                                       ServiceRef ref,
                                       FieldPath path,
                                       Field<ObjectMeta> newValue,
                                       const QString &text,
                                       QUndoCommand *parent)
    : ChangeServiceValue(MetadataId, document, ref, std::move(path), std::move(newValue), text, parent)
{
    init();
}

SetSpecCommand::SetSpecCommand(ManifestDocument *document,
                               ServiceRef ref,
                               FieldPath path,
                               Field<ServiceSpec> newValue,
                               const QString &text,
                               QUndoCommand *parent)
    : ChangeServiceValue(SpecId, document, ref, std::move(path), std::move(newValue), text, parent)
{
    init();
}

SetPortCommand::SetPortCommand(ManifestDocument *document,
                               ServiceRef ref,
                               int row,
                               Field<ServicePort> newValue,
                               const QString &text,
                               QUndoCommand *parent)
    : ChangeServiceValue(PortId,
                         document,
                         ref,
                         FieldPath(QStringLiteral("spec.ports")).index(row),
                         std::move(newValue),
                         text,
                         parent)
    , m_row(row)
{
    const ServiceChange cell{ref, path(), ServiceChange::Kind::Value};
    init({cell}, {cell});
}

Field<ServicePort> SetPortCommand::getValue(const Service &s) const
{
    return s.ports().at(size_t(m_row));
}

void SetPortCommand::setValue(Service &s, const Field<ServicePort> &v) const
{
    specOf(s).ports.value().at(size_t(m_row)) = v;
}

SetPortsCommand::SetPortsCommand(ManifestDocument *document,
                                 ServiceRef ref,
                                 Field<List<ServicePort>> newValue,
                                 RowEdit edit,
                                 const QString &text,
                                 QUndoCommand *parent)
    : ChangeServiceValue(PortsId,
                         document,
                         ref,
                         FieldPath(QStringLiteral("spec.ports")),
                         std::move(newValue),
                         text,
                         parent)
{
    auto [redo, undo] = rowChanges(ref, path(), edit);
    init(std::move(redo), std::move(undo), false);
}

Field<List<ServicePort>> SetPortsCommand::getValue(const Service &s) const
{
    return s.spec.hasValue() ? s.spec.value().ports : Field<List<ServicePort>>();
}

void SetPortsCommand::setValue(Service &s, const Field<List<ServicePort>> &v) const
{
    if (!v.isSet() && !s.spec.hasValue())
        return;
    const SourcePos pos = s.spec.hasValue() ? s.spec.value().ports.pos() : SourcePos();
    specOf(s).ports = v;
    if (!v.pos().isValid())
        specOf(s).ports.setPos(pos);
}

FieldPath mapFieldPath(MapField map)
{
    switch (map) {
    case MapField::Labels:
        return FieldPath(QStringLiteral("metadata.labels"));
    case MapField::Selector:
        return FieldPath(QStringLiteral("spec.selector"));
    case MapField::Annotations:
        break;
    }
    return FieldPath(QStringLiteral("metadata.annotations"));
}

const Field<StringMap> *mapFieldOf(const Service &s, MapField map)
{
    if (map == MapField::Selector)
        return s.spec.hasValue() ? &s.spec.value().selector : nullptr;
    if (!s.metadata.hasValue())
        return nullptr;
    return map == MapField::Labels ? &s.metadata.value().labels : &s.metadata.value().annotations;
}

SetMapCommand::SetMapCommand(ManifestDocument *document,
                             ServiceRef ref,
                             MapField map,
                             Field<StringMap> newValue,
                             RowEdit edit,
                             const QString &text,
                             QUndoCommand *parent)
    : ChangeServiceValue(MapId,
                         document,
                         ref,
                         // One entry edited: the command is about that row (for merging).
                         edit.kind == RowEdit::Kind::Replace && edit.first >= 0
                             ? mapFieldPath(map).index(edit.first)
                             : mapFieldPath(map),
                         std::move(newValue),
                         text,
                         parent)
    , m_map(map)
{
    auto [redo, undo] = rowChanges(ref, mapFieldPath(map), edit);
    init(std::move(redo), std::move(undo), edit.kind == RowEdit::Kind::Replace);
}

Field<StringMap> SetMapCommand::getValue(const Service &s) const
{
    const Field<StringMap> *field = mapFieldOf(s, m_map);
    return field ? *field : Field<StringMap>();
}

void SetMapCommand::setValue(Service &s, const Field<StringMap> &v) const
{
    if (!v.isSet() && !mapFieldOf(s, m_map))
        return;
    Field<StringMap> &field = m_map == MapField::Selector ? specOf(s).selector
                              : m_map == MapField::Labels ? metaOf(s).labels
                                                          : metaOf(s).annotations;
    const SourcePos pos = field.pos();
    field = v;
    if (!v.pos().isValid())
        field.setPos(pos);
}

} // namespace sd
