// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/providers/profilejson.h"

#include <QJsonArray>

#include "model/providers/profilereader_p.h"

namespace sd {

using namespace Qt::StringLiterals;

namespace {

QJsonValue text(const LocalizedText &t)
{
    if (t.isEmpty())
        return QJsonValue();
    QJsonObject o{{u"en"_s, t.en}};
    if (!t.ko.isEmpty())
        o.insert(u"ko"_s, t.ko);
    return o;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// The word the profile file uses for @p value.
template<typename E>
QString nameIn(profileschema::EnumTable<E> table, E value)
{
    for (const auto &[name, v] : table) {
        if (v == value)
            return name.toString();
    }
    return {};
}

// `source` and `confidence` into @p o, as the file writes them next to the other keys.
void addProvenance(QJsonObject &o, const Provenance &p)
{
    o.insert(u"source"_s, p.source.isEmpty() ? QJsonValue() : QJsonValue(p.source));
    o.insert(u"confidence"_s, confidenceName(p.confidence));
}

QJsonArray pairs(const std::vector<std::pair<QString, QString>> &list)
{
    QJsonArray out;
    for (const auto &[key, value] : list)
        out.append(QJsonObject{{u"key"_s, key}, {u"value"_s, value}});
    return out;
}

QJsonArray selectors(const std::vector<Selector> &list);

QJsonObject selector(const Selector &s)
{
    QJsonObject o;
    if (!s.annotation.isEmpty())
        o.insert(u"annotation"_s, s.annotation);
    if (!s.loadBalancerClass.isEmpty())
        o.insert(u"loadBalancerClass"_s, strings(s.loadBalancerClass));
    if (!s.field.isEmpty())
        o.insert(u"field"_s, s.field);
    if (s.port) {
        QJsonObject port;
        if (!s.port->protocol.isEmpty())
            port.insert(u"protocol"_s, strings(s.port->protocol));
        if (!s.port->setting.isEmpty())
            port.insert(u"setting"_s, s.port->setting);
        if (!s.port->equals.isEmpty())
            port.insert(u"equals"_s, strings(s.port->equals));
        if (s.port->caseInsensitive)
            port.insert(u"caseInsensitive"_s, true);
        if (s.port->absent)
            port.insert(u"unset"_s, true);
        if (!s.port->inAnnotation.isEmpty())
            port.insert(u"inAnnotation"_s, s.port->inAnnotation);
        if (s.port->sharesNumber)
            port.insert(u"sharesNumber"_s, true);
        o.insert(u"port"_s, port);
    }
    if (!s.anyOf.empty())
        o.insert(u"anyOf"_s, selectors(s.anyOf));
    if (!s.allOf.empty())
        o.insert(u"allOf"_s, selectors(s.allOf));
    if (!s.equals.isEmpty())
        o.insert(u"equals"_s, strings(s.equals));
    if (!s.item.isEmpty())
        o.insert(u"item"_s, strings(s.item));
    if (s.caseInsensitive)
        o.insert(u"caseInsensitive"_s, true);
    if (s.absent)
        o.insert(u"absent"_s, true);
    if (s.negate)
        o.insert(u"not"_s, true);
    return o;
}

QJsonArray selectors(const std::vector<Selector> &list)
{
    QJsonArray out;
    for (const Selector &s : list)
        out.append(selector(s));
    return out;
}

QJsonObject fact(const Fact &f)
{
    QJsonObject o{{u"support"_s, supportName(f.support)}, {u"outcome"_s, outcomeName(f.outcome)}};
    o.insert(u"note"_s, text(f.note));
    if (!f.requires_.empty())
        o.insert(u"requires"_s, selectors(f.requires_));
    addProvenance(o, f.provenance);
    return o;
}

QJsonArray rejections(const std::vector<Rejection> &list)
{
    QJsonArray out;
    for (const Rejection &r : list) {
        QJsonObject o{{u"code"_s, r.code}, {u"outcome"_s, outcomeName(r.outcome)}};
        if (!r.field.isEmpty())
            o.insert(u"field"_s, r.field);
        if (!r.equals.isEmpty())
            o.insert(u"equals"_s, strings(r.equals));
        if (r.whenPresent)
            o.insert(u"whenPresent"_s, true);
        if (!r.when.empty())
            o.insert(u"when"_s, selectors(r.when));
        if (r.forEachPort)
            o.insert(u"forEachPort"_s, true);
        if (!r.path.isEmpty())
            o.insert(u"path"_s, r.path);
        o.insert(u"message"_s, text(r.message));
        addProvenance(o, r.provenance);
        out.append(o);
    }
    return out;
}

QJsonObject proxyProtocol(const ProxyProtocol &p)
{
    QJsonArray annotations;
    for (const ProxyProtocolAnnotation &a : p.annotations) {
        QJsonObject o{{u"key"_s, a.key},
                      {u"values"_s, strings(a.values)},
                      {u"enabling"_s, strings(a.enabling)},
                      {u"caseInsensitive"_s, a.caseInsensitive},
                      {u"version"_s, a.version},
                      {u"onUdp"_s, outcomeName(a.onUdp)}};
        QJsonObject byValue;
        for (const auto &[value, version] : a.versionByValue)
            byValue.insert(value, version);
        if (!byValue.isEmpty())
            o.insert(u"versionByValue"_s, byValue);
        if (!a.perPortJsonField.isEmpty())
            o.insert(u"perPortJsonField"_s, a.perPortJsonField);
        addProvenance(o, a.provenance);
        annotations.append(o);
    }
    return QJsonObject{{u"support"_s, fact(p.support)}, {u"annotations"_s, annotations}};
}

QJsonObject tls(const Tls &t)
{
    QJsonObject o{{u"support"_s, fact(t.support)},
                  {u"certificateAnnotations"_s, strings(t.certificateAnnotations)},
                  {u"portsAnnotation"_s, t.portsAnnotation},
                  {u"portsTrimmed"_s, t.portsTrimmed},
                  {u"portsSeparator"_s, t.portsSeparator},
                  {u"absentMeansAll"_s, t.absentMeansAll},
                  {u"starMeansAll"_s, t.starMeansAll},
                  {u"unmatchedPorts"_s, outcomeName(t.unmatchedPorts)},
                  {u"policyAnnotation"_s, t.policyAnnotation},
                  {u"policyValues"_s, strings(t.policyValues)},
                  {u"alternativeAnnotations"_s, strings(t.alternativeAnnotations)}};
    addProvenance(o, t.provenance);
    return o;
}

QJsonObject variant(const ProfileVariant &v)
{
    QJsonObject o{{u"id"_s, v.id}, {u"name"_s, text(v.name)}, {u"default"_s, v.isDefault}};
    if (!v.when.empty())
        o.insert(u"when"_s, selectors(v.when));
    o.insert(u"protocols"_s,
             QJsonObject{{u"TCP"_s, fact(v.tcp)},
                         {u"UDP"_s, fact(v.udp)},
                         {u"SCTP"_s, fact(v.sctp)}});
    o.insert(u"mixed"_s, fact(v.mixed));
    o.insert(u"mixedSamePort"_s, fact(v.mixedSamePort));
    o.insert(u"proxyProtocol"_s, proxyProtocol(v.proxyProtocol));
    o.insert(u"tls"_s, tls(v.tls));
    if (v.backendProtocol) {
        const BackendProtocol &b = *v.backendProtocol;
        QJsonObject backend{{u"key"_s, b.key},
                            {u"values"_s, strings(b.values)},
                            {u"caseInsensitive"_s, b.caseInsensitive},
                            {u"httpValues"_s, strings(b.httpValues)},
                            {u"tlsValues"_s, strings(b.tlsValues)}};
        addProvenance(backend, b.provenance);
        o.insert(u"backendProtocol"_s, backend);
    }
    o.insert(u"healthCheckAnnotations"_s, strings(v.healthCheckAnnotations));
    o.insert(u"appProtocol"_s, fact(v.appProtocol));
    o.insert(u"rejections"_s, rejections(v.rejections));
    return o;
}

QJsonObject annotation(const AnnotationSpec &a)
{
    QJsonObject o{{u"key"_s, a.key},
                  {u"type"_s, a.type},
                  {u"values"_s, strings(a.values)},
                  {u"caseInsensitive"_s, a.caseInsensitive},
                  {u"trim"_s, a.trims()},
                  {u"onInvalid"_s, outcomeName(a.onInvalid)},
                  {u"emptyIgnored"_s, a.emptyIgnored},
                  {u"variants"_s, strings(a.variants)},
                  {u"deprecated"_s, a.deprecated},
                  {u"writtenByController"_s, a.writtenByController},
                  {u"read"_s, a.read}};
    if (a.type == u"list" || a.type == u"map" || a.type == u"cidrList")
        o.insert(u"separator"_s, a.separator);
    if (a.type == u"list")
        o.insert(u"items"_s, a.items);
    if (!a.keys.isEmpty())
        o.insert(u"keys"_s, strings(a.keys));
    if (!a.fields.empty()) {
        QJsonArray fields;
        for (const JsonField &f : a.fields) {
            fields.append(QJsonObject{{u"name"_s, f.name},
                                      {u"type"_s, f.type},
                                      {u"values"_s, strings(f.values)},
                                      {u"caseInsensitive"_s, f.caseInsensitive}});
        }
        o.insert(u"fields"_s, fields);
    }
    if (a.keysArePortNames)
        o.insert(u"keysArePortNames"_s, true);
    if (a.minimum)
        o.insert(u"minimum"_s, *a.minimum);
    if (a.maximum)
        o.insert(u"maximum"_s, *a.maximum);
    if (a.maxLength)
        o.insert(u"maxLength"_s, *a.maxLength);
    if (!a.replacedBy.isEmpty())
        o.insert(u"replacedBy"_s, a.replacedBy);
    if (!a.deprecatedValues.empty())
        o.insert(u"deprecatedValues"_s, pairs(a.deprecatedValues));
    if (!a.differsFrom.empty())
        o.insert(u"differsFrom"_s, pairs(a.differsFrom));
    o.insert(u"description"_s, text(a.description));
    addProvenance(o, a.provenance);
    return o;
}

} // namespace

QString supportName(Support support)
{
    return nameIn(profileschema::kSupport, support);
}

QString outcomeName(Outcome outcome)
{
    return nameIn(profileschema::kOutcome, outcome);
}

QJsonObject profileToJson(const ProviderProfile &profile)
{
    QJsonObject o{{u"id"_s, profile.id},
                  {u"name"_s, text(profile.name)},
                  {u"description"_s, text(profile.description)},
                  {u"kind"_s, profile.kind},
                  {u"file"_s, profile.filePath},
                  {u"handlesClasses"_s, strings(profile.handlesClasses)},
                  {u"handlesUnclassed"_s, profile.handlesUnclassed},
                  {u"annotationPrefixes"_s, strings(profile.annotationPrefixes)}};
    if (!profile.handlesUnclassedWhen.empty())
        o.insert(u"handlesUnclassedWhen"_s, selectors(profile.handlesUnclassedWhen));
    o.insert(u"ignoredWhen"_s, selectors(profile.ignoredWhen));
    QJsonArray aliases;
    for (const AnnotationAlias &a : profile.annotationAliases) {
        QJsonObject alias{{u"prefix"_s, a.prefix}, {u"for"_s, a.for_}};
        addProvenance(alias, a.provenance);
        aliases.append(alias);
    }
    o.insert(u"annotationAliases"_s, aliases);
    QJsonObject sources;
    for (const SourceRepository &s : profile.sources)
        sources.insert(s.tag, QJsonObject{{u"repository"_s, s.repository}, {u"commit"_s, s.commit}});
    o.insert(u"sources"_s, sources);
    addProvenance(o, profile.provenance);
    QJsonArray variants;
    for (const ProfileVariant &v : profile.variants)
        variants.append(variant(v));
    o.insert(u"variants"_s, variants);
    o.insert(u"rejections"_s, rejections(profile.rejections));
    if (profile.portSettings) {
        QJsonArray settings;
        for (const PortSetting &s : profile.portSettings->settings) {
            settings.append(QJsonObject{{u"name"_s, s.name},
                                        {u"jsonField"_s, s.jsonField},
                                        {u"annotations"_s, strings(s.annotations)},
                                        {u"fromPortProtocol"_s, s.fromPortProtocol},
                                        {u"default"_s, s.defaultValue},
                                        {u"lowercase"_s, s.lowercase}});
        }
        QJsonObject portSettings{{u"annotation"_s, profile.portSettings->annotation},
                                 {u"settings"_s, settings}};
        addProvenance(portSettings, profile.portSettings->provenance);
        o.insert(u"portSettings"_s, portSettings);
    }
    QJsonArray annotations;
    for (const AnnotationSpec &a : profile.annotations)
        annotations.append(annotation(a));
    o.insert(u"annotations"_s, annotations);
    return o;
}

} // namespace sd
