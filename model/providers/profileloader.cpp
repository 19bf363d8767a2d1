// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/providers/profileloader.h"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <utility>

#include <QFile>
#include <QStringList>

#include "model/domain/scalar.h"
#include "model/io/decodemessages.h"
#include "model/io/yamlparser.h"
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

namespace {

constexpr int kFormatVersion = 1;

using Keys = std::initializer_list<QStringView>;

template<typename E>
using EnumTable = std::initializer_list<std::pair<QStringView, E>>;

const EnumTable<Support> kSupport = {{u"yes", Support::Yes},
                                     {u"no", Support::No},
                                     {u"conditional", Support::Conditional},
                                     {u"unknown", Support::Unknown}};
const EnumTable<Outcome> kOutcome = {{u"rejected", Outcome::Rejected},
                                     {u"dropped", Outcome::Dropped},
                                     {u"ignored", Outcome::Ignored},
                                     {u"unknown", Outcome::Unknown}};
const EnumTable<Confidence> kConfidence = {{u"H", Confidence::High},
                                           {u"M", Confidence::Medium},
                                           {u"L", Confidence::Low}};

const Keys kKinds = {u"cloud", u"controller", u"generic", u"none"};
const Keys kAnnotationTypes
    = {u"string", u"bool", u"int", u"enum", u"list", u"json", u"arn", u"cidrList", u"duration"};

QString child(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString item(const QString &path, size_t index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString listText(Keys words)
{
    QStringList list;
    for (QStringView w : words)
        list.append(w.toString());
    return list.join(u", ");
}

template<typename E>
QString listText(EnumTable<E> table)
{
    QStringList list;
    for (const auto &[text, value] : table)
        list.append(text.toString());
    return list.join(u", ");
}

bool containsValue(const QStringList &list, const QString &value, bool caseInsensitive)
{
    return list.contains(value, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive);
}

// Reads one profile tree, collecting every error instead of stopping at the first.
class Loader
{
public:
    explicit Loader(QString file)
        : m_file(std::move(file))
    {}

    std::vector<ProfileError> &errors() { return m_errors; }

    void error(const QString &field, SourcePos pos, const QString &message)
    {
        m_errors.push_back(ProfileError{m_file, pos.line, pos.column, field, message});
    }

    void readProfile(const Node &root, ProviderProfile &p)
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
                       u"ignoredWhen",
                       u"annotationPrefixes",
                       u"annotationAliases",
                       u"variants",
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
                      Tr::tr("unsupported profile format %1; this version reads format %2")
                          .arg(format)
                          .arg(kFormatVersion));
                return;
            }
        }
        if (const Node *v = required(root, {}, u"id"))
            readId(*v, QStringLiteral("id"), p.id);
        if (const Node *v = required(root, {}, u"name"))
            readText(*v, QStringLiteral("name"), p.name);
        if (const Node *v = root.find(u"description"))
            readText(*v, QStringLiteral("description"), p.description);
        if (const Node *v = root.find(u"kind"))
            readChoice(*v, QStringLiteral("kind"), kKinds, p.kind);
        if (const Node *v = root.find(u"handlesClasses"))
            readStrings(*v, QStringLiteral("handlesClasses"), p.handlesClasses);
        if (const Node *v = root.find(u"handlesUnclassed"))
            readBool(*v, QStringLiteral("handlesUnclassed"), p.handlesUnclassed);
        if (const Node *v = root.find(u"ignoredWhen"))
            readSelectors(*v, QStringLiteral("ignoredWhen"), p.ignoredWhen);
        if (const Node *v = root.find(u"annotationPrefixes"))
            readStrings(*v, QStringLiteral("annotationPrefixes"), p.annotationPrefixes);
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
        if (const Node *v = root.find(u"annotations")) {
            readList(*v,
                     QStringLiteral("annotations"),
                     p.annotations,
                     [this](const Node &n, const QString &path, AnnotationSpec &a) {
                         readAnnotationSpec(n, path, a);
                     });
            checkAnnotationVariants(*v, p);
        }
        readProvenance(root, {}, p.provenance, false);
    }

