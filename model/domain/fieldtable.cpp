// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/fieldtable.h"

#include <QCoreApplication>

#include "model/domain/fieldvalues_p.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

using namespace fieldvalues;

constexpr const char *context = "sd::ServiceField";

bool isHeadless(const ServiceSpec &spec)
{
    if (spec.clusterIPs.hasValue() && !spec.clusterIPs.value().empty())
        return spec.clusterIPs.value().front().valueOr({}) == u"None";
    return spec.clusterIP.valueOr({}) == u"None";
}

bool hasExternalIPs(const ServiceSpec &spec)
{
    return spec.externalIPs.hasValue() && !spec.externalIPs.value().empty();
}

bool isType(const Service &s, std::initializer_list<ServiceType> types)
{
    return std::find(types.begin(), types.end(), s.effectiveType()) != types.end();
}

bool loadBalancerOnly(ServiceType type, const ServiceSpec &)
{
    return type == ServiceType::LoadBalancer;
}

bool notExternalName(ServiceType type, const ServiceSpec &)
{
    return type != ServiceType::ExternalName;
}

// A headless Service cannot be NodePort or LoadBalancer; ExternalName has no cluster IP.
bool clusterIPAllowed(ServiceType type, const ServiceSpec &spec)
{
    if (type == ServiceType::ExternalName)
        return false;
    return type == ServiceType::ClusterIP || !isHeadless(spec);
}

// What every entry of a spec field has; the factories below add how it reads and sets.
ServiceField specField(const char *path,
                       FieldSection section,
                       FieldKind kind,
                       const char *label,
                       const char *placeholder,
                       const char *undo)
{
    ServiceField f;
    f.path = FieldPath(QString::fromLatin1(path));
    f.section = section;
    f.kind = kind;
    f.label = label;
    f.placeholder = placeholder;
    f.undoText = undo;
    return f;
}

// The entries of the table that only differ in the field they name.
// Fields shown as their text as written.
template<typename T>
ServiceField specMember(ServiceField f, Field<T> ServiceSpec::*member)
{
    if constexpr (!std::is_same_v<T, List<QString>>)
        f.get = [member](const Service &s) { return QVariant(textOf(specOf(s).*member)); };
    f.clear = [member](ServiceSpec &spec) { return clearField(spec.*member); };
    return f;
}

ServiceField specText(ServiceField f, Field<QString> ServiceSpec::*member)
{
    f = specMember(std::move(f), member);
    f.set = [member](Service &s, const QVariant &v) { return setText(specOf(s).*member, v); };
    return f;
}

ServiceField specList(ServiceField f, Field<List<QString>> ServiceSpec::*member)
{
    f = specMember(std::move(f), member);
    f.kind = FieldKind::TextList;
    f.get = [member](const Service &s) { return QVariant(joinList(specOf(s).*member)); };
    f.set = [member](Service &s, const QVariant &v) {
        return setTextList(specOf(s).*member, splitList(v.toString()));
    };
    return f;
}

template<typename E>
ServiceField specChoice(ServiceField f, Field<E> ServiceSpec::*member)
{
    f = specMember(std::move(f), member);
    f.kind = FieldKind::Choice;
    f.choices = namesOf<E>();
    f.set = [member](Service &s, const QVariant &v) { return setChoice(specOf(s).*member, v); };
    return f;
}

ServiceField specBool(ServiceField f, Field<bool> ServiceSpec::*member, QStringList choices)
{
    f = specMember(std::move(f), member);
    f.kind = FieldKind::Choice;
    f.choices = std::move(choices);
    f.set = [member](Service &s, const QVariant &v) { return setBoolChoice(specOf(s).*member, v); };
    return f;
}

ServiceField specNumber(ServiceField f, Field<int> ServiceSpec::*member, int maximum)
{
    f = specMember(std::move(f), member);
    f.kind = FieldKind::Number;
    f.maximum = maximum;
    f.get = [member](const Service &s) { return QVariant((specOf(s).*member).valueOr(0)); };
    f.set = [member](Service &s, const QVariant &v) {
        const int value = v.toInt();
        return value == 0 ? clearField(specOf(s).*member) : assign(specOf(s).*member, value);
    };
    return f;
}

