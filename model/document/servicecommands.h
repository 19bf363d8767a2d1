// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QUndoCommand>

#include "model/document/servicechange.h"
#include "model/io/manifest.h"

namespace sd {

class ManifestDocument;

/**
 * The base of every command that changes one Service in place. It applies the change through
 * ManifestDocument::changeService, which announces it as typed ServiceChanges, and keeps the
 * document's "edited" mark right: undoing the only edit since the file was read or saved clears
 * it, so saving writes the original bytes again.
 */
class ServiceCommand : public QUndoCommand
{
public:
    ServiceRef service() const { return m_ref; }

protected:
    ServiceCommand(ManifestDocument *document,
                   ServiceRef ref,
                   const QString &text,
                   QUndoCommand *parent);

    const Service &current() const;
    /** Changes the Service with `apply`, announcing `changes`; `forward` for redo. */
    void change(const std::vector<ServiceChange> &changes,
                const std::function<void(Service &)> &apply,
                bool forward);

    /** Takes over what a later command of the same edit leaves the text as (for merging). */
    void takeTextAfter(const ServiceCommand &later) { m_textAfter = later.m_textAfter; }

    ManifestDocument *m_document;
    ServiceRef m_ref;

private:
    // The document's text before the command and after it (noted at its first undo): undo and
    // redo put these bytes back, so undoing gives back exactly what was there.
    DocumentText m_textBefore;
    std::optional<DocumentText> m_textAfter;
    bool m_wasModified;
    int m_generation;
    // Whether the Service had these when the command was made: a first port or label creates
    // them, and undoing it takes them away again.
    bool m_hadMetadata;
    bool m_hadSpec;
};

/**
 * One value of a Service changed from an old to a new one, in the spirit of Tiled's
 * ChangeValue: a concrete command says where the value is (getValue/setValue) and nothing else.
 * The old value is read when the command is made. Consecutive edits of the same field of the
 * same Service merge into one undo step (typing in a field is one step).
 *
 * The changes it announces are those between the Service before and after (serviceDiff), unless
 * the caller names them (row insertions, moves).
 */
template<typename Value>
class ChangeServiceValue : public ServiceCommand
{
public:
    void redo() override { apply(m_new, m_redoChanges, true); }
    void undo() override { apply(m_old, m_undoChanges, false); }
    int id() const override { return m_mergeable ? m_id : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const ChangeServiceValue *>(other);
        if (o->m_ref != m_ref || o->m_path != m_path || !o->m_mergeable)
            return false;
        m_new = o->m_new;
        takeTextAfter(*o);
        m_redoChanges = o->m_redoChanges;
        // Undo now goes from the merged value straight back to the first old one.
        m_undoChanges = o->m_undoChanges;
        return true;
    }

    const FieldPath &path() const { return m_path; }

protected:
    /** `id` tells apart the concrete commands (for merging); `path` is what the value is. */
    ChangeServiceValue(int id,
                       ManifestDocument *document,
                       ServiceRef ref,
                       FieldPath path,
                       Value newValue,
                       const QString &text,
                       QUndoCommand *parent)
        : ServiceCommand(document, ref, text, parent)
        , m_id(id)
        , m_path(std::move(path))
        , m_new(std::move(newValue))
    {}

    /** Reads the old value and works out what the command announces; call it last in the
     *  constructor of the concrete command. Empty `redoChanges`: the difference of the two
     *  Services, both ways. */
    void init(std::vector<ServiceChange> redoChanges = {},
              std::vector<ServiceChange> undoChanges = {},
              bool mergeable = true);

    virtual Value getValue(const Service &service) const = 0;
    virtual void setValue(Service &service, const Value &value) const = 0;

private:
    void apply(const Value &value, const std::vector<ServiceChange> &changes, bool forward)
    {
        change(
            changes, [&](Service &s) { setValue(s, value); }, forward);
    }

