// SPDX-License-Identifier: GPL-3.0-or-later
// ValidateObjectMeta for a Service on create (M1-M4, M6-M12, M14) and the topology annotations
// (M15). ownerReferences (M13) are not checked.

#include "model/domain/scalar.h"
#include "model/tr.h"
#include "model/validation/rulecontext_p.h"
#include "model/validation/syntax.h"

namespace sd::rules {

namespace {

const QString kTopologyHints = QStringLiteral("service.kubernetes.io/topology-aware-hints");
const QString kTopologyMode = QStringLiteral("service.kubernetes.io/topology-mode");
constexpr qsizetype kAnnotationsMaxBytes = 256 * 1024;

void checkNames(RuleContext &c, const ObjectMeta &m)
{
    const QString generateName = m.generateName.valueOr({});
    if (!generateName.isEmpty()) {
        c.invalid(QStringLiteral("generate-name-invalid"),
                  QStringLiteral("metadata.generateName"),
                  c.posOr(m.generateName, c.metaPos()),
                  quoted(generateName),
                  syntax::dns1035LabelErrors(syntax::maskTrailingDash(generateName)));
    }
    const QString name = m.name.valueOr({});
    if (name.isEmpty()) {
        // A generated name (generateName[:58] + 5 letters or digits) is valid when generateName is.
        if (generateName.isEmpty() && !m.name.isRaw())
            c.required(QStringLiteral("name-required"),
                       QStringLiteral("metadata.name"),
                       c.posOr(m.name, c.metaPos()),
                       Tr::tr("name or generateName is required"));
        return;
    }
    c.invalid(QStringLiteral("name-invalid"),
              QStringLiteral("metadata.name"),
              c.posOr(m.name, c.metaPos()),
              quoted(name),
              syntax::dns1035LabelErrors(name));
}

void checkLabels(RuleContext &c, const ObjectMeta &m)
{
    const StringMap *labels = m.labels.get();
    if (!labels)
        return;
    const QString path = QStringLiteral("metadata.labels");
    for (const StringMapEntry &e : labels->effectiveEntries()) {
        c.invalid(QStringLiteral("label-key-invalid"),
                  path,
                  e.keyPos,
                  quoted(e.key),
                  syntax::qualifiedNameErrors(e.key));
        if (e.value.hasValue()) {
            c.invalid(QStringLiteral("label-value-invalid"),
                      path,
                      c.posOr(e.value, e.keyPos),
                      quoted(e.value.value()),
                      syntax::labelValueErrors(e.value.value()));
        }
    }
}

void checkAnnotations(RuleContext &c, const ObjectMeta &m)
{
    const StringMap *annotations = m.annotations.get();
    if (!annotations)
        return;
    const QString path = QStringLiteral("metadata.annotations");
    qsizetype total = 0;
    for (const StringMapEntry &e : annotations->effectiveEntries()) {
        // Annotation keys are checked in lower case (ValidateAnnotations); label keys are not.
        c.invalid(QStringLiteral("annotation-key-invalid"),
                  path,
                  e.keyPos,
                  quoted(e.key),
                  syntax::qualifiedNameErrors(e.key.toLower()));
        total += e.key.toUtf8().size() + e.value.valueOr({}).toUtf8().size();
    }
    if (total > kAnnotationsMaxBytes) {
        c.add({Severity::Error,
               QStringLiteral("annotations-too-long"),
               ErrorType::TooLong,
               path,
               c.posOr(m.annotations, c.metaPos()),
               Tr::tr("Too long: must have at most %1 bytes").arg(kAnnotationsMaxBytes),
               {}});
    }
    const Field<QString> *hints = annotations->find(kTopologyHints);
    const Field<QString> *mode = annotations->find(kTopologyMode);
    if (hints && mode && hints->valueOr({}) != mode->valueOr({})) {
        const QString hintsValue = hints->valueOr({});
        c.invalid(QStringLiteral("topology-mode-mismatch"),
                  QStringLiteral("metadata.annotations[%1]").arg(kTopologyMode),
                  c.posOr(*mode, c.metaPos()),
                  quoted(mode->valueOr({})),
                  {Tr::tr("must match annotations[%1] when both are specified").arg(kTopologyHints)},
                  Fix{Tr::tr("Use the topology-aware-hints value"), [hintsValue](Service &s) {
                          if (ObjectMeta *meta = s.metadata.get()) {
                              if (StringMap *a = meta->annotations.get())
                                  a->set(kTopologyMode, hintsValue);
                          }
                      }});
    }
}

// A field of metadata that the model keeps as written (the last of duplicate keys).
const Node::Entry *metadataExtra(const ObjectMeta &m, QStringView key)
{
    for (auto it = m.extras.rbegin(); it != m.extras.rend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    return nullptr;
}

// ValidateFinalizers (M10, M12) and validateKubeFinalizerName (M11), which checks each name again
// under its index.
void checkFinalizers(RuleContext &c, const ObjectMeta &m)
{
    const Node::Entry *entry = metadataExtra(m, u"finalizers");
    if (!entry || !entry->value.isSequence())
        return;
    const QString path = QStringLiteral("metadata.finalizers");
    QStringList names;
    for (size_t i = 0; i < entry->value.items().size(); ++i) {
        const Node &item = entry->value.items()[i];
        if (!item.isScalar())
            continue;
        const QString name = item.text();
        names << name;
        const QStringList errors = syntax::qualifiedNameErrors(name);
        const QString indexPath = path + u'[' + QString::number(i) + u']';
        const SourcePos pos = item.pos().isValid() ? item.pos() : entry->keyPos;
        c.invalid(QStringLiteral("finalizer-invalid"), path, pos, quoted(name), errors);
        c.invalid(QStringLiteral("finalizer-invalid"), indexPath, pos, quoted(name), errors);
        static const QStringList standard{QStringLiteral("kubernetes"), QStringLiteral("orphan"),
                                          QStringLiteral("foregroundDeletion")};
        if (!name.contains(u'/') && !standard.contains(name)) {
            c.invalid(QStringLiteral("finalizer-not-qualified"), indexPath, pos, quoted(name),
                      {Tr::tr("name is neither a standard finalizer name nor is it fully "
                              "qualified")});
        }
    }
    if (names.contains(u"orphan") && names.contains(u"foregroundDeletion")) {
        QStringList items;
        for (const QString &n : names)
            items << quoted(n);
        c.invalid(QStringLiteral("finalizers-conflict"), path, entry->keyPos,
                  u"[]string{" + items.join(u", ") + u'}',
                  {Tr::tr("finalizer orphan and foregroundDeletion cannot be both set")});
    }
}

void checkGeneration(RuleContext &c, const ObjectMeta &m)
{
    const Node::Entry *entry = metadataExtra(m, u"generation");
    if (!entry || !entry->value.isScalar() || entry->value.isQuoted())
        return;
    const std::optional<qint64> generation = plainScalarToInt(entry->value.text());
    if (generation && *generation < 0) {
        c.invalid(QStringLiteral("generation-negative"), QStringLiteral("metadata.generation"),
                  entry->value.pos(), QString::number(*generation),
                  {Tr::tr("must be greater than or equal to 0")});
    }
}

} // namespace

void checkMetadata(RuleContext &c)
{
    if (!c.meta) {
        if (!c.service.metadata.isRaw() || c.service.metadata.isNull())
            c.required(QStringLiteral("name-required"),
                       QStringLiteral("metadata.name"),
                       c.service.pos,
                       Tr::tr("name or generateName is required"));
        return;
    }
    const ObjectMeta &m = *c.meta;
    checkNames(c, m);
    const QString ns = m.namespaceName.valueOr({});
    if (!ns.isEmpty()) {
        c.invalid(QStringLiteral("namespace-invalid"),
                  QStringLiteral("metadata.namespace"),
                  c.posOr(m.namespaceName, c.metaPos()),
                  quoted(ns),
                  syntax::dns1123LabelErrors(ns));
    }
    checkGeneration(c, m);
    checkLabels(c, m);
    checkAnnotations(c, m);
    checkFinalizers(c, m);
}

} // namespace sd::rules