std::vector<ServiceField> makeFields()
{
    std::vector<ServiceField> out;
    using S = FieldSection;

    ServiceField name;
    name.path = FieldPath(u"metadata.name"_s);
    name.label = QT_TRANSLATE_NOOP("sd::ServiceField", "&Name:");
    name.placeholder = QT_TRANSLATE_NOOP("sd::ServiceField", "required, e.g. web");
    name.undoText = QT_TRANSLATE_NOOP("sd::undo", "Rename the Service");
    name.get = [](const Service &s) { return QVariant(textOf(metaOf(s).name)); };
    name.set = [](Service &s, const QVariant &v) { return setText(metaOf(s).name, v); };
    out.push_back(std::move(name));

    ServiceField ns;
    ns.path = FieldPath(u"metadata.namespace"_s);
    ns.label = QT_TRANSLATE_NOOP("sd::ServiceField", "Namespace:");
    ns.placeholder = QT_TRANSLATE_NOOP("sd::ServiceField", "the namespace kubectl uses");
    ns.undoText = QT_TRANSLATE_NOOP("sd::undo", "Set the namespace");
    ns.get = [](const Service &s) { return QVariant(textOf(metaOf(s).namespaceName)); };
    ns.set = [](Service &s, const QVariant &v) { return setText(metaOf(s).namespaceName, v); };
    out.push_back(std::move(ns));

    // The type's own undo step names what it removes (TypeChange); this entry is its label and
    // choices.
    out.push_back(specChoice(specField("spec.type",
                                       S::General,
                                       FieldKind::Choice,
                                       QT_TRANSLATE_NOOP("sd::ServiceField", "&Type:"),
                                       QT_TRANSLATE_NOOP("sd::ServiceField", "ClusterIP (default)"),
                                       QT_TRANSLATE_NOOP("sd::undo", "Change the type")),
                             &ServiceSpec::type));

    ServiceField headless;
    headless.path = FieldPath(u"spec.clusterIP"_s);
    headless.kind = FieldKind::Check;
    headless.label = QT_TRANSLATE_NOOP("sd::ServiceField", "Cluster IP:");
    headless.placeholder
        = QT_TRANSLATE_NOOP("sd::ServiceField",
                            "Headless (clusterIP: None): DNS returns the pods' addresses");
    headless.undoText = QT_TRANSLATE_NOOP("sd::undo", "Make the Service headless");
    headless.undoTextOff = QT_TRANSLATE_NOOP("sd::undo", "Give the Service a cluster IP");
    headless.objectName = u"headless"_s;
    headless.reads = {FieldPath(u"spec.clusterIP"_s), FieldPath(u"spec.clusterIPs"_s)};
    headless.get = [](const Service &s) { return QVariant(isHeadless(specOf(s))); };
    headless.set = [](Service &s, const QVariant &v) {
        ServiceSpec &spec = specOf(s);
        if (v.toBool() == isHeadless(spec))
            return false;
        spec.clusterIPs.clear();
        if (v.toBool())
            spec.clusterIP.set(u"None"_s);
        else
            spec.clusterIP.clear();
        return true;
    };
    headless.applies = [](const Service &s) { return isType(s, {ServiceType::ClusterIP}); };
    headless.allowed = clusterIPAllowed;
    headless.clear = [](ServiceSpec &spec) { return clearField(spec.clusterIP); };
    out.push_back(std::move(headless));

    ServiceField externalName
        = specText(specField("spec.externalName",
                             S::General,
                             FieldKind::Text,
                             QT_TRANSLATE_NOOP("sd::ServiceField", "External name:"),
                             QT_TRANSLATE_NOOP("sd::ServiceField",
                                               "a DNS name, e.g. db.example.com"),
                             QT_TRANSLATE_NOOP("sd::undo", "Set externalName")),
                   &ServiceSpec::externalName);
    externalName.applies = [](const Service &s) { return isType(s, {ServiceType::ExternalName}); };
    externalName.allowed = [](ServiceType type, const ServiceSpec &) {
        return type == ServiceType::ExternalName;
    };
    out.push_back(std::move(externalName));

    ServiceField ports;
    ports.path = FieldPath(u"spec.ports"_s);
    ports.section = S::Ports;
    ports.kind = FieldKind::Ports;
    ports.label = QT_TRANSLATE_NOOP("sd::ServiceField", "Ports");
    out.push_back(std::move(ports));

    ServiceField selector;
    selector.path = FieldPath(u"spec.selector"_s);
    selector.section = S::Selector;
    selector.kind = FieldKind::Map;
    selector.label = QT_TRANSLATE_NOOP("sd::ServiceField",
                                       "Selector: the pods that get the traffic");
    selector.applies = [](const Service &s) { return !isType(s, {ServiceType::ExternalName}); };
    out.push_back(std::move(selector));

    ServiceField etp = specChoice<TrafficPolicy>(
        specField("spec.externalTrafficPolicy",
                  S::Traffic,
                  FieldKind::Choice,
                  QT_TRANSLATE_NOOP("sd::ServiceField", "External traffic policy:"),
                  QT_TRANSLATE_NOOP("sd::ServiceField", "Cluster (default)"),
                  QT_TRANSLATE_NOOP("sd::undo", "Set externalTrafficPolicy")),
        &ServiceSpec::externalTrafficPolicy);
    etp.reads = {etp.path, FieldPath(u"spec.externalIPs"_s)};
    etp.applies = [](const Service &s) {
        return isType(s, {ServiceType::NodePort, ServiceType::LoadBalancer})
               || (isType(s, {ServiceType::ClusterIP}) && hasExternalIPs(specOf(s)));
    };
    etp.allowed = [](ServiceType type, const ServiceSpec &spec) {
        return type == ServiceType::NodePort || type == ServiceType::LoadBalancer
               || (type == ServiceType::ClusterIP && hasExternalIPs(spec));
    };
    out.push_back(std::move(etp));

    ServiceField itp = specChoice<TrafficPolicy>(
        specField("spec.internalTrafficPolicy",
                  S::Traffic,
                  FieldKind::Choice,
                  QT_TRANSLATE_NOOP("sd::ServiceField", "Internal traffic policy:"),
                  QT_TRANSLATE_NOOP("sd::ServiceField", "Cluster (default)"),
                  QT_TRANSLATE_NOOP("sd::undo", "Set internalTrafficPolicy")),
        &ServiceSpec::internalTrafficPolicy);
    itp.applies = [](const Service &s) { return !isType(s, {ServiceType::ExternalName}); };
    out.push_back(std::move(itp));

    ServiceField affinity = specChoice<SessionAffinity>(
        specField("spec.sessionAffinity",
                  S::Traffic,
                  FieldKind::Choice,
                  QT_TRANSLATE_NOOP("sd::ServiceField", "Session affinity:"),
                  QT_TRANSLATE_NOOP("sd::ServiceField", "None (default)"),
                  QT_TRANSLATE_NOOP("sd::undo", "Set sessionAffinity")),
        &ServiceSpec::sessionAffinity);
    affinity.set = [](Service &s, const QVariant &v) {
        ServiceSpec &spec = specOf(s);
        bool changed = setChoice(spec.sessionAffinity, v);
        // The timeout belongs to ClientIP; leaving ClientIP takes it along.
        if (v.toString() != u"ClientIP")
            changed = clearField(spec.sessionAffinityConfig) || changed;
        return changed;
    };
    out.push_back(std::move(affinity));

    ServiceField timeout;
    timeout.path = FieldPath(u"spec.sessionAffinityConfig.clientIP.timeoutSeconds"_s);
    timeout.section = S::Traffic;
    timeout.kind = FieldKind::Number;
    timeout.maximum = 86400;
    timeout.label = QT_TRANSLATE_NOOP("sd::ServiceField", "Affinity timeout:");
    timeout.placeholder = QT_TRANSLATE_NOOP("sd::ServiceField", "10800 s (default)");
    timeout.undoText = QT_TRANSLATE_NOOP("sd::undo", "Set the session affinity timeout");
    timeout.objectName = u"sessionAffinityTimeout"_s;
    timeout.reads = {FieldPath(u"spec.sessionAffinityConfig"_s)};
    timeout.get = [](const Service &s) {
        int value = 0;
        if (const SessionAffinityConfig *config = specOf(s).sessionAffinityConfig.get()) {
            if (const ClientIPConfig *clientIP = config->clientIP.get())
                value = clientIP->timeoutSeconds.valueOr(0);
        }
        return QVariant(value);
    };
    timeout.set = [](Service &s, const QVariant &v) {
        ServiceSpec &spec = specOf(s);
        const int value = v.toInt();
        if (value == 0)
            return clearField(spec.sessionAffinityConfig);
        SessionAffinityConfig config = spec.sessionAffinityConfig.valueOr({});
        ClientIPConfig clientIP = config.clientIP.valueOr({});
        if (!assign(clientIP.timeoutSeconds, value))
            return false;
        config.clientIP.set(clientIP);
        spec.sessionAffinityConfig.set(config);
        return true;
    };
    timeout.applies = [](const Service &s) {
        return specOf(s).sessionAffinity.valueOr(SessionAffinity::None)
               == SessionAffinity::ClientIP;
    };
    out.push_back(std::move(timeout));

    ServiceField familyPolicy
        = specChoice<IPFamilyPolicy>(specField("spec.ipFamilyPolicy",
                                               S::Addresses,
                                               FieldKind::Choice,
                                               QT_TRANSLATE_NOOP("sd::ServiceField",
                                                                 "IP family policy:"),
                                               QT_TRANSLATE_NOOP("sd::ServiceField",
                                                                 "SingleStack (default)"),
                                               QT_TRANSLATE_NOOP("sd::undo", "Set ipFamilyPolicy")),
                                     &ServiceSpec::ipFamilyPolicy);
    familyPolicy.allowed = notExternalName;
    out.push_back(std::move(familyPolicy));

    ServiceField families;
    families.path = FieldPath(u"spec.ipFamilies"_s);
    families.section = S::Addresses;
    families.kind = FieldKind::Choice;
    families.label = QT_TRANSLATE_NOOP("sd::ServiceField", "IP families:");
    families.placeholder = QT_TRANSLATE_NOOP("sd::ServiceField",
                                             "the cluster's primary family (default)");
    families.undoText = QT_TRANSLATE_NOOP("sd::undo", "Set ipFamilies");
    families.choices = {u"IPv4"_s, u"IPv6"_s, u"IPv4,IPv6"_s, u"IPv6,IPv4"_s};
    families.get = [](const Service &s) {
        QStringList names;
        if (specOf(s).ipFamilies.hasValue()) {
            for (const Field<IPFamily> &f : specOf(s).ipFamilies.value())
                names << textOf(f);
        }
        return QVariant(names.join(u','));
    };
    families.set = [](Service &s, const QVariant &v) {
        ServiceSpec &spec = specOf(s);
        const QString text = v.toString();
        if (text.isEmpty())
            return clearField(spec.ipFamilies);
        List<IPFamily> list;
        for (const QString &name : text.split(u',')) {
            const std::optional<IPFamily> family = parseEnum<IPFamily>(name.trimmed());
            if (!family)
                return false;
            list.push_back(Field<IPFamily>(*family));
        }
        return assign(spec.ipFamilies, std::move(list));
    };
    families.allowed = notExternalName;
    families.clear = [](ServiceSpec &spec) { return clearField(spec.ipFamilies); };
    out.push_back(std::move(families));

    ServiceField clusterIPs;
    clusterIPs.path = FieldPath(u"spec.clusterIPs"_s);
    clusterIPs.section = S::Addresses;
    clusterIPs.kind = FieldKind::TextList;
    clusterIPs.label = QT_TRANSLATE_NOOP("sd::ServiceField", "Cluster IPs:");
    clusterIPs.placeholder = QT_TRANSLATE_NOOP("sd::ServiceField", "allocated by the cluster");
    clusterIPs.undoText = QT_TRANSLATE_NOOP("sd::undo", "Set the cluster IPs");
    clusterIPs.objectName = u"clusterIP"_s;
    clusterIPs.reads = {FieldPath(u"spec.clusterIP"_s), FieldPath(u"spec.clusterIPs"_s)};
    clusterIPs.get = [](const Service &s) {
        const ServiceSpec &spec = specOf(s);
        QString text = joinList(spec.clusterIPs);
        if (text.isEmpty())
            text = textOf(spec.clusterIP);
        return QVariant(text == u"None" ? QString() : text); // headless is the check box
    };
    clusterIPs.set = [](Service &s, const QVariant &v) {
        // One address or two (dual-stack): clusterIP is the first of clusterIPs.
        ServiceSpec &spec = specOf(s);
        const QStringList ips = splitList(v.toString());
        bool changed = setText(spec.clusterIP, ips.value(0));
        if (ips.size() > 1 || spec.clusterIPs.isSet())
            changed = setTextList(spec.clusterIPs, ips) || changed;
        return changed;
    };
    clusterIPs.allowed = clusterIPAllowed;
    clusterIPs.clear = [](ServiceSpec &spec) { return clearField(spec.clusterIPs); };
    out.push_back(std::move(clusterIPs));

    out.push_back(
        specList(specField("spec.externalIPs",
                           S::Addresses,
                           FieldKind::TextList,
                           QT_TRANSLATE_NOOP("sd::ServiceField", "External IPs:"),
                           QT_TRANSLATE_NOOP("sd::ServiceField", "none; comma-separated addresses"),
                           QT_TRANSLATE_NOOP("sd::undo", "Set externalIPs")),
                 &ServiceSpec::externalIPs));

    ServiceField lbClass
        = specText(specField("spec.loadBalancerClass",
                             S::LoadBalancer,
                             FieldKind::Text,
                             QT_TRANSLATE_NOOP("sd::ServiceField", "Load balancer class:"),
                             QT_TRANSLATE_NOOP("sd::ServiceField",
                                               "the cluster's default implementation"),
                             QT_TRANSLATE_NOOP("sd::undo", "Set loadBalancerClass")),
                   &ServiceSpec::loadBalancerClass);
    lbClass.allowed = loadBalancerOnly;
    out.push_back(std::move(lbClass));

    ServiceField ranges
        = specList(specField("spec.loadBalancerSourceRanges",
                             S::LoadBalancer,
                             FieldKind::TextList,
                             QT_TRANSLATE_NOOP("sd::ServiceField", "Source ranges:"),
                             QT_TRANSLATE_NOOP("sd::ServiceField",
                                               "any source; comma-separated CIDRs"),
                             QT_TRANSLATE_NOOP("sd::undo", "Set loadBalancerSourceRanges")),
                   &ServiceSpec::loadBalancerSourceRanges);
    ranges.allowed = loadBalancerOnly;
    out.push_back(std::move(ranges));

    ServiceField allocate
        = specBool(specField("spec.allocateLoadBalancerNodePorts",
                             S::LoadBalancer,
                             FieldKind::Choice,
                             QT_TRANSLATE_NOOP("sd::ServiceField", "Allocate node ports:"),
                             QT_TRANSLATE_NOOP("sd::ServiceField", "true (default)"),
                             QT_TRANSLATE_NOOP("sd::undo", "Set allocateLoadBalancerNodePorts")),
                   &ServiceSpec::allocateLoadBalancerNodePorts,
                   {u"true"_s, u"false"_s});
    allocate.allowed = loadBalancerOnly;
    out.push_back(std::move(allocate));

    ServiceField healthCheck
        = specNumber(specField("spec.healthCheckNodePort",
                               S::LoadBalancer,
                               FieldKind::Number,
                               QT_TRANSLATE_NOOP("sd::ServiceField", "Health check node port:"),
                               QT_TRANSLATE_NOOP("sd::ServiceField", "allocated when needed"),
                               QT_TRANSLATE_NOOP("sd::undo", "Set healthCheckNodePort")),
                     &ServiceSpec::healthCheckNodePort,
                     65535);
    healthCheck.reads = {healthCheck.path, FieldPath(u"spec.externalTrafficPolicy"_s)};
    healthCheck.applies = [](const Service &s) {
        return specOf(s).externalTrafficPolicy.valueOr(TrafficPolicy::Cluster)
               == TrafficPolicy::Local;
    };
    healthCheck.allowed = loadBalancerOnly;
    out.push_back(std::move(healthCheck));

    ServiceField lbIP = specText(specField("spec.loadBalancerIP",
                                           S::LoadBalancer,
                                           FieldKind::Text,
                                           QT_TRANSLATE_NOOP("sd::ServiceField",
                                                             "Load balancer IP:"),
                                           QT_TRANSLATE_NOOP("sd::ServiceField",
                                                             "deprecated; chosen by the provider"),
                                           QT_TRANSLATE_NOOP("sd::undo", "Set loadBalancerIP")),
                                 &ServiceSpec::loadBalancerIP);
    lbIP.allowed = loadBalancerOnly;
    out.push_back(std::move(lbIP));

    ServiceField labels;
    labels.path = FieldPath(u"metadata.labels"_s);
    labels.section = S::Metadata;
    labels.kind = FieldKind::Map;
    labels.label = QT_TRANSLATE_NOOP("sd::ServiceField", "Labels:");
    out.push_back(std::move(labels));

    ServiceField annotations;
    annotations.path = FieldPath(u"metadata.annotations"_s);
    annotations.section = S::Metadata;
    annotations.kind = FieldKind::Map;
    annotations.label = QT_TRANSLATE_NOOP("sd::ServiceField", "Annotations:");
    out.push_back(std::move(annotations));

    out.push_back(
        specBool(specField("spec.publishNotReadyAddresses",
                           S::Advanced,
                           FieldKind::Choice,
                           QT_TRANSLATE_NOOP("sd::ServiceField", "Publish not-ready addresses:"),
                           QT_TRANSLATE_NOOP("sd::ServiceField", "false (default)"),
                           QT_TRANSLATE_NOOP("sd::undo", "Set publishNotReadyAddresses")),
                 &ServiceSpec::publishNotReadyAddresses,
                 {u"false"_s, u"true"_s}));

    ServiceField distribution
        = specText(specField("spec.trafficDistribution",
                             S::Advanced,
                             FieldKind::Text,
                             QT_TRANSLATE_NOOP("sd::ServiceField", "Traffic distribution:"),
                             QT_TRANSLATE_NOOP("sd::ServiceField", "no preference (default)"),
                             QT_TRANSLATE_NOOP("sd::undo", "Set trafficDistribution")),
                   &ServiceSpec::trafficDistribution);
    distribution.kind = FieldKind::OpenChoice;
    distribution.choices = {u"PreferClose"_s};
    out.push_back(std::move(distribution));

    // The explanation of each field, where there is one.
    static const std::pair<const char16_t *, const char16_t *> topics[] = {
        {u"spec.type", u"service-type"},
        {u"spec.clusterIP", u"cluster-ip"},
        {u"spec.clusterIPs", u"cluster-ip"},
        {u"spec.externalName", u"external-name"},
        {u"spec.ports", u"port"},
        {u"spec.selector", u"selector"},
        {u"spec.externalTrafficPolicy", u"external-traffic-policy"},
        {u"spec.internalTrafficPolicy", u"internal-traffic-policy"},
        {u"spec.sessionAffinity", u"session-affinity"},
        {u"spec.sessionAffinityConfig.clientIP.timeoutSeconds", u"session-affinity"},
        {u"spec.ipFamilyPolicy", u"ip-families"},
        {u"spec.ipFamilies", u"ip-families"},
        {u"spec.loadBalancerClass", u"load-balancer-class"},
        {u"spec.loadBalancerSourceRanges", u"load-balancer-source-ranges"},
        {u"spec.allocateLoadBalancerNodePorts", u"node-port"},
        {u"spec.healthCheckNodePort", u"external-traffic-policy"},
        {u"metadata.annotations", u"annotations"},
    };
    for (ServiceField &f : out) {
        for (const auto &[path, topic] : topics) {
            if (f.path.toString() == QStringView(path))
                f.topic = QString::fromUtf16(topic);
        }
        if (f.objectName.isEmpty())
            f.objectName = f.path.last().name;
        // Sections that only some types have.
        if (!f.applies && (f.section == S::Addresses))
            f.applies = [](const Service &s) { return !isType(s, {ServiceType::ExternalName}); };
        if (f.section == S::LoadBalancer) {
            auto own = f.applies;
            f.applies = [own](const Service &s) {
                return isType(s, {ServiceType::LoadBalancer}) && (!own || own(s));
            };
        }
    }
    return out;
}

} // namespace

