// SPDX-License-Identifier: GPL-3.0-or-later
// A profile file's selectors, rules, annotation catalogue, port settings and sources.

#include <algorithm>

#include <QRegularExpression>

#include "model/providers/profileloader_p.h"
#include "model/tr.h"

namespace sd::profileschema {

namespace {

const Keys kAnnotationTypes = {u"string",
                               u"bool",
                               u"parseBool",
                               u"int",
                               u"float",
                               u"enum",
                               u"list",
                               u"map",
                               u"json",
                               u"arn",
                               u"cidrList",
                               u"duration",
                               u"ip",
                               u"ipv4",
                               u"ipv6",
                               u"port"};
const Keys kListItems
    = {u"string", u"int", u"port", u"ip", u"ipv4", u"ipv6", u"cidr", u"arn", u"enum"};
const Keys kJsonFieldTypes = {u"string", u"int", u"enum"};

// The things a selector tests; exactly one of them per selector.
const Keys kSelectorSubjects
    = {u"annotation", u"loadBalancerClass", u"field", u"port", u"anyOf", u"allOf"};

// `[tag]` at the start of a citation.
const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(QStringLiteral("\\[([A-Za-z0-9._-]+)\\]"));
    return re;
}

} // namespace

void ProfileReader::readSources(const Node &n,
                                const QString &path,
                                std::vector<SourceRepository> &out)
{
    if (!n.isMapping()) {
        checkMap(n, path, {});
        return;
    }
    static const QRegularExpression commitPattern(QStringLiteral("^[0-9a-f]{7,40}$"));
    for (size_t i = 0; i < n.entries().size(); ++i) {
        const Node::Entry &e = n.entries()[i];
        checkDuplicate(n.entries(), i, path);
        const QString entryPath = child(path, e.key);
        if (!checkMap(e.value, entryPath, {u"repository", u"commit"}))
            continue;
        SourceRepository r;
        r.tag = e.key;
        if (const Node *x = required(e.value, entryPath, u"repository"))
            readId(*x, child(entryPath, u"repository"), r.repository);
        if (const Node *x = required(e.value, entryPath, u"commit")) {
            if (readString(*x, child(entryPath, u"commit"), r.commit)
                && !commitPattern.match(r.commit).hasMatch()) {
                error(child(entryPath, u"commit"),
                      x->pos(),
                      ProvidersTr::tr("a commit is 7 to 40 lower-case hexadecimal digits"));
            }
        }
        out.push_back(r);
    }
    m_sources = out;
}

void ProfileReader::readProvenance(const Node &map,
                                   const QString &path,
                                   Provenance &p,
                                   bool isRequired)
{
    p.pos = map.pos();
    const Node *source = isRequired ? required(map, path, u"source") : map.find(u"source");
    if (source && readString(*source, child(path, u"source"), p.source)) {
        // Replace each `[tag]` by the repository and commit it stands for, from the end so that
        // the offsets of the earlier ones stay right.
        QList<QRegularExpressionMatch> tags;
        for (QRegularExpressionMatchIterator it = tagPattern().globalMatch(p.source); it.hasNext();)
            tags.prepend(it.next());
        for (const QRegularExpressionMatch &m : tags) {
            const QString tag = m.captured(1);
            const auto known = std::find_if(m_sources.begin(),
                                            m_sources.end(),
                                            [&](const SourceRepository &r) { return r.tag == tag; });
            if (known == m_sources.end()) {
                // A profile without a sources table may use brackets freely.
                if (!m_sources.empty())
                    error(child(path, u"source"),
                          source->pos(),
                          ProvidersTr::tr("\"%1\" is not a tag of \"sources\"").arg(tag));
                continue;
            }
            p.source.replace(m.capturedStart(),
                             m.capturedLength(),
                             known->repository + u'@' + known->commit);
        }
    }
    if (const Node *v = isRequired ? required(map, path, u"confidence") : map.find(u"confidence"))
        readEnum(*v, child(path, u"confidence"), kConfidence, p.confidence);
}

void ProfileReader::readSelectors(const Node &n, const QString &path, std::vector<Selector> &out)
{
    readList(n, path, out, [this](const Node &s, const QString &p, Selector &sel) {
        readSelector(s, p, sel);
    });
}

