// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of one Service against the other documents of its file: does its selector match a
// pod template, and do its target ports resolve in the pods it selects? The API server accepts
// all of this; the endpoints controller is what finds no pod or no port, silently.

#include <QHash>

#include "model/io/manifest.h"
#include "model/tr.h"
#include "model/validation/rulecontext_p.h"
#include "model/validation/validator.h"

namespace sd::rules {

namespace {

QString scalarText(const Node *n)
{
    return n && n->isScalar() ? n->text() : QString();
}

const Node *child(const Node *object, QStringView key)
{
    return object && object->isMapping() ? object->find(key) : nullptr;
}

// A protocol as the API defaults it: absent or empty is TCP.
QString defaultedProtocol(const QString &written)
{
    return written.isEmpty() ? QStringLiteral("TCP") : written;
}

struct ContainerPort
{
    QString name;
    int number = 0;
    QString protocol;
};

} // namespace

/** A pod template of the file (or a Pod), as far as the checks need it. */
struct PodTemplate
{
    QString kind;
    QString name;
    QString namespaceName;
    QHash<QString, QString> labels; ///< the last of duplicate keys wins, as in kubectl
    std::vector<ContainerPort> ports;

    QString title() const { return name.isEmpty() ? kind : kind + u' ' + quoted(name); }
};

/** Every pod template of a file, read once per file (ManifestIndex). */
struct PodTemplates
{
    std::vector<PodTemplate> all;
};

namespace {

void collectPorts(const Node *containers, bool sidecarsOnly, std::vector<ContainerPort> &out)
{
    if (!containers || !containers->isSequence())
        return;
    for (const Node &container : containers->items()) {
        // An init container with restartPolicy Always is a sidecar: it runs beside the app
        // containers and the endpoints controller looks up its ports too.
        if (sidecarsOnly && scalarText(child(&container, u"restartPolicy")) != u"Always")
            continue;
        const Node *ports = child(&container, u"ports");
        if (!ports || !ports->isSequence())
            continue;
        for (const Node &port : ports->items()) {
            ContainerPort p;
            p.name = scalarText(child(&port, u"name"));
            p.number = scalarText(child(&port, u"containerPort")).toInt();
            p.protocol = defaultedProtocol(scalarText(child(&port, u"protocol")));
            out.push_back(p);
        }
    }
}

// The pod template of a workload object: the object itself for a Pod.
const Node *podTemplateOf(const QString &kind, const Node &object)
{
    static const QStringList withTemplate = {QStringLiteral("Deployment"),
                                             QStringLiteral("StatefulSet"),
                                             QStringLiteral("DaemonSet"),
                                             QStringLiteral("ReplicaSet"),
                                             QStringLiteral("ReplicationController"),
                                             QStringLiteral("Job")};
    if (kind == u"Pod")
        return &object;
    if (withTemplate.contains(kind))
        return child(child(&object, u"spec"), u"template");
    if (kind == u"CronJob")
        return child(child(child(child(&object, u"spec"), u"jobTemplate"), u"spec"), u"template");
    return nullptr;
}

std::optional<PodTemplate> readTemplate(const Resource &resource)
{
    const Node *tmpl = podTemplateOf(resource.kind, resource.node());
    if (!tmpl || !tmpl->isMapping())
        return std::nullopt;
    PodTemplate t;
    t.kind = resource.kind;
    t.name = resource.name;
    t.namespaceName = resource.namespaceName;
    if (const Node *labels = child(child(tmpl, u"metadata"), u"labels");
        labels && labels->isMapping()) {
        for (const Node::Entry &e : labels->entries())
            t.labels.insert(e.key, scalarText(&e.value));
    }
    const Node *podSpec = child(tmpl, u"spec");
    collectPorts(child(podSpec, u"containers"), false, t.ports);
    collectPorts(child(podSpec, u"initContainers"), true, t.ports);
    return t;
}

// A workload that names another namespace cannot hold the pods of a Service of
// `namespaceName`. Where either leaves it out, kubectl's namespace decides, so they count.
bool sameNamespace(const PodTemplate &t, const QString &namespaceName)
{
    return namespaceName.isEmpty() || t.namespaceName.isEmpty() || t.namespaceName == namespaceName;
}

using Selector = std::vector<std::pair<QString, QString>>;

// The selector entries a template's labels do not satisfy, described for the reader.
QStringList differences(const Selector &selector, const PodTemplate &t)
{
    QStringList out;
    for (const auto &[key, value] : selector) {
        const auto it = t.labels.constFind(key);
        if (it == t.labels.constEnd())
            out << ValidationTr::tr("no label %1").arg(key);
        else if (*it != value)
            out << key + u'=' + *it;
    }
    return out;
}

QString describe(const Selector &selector)
{
    QStringList out;
    for (const auto &[key, value] : selector)
        out << key + u'=' + value;
    return out.join(u", ");
}

// Only a readable, non-empty selector of a Service that uses one is compared.
std::optional<Selector> selectorOf(const RuleContext &c)
{
    if (c.isType(ServiceType::ExternalName))
        return std::nullopt;
    const StringMap *map = c.spec->selector.get();
    if (!map)
        return std::nullopt;
    Selector selector;
    for (const StringMapEntry &e : map->effectiveEntries()) {
        if (e.value.isRaw() && !e.value.isNull())
            return std::nullopt; // a decode error already
        selector.emplace_back(e.key, e.value.valueOr({}));
    }
    if (selector.empty())
        return std::nullopt;
    return selector;
}

void checkNamedTarget(RuleContext &c,
                      const QString &name,
                      const QString &protocol,
                      const std::vector<const PodTemplate *> &matched,
                      const QString &path,
                      SourcePos pos)
{
    for (const PodTemplate *t : matched) {
        const ContainerPort *byName = nullptr;
        for (const ContainerPort &p : t->ports) {
            if (p.name == name) {
                byName = &p;
                if (p.protocol == protocol)
                    break;
            }
        }
        if (!byName) {
            c.warning(QStringLiteral("target-port-name-unresolved"),
                      path,
                      pos,
                      ValidationTr::tr(
                          "no container of %1 has a port named %2, so the Service finds no "
                          "port to send this traffic to in its pods")
                          .arg(t->title(), quoted(name)));
        } else if (byName->protocol != protocol) {
            // The endpoints controller looks a named port up by name and protocol.
            c.warning(QStringLiteral("target-port-protocol-mismatch"),
                      path,
                      pos,
                      ValidationTr::tr(
                          "the container port %1 of %2 is %3 but this Service port is %4; "
                          "a named port resolves only to a container port of the same "
                          "protocol, so these pods get no endpoints for it")
                          .arg(quoted(name), t->title(), byName->protocol, protocol));
        }
    }
}

void checkNumericTarget(RuleContext &c,
                        int number,
                        const QString &protocol,
                        const std::vector<const PodTemplate *> &matched,
                        const QString &path,
                        SourcePos pos)
{
    for (const PodTemplate *t : matched) {
        // A pod that declares no ports at all relies on the numbers alone (common, and fine):
        // there is nothing to compare with, and a hint per Service port would be noise.
        if (t->ports.empty())
            continue;
        const ContainerPort *byNumber = nullptr;
        for (const ContainerPort &p : t->ports) {
            if (p.number == number) {
                byNumber = &p;
                if (p.protocol == protocol)
                    break;
            }
        }
        if (!byNumber) {
            c.add({Severity::Info,
                   QStringLiteral("target-port-not-declared"),
                   ErrorType::None,
                   path,
                   pos,
                   ValidationTr::tr(
                       "no container of %1 declares containerPort %2; declaring ports is "
                       "optional in Kubernetes, so this works if the container listens on "
                       "%2, but check the number")
                       .arg(t->title(), QString::number(number)),
                   {}});
        } else if (byNumber->protocol != protocol) {
            c.warning(QStringLiteral("target-port-protocol-mismatch"),
                      path,
                      pos,
                      ValidationTr::tr(
                          "%1 declares containerPort %2 as %3 but this Service port is %4; "
                          "the traffic arrives over a protocol the container does not "
                          "declare")
                          .arg(t->title(), QString::number(number), byNumber->protocol, protocol));
        }
    }
}

void checkTargetPorts(RuleContext &c, const std::vector<const PodTemplate *> &matched)
{
    const List<ServicePort> &ports = c.service.ports();
    for (size_t i = 0; i < ports.size(); ++i) {
        const ServicePort *p = ports[i].get();
        if (!p || (p->protocol.isRaw() && !p->protocol.isNull()))
            continue;
        const QString protocol = p->protocol.hasValue() ? toString(p->protocol.value())
                                                        : QStringLiteral("TCP");
        const IntOrString *target = p->targetPort.get();
        if (p->targetPort.isRaw() && !p->targetPort.isNull())
            continue; // a decode error already
        if (target && target->isString() && !target->toString().isEmpty()) {
            checkNamedTarget(c,
                             target->toString(),
                             protocol,
                             matched,
                             portPath(i) + u".targetPort",
                             c.posOr(p->targetPort, ports[i].pos()));
        } else if (target && target->isInt() && target->toInt() > 0) {
            checkNumericTarget(c,
                               target->toInt(),
                               protocol,
                               matched,
                               portPath(i) + u".targetPort",
                               c.posOr(p->targetPort, ports[i].pos()));
        } else if (p->port.hasValue() && p->port.value() > 0) {
            // targetPort absent, 0 or "": defaulted to port.
            checkNumericTarget(c,
                               p->port.value(),
                               protocol,
                               matched,
                               portPath(i) + u".port",
                               c.posOr(p->port, ports[i].pos()));
        }
    }
}

} // namespace

void checkAgainstManifest(RuleContext &c, const PodTemplates &index)
{
    if (index.all.empty())
        return; // the pods may be defined in another file
    const std::optional<Selector> selector = selectorOf(c);
    if (!selector)
        return;
    const QString namespaceName = c.service.namespaceName();
    std::vector<const PodTemplate *> templates;
    for (const PodTemplate &t : index.all) {
        if (sameNamespace(t, namespaceName))
            templates.push_back(&t);
    }
    if (templates.empty())
        return;

    // The nearest miss differs in the fewest entries; among equals, one that has the key with
    // another value (a typo, a renamed app) beats one that lacks it (another app).
    std::vector<const PodTemplate *> matched;
    const PodTemplate *nearest = nullptr;
    QStringList nearestDifferences;
    std::pair<qsizetype, qsizetype> nearestScore;
    for (const PodTemplate *t : templates) {
        const QStringList diff = differences(*selector, *t);
        qsizetype missing = 0;
        for (const auto &[key, value] : *selector)
            missing += t->labels.contains(key) ? 0 : 1;
        const std::pair<qsizetype, qsizetype> score{diff.size(), missing};
        if (diff.isEmpty()) {
            matched.push_back(t);
        } else if (!nearest || score < nearestScore) {
            nearest = t;
            nearestDifferences = diff;
            nearestScore = score;
        }
    }
    if (matched.empty()) {
        c.warning(QStringLiteral("selector-matches-no-pods"),
                  QStringLiteral("spec.selector"),
                  c.posOr(c.spec->selector, c.specPos()),
                  ValidationTr::tr(
                      "no pod template in this file has the labels %1; the nearest is %2 "
                      "with %3. Unless such pods come from elsewhere, the Service has no "
                      "endpoints")
                      .arg(describe(*selector), nearest->title(), nearestDifferences.join(u", ")));
        return;
    }
    checkTargetPorts(c, matched);
}

} // namespace sd::rules

