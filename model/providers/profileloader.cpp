// SPDX-License-Identifier: GPL-3.0-or-later
// A profile file's tables: the profile, its variants and their facts. Selectors, rules, the
// annotation catalogue, port settings and sources are in profileloader_rules.cpp.

#include "model/providers/profileloader.h"

#include <algorithm>

#include <QFile>

#include "model/io/decodemessages.h"
#include "model/io/yamlparser.h"
#include "model/providers/profileloader_p.h"
#include "model/tr.h"

namespace sd {

QString ProfileError::toString() const
{
    QString s = file;
    if (line > 0)
        s += u':' + QString::number(line) + u':' + QString::number(column);
    if (!field.isEmpty())
        s += u": " + field;
    return s + u": " + message;
}

namespace profileschema {

namespace {

constexpr int kFormatVersion = 1;

const Keys kKinds = {u"cloud", u"controller", u"generic", u"none"};

} // namespace

void ProfileReader::readProfile(const Node &root, ProviderProfile &p)
{
    if (!checkMap(root,
                  {},
                  {u"format",
                   u"id",
                   u"name",
                   u"description",
                   u"kind",
                   u"handlesClasses",
                   u"handlesUnclassed",
                   u"handlesUnclassedWhen",
                   u"ignoredWhen",
                   u"annotationPrefixes",
                   u"annotationAliases",
                   u"sources",
                   u"variants",
                   u"rejections",
                   u"portSettings",
                   u"annotations",
                   u"source",
                   u"confidence"}))
        return;
    if (const Node *v = required(root, {}, u"format")) {
        int format = 0;
        if (readInt(*v, QStringLiteral("format"), format) && format != kFormatVersion) {
            // Another version's keys would only give a flood of unrelated errors.
            error(QStringLiteral("format"),
                  v->pos(),
                  ProvidersTr::tr("unsupported profile format %1; this version reads format %2")
                      .arg(format)
                      .arg(kFormatVersion));
            return;
        }
    }
    // First, so that every source after it can name its repositories.
    if (const Node *v = root.find(u"sources"))
        readSources(*v, QStringLiteral("sources"), p.sources);
    if (const Node *v = required(root, {}, u"id"))
        readId(*v, QStringLiteral("id"), p.id);
    if (const Node *v = required(root, {}, u"name"))
        readText(*v, QStringLiteral("name"), p.name);
    optional(root, {}, u"description", p.description);
    if (const Node *v = root.find(u"kind"))
        readChoice(*v, QStringLiteral("kind"), kKinds, p.kind);
    optional(root, {}, u"handlesClasses", p.handlesClasses);
    optional(root, {}, u"handlesUnclassed", p.handlesUnclassed);
    if (const Node *v = root.find(u"handlesUnclassedWhen"))
        readSelectors(*v, QStringLiteral("handlesUnclassedWhen"), p.handlesUnclassedWhen);
    if (const Node *v = root.find(u"ignoredWhen"))
        readSelectors(*v, QStringLiteral("ignoredWhen"), p.ignoredWhen);
    optional(root, {}, u"annotationPrefixes", p.annotationPrefixes);
    if (const Node *v = root.find(u"annotationAliases")) {
        readList(*v,
                 QStringLiteral("annotationAliases"),
                 p.annotationAliases,
                 [this](const Node &n, const QString &path, AnnotationAlias &a) {
                     readAnnotationAlias(n, path, a);
                 });
    }
    if (const Node *v = required(root, {}, u"variants"))
        readVariants(*v, QStringLiteral("variants"), p.variants);
    if (const Node *v = root.find(u"rejections"))
        readRejections(*v, QStringLiteral("rejections"), p.rejections);
    if (const Node *v = root.find(u"portSettings"))
        readPortSettings(*v, QStringLiteral("portSettings"), p.portSettings.emplace());
    if (const Node *v = root.find(u"annotations")) {
        readList(*v,
                 QStringLiteral("annotations"),
                 p.annotations,
                 [this](const Node &n, const QString &path, AnnotationSpec &a) {
                     readAnnotationSpec(n, path, a);
                 });
        checkAnnotationVariants(*v, p);
    }
    checkPortSettingNames(p);
    readProvenance(root, {}, p.provenance, false);
}

void ProfileReader::readFact(const Node &n, const QString &path, Fact &f, bool provenanceRequired)
{
    if (!checkMap(n, path, {u"support", u"outcome", u"note", u"requires", u"source", u"confidence"}))
        return;
    if (const Node *v = required(n, path, u"support"))
        readEnum(*v, child(path, u"support"), kSupport, f.support);
    if (const Node *v = n.find(u"outcome"))
        readEnum(*v, child(path, u"outcome"), kOutcome, f.outcome);
    optional(n, path, u"note", f.note);
    if (const Node *v = n.find(u"requires"))
        readSelectors(*v, child(path, u"requires"), f.requires_);
    readProvenance(n, path, f.provenance, provenanceRequired);
}

void ProfileReader::readVariants(const Node &n,
                                 const QString &path,
                                 std::vector<ProfileVariant> &variants)
{
    readList(n, path, variants, [this](const Node &v, const QString &p, ProfileVariant &var) {
        readVariant(v, p, var);
    });
    if (!n.isSequence())
        return;
    if (variants.empty()) {
        error(path, n.pos(), ProvidersTr::tr("a profile needs at least one variant"));
        return;
    }
    const ProfileVariant *firstDefault = nullptr;
    for (size_t i = 0; i < variants.size(); ++i) {
        const ProfileVariant &v = variants[i];
        for (size_t j = 0; j < i; ++j) {
            if (!v.id.isEmpty() && variants[j].id == v.id) {
                const Node *id = n.items()[i].isMapping() ? n.items()[i].find(u"id") : nullptr;
                error(child(item(path, i), u"id"),
                      id ? id->pos() : v.pos,
                      ProvidersTr::tr("duplicate variant id \"%1\" (first at line %2)")
                          .arg(v.id)
                          .arg(variants[j].pos.line));
                break;
            }
        }
        if (!v.isDefault)
            continue;
        if (firstDefault) {
            const Node *d = n.items()[i].find(u"default");
            error(child(item(path, i), u"default"),
                  d ? d->pos() : v.pos,
                  ProvidersTr::tr(
                      "a second default variant (\"%1\" is the default already); exactly "
                      "one variant has \"default: true\"")
                      .arg(firstDefault->id));
        } else {
            firstDefault = &v;
        }
    }
    if (!firstDefault)
        error(path,
              n.pos(),
              ProvidersTr::tr("no variant has \"default: true\"; exactly one variant must"));
}

void ProfileReader::readVariant(const Node &n, const QString &path, ProfileVariant &v)
{
    v.pos = n.pos();
    if (!checkMap(n,
                  path,
                  {u"id",
                   u"name",
                   u"default",
                   u"when",
                   u"protocols",
                   u"mixed",
                   u"mixedSamePort",
                   u"proxyProtocol",
                   u"tls",
                   u"backendProtocol",
                   u"healthCheckAnnotations",
                   u"appProtocol",
                   u"rejections"}))
        return;
    if (const Node *x = required(n, path, u"id"))
        readId(*x, child(path, u"id"), v.id);
    optional(n, path, u"name", v.name);
    optional(n, path, u"default", v.isDefault);
    if (const Node *x = n.find(u"when"))
        readSelectors(*x, child(path, u"when"), v.when);
    if (const Node *x = required(n, path, u"protocols"))
        readProtocols(*x, child(path, u"protocols"), v);
    if (const Node *x = n.find(u"mixed"))
        readFact(*x, child(path, u"mixed"), v.mixed);
    if (const Node *x = n.find(u"mixedSamePort"))
        readFact(*x, child(path, u"mixedSamePort"), v.mixedSamePort);
    if (const Node *x = n.find(u"proxyProtocol"))
        readProxyProtocol(*x, child(path, u"proxyProtocol"), v.proxyProtocol);
    if (const Node *x = n.find(u"tls"))
        readTls(*x, child(path, u"tls"), v.tls);
    if (const Node *x = n.find(u"backendProtocol"))
        readBackendProtocol(*x, child(path, u"backendProtocol"), v.backendProtocol.emplace());
    optional(n, path, u"healthCheckAnnotations", v.healthCheckAnnotations);
    if (const Node *x = n.find(u"appProtocol"))
        readFact(*x, child(path, u"appProtocol"), v.appProtocol);
    if (const Node *x = n.find(u"rejections"))
        readRejections(*x, child(path, u"rejections"), v.rejections);
}

void ProfileReader::readProtocols(const Node &n, const QString &path, ProfileVariant &v)
{
    if (!checkMap(n, path, {u"TCP", u"UDP", u"SCTP"}))
        return;
    const std::pair<QStringView, Fact *> facts[] = {{u"TCP", &v.tcp},
                                                    {u"UDP", &v.udp},
                                                    {u"SCTP", &v.sctp}};
    for (const auto &[key, fact] : facts) {
        if (const Node *x = required(n, path, key))
            readFact(*x, child(path, key), *fact, true);
    }
}

void ProfileReader::readProxyProtocol(const Node &n, const QString &path, ProxyProtocol &pp)
{
    if (!checkMap(n, path, {u"support", u"annotations"}))
        return;
    if (const Node *x = n.find(u"support"))
        readFact(*x, child(path, u"support"), pp.support);
    if (const Node *x = n.find(u"annotations")) {
        readList(*x,
                 child(path, u"annotations"),
                 pp.annotations,
                 [this](const Node &a, const QString &p, ProxyProtocolAnnotation &ann) {
                     readProxyAnnotation(a, p, ann);
                 });
    }
}

void ProfileReader::readProxyAnnotation(const Node &n,
                                        const QString &path,
                                        ProxyProtocolAnnotation &a)
{
    if (!checkMap(n,
                  path,
                  {u"key",
                   u"values",
                   u"enabling",
                   u"caseInsensitive",
                   u"version",
                   u"versionByValue",
                   u"onUdp",
                   u"perPortJsonField",
                   u"source",
                   u"confidence"}))
        return;
    if (const Node *x = required(n, path, u"key"))
        readId(*x, child(path, u"key"), a.key);
    optional(n, path, u"values", a.values);
    if (const Node *x = n.find(u"enabling")) {
        readStrings(*x, child(path, u"enabling"), a.enabling);
        checkAmongValues(*x, child(path, u"enabling"), a.values, false);
    }
    optional(n, path, u"caseInsensitive", a.caseInsensitive);
    if (const Node *x = n.find(u"version"))
        readIntInRange(*x, child(path, u"version"), a.version, 0, 2);
    if (const Node *x = n.find(u"versionByValue"))
        readVersionByValue(*x, child(path, u"versionByValue"), a);
    if (const Node *x = n.find(u"onUdp"))
        readEnum(*x, child(path, u"onUdp"), kOutcome, a.onUdp);
    optional(n, path, u"perPortJsonField", a.perPortJsonField);
    readProvenance(n, path, a.provenance, false);
}

void ProfileReader::readVersionByValue(const Node &n,
                                       const QString &path,
                                       ProxyProtocolAnnotation &a)
{
    if (!n.isMapping()) {
        error(path, n.pos(), wrongTypeMessage(ExpectedValue::Object, n));
        return;
    }
    for (size_t i = 0; i < n.entries().size(); ++i) {
        const Node::Entry &e = n.entries()[i];
        checkDuplicate(n.entries(), i, path);
        const QString entryPath = child(path, e.key);
        if (!a.values.isEmpty() && !a.values.contains(e.key))
            error(entryPath, e.keyPos, notAmongValuesMessage(e.key));
        int version = 0;
        readIntInRange(e.value, entryPath, version, 1, 2);
        a.versionByValue.emplace_back(e.key, version);
    }
}

void ProfileReader::readTls(const Node &n, const QString &path, Tls &t)
{
    if (!checkMap(n,
                  path,
                  {u"support",
                   u"certificateAnnotations",
                   u"portsAnnotation",
                   u"portsTrimmed",
                   u"portsSeparator",
                   u"absentMeansAll",
                   u"starMeansAll",
                   u"unmatchedPorts",
                   u"policyAnnotation",
                   u"policyValues",
                   u"alternativeAnnotations",
                   u"source",
                   u"confidence"}))
        return;
    if (const Node *x = n.find(u"support"))
        readFact(*x, child(path, u"support"), t.support);
    optional(n, path, u"certificateAnnotations", t.certificateAnnotations);
    optional(n, path, u"portsAnnotation", t.portsAnnotation);
    optional(n, path, u"portsTrimmed", t.portsTrimmed);
    if (const Node *x = n.find(u"portsSeparator")) {
        if (readString(*x, child(path, u"portsSeparator"), t.portsSeparator)
            && t.portsSeparator.isEmpty()) {
            error(child(path, u"portsSeparator"),
                  x->pos(),
                  ProvidersTr::tr("the separator must not be empty"));
            t.portsSeparator = QStringLiteral(",");
        }
    }
    if (const Node *x = n.find(u"absentMeansAll"))
        readAllOrNone(*x, child(path, u"absentMeansAll"), t.absentMeansAll);
    if (const Node *x = n.find(u"starMeansAll"))
        readAllOrNone(*x, child(path, u"starMeansAll"), t.starMeansAll);
    if (const Node *x = n.find(u"unmatchedPorts"))
        readEnum(*x, child(path, u"unmatchedPorts"), kOutcome, t.unmatchedPorts);
    optional(n, path, u"policyAnnotation", t.policyAnnotation);
    optional(n, path, u"policyValues", t.policyValues);
    optional(n, path, u"alternativeAnnotations", t.alternativeAnnotations);
    readProvenance(n, path, t.provenance, false);
}

void ProfileReader::readBackendProtocol(const Node &n, const QString &path, BackendProtocol &b)
{
    if (!checkMap(n,
                  path,
                  {u"key",
                   u"values",
                   u"caseInsensitive",
                   u"httpValues",
                   u"tlsValues",
                   u"source",
                   u"confidence"}))
        return;
    if (const Node *x = required(n, path, u"key"))
        readId(*x, child(path, u"key"), b.key);
    optional(n, path, u"values", b.values);
    optional(n, path, u"caseInsensitive", b.caseInsensitive);
    if (const Node *x = n.find(u"httpValues")) {
        readStrings(*x, child(path, u"httpValues"), b.httpValues);
        checkAmongValues(*x, child(path, u"httpValues"), b.values, b.caseInsensitive);
    }
    if (const Node *x = n.find(u"tlsValues")) {
        readStrings(*x, child(path, u"tlsValues"), b.tlsValues);
        checkAmongValues(*x, child(path, u"tlsValues"), b.values, b.caseInsensitive);
    }
    readProvenance(n, path, b.provenance, false);
}

} // namespace profileschema

ProfileLoadResult loadProfile(QByteArrayView bytes, const QString &filePath)
{
    profileschema::ProfileReader loader(filePath);
    const std::vector<YamlDocument> documents = parseYaml(bytes);
    const YamlDocument *profileDocument = nullptr;
    for (const YamlDocument &d : documents) {
        if (d.error) {
            loader.error({}, d.error->pos, d.error->message);
        } else if (d.hasContent) {
            if (!profileDocument)
                profileDocument = &d;
            else
                loader.error({},
                             d.root.pos(),
                             ProvidersTr::tr("a second YAML document; a profile file holds one"));
        }
    }
    if (!profileDocument && loader.errors().empty())
        loader.error({}, SourcePos{1, 1}, ProvidersTr::tr("the file holds no profile"));

    ProfileLoadResult result;
    if (profileDocument && loader.errors().empty()) {
        auto profile = std::make_shared<ProviderProfile>();
        profile->filePath = filePath;
        loader.readProfile(profileDocument->root, *profile);
        if (loader.errors().empty())
            result.profile = std::move(profile);
    }
    result.errors = std::move(loader.errors());
    return result;
}

ProfileLoadResult loadProfileFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileLoadResult result;
        result.errors.push_back(
            ProfileError{path,
                         0,
                         0,
                         {},
                         ProvidersTr::tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    return loadProfile(file.readAll(), path);
}

} // namespace sd
