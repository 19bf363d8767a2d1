// SPDX-License-Identifier: GPL-3.0-or-later
// ValidateObjectMeta for a Service on create (M1-M14) and the topology annotations (M15).

#include <algorithm>

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
        c.invalidQuoted(QStringLiteral("generate-name-invalid"),
                        QStringLiteral("metadata.generateName"),
                        c.posOr(m.generateName, c.metaPos()),
                        generateName,
                        syntax::dns1035LabelErrors(syntax::maskTrailingDash(generateName)));
    }
    const QString name = m.name.valueOr({});
    if (name.isEmpty()) {
        // A generated name (generateName[:58] + 5 letters or digits) is valid when generateName is.
        if (generateName.isEmpty() && !m.name.isRaw())
            c.required(QStringLiteral("name-required"),
                       QStringLiteral("metadata.name"),
                       c.posOr(m.name, c.metaPos()),
                       ValidationTr::tr("name or generateName is required"));
        return;
    }
    c.invalidQuoted(QStringLiteral("name-invalid"),
                    QStringLiteral("metadata.name"),
                    c.posOr(m.name, c.metaPos()),
                    name,
                    syntax::dns1035LabelErrors(name));
}

void checkLabels(RuleContext &c, const ObjectMeta &m)
{
    const StringMap *labels = m.labels.get();
    if (!labels)
        return;
    const QString path = QStringLiteral("metadata.labels");
    for (const StringMapEntry &e : labels->effectiveEntries()) {
        c.invalidQuoted(QStringLiteral("label-key-invalid"),
                        path,
                        e.keyPos,
                        e.key,
                        syntax::qualifiedNameErrors(e.key));
        if (e.value.hasValue()) {
            c.invalidQuoted(QStringLiteral("label-value-invalid"),
                            path,
                            c.posOr(e.value, e.keyPos),
                            e.value.value(),
                            syntax::labelValueErrors(e.value.value()));
        }
    }
}

// Whether lower-casing changes the key: keys are almost always lower-case ASCII already.
bool mayLowerCase(QStringView key)
{
    return std::any_of(key.begin(), key.end(), [](QChar ch) {
        return ch.unicode() >= 0x80 || (ch >= u'A' && ch <= u'Z');
    });
}

// Whether the annotations take more than the limit in UTF-8 bytes, as ValidateAnnotationsSize
// counts them; counted only when their length in UTF-16 code units (1 to 3 bytes each) leaves it
// in question.
bool annotationsTooLong(const StringMap &annotations, qsizetype units)
{
    if (units * 3 <= kAnnotationsMaxBytes)
        return false;
    qsizetype total = 0;
    for (const StringMapEntry &e : annotations.effectiveEntries())
        total += syntax::byteLength(e.key) + syntax::byteLength(e.value.valueOr({}));
    return total > kAnnotationsMaxBytes;
}