void ProfileReader::readSelector(const Node &n, const QString &path, Selector &s)
{
    if (!checkMap(n,
                  path,
                  {u"annotation",
                   u"equals",
                   u"item",
                   u"caseInsensitive",
                   u"absent",
                   u"loadBalancerClass",
                   u"field",
                   u"port",
                   u"anyOf",
                   u"allOf",
                   u"not"}))
        return;
    std::vector<QStringView> subjects;
    for (QStringView key : kSelectorSubjects) {
        if (n.find(key))
            subjects.push_back(key);
    }
    if (subjects.empty()) {
        error(path,
              n.pos(),
              ProvidersTr::tr("a selector needs one of: %1").arg(listText(kSelectorSubjects)));
        return;
    }
    if (subjects.size() > 1) {
        error(child(path, subjects[1]),
              n.find(subjects[1])->pos(),
              ProvidersTr::tr("a selector tests either \"%1\" or \"%2\", not both")
                  .arg(subjects[0], subjects[1]));
        return;
    }
    const QStringView subject = subjects.front();
    const Node *x = n.find(subject);
    const QString subjectPath = child(path, subject);
    if (subject == u"annotation") {
        readId(*x, subjectPath, s.annotation);
    } else if (subject == u"field") {
        readId(*x, subjectPath, s.field);
    } else if (subject == u"loadBalancerClass") {
        readStrings(*x, subjectPath, s.loadBalancerClass);
        if (x->isSequence() && x->items().empty())
            error(subjectPath, x->pos(), ProvidersTr::tr("the list must not be empty"));
    } else if (subject == u"port") {
        readPortTest(*x, subjectPath, s.port.emplace());
    } else {
        readSelectors(*x, subjectPath, subject == u"anyOf" ? s.anyOf : s.allOf);
        if (x->isSequence() && x->items().empty())
            error(subjectPath, x->pos(), ProvidersTr::tr("the list must not be empty"));
    }

    // What else a subject takes.
    const bool annotation = subject == u"annotation";
    const bool field = subject == u"field";
    const std::pair<QStringView, bool> allowed[] = {{u"equals", annotation || field},
                                                    {u"item", annotation},
                                                    {u"caseInsensitive", annotation || field},
                                                    {u"absent", annotation || field || s.port}};
    for (const auto &[key, ok] : allowed) {
        const Node *v = n.find(key);
        if (!v)
            continue;
        if (!ok) {
            error(child(path, key),
                  v->pos(),
                  ProvidersTr::tr("\"%1\" does not apply to a test of \"%2\"").arg(key, subject));
            continue;
        }
        if (key == u"equals")
            readStrings(*v, child(path, key), s.equals);
        else if (key == u"item")
            readStrings(*v, child(path, key), s.item);
        else if (key == u"caseInsensitive")
            readBool(*v, child(path, key), s.caseInsensitive);
        else
            readBool(*v, child(path, key), s.absent);
    }
    optional(n, path, u"not", s.negate);
    if (s.absent && (n.find(u"equals") || n.find(u"item")))
        error(child(path, u"absent"),
              n.find(u"absent")->pos(),
              ProvidersTr::tr("\"absent: true\" cannot go with \"equals\" or \"item\""));
}

void ProfileReader::readPortTest(const Node &n, const QString &path, PortTest &t)
{
    if (!checkMap(n,
                  path,
                  {u"protocol",
                   u"setting",
                   u"equals",
                   u"caseInsensitive",
                   u"unset",
                   u"inAnnotation",
                   u"sharesNumber"}))
        return;
    if (const Node *x = n.find(u"protocol"))
        readChoices(*x, child(path, u"protocol"), {u"TCP", u"UDP", u"SCTP"}, t.protocol);
    if (const Node *x = n.find(u"setting")) {
        readId(*x, child(path, u"setting"), t.setting);
        m_settingReferences.push_back({t.setting, child(path, u"setting"), x->pos()});
    }
    for (QStringView key : {u"equals", u"caseInsensitive", u"unset"}) {
        const Node *x = n.find(key);
        if (!x)
            continue;
        if (t.setting.isEmpty()) {
            error(child(path, key),
                  x->pos(),
                  ProvidersTr::tr("\"%1\" applies only to a \"setting\" test").arg(key));
        } else if (key == u"equals") {
            readStrings(*x, child(path, key), t.equals);
        } else if (key == u"caseInsensitive") {
            readBool(*x, child(path, key), t.caseInsensitive);
        } else {
            readBool(*x, child(path, key), t.absent);
        }
    }
    if (const Node *x = n.find(u"inAnnotation"))
        readId(*x, child(path, u"inAnnotation"), t.inAnnotation);
    optional(n, path, u"sharesNumber", t.sharesNumber);
}

void ProfileReader::readRejections(const Node &n, const QString &path, std::vector<Rejection> &out)
{
    readList(n, path, out, [this](const Node &r, const QString &p, Rejection &rej) {
        readRejection(r, p, rej);
    });
}