QString ServiceField::labelText() const
{
    return label ? QCoreApplication::translate(context, label) : QString();
}

QString ServiceField::placeholderText() const
{
    return placeholder ? QCoreApplication::translate(context, placeholder) : QString();
}

QString ServiceField::undoLabel(bool on) const
{
    const char *text = on || !undoTextOff ? undoText : undoTextOff;
    return text ? QCoreApplication::translate("sd::undo", text) : QString();
}

QString ServiceField::choiceText(const QString &value)
{
    return QString(value).replace(u","_s, u", "_s);
}

bool ServiceField::isAffectedBy(const FieldPath &changed) const
{
    if (reads.isEmpty())
        return changed.isAtOrBelow(path) || path.isAtOrBelow(changed);
    return std::any_of(reads.begin(), reads.end(), [&](const FieldPath &p) {
        return changed.isAtOrBelow(p) || p.isAtOrBelow(changed);
    });
}

const std::vector<ServiceField> &serviceFields()
{
    static const std::vector<ServiceField> fields = makeFields();
    return fields;
}

const ServiceField *serviceField(const FieldPath &path)
{
    const ServiceField *best = nullptr;
    for (const ServiceField &f : serviceFields()) {
        if (path.isAtOrBelow(f.path) && (!best || f.path.size() > best->path.size()))
            best = &f;
    }
    return best;
}

} // namespace sd