private:
    // True when @p n is a mapping (reported otherwise); reports unknown and duplicate keys.
    bool checkMap(const Node &n, const QString &path, Keys allowed)
    {
        if (!n.isMapping()) {
            error(path, n.pos(), wrongTypeMessage(ExpectedValue::Object, n));
            return false;
        }
        const std::vector<Node::Entry> &entries = n.entries();
        for (size_t i = 0; i < entries.size(); ++i) {
            const Node::Entry &e = entries[i];
            if (std::find(allowed.begin(), allowed.end(), QStringView(e.key)) == allowed.end()) {
                error(child(path, e.key),
                      e.keyPos,
                      Tr::tr("unknown key \"%1\"; the keys allowed here are: %2")
                          .arg(e.key, listText(allowed)));
            }
            checkDuplicate(entries, i, path);
        }
        return true;
    }

    void checkDuplicate(const std::vector<Node::Entry> &entries, size_t i, const QString &path)
    {
        for (size_t j = 0; j < i; ++j) {
            if (entries[j].key == entries[i].key) {
                error(child(path, entries[i].key),
                      entries[i].keyPos,
                      Tr::tr("duplicate key \"%1\" (first at line %2)")
                          .arg(entries[i].key)
                          .arg(entries[j].keyPos.line));
                return;
            }
        }
    }

    const Node *required(const Node &map, const QString &path, QStringView key)
    {
        const Node *v = map.find(key);
        if (!v)
            error(child(path, key), map.pos(), Tr::tr("missing required key \"%1\"").arg(key));
        return v;
    }

    bool readString(const Node &n, const QString &path, QString &out)
    {
        // Any scalar but null is text as written: `support: yes` and `equals: [true]` are words.
        if (!n.isScalar() || resolveScalar(n) == ScalarType::Null) {
            error(path, n.pos(), wrongTypeMessage(ExpectedValue::String, n));
            return false;
        }
        out = n.text();
        return true;
    }

    void readId(const Node &n, const QString &path, QString &out)
    {
        if (readString(n, path, out) && out.trimmed().isEmpty())
            error(path, n.pos(), Tr::tr("the value must not be empty"));
    }

    bool readBool(const Node &n, const QString &path, bool &out)
    {
        if (n.isScalar() && !n.isQuoted() && resolveScalar(n) == ScalarType::Bool) {
            if (const std::optional<bool> b = plainScalarToBool(n.text())) {
                out = *b;
                return true;
            }
        }
        error(path, n.pos(), wrongTypeMessage(ExpectedValue::Boolean, n));
        return false;
    }

    bool readInt(const Node &n, const QString &path, int &out)
    {
        if (n.isScalar() && !n.isQuoted() && resolveScalar(n) == ScalarType::Int) {
            const std::optional<qint64> v = plainScalarToInt(n.text());
            if (v && *v >= std::numeric_limits<int>::min()
                && *v <= std::numeric_limits<int>::max()) {
                out = int(*v);
                return true;
            }
        }
        error(path, n.pos(), wrongTypeMessage(ExpectedValue::Integer, n));
        return false;
    }

    void readIntInRange(const Node &n, const QString &path, int &out, int minimum, int maximum)
    {
        int value = 0;
        if (!readInt(n, path, value))
            return;
        if (value < minimum || value > maximum) {
            error(path,
                  n.pos(),
                  Tr::tr("%1 is out of range; expected %2 to %3")
                      .arg(value)
                      .arg(minimum)
                      .arg(maximum));
            return;
        }
        out = value;
    }

    void readStrings(const Node &n, const QString &path, QStringList &out)
    {
        if (!n.isSequence()) {
            error(path, n.pos(), wrongTypeMessage(ExpectedValue::List, n));
            return;
        }
        out.clear();
        for (size_t i = 0; i < n.items().size(); ++i) {
            QString s;
            if (readString(n.items()[i], item(path, i), s))
                out.append(s);
        }
    }

    template<typename T, typename ReadItem>
    void readList(const Node &n, const QString &path, std::vector<T> &out, ReadItem readItem)
    {
        if (!n.isSequence()) {
            error(path, n.pos(), wrongTypeMessage(ExpectedValue::List, n));
            return;
        }
        out.resize(n.items().size());
        for (size_t i = 0; i < n.items().size(); ++i)
            readItem(n.items()[i], item(path, i), out[i]);
    }

    template<typename E>
    void readEnum(const Node &n, const QString &path, EnumTable<E> table, E &out)
    {
        QString text;
        if (!readString(n, path, text))
            return;
        for (const auto &[name, value] : table) {
            if (name == text) {
                out = value;
                return;
            }
        }
        error(path, n.pos(), unknownValueMessage(text, listText(table)));
    }

    void readChoice(const Node &n, const QString &path, Keys allowed, QString &out)
    {
        QString text;
        if (!readString(n, path, text))
            return;
        if (std::find(allowed.begin(), allowed.end(), QStringView(text)) == allowed.end()) {
            error(path, n.pos(), unknownValueMessage(text, listText(allowed)));
            return;
        }
        out = text;
    }

    static QString unknownValueMessage(const QString &value, const QString &allowed)
    {
        return Tr::tr("unknown value \"%1\"; expected one of: %2").arg(value, allowed);
    }

    void readText(const Node &n, const QString &path, LocalizedText &out)
    {
        if (n.isScalar()) {
            readString(n, path, out.en);
            return;
        }
        if (!n.isMapping()) {
            error(path,
                  n.pos(),
                  Tr::tr("expected a string or an object with \"en\" and \"ko\", found %1")
                      .arg(describeValue(n)));
            return;
        }
        checkMap(n, path, {u"en", u"ko"});
        if (const Node *v = required(n, path, u"en"))
            readString(*v, child(path, u"en"), out.en);
        if (const Node *v = n.find(u"ko"))
            readString(*v, child(path, u"ko"), out.ko);
    }

    // `source` and `confidence` in the map of the thing they describe.
    void readProvenance(const Node &map, const QString &path, Provenance &p, bool isRequired)
    {
        p.pos = map.pos();
        if (const Node *v = isRequired ? required(map, path, u"source") : map.find(u"source"))
            readString(*v, child(path, u"source"), p.source);
        if (const Node *v = isRequired ? required(map, path, u"confidence")
                                       : map.find(u"confidence"))
            readEnum(*v, child(path, u"confidence"), kConfidence, p.confidence);
    }

    void readSelectors(const Node &n, const QString &path, std::vector<Selector> &out)
    {
        readList(n, path, out, [this](const Node &s, const QString &p, Selector &sel) {
            readSelector(s, p, sel);
        });
    }

    void readSelector(const Node &n, const QString &path, Selector &s)
    {
        if (!checkMap(n,
                      path,
                      {u"annotation", u"equals", u"caseInsensitive", u"absent", u"loadBalancerClass"}))
            return;
        const Node *annotation = n.find(u"annotation");
        const Node *lbClass = n.find(u"loadBalancerClass");
        if (annotation)
            readId(*annotation, child(path, u"annotation"), s.annotation);
        if (const Node *v = n.find(u"equals"))
            readStrings(*v, child(path, u"equals"), s.equals);
        if (const Node *v = n.find(u"caseInsensitive"))
            readBool(*v, child(path, u"caseInsensitive"), s.caseInsensitive);
        if (const Node *v = n.find(u"absent"))
            readBool(*v, child(path, u"absent"), s.absent);
        if (lbClass) {
            readStrings(*lbClass, child(path, u"loadBalancerClass"), s.loadBalancerClass);
            if (lbClass->isSequence() && lbClass->items().empty())
                error(child(path, u"loadBalancerClass"),
                      lbClass->pos(),
                      Tr::tr("the list must not be empty"));
        }

        if (!annotation && !lbClass) {
            error(path, n.pos(), Tr::tr("a selector needs \"annotation\" or \"loadBalancerClass\""));
        } else if (annotation && lbClass) {
            error(child(path, u"loadBalancerClass"),
                  lbClass->pos(),
                  Tr::tr("a selector tests either \"annotation\" or \"loadBalancerClass\", "
                         "not both"));
        } else if (lbClass) {
            for (QStringView key : {u"equals", u"caseInsensitive", u"absent"}) {
                if (n.find(key))
                    error(child(path, key),
                          n.find(key)->pos(),
                          Tr::tr("\"%1\" applies only to an annotation test").arg(key));
            }
        }
        if (s.absent && n.find(u"equals"))
            error(child(path, u"absent"),
                  n.find(u"absent")->pos(),
                  Tr::tr("\"absent: true\" cannot go with \"equals\""));
    }

    void readFact(const Node &n, const QString &path, Fact &f, bool provenanceRequired = false)
    {
        if (!checkMap(n,
                      path,
                      {u"support", u"outcome", u"note", u"requires", u"source", u"confidence"}))
            return;
        if (const Node *v = required(n, path, u"support"))
            readEnum(*v, child(path, u"support"), kSupport, f.support);
        if (const Node *v = n.find(u"outcome"))
            readEnum(*v, child(path, u"outcome"), kOutcome, f.outcome);
        if (const Node *v = n.find(u"note"))
            readText(*v, child(path, u"note"), f.note);
        if (const Node *v = n.find(u"requires"))
            readSelectors(*v, child(path, u"requires"), f.requires_);
        readProvenance(n, path, f.provenance, provenanceRequired);
    }

    void readVariants(const Node &n, const QString &path, std::vector<ProfileVariant> &variants)
    {
        readList(n, path, variants, [this](const Node &v, const QString &p, ProfileVariant &var) {
            readVariant(v, p, var);
        });
        if (!n.isSequence())
            return;
        if (variants.empty()) {
            error(path, n.pos(), Tr::tr("a profile needs at least one variant"));
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
                          Tr::tr("duplicate variant id \"%1\" (first at line %2)")
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
                      Tr::tr("a second default variant (\"%1\" is the default already); exactly "
                             "one variant has \"default: true\"")
                          .arg(firstDefault->id));
            } else {
                firstDefault = &v;
            }
        }
        if (!firstDefault)
            error(path,
                  n.pos(),
                  Tr::tr("no variant has \"default: true\"; exactly one variant must"));
    }

    void readVariant(const Node &n, const QString &path, ProfileVariant &v)
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
        if (const Node *x = n.find(u"name"))
            readText(*x, child(path, u"name"), v.name);
        if (const Node *x = n.find(u"default"))
            readBool(*x, child(path, u"default"), v.isDefault);
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
        if (const Node *x = n.find(u"healthCheckAnnotations"))
            readStrings(*x, child(path, u"healthCheckAnnotations"), v.healthCheckAnnotations);
        if (const Node *x = n.find(u"appProtocol"))
            readFact(*x, child(path, u"appProtocol"), v.appProtocol);
        if (const Node *x = n.find(u"rejections")) {
            readList(*x,
                     child(path, u"rejections"),
                     v.rejections,
                     [this](const Node &r, const QString &p, Rejection &rej) {
                         readRejection(r, p, rej);
                     });
        }
    }

    void readProtocols(const Node &n, const QString &path, ProfileVariant &v)
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

    void readProxyProtocol(const Node &n, const QString &path, ProxyProtocol &pp)
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

    void readProxyAnnotation(const Node &n, const QString &path, ProxyProtocolAnnotation &a)
    {
        if (!checkMap(n,
                      path,
                      {u"key",
                       u"values",
                       u"enabling",
                       u"version",
                       u"versionByValue",
                       u"onUdp",
                       u"perPortJsonField",
                       u"source",
                       u"confidence"}))
            return;
        if (const Node *x = required(n, path, u"key"))
            readId(*x, child(path, u"key"), a.key);
        if (const Node *x = n.find(u"values"))
            readStrings(*x, child(path, u"values"), a.values);
        if (const Node *x = n.find(u"enabling")) {
            readStrings(*x, child(path, u"enabling"), a.enabling);
            checkAmongValues(*x, child(path, u"enabling"), a.values, false);
        }
        if (const Node *x = n.find(u"version"))
            readIntInRange(*x, child(path, u"version"), a.version, 0, 2);
        if (const Node *x = n.find(u"versionByValue"))
            readVersionByValue(*x, child(path, u"versionByValue"), a);
        if (const Node *x = n.find(u"onUdp"))
            readEnum(*x, child(path, u"onUdp"), kOutcome, a.onUdp);
        if (const Node *x = n.find(u"perPortJsonField"))
            readString(*x, child(path, u"perPortJsonField"), a.perPortJsonField);
        readProvenance(n, path, a.provenance, false);
    }

    void readVersionByValue(const Node &n, const QString &path, ProxyProtocolAnnotation &a)
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

    // Each item of the list @p n must be one of @p values (when there are values).
    void checkAmongValues(const Node &n,
                          const QString &path,
                          const QStringList &values,
                          bool caseInsensitive)
    {
        if (values.isEmpty() || !n.isSequence())
            return;
        for (size_t i = 0; i < n.items().size(); ++i) {
            const Node &x = n.items()[i];
            if (x.isScalar() && !containsValue(values, x.text(), caseInsensitive))
                error(item(path, i), x.pos(), notAmongValuesMessage(x.text()));
        }
    }

    static QString notAmongValuesMessage(const QString &value)
    {
        return Tr::tr("\"%1\" is not one of \"values\"").arg(value);
    }

    void readAllOrNone(const Node &n, const QString &path, bool &out)
    {
        if (n.isScalar() && !n.isQuoted() && resolveScalar(n) == ScalarType::Bool) {
            readBool(n, path, out);
        } else if (n.isScalar() && (n.text() == u"all" || n.text() == u"none")) {
            out = n.text() == u"all";
        } else {
            error(path,
                  n.pos(),
                  Tr::tr("expected true, false, all or none, found %1").arg(describeValue(n)));
        }
    }

    void readTls(const Node &n, const QString &path, Tls &t)
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
                       u"policyAnnotation",
                       u"policyValues",
                       u"alternativeAnnotations",
                       u"source",
                       u"confidence"}))
            return;
        if (const Node *x = n.find(u"support"))
            readFact(*x, child(path, u"support"), t.support);
        if (const Node *x = n.find(u"certificateAnnotations"))
            readStrings(*x, child(path, u"certificateAnnotations"), t.certificateAnnotations);
        if (const Node *x = n.find(u"portsAnnotation"))
            readString(*x, child(path, u"portsAnnotation"), t.portsAnnotation);
        if (const Node *x = n.find(u"portsTrimmed"))
            readBool(*x, child(path, u"portsTrimmed"), t.portsTrimmed);
        if (const Node *x = n.find(u"portsSeparator")) {
            if (readString(*x, child(path, u"portsSeparator"), t.portsSeparator)
                && t.portsSeparator.isEmpty()) {
                error(child(path, u"portsSeparator"),
                      x->pos(),
                      Tr::tr("the separator must not be empty"));
                t.portsSeparator = QStringLiteral(",");
            }
        }
        if (const Node *x = n.find(u"absentMeansAll"))
            readAllOrNone(*x, child(path, u"absentMeansAll"), t.absentMeansAll);
        if (const Node *x = n.find(u"starMeansAll"))
            readAllOrNone(*x, child(path, u"starMeansAll"), t.starMeansAll);
        if (const Node *x = n.find(u"policyAnnotation"))
            readString(*x, child(path, u"policyAnnotation"), t.policyAnnotation);
        if (const Node *x = n.find(u"policyValues"))
            readStrings(*x, child(path, u"policyValues"), t.policyValues);
        if (const Node *x = n.find(u"alternativeAnnotations"))
            readStrings(*x, child(path, u"alternativeAnnotations"), t.alternativeAnnotations);
        readProvenance(n, path, t.provenance, false);
    }

    void readBackendProtocol(const Node &n, const QString &path, BackendProtocol &b)
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
        if (const Node *x = n.find(u"values"))
            readStrings(*x, child(path, u"values"), b.values);
        if (const Node *x = n.find(u"caseInsensitive"))
            readBool(*x, child(path, u"caseInsensitive"), b.caseInsensitive);
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

    void readRejection(const Node &n, const QString &path, Rejection &r)
    {
        if (!checkMap(n,
                      path,
                      {u"code",
                       u"field",
                       u"equals",
                       u"whenPresent",
                       u"message",
                       u"source",
                       u"confidence"}))
            return;
        if (const Node *x = required(n, path, u"code"))
            readId(*x, child(path, u"code"), r.code);
        if (const Node *x = required(n, path, u"field"))
            readId(*x, child(path, u"field"), r.field);
        if (const Node *x = n.find(u"equals"))
            readStrings(*x, child(path, u"equals"), r.equals);
        if (const Node *x = n.find(u"whenPresent"))
            readBool(*x, child(path, u"whenPresent"), r.whenPresent);
        if (const Node *x = n.find(u"message"))
            readText(*x, child(path, u"message"), r.message);
        if (r.equals.isEmpty() && !r.whenPresent)
            error(path,
                  n.pos(),
                  Tr::tr("a rejection needs \"equals\" (a non-empty list) or \"whenPresent: "
                         "true\""));
        readProvenance(n, path, r.provenance, false);
    }

    void readAnnotationAlias(const Node &n, const QString &path, AnnotationAlias &a)
    {
        if (!checkMap(n, path, {u"prefix", u"for", u"source", u"confidence"}))
            return;
        if (const Node *x = required(n, path, u"prefix"))
            readId(*x, child(path, u"prefix"), a.prefix);
        if (const Node *x = required(n, path, u"for"))
            readId(*x, child(path, u"for"), a.for_);
        readProvenance(n, path, a.provenance, false);
    }

    void readAnnotationSpec(const Node &n, const QString &path, AnnotationSpec &a)
    {
        if (!checkMap(n,
                      path,
                      {u"key",
                       u"type",
                       u"values",
                       u"caseInsensitive",
                       u"separator",
                       u"minimum",
                       u"maximum",
                       u"variants",
                       u"deprecated",
                       u"replacedBy",
                       u"description",
                       u"source",
                       u"confidence"}))
            return;
        if (const Node *x = required(n, path, u"key"))
            readId(*x, child(path, u"key"), a.key);
        if (const Node *x = n.find(u"type"))
            readChoice(*x, child(path, u"type"), kAnnotationTypes, a.type);
        if (const Node *x = n.find(u"values"))
            readStrings(*x, child(path, u"values"), a.values);
        if (const Node *x = n.find(u"caseInsensitive"))
            readBool(*x, child(path, u"caseInsensitive"), a.caseInsensitive);
        if (const Node *x = n.find(u"separator")) {
            if (readString(*x, child(path, u"separator"), a.separator) && a.separator.isEmpty()) {
                error(child(path, u"separator"),
                      x->pos(),
                      Tr::tr("the separator must not be empty"));
                a.separator = QStringLiteral(",");
            }
        }
        int value = 0;
        if (const Node *x = n.find(u"minimum"); x && readInt(*x, child(path, u"minimum"), value))
            a.minimum = value;
        if (const Node *x = n.find(u"maximum"); x && readInt(*x, child(path, u"maximum"), value))
            a.maximum = value;
        if (a.minimum && a.maximum && *a.minimum > *a.maximum)
            error(child(path, u"maximum"),
                  n.find(u"maximum")->pos(),
                  Tr::tr("the maximum %1 is less than the minimum %2")
                      .arg(*a.maximum)
                      .arg(*a.minimum));
        if (const Node *x = n.find(u"variants"))
            readStrings(*x, child(path, u"variants"), a.variants);
        if (const Node *x = n.find(u"deprecated"))
            readBool(*x, child(path, u"deprecated"), a.deprecated);
        if (const Node *x = n.find(u"replacedBy"))
            readString(*x, child(path, u"replacedBy"), a.replacedBy);
        if (const Node *x = n.find(u"description"))
            readText(*x, child(path, u"description"), a.description);
        if (a.type == u"enum" && a.values.isEmpty() && !n.find(u"values"))
            error(child(path, u"values"),
                  n.pos(),
                  Tr::tr("an annotation of type enum needs \"values\""));
        readProvenance(n, path, a.provenance, false);
    }

    // The variants an annotation names must be variants of the profile.
    void checkAnnotationVariants(const Node &list, const ProviderProfile &p)
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
                          Tr::tr("no variant has the id \"%1\"").arg(name.text()));
            }
        }
    }

    QString m_file;
    std::vector<ProfileError> m_errors;
};

} // namespace

ProfileLoadResult loadProfile(QByteArrayView bytes, const QString &filePath)
{
    Loader loader(filePath);
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
                             Tr::tr("a second YAML document; a profile file holds one"));
        }
    }
    if (!profileDocument && loader.errors().empty())
        loader.error({}, SourcePos{1, 1}, Tr::tr("the file holds no profile"));

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
            ProfileError{path, 0, 0, {}, Tr::tr("cannot read the file: %1").arg(file.errorString())});
        return result;
    }
    return loadProfile(file.readAll(), path);
}

} // namespace sd