void ProfileReader::readRejection(const Node &n, const QString &path, Rejection &r)
{
    if (!checkMap(n,
                  path,
                  {u"code",
                   u"field",
                   u"equals",
                   u"whenPresent",
                   u"when",
                   u"forEachPort",
                   u"path",
                   u"outcome",
                   u"message",
                   u"source",
                   u"confidence"}))
        return;
    if (const Node *x = required(n, path, u"code"))
        readId(*x, child(path, u"code"), r.code);
    if (const Node *x = n.find(u"field"))
        readId(*x, child(path, u"field"), r.field);
    optional(n, path, u"equals", r.equals);
    optional(n, path, u"whenPresent", r.whenPresent);
    if (const Node *x = n.find(u"when"))
        readSelectors(*x, child(path, u"when"), r.when);
    optional(n, path, u"forEachPort", r.forEachPort);
    if (const Node *x = n.find(u"path"))
        readId(*x, child(path, u"path"), r.path);
    if (const Node *x = n.find(u"outcome"))
        readEnum(*x, child(path, u"outcome"), kOutcome, r.outcome);
    optional(n, path, u"message", r.message);
    const bool legacyTest = !r.equals.isEmpty() || r.whenPresent;
    if (!legacyTest && r.when.empty() && !n.find(u"when"))
        error(path,
              n.pos(),
              ProvidersTr::tr(
                  "a rejection needs \"equals\" (a non-empty list), \"whenPresent: true\" or "
                  "\"when\""));
    if (legacyTest && r.field.isEmpty())
        error(path, n.pos(), ProvidersTr::tr("\"equals\" and \"whenPresent\" test a \"field\""));
    readProvenance(n, path, r.provenance, false);
}

void ProfileReader::readAnnotationAlias(const Node &n, const QString &path, AnnotationAlias &a)
{
    if (!checkMap(n, path, {u"prefix", u"for", u"source", u"confidence"}))
        return;
    if (const Node *x = required(n, path, u"prefix"))
        readId(*x, child(path, u"prefix"), a.prefix);
    if (const Node *x = required(n, path, u"for"))
        readId(*x, child(path, u"for"), a.for_);
    readProvenance(n, path, a.provenance, false);
}

void ProfileReader::readAnnotationSpec(const Node &n, const QString &path, AnnotationSpec &a)
{
    if (!checkMap(n, path, {u"key",
                            u"type",
                            u"values",
                            u"caseInsensitive",
                            u"separator",
                            u"trim",
                            u"items",
                            u"keys",
                            u"fields",
                            u"keysArePortNames",
                            u"minimum",
                            u"maximum",
                            u"maxLength",
                            u"onInvalid",
                            u"emptyIgnored",
                            u"variants",
                            u"deprecated",
                            u"replacedBy",
                            u"deprecatedValues",
                            u"writtenByController",
                            u"read",
                            u"differsFrom",
                            u"description",
                            u"source",
                            u"confidence"}))
        return;
    if (const Node *x = required(n, path, u"key"))
        readId(*x, child(path, u"key"), a.key);
    if (const Node *x = n.find(u"type"))
        readChoice(*x, child(path, u"type"), kAnnotationTypes, a.type);
    optional(n, path, u"values", a.values);
    optional(n, path, u"caseInsensitive", a.caseInsensitive);
    if (const Node *x = n.find(u"separator")) {
        if (readString(*x, child(path, u"separator"), a.separator) && a.separator.isEmpty()) {
            error(child(path, u"separator"),
                  x->pos(),
                  ProvidersTr::tr("the separator must not be empty"));
            a.separator = QStringLiteral(",");
        }
    }
    if (bool trim = false; n.find(u"trim") && readBool(*n.find(u"trim"), child(path, u"trim"), trim))
        a.trim = trim;
    if (const Node *x = n.find(u"items"))
        readChoice(*x, child(path, u"items"), kListItems, a.items);
    optional(n, path, u"keys", a.keys);
    if (const Node *x = n.find(u"fields")) {
        readList(*x,
                 child(path, u"fields"),
                 a.fields,
                 [this](const Node &f, const QString &p, JsonField &jf) {
                     readJsonField(f, p, jf);
                 });
    }
    optional(n, path, u"keysArePortNames", a.keysArePortNames);
    int value = 0;
    if (const Node *x = n.find(u"minimum"); x && readInt(*x, child(path, u"minimum"), value))
        a.minimum = value;
    if (const Node *x = n.find(u"maximum"); x && readInt(*x, child(path, u"maximum"), value))
        a.maximum = value;
    if (const Node *x = n.find(u"maxLength"); x && readInt(*x, child(path, u"maxLength"), value))
        a.maxLength = value;
    if (a.minimum && a.maximum && *a.minimum > *a.maximum)
        error(child(path, u"maximum"),
              n.find(u"maximum")->pos(),
              ProvidersTr::tr("the maximum %1 is less than the minimum %2")
                  .arg(*a.maximum)
                  .arg(*a.minimum));
    if (const Node *x = n.find(u"onInvalid"))
        readEnum(*x, child(path, u"onInvalid"), kOutcome, a.onInvalid);
    optional(n, path, u"emptyIgnored", a.emptyIgnored);
    optional(n, path, u"variants", a.variants);
    optional(n, path, u"deprecated", a.deprecated);
    optional(n, path, u"replacedBy", a.replacedBy);
    optional(n, path, u"deprecatedValues", a.deprecatedValues);
    optional(n, path, u"writtenByController", a.writtenByController);
    optional(n, path, u"read", a.read);
    optional(n, path, u"differsFrom", a.differsFrom);
    optional(n, path, u"description", a.description);
    const bool enumValues = a.type == u"enum" || (a.type == u"list" && a.items == u"enum");
    if (enumValues && a.values.isEmpty() && !n.find(u"values"))
        error(child(path, u"values"),
              n.pos(),
              ProvidersTr::tr("an annotation of type enum needs \"values\""));
    for (const auto &[deprecatedValue, replacement] : a.deprecatedValues) {
        if (enumValues && !replacement.isEmpty()
            && !a.values.contains(replacement,
                                  a.caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive))
            error(child(child(path, u"deprecatedValues"), deprecatedValue),
                  n.find(u"deprecatedValues")->pos(),
                  notAmongValuesMessage(replacement));
    }
    readProvenance(n, path, a.provenance, false);
}