namespace sd {

QStringList containerPortNames(const ManifestIndex &index, const Service &service)
{
    const ServiceSpec *spec = service.spec.get();
    const StringMap *selector = spec ? spec->selector.get() : nullptr;
    if (!selector || selector->isEmpty() || service.effectiveType() == ServiceType::ExternalName)
        return {};
    QStringList names;
    for (const rules::PodTemplate &t : index.podTemplates().all) {
        if (!rules::sameNamespace(t, service.namespaceName()))
            continue;
        bool matches = true;
        for (const StringMapEntry &e : selector->effectiveEntries()) {
            const auto it = t.labels.constFind(e.key);
            if (it == t.labels.constEnd() || *it != e.value.valueOr({})) {
                matches = false;
                break;
            }
        }
        if (!matches)
            continue;
        for (const rules::ContainerPort &p : t.ports) {
            if (!p.name.isEmpty() && !names.contains(p.name))
                names << p.name;
        }
    }
    return names;
}

ManifestIndex::ManifestIndex()
    : m_templates(std::make_shared<const rules::PodTemplates>())
{}

ManifestIndex::ManifestIndex(const Manifest &manifest)
{
    auto templates = std::make_shared<rules::PodTemplates>();
    for (const SourceDocument &doc : manifest.documents) {
        for (const Resource &r : doc.resources) {
            if (r.isService())
                continue;
            if (std::optional<rules::PodTemplate> t = rules::readTemplate(r))
                templates->all.push_back(std::move(*t));
        }
    }
    m_templates = std::move(templates);
}

} // namespace sd
