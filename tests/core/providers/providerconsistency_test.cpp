// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled profiles against themselves: every annotation key a profile's facts and rules read
// is in its catalogue, every fact, rule and catalogue entry of a controller's profile cites the
// controller's code (`repository@commit path:line`, with a repository of the profile's
// `sources`), and two profiles that know the same key read it alike or say why not
// (`differsFrom`).

#include <algorithm>
#include <functional>
#include <string>

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "model/providers/profilejson.h"
#include "model/providers/profilematch.h"
#include "support/bundledproviders.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sdtest::bundledProviders;

namespace {

// Profiles that describe a controller (not generic, not none).
std::vector<std::shared_ptr<const ProviderProfile>> controllers()
{
    std::vector<std::shared_ptr<const ProviderProfile>> out;
    for (const auto &p : bundledProviders().profiles()) {
        if (p->kind == u"cloud" || p->kind == u"controller")
            out.push_back(p);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Keys the facts and rules read

void addSelectorKeys(const std::vector<Selector> &selectors, QStringList &keys)
{
    for (const Selector &s : selectors) {
        if (!s.annotation.isEmpty())
            keys << s.annotation;
        if (s.port && !s.port->inAnnotation.isEmpty())
            keys << s.port->inAnnotation;
        addSelectorKeys(s.anyOf, keys);
        addSelectorKeys(s.allOf, keys);
    }
}

void addFactKeys(const Fact &f, QStringList &keys)
{
    addSelectorKeys(f.requires_, keys);
}

void addRuleKeys(const std::vector<Rejection> &rules, QStringList &keys)
{
    for (const Rejection &r : rules) {
        addSelectorKeys(r.when, keys);
        if (r.field.startsWith(u"metadata.annotations["))
            keys << r.field.mid(21).chopped(1);
    }
}

// (key, where it is read) for every annotation key the profile's facts and rules name.
std::vector<std::pair<QString, QString>> keysRead(const ProviderProfile &p)
{
    std::vector<std::pair<QString, QString>> out;
    auto add = [&](const QStringList &keys, const QString &where) {
        for (const QString &k : keys)
            out.emplace_back(k, where);
    };
    QStringList keys;
    addSelectorKeys(p.handlesUnclassedWhen, keys);
    addSelectorKeys(p.ignoredWhen, keys);
    addRuleKeys(p.rejections, keys);
    add(keys, u"profile"_s);
    if (p.portSettings) {
        keys = {p.portSettings->annotation};
        for (const PortSetting &s : p.portSettings->settings)
            keys << s.annotations;
        add(keys, u"portSettings"_s);
    }
    for (const ProfileVariant &v : p.variants) {
        keys.clear();
        addSelectorKeys(v.when, keys);
        for (const Fact *f : {&v.tcp,
                              &v.udp,
                              &v.sctp,
                              &v.mixed,
                              &v.mixedSamePort,
                              &v.proxyProtocol.support,
                              &v.tls.support,
                              &v.appProtocol})
            addFactKeys(*f, keys);
        for (const ProxyProtocolAnnotation &a : v.proxyProtocol.annotations)
            keys << a.key;
        keys << v.tls.certificateAnnotations << v.tls.alternativeAnnotations;
        for (const QString *k : {&v.tls.portsAnnotation, &v.tls.policyAnnotation}) {
            if (!k->isEmpty())
                keys << *k;
        }
        if (v.backendProtocol)
            keys << v.backendProtocol->key;
        keys << v.healthCheckAnnotations;
        addRuleKeys(v.rejections, keys);
        add(keys, u"variant "_s + v.id);
    }
    return out;
}

TEST(ProviderConsistency, EveryKeyTheRulesReadIsInTheCatalogue)
{
    for (const auto &p : controllers()) {
        for (const auto &[key, where] : keysRead(*p)) {
            // A pattern key of the rules is the catalogue's pattern itself.
            const bool known = findAnnotationSpec(*p, key)
                               || std::any_of(p->annotations.begin(),
                                              p->annotations.end(),
                                              [&](const AnnotationSpec &a) { return a.key == key; });
            EXPECT_TRUE(known) << p->id.toStdString() << " (" << where.toStdString() << ") reads "
                               << key.toStdString() << ", which its catalogue does not have";
        }
    }
}

// What a variant's TLS ports list says of trimming is what its catalogue entry says.
TEST(ProviderConsistency, TlsPortsAreReadAsTheCatalogueSays)
{
    for (const auto &p : controllers()) {
        for (const ProfileVariant &v : p->variants) {
            if (v.tls.portsAnnotation.isEmpty())
                continue;
            const AnnotationSpec *spec = findAnnotationSpec(*p, v.tls.portsAnnotation);
            ASSERT_TRUE(spec) << p->id.toStdString();
            EXPECT_EQ(v.tls.portsTrimmed, spec->trims())
                << p->id.toStdString() << " " << v.id.toStdString();
            EXPECT_EQ(v.tls.portsSeparator, spec->separator) << p->id.toStdString();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Sources

// `owner/repository@commit path:line`, the form a `[tag] path:line` citation takes once read.
const QRegularExpression &citation()
{
    static const QRegularExpression re(
        u"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)@([0-9a-f]{7,40}) [^ :;,]+:[0-9]+"_s);
    return re;
}

void forEachProvenance(const ProviderProfile &p,
                       const std::function<void(const QString &, const Provenance &)> &visit)
{
    visit(u"profile"_s, p.provenance);
    for (const AnnotationAlias &a : p.annotationAliases)
        visit(u"alias "_s + a.prefix, a.provenance);
    for (const Rejection &r : p.rejections)
        visit(u"rule "_s + r.code, r.provenance);
    if (p.portSettings)
        visit(u"portSettings"_s, p.portSettings->provenance);
    for (const AnnotationSpec &a : p.annotations)
        visit(a.key, a.provenance);
    for (const ProfileVariant &v : p.variants) {
        const QString in = u" of "_s + v.id;
        const std::pair<const char *, const Fact *> facts[] = {{"TCP", &v.tcp},
                                                               {"UDP", &v.udp},
                                                               {"SCTP", &v.sctp},
                                                               {"mixed", &v.mixed},
                                                               {"mixedSamePort", &v.mixedSamePort},
                                                               {"proxyProtocol",
                                                                &v.proxyProtocol.support},
                                                               {"tls", &v.tls.support},
                                                               {"appProtocol", &v.appProtocol}};
        for (const auto &[name, f] : facts)
            visit(QString::fromLatin1(name) + in, f->provenance);
        for (const ProxyProtocolAnnotation &a : v.proxyProtocol.annotations)
            visit(u"PROXY annotation "_s + a.key + in, a.provenance);
        if (!v.tls.portsAnnotation.isEmpty() || !v.tls.certificateAnnotations.isEmpty())
            visit(u"tls annotations"_s + in, v.tls.provenance);
        if (v.backendProtocol)
            visit(u"backendProtocol"_s + in, v.backendProtocol->provenance);
        for (const Rejection &r : v.rejections)
            visit(u"rule "_s + r.code + in, r.provenance);
    }
}

TEST(ProviderConsistency, EveryFactCitesTheControllersCode)
{
    for (const auto &p : controllers()) {
        QSet<QString> repositories;
        for (const SourceRepository &s : p->sources)
            repositories.insert(s.repository + u'@' + s.commit);
        EXPECT_FALSE(repositories.isEmpty()) << p->id.toStdString() << " has no sources";
        int count = 0;
        forEachProvenance(*p, [&](const QString &what, const Provenance &prov) {
            ++count;
            const std::string where = p->id.toStdString() + ": " + what.toStdString();
            const QRegularExpressionMatch m = citation().match(prov.source);
            ASSERT_TRUE(m.hasMatch()) << where << " cites \"" << prov.source.toStdString()
                                      << "\", not repository@commit path:line";
            // Every repository the source names is one of the profile's.
            static const QRegularExpression cited(u"([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+@[0-9a-f]+)"_s);
            for (auto it = cited.globalMatch(prov.source); it.hasNext();) {
                const QString repository = it.next().captured(1);
                EXPECT_TRUE(repositories.contains(repository))
                    << where << ": " << repository.toStdString() << " is not in sources";
            }
        });
        EXPECT_GT(count, 0);
    }
}

// Generic and none state what holds everywhere; they name their basis all the same.
TEST(ProviderConsistency, EveryFactOfTheOtherProfilesNamesItsBasis)
{
    for (const auto &p : bundledProviders().profiles()) {
        if (p->kind == u"cloud" || p->kind == u"controller")
            continue;
        forEachProvenance(*p, [&](const QString &what, const Provenance &prov) {
            EXPECT_FALSE(prov.source.isEmpty())
                << p->id.toStdString() << ": " << what.toStdString();
        });
    }
}

// ---------------------------------------------------------------------------------------------
// Texts

// The paths of the texts under @p v that have English but no Korean.
void findUntranslated(const QJsonValue &v, const QString &path, QStringList &out)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            findUntranslated(a[i], path + u'[' + QString::number(i) + u']', out);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    if (o.contains(u"en"_s) && o.size() <= 2) {
        if (o.value(u"ko"_s).toString().isEmpty())
            out << path;
        return;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        findUntranslated(it.value(), path + u'.' + it.key(), out);
}

// Every name, description, note and message of the bundled profiles is in English and Korean.
TEST(ProviderConsistency, EveryTextIsInEnglishAndKorean)
{
    for (const auto &p : bundledProviders().profiles()) {
        QStringList untranslated;
        findUntranslated(sd::profileToJson(*p), p->id, untranslated);
        EXPECT_TRUE(untranslated.isEmpty()) << untranslated.join(u"\n").toStdString();
    }
}

// ---------------------------------------------------------------------------------------------
// Keys two profiles share

// What of an entry decides which values the controller takes, as "name=value" words.
QStringList reading(const AnnotationSpec &a)
{
    QStringList values = a.values;
    if (a.caseInsensitive) {
        for (QString &v : values)
            v = v.toLower();
    }
    values.sort();
    values.removeDuplicates();
    QStringList keys = a.keys;
    keys.sort();
    const bool listLike = a.type == u"list" || a.type == u"map" || a.type == u"cidrList";
    QStringList out{u"type="_s + a.type,
                    u"caseInsensitive="_s + (a.caseInsensitive ? u"true"_s : u"false"_s),
                    u"trim="_s + (a.trims() ? u"true"_s : u"false"_s),
                    u"writtenByController="_s + (a.writtenByController ? u"true"_s : u"false"_s),
                    u"read="_s + (a.read ? u"true"_s : u"false"_s),
                    u"deprecated="_s + (a.deprecated ? u"true"_s : u"false"_s),
                    u"onInvalid="_s + outcomeName(a.onInvalid)};
    // The values of a string are suggestions only.
    if (a.type != u"string")
        out << u"values="_s + values.join(u'|');
    if (listLike)
        out << u"separator="_s + a.separator;
    if (a.type == u"list")
        out << u"items="_s + a.items;
    if (!keys.isEmpty())
        out << u"keys="_s + keys.join(u'|');
    if (a.minimum)
        out << u"minimum="_s + QString::number(*a.minimum);
    if (a.maximum)
        out << u"maximum="_s + QString::number(*a.maximum);
    if (a.maxLength)
        out << u"maxLength="_s + QString::number(*a.maxLength);
    return out;
}

bool explains(const AnnotationSpec &a, const QString &otherId)
{
    return std::any_of(a.differsFrom.begin(), a.differsFrom.end(), [&](const auto &entry) {
        return entry.first == otherId && !entry.second.trimmed().isEmpty();
    });
}

const AnnotationSpec *entryOf(const ProviderProfile &p, const QString &key)
{
    const auto it = std::find_if(p.annotations.begin(),
                                 p.annotations.end(),
                                 [&](const AnnotationSpec &a) { return a.key == key; });
    return it == p.annotations.end() ? nullptr : &*it;
}

TEST(ProviderConsistency, SharedKeysAgreeOrSayWhy)
{
    const auto profiles = controllers();
    int shared = 0;
    for (size_t i = 0; i < profiles.size(); ++i) {
        for (size_t j = i + 1; j < profiles.size(); ++j) {
            const ProviderProfile &p = *profiles[i];
            const ProviderProfile &q = *profiles[j];
            for (const AnnotationSpec &a : p.annotations) {
                const AnnotationSpec *b = entryOf(q, a.key);
                if (!b)
                    continue;
                ++shared;
                QStringList differences;
                const QStringList ra = reading(a);
                const QStringList rb = reading(*b);
                for (qsizetype k = 0; k < ra.size(); ++k) {
                    if (!rb.contains(ra[k]))
                        differences << ra[k];
                }
                for (const QString &word : rb) {
                    if (!ra.contains(word))
                        differences << word;
                }
                if (differences.isEmpty())
                    continue;
                EXPECT_TRUE(explains(a, q.id) || explains(*b, p.id))
                    << a.key.toStdString() << ": " << p.id.toStdString() << " and "
                    << q.id.toStdString() << " differ in " << differences.join(u", ").toStdString()
                    << " without differsFrom saying why";
            }
        }
    }
    EXPECT_GT(shared, 0);
}

// A reason names a profile that has the key and reads it otherwise.
TEST(ProviderConsistency, EveryDifferenceNamesARealOne)
{
    for (const auto &p : controllers()) {
        for (const AnnotationSpec &a : p->annotations) {
            for (const auto &[id, why] : a.differsFrom) {
                const std::shared_ptr<const ProviderProfile> other = bundledProviders().find(id);
                ASSERT_NE(other, nullptr) << p->id.toStdString() << " " << a.key.toStdString()
                                          << ": no profile " << id.toStdString();
                const AnnotationSpec *b = entryOf(*other, a.key);
                ASSERT_NE(b, nullptr) << p->id.toStdString() << " " << a.key.toStdString() << ": "
                                      << id.toStdString() << " has no such key";
                EXPECT_NE(reading(a), reading(*b))
                    << p->id.toStdString() << " " << a.key.toStdString() << ": reads it as "
                    << id.toStdString() << " does; drop the differsFrom";
            }
        }
    }
}

} // namespace