void ProfileReader::readJsonField(const Node &n, const QString &path, JsonField &f)
{
    if (!checkMap(n, path, {u"name", u"type", u"values", u"caseInsensitive"}))
        return;
    if (const Node *x = required(n, path, u"name"))
        readId(*x, child(path, u"name"), f.name);
    if (const Node *x = n.find(u"type"))
        readChoice(*x, child(path, u"type"), kJsonFieldTypes, f.type);
    optional(n, path, u"values", f.values);
    optional(n, path, u"caseInsensitive", f.caseInsensitive);
    if (f.type == u"enum" && f.values.isEmpty())
        error(child(path, u"values"),
              n.pos(),
              ProvidersTr::tr("an annotation of type enum needs \"values\""));
}

void ProfileReader::readPortSettings(const Node &n, const QString &path, PortSettings &s)
{
    if (!checkMap(n, path, {u"annotation", u"settings", u"source", u"confidence"}))
        return;
    if (const Node *x = n.find(u"annotation"))
        readId(*x, child(path, u"annotation"), s.annotation);
    if (const Node *x = required(n, path, u"settings")) {
        readList(*x,
                 child(path, u"settings"),
                 s.settings,
                 [this](const Node &e, const QString &p, PortSetting &ps) {
                     readPortSetting(e, p, ps);
                 });
    }
    readProvenance(n, path, s.provenance, false);
}

void ProfileReader::readPortSetting(const Node &n, const QString &path, PortSetting &s)
{
    if (!checkMap(
            n,
            path,
            {u"name", u"jsonField", u"annotations", u"fromPortProtocol", u"default", u"lowercase"}))
        return;
    if (const Node *x = required(n, path, u"name"))
        readId(*x, child(path, u"name"), s.name);
    if (const Node *x = n.find(u"jsonField"))
        readId(*x, child(path, u"jsonField"), s.jsonField);
    optional(n, path, u"annotations", s.annotations);
    optional(n, path, u"fromPortProtocol", s.fromPortProtocol);
    optional(n, path, u"default", s.defaultValue);
    optional(n, path, u"lowercase", s.lowercase);
}

void ProfileReader::checkAnnotationVariants(const Node &list, const ProviderProfile &p)
{
    if (!list.isSequence())
        return;
    for (size_t i = 0; i < list.items().size() && i < p.annotations.size(); ++i) {
        const Node &a = list.items()[i];
        const Node *names = a.isMapping() ? a.find(u"variants") : nullptr;
        if (!names || !names->isSequence())
            continue;
        const QString path = child(item(QStringLiteral("annotations"), i), u"variants");
        for (size_t j = 0; j < names->items().size(); ++j) {
            const Node &name = names->items()[j];
            const bool known = std::any_of(p.variants.begin(),
                                           p.variants.end(),
                                           [&](const ProfileVariant &v) {
                                               return v.id == name.text();
                                           });
            if (name.isScalar() && !known)
                error(item(path, j),
                      name.pos(),
                      ProvidersTr::tr("no variant has the id \"%1\"").arg(name.text()));
        }
    }
}

void ProfileReader::checkPortSettingNames(const ProviderProfile &p)
{
    for (const SettingReference &ref : m_settingReferences) {
        const bool known = p.portSettings
                           && std::any_of(p.portSettings->settings.begin(),
                                          p.portSettings->settings.end(),
                                          [&](const PortSetting &s) { return s.name == ref.name; });
        if (!known)
            error(ref.path,
                  ref.pos,
                  ProvidersTr::tr("no port setting has the name \"%1\"").arg(ref.name));
    }
}

} // namespace sd::profileschema