    int m_id;
    FieldPath m_path;
    Value m_old;
    Value m_new;
    std::vector<ServiceChange> m_redoChanges;
    std::vector<ServiceChange> m_undoChanges;
    bool m_mergeable = true;
};

/** Replaces the whole Service: a fix, a type change, a template. Announces field by field
 *  what differs. */
class SetServiceCommand final : public ChangeServiceValue<Service>
{
public:
    SetServiceCommand(ManifestDocument *document,
                      ServiceRef ref,
                      Service newValue,
                      const QString &text,
                      QUndoCommand *parent = nullptr);

private:
    Service getValue(const Service &s) const override { return s; }
    void setValue(Service &s, const Service &v) const override;
};

/** Sets `metadata` (a field of it: `path` says which, for merging and announcing). */
class SetMetadataCommand final : public ChangeServiceValue<Field<ObjectMeta>>
{
public:
    SetMetadataCommand(ManifestDocument *document,
                       ServiceRef ref,
                       FieldPath path,
                       Field<ObjectMeta> newValue,
                       const QString &text,
                       QUndoCommand *parent = nullptr);

private:
    Field<ObjectMeta> getValue(const Service &s) const override { return s.metadata; }
    void setValue(Service &s, const Field<ObjectMeta> &v) const override { s.metadata = v; }
};

/** Sets `spec` (a field of it, with what that field's change takes along: `path` says which). */
class SetSpecCommand final : public ChangeServiceValue<Field<ServiceSpec>>
{
public:
    SetSpecCommand(ManifestDocument *document,
                   ServiceRef ref,
                   FieldPath path,
                   Field<ServiceSpec> newValue,
                   const QString &text,
                   QUndoCommand *parent = nullptr);

private:
    Field<ServiceSpec> getValue(const Service &s) const override { return s.spec; }
    void setValue(Service &s, const Field<ServiceSpec> &v) const override { s.spec = v; }
};

/** Sets one port (`spec.ports[row]`), which must exist. */
class SetPortCommand final : public ChangeServiceValue<Field<ServicePort>>
{
public:
    SetPortCommand(ManifestDocument *document,
                   ServiceRef ref,
                   int row,
                   Field<ServicePort> newValue,
                   const QString &text,
                   QUndoCommand *parent = nullptr);

private:
    Field<ServicePort> getValue(const Service &s) const override;
    void setValue(Service &s, const Field<ServicePort> &v) const override;
    int m_row;
};

/** What a list or map command does to its rows, for announcing it. */
struct RowEdit
{
    enum class Kind { Insert, Remove, Move, Replace };
    Kind kind = Kind::Replace;
    int first = -1;
    int count = 0;
    int destination = -1; ///< for Move: QAbstractItemModel::moveRows' destination
};

/** Sets the port list (`spec.ports`): rows inserted, removed, moved or replaced. */
class SetPortsCommand final : public ChangeServiceValue<Field<List<ServicePort>>>
{
public:
    SetPortsCommand(ManifestDocument *document,
                    ServiceRef ref,
                    Field<List<ServicePort>> newValue,
                    RowEdit edit,
                    const QString &text,
                    QUndoCommand *parent = nullptr);

private:
    Field<List<ServicePort>> getValue(const Service &s) const override;
    void setValue(Service &s, const Field<List<ServicePort>> &v) const override;
};

/** The string maps of a Service. */
enum class MapField { Labels, Selector, Annotations };

/** `metadata.labels`, `spec.selector` or `metadata.annotations`. */
FieldPath mapFieldPath(MapField map);
/** The map's field in a Service (nullptr when its parent is absent). */
const Field<StringMap> *mapFieldOf(const Service &s, MapField map);

/** Sets a string map: one entry (`edit` Replace of one row), rows inserted or removed. */
class SetMapCommand final : public ChangeServiceValue<Field<StringMap>>
{
public:
    SetMapCommand(ManifestDocument *document,
                  ServiceRef ref,
                  MapField map,
                  Field<StringMap> newValue,
                  RowEdit edit,
                  const QString &text,
                  QUndoCommand *parent = nullptr);

private:
    Field<StringMap> getValue(const Service &s) const override;
    void setValue(Service &s, const Field<StringMap> &v) const override;
    MapField m_map;
};

} // namespace sd