void checkAnnotations(RuleContext &c, const ObjectMeta &m)
{
    const StringMap *annotations = m.annotations.get();
    if (!annotations)
        return;
    const QString path = QStringLiteral("metadata.annotations");
    qsizetype units = 0;
    for (const StringMapEntry &e : annotations->effectiveEntries()) {
        // Annotation keys are checked in lower case (ValidateAnnotations); label keys are not.
        c.invalidQuoted(QStringLiteral("annotation-key-invalid"),
                        path,
                        e.keyPos,
                        e.key,
                        syntax::qualifiedNameErrors(mayLowerCase(e.key) ? e.key.toLower() : e.key));
        units += e.key.size() + (e.value.hasValue() ? e.value.value().size() : 0);
    }
    if (annotationsTooLong(*annotations, units)) {
        c.add({Severity::Error,
               QStringLiteral("annotations-too-long"),
               ErrorType::TooLong,
               path,
               c.posOr(m.annotations, c.metaPos()),
               ValidationTr::tr("Too long: must have at most %1 bytes").arg(kAnnotationsMaxBytes),
               {}});
    }
    const Field<QString> *hints = annotations->find(kTopologyHints);
    const Field<QString> *mode = annotations->find(kTopologyMode);
    if (hints && mode && hints->valueOr({}) != mode->valueOr({})) {
        const QString hintsValue = hints->valueOr({});
        c.invalidQuoted(QStringLiteral("topology-mode-mismatch"),
                        QStringLiteral("metadata.annotations[%1]").arg(kTopologyMode),
                        c.posOr(*mode, c.metaPos()),
                        mode->valueOr({}),
                        {ValidationTr::tr("must match annotations[%1] when both are specified")
                             .arg(kTopologyHints)},
                        Fix{ValidationTr::tr("Use the topology-aware-hints value"),
                            [hintsValue](Service &s) {
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
// A scalar field of an owner reference, "" when absent or not a scalar (as Go's zero value).
QString ownerField(const Node &ref, QStringView key)
{
    const Node *n = ref.isMapping() ? ref.find(key) : nullptr;
    return n && n->isScalar() && resolveScalar(*n) != ScalarType::Null ? n->text() : QString();
}

// ValidateOwnerReferences (M13): every check runs on the list's path, without an index, as
// apimachinery reports them. Only the core v1 Event may not own anything (BannedOwners).
void checkOwnerReferences(RuleContext &c, const ObjectMeta &m)
{
    const Node::Entry *entry = metadataExtra(m, u"ownerReferences");
    if (!entry || !entry->value.isSequence())
        return;
    const QString path = QStringLiteral("metadata.ownerReferences");
    QString firstController;
    for (const Node &ref : entry->value.items()) {
        if (!ref.isMapping())
            continue;
        const SourcePos pos = ref.pos().isValid() ? ref.pos() : entry->keyPos;
        const QString apiVersion = ownerField(ref, u"apiVersion");
        const QString kind = ownerField(ref, u"kind");
        const QString name = ownerField(ref, u"name");
        // schema.ParseGroupVersion: "v1" is the core group; "a/b" group a, version b; more than
        // one slash does not parse, which leaves the version empty.
        QString group;
        QString version;
        if (apiVersion.count(u'/') == 1) {
            group = apiVersion.section(u'/', 0, 0);
            version = apiVersion.section(u'/', 1);
        } else if (!apiVersion.contains(u'/')) {
            version = apiVersion;
        }
        if (version.isEmpty()) {
            c.invalidQuoted(QStringLiteral("owner-reference-api-version-required"),
                            path + u".apiVersion",
                            pos,
                            apiVersion,
                            {ValidationTr::tr("version must not be empty")});
        }
        if (kind.isEmpty()) {
            c.invalidQuoted(QStringLiteral("owner-reference-kind-required"),
                            path + u".kind",
                            pos,
                            kind,
                            {ValidationTr::tr("kind must not be empty")});
        }
        if (name.isEmpty()) {
            c.invalidQuoted(QStringLiteral("owner-reference-name-required"),
                            path + u".name",
                            pos,
                            name,
                            {ValidationTr::tr("name must not be empty")});
        }
        const QString uid = ownerField(ref, u"uid");
        if (uid.isEmpty()) {
            c.invalidQuoted(QStringLiteral("owner-reference-uid-required"),
                            path + u".uid",
                            pos,
                            uid,
                            {ValidationTr::tr("uid must not be empty")});
        }
        if (group.isEmpty() && version == u"v1" && kind == u"Event") {
            c.invalid(QStringLiteral("owner-reference-banned"),
                      path,
                      pos,
                      kind + u'/' + name,
                      {ValidationTr::tr("%1 is disallowed from being an owner")
                           .arg(QStringLiteral("/v1, Kind=Event"))});
        }
        const Node *controller = ref.find(u"controller");
        if (controller && controller->isScalar() && resolveScalar(*controller) == ScalarType::Bool
            && plainScalarToBool(controller->text()).value_or(false)) {
            const QString current = kind + u'/' + name;
            if (!firstController.isEmpty()) {
                c.invalid(QStringLiteral("owner-reference-controllers"),
                          path,
                          pos,
                          current,
                          {ValidationTr::tr(
                               "Only one reference can have Controller set to true. Found "
                               "\"true\" in references for %1 and %2")
                               .arg(firstController, current)});
            } else {
                firstController = current;
            }
        }
    }
}

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
        c.invalidQuoted(QStringLiteral("finalizer-invalid"), path, pos, name, errors);
        c.invalidQuoted(QStringLiteral("finalizer-invalid"), indexPath, pos, name, errors);
        static const QStringList standard{QStringLiteral("kubernetes"),
                                          QStringLiteral("orphan"),
                                          QStringLiteral("foregroundDeletion")};
        if (!name.contains(u'/') && !standard.contains(name)) {
            c.invalidQuoted(QStringLiteral("finalizer-not-qualified"),
                            indexPath,
                            pos,
                            name,
                            {ValidationTr::tr(
                                "name is neither a standard finalizer name nor is it fully "
                                "qualified")});
        }
    }
    if (names.contains(u"orphan") && names.contains(u"foregroundDeletion")) {
        QStringList items;
        for (const QString &n : names)
            items << quoted(n);
        c.invalid(QStringLiteral("finalizers-conflict"),
                  path,
                  entry->keyPos,
                  u"[]string{" + items.join(u", ") + u'}',
                  {ValidationTr::tr("finalizer orphan and foregroundDeletion cannot be both set")});
    }
}

void checkGeneration(RuleContext &c, const ObjectMeta &m)
{
    const Node::Entry *entry = metadataExtra(m, u"generation");
    if (!entry || !entry->value.isScalar() || entry->value.isQuoted())
        return;
    const std::optional<qint64> generation = plainScalarToInt(entry->value.text());
    if (generation && *generation < 0) {
        c.invalid(QStringLiteral("generation-negative"),
                  QStringLiteral("metadata.generation"),
                  entry->value.pos(),
                  QString::number(*generation),
                  {ValidationTr::tr("must be greater than or equal to 0")});
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
                       ValidationTr::tr("name or generateName is required"));
        return;
    }
    const ObjectMeta &m = *c.meta;
    checkNames(c, m);
    const QString ns = m.namespaceName.valueOr({});
    if (!ns.isEmpty()) {
        c.invalidQuoted(QStringLiteral("namespace-invalid"),
                        QStringLiteral("metadata.namespace"),
                        c.posOr(m.namespaceName, c.metaPos()),
                        ns,
                        syntax::dns1123LabelErrors(ns));
    }
    checkGeneration(c, m);
    checkLabels(c, m);
    checkAnnotations(c, m);
    checkFinalizers(c, m);
    checkOwnerReferences(c, m);
}

} // namespace sd::rules
