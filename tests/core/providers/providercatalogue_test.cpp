// SPDX-License-Identifier: GPL-3.0-or-later
// Every annotation of every bundled catalogue, through the validator: a value of its type that
// the controller accepts gives no finding on the annotation, and one it cannot parse gives a
// finding whose severity says what the controller does (an error when it refuses the Service,
// a warning when it ignores the value). The values are made from the entry itself (its type,
// values, limits, list items, trimming and case folding), so a new entry is tested without a
// new row, and an entry whose type the samples do not know fails here.

#include <algorithm>
#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "model/providers/profilematch.h"
#include "support/bundledproviders.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sdtest::bundledProviders;

namespace {

// The Service the values are tried on: two named TCP ports (80 "http", 443 "https") and a UDP
// port (53 "dns") on different numbers.
constexpr int kPort = 443;
const char *const kPortName = "https";

// The codes by which a value is judged: the catalogue's, and those of the rules that read the
// PROXY protocol, backend protocol and TLS port annotations.
const QStringList kValueCodes = {u"provider-annotation-value-invalid"_s,
                                 u"provider-proxy-protocol-invalid"_s,
                                 u"provider-backend-protocol-invalid"_s,
                                 u"provider-tls-port-unknown"_s,
                                 u"provider-tls-ports-star"_s,
                                 u"provider-tls-ports-spaces"_s};

// Codes that say the key itself is not this provider's (or this variant's).
const QStringList kKeyCodes = {u"provider-annotation-unknown"_s,
                               u"provider-annotation-other-variant"_s,
                               u"provider-annotation-other-provider"_s};

// The catalogue key with its placeholders filled in.
QString concreteKey(const QString &key)
{
    QString k = key;
    k.replace(u"{port}"_s, QString::number(kPort));
    k.replace(u"{N}"_s, QString::number(kPort));
    k.replace(u"{protocol}"_s, u"TCP"_s);
    return k;
}

// A value of one item of a list entry that the controller accepts, and one it does not.
struct Samples
{
    QStringList valid;
    QStringList invalid;
};

Samples itemSamples(const AnnotationSpec &a)
{
    const QString &t = a.items;
    if (t == u"string")
        return {{u"a"_s}, {}};
    if (t == u"int") {
        // The Service's port, so that a list of ports names one.
        const int n = std::clamp(kPort, a.minimum.value_or(kPort), a.maximum.value_or(kPort));
        Samples s{{QString::number(n)}, {u"x"_s, u"1.5"_s}};
        if (a.minimum)
            s.invalid << QString::number(*a.minimum - 1);
        if (a.maximum)
            s.invalid << QString::number(*a.maximum + 1);
        return s;
    }
    if (t == u"port")
        return {{QString::number(kPort), QString::fromLatin1(kPortName)}, {u"nope"_s}};
    if (t == u"ip")
        return {{u"192.0.2.10"_s, u"2001:db8::10"_s}, {u"192.0.2.300"_s}};
    if (t == u"ipv4")
        return {{u"192.0.2.10"_s}, {u"2001:db8::10"_s, u"192.0.2.300"_s}};
    if (t == u"ipv6")
        return {{u"2001:db8::10"_s}, {u"192.0.2.10"_s}};
    if (t == u"cidr")
        return {{u"192.0.2.0/24"_s}, {u"192.0.2.0/33"_s}};
    if (t == u"arn")
        return {{u"arn:aws:acm:us-east-1:123456789012:certificate/abc"_s}, {u"certificate/abc"_s}};
    if (t == u"enum")
        return {{a.values.value(0)}, {u"not-a-value"_s}};
    return {};
}

// Values of the entry that the controller accepts, and values it cannot parse; both empty for
// a type the samples do not know.
Samples samples(const AnnotationSpec &a)
{
    const QString &t = a.type;
    Samples s;
    if (t == u"string") {
        s.valid << (a.values.isEmpty() ? u"example"_s : a.values.front());
        if (a.maxLength)
            s.invalid << QString(*a.maxLength + 1, u'a');
        return s;
    }
    if (t == u"bool") {
        s.valid << u"true"_s << u"false"_s;
        s.invalid << u"yes"_s;
        (a.caseInsensitive ? s.valid : s.invalid) << u"TRUE"_s;
        (a.trims() ? s.valid : s.invalid) << u" true"_s;
        return s;
    }
    if (t == u"parseBool") {
        s.valid << u"true"_s << u"1"_s << u"F"_s << u"True"_s;
        s.invalid << u"yes"_s << u"on"_s;
        return s;
    }
    if (t == u"int" || t == u"float") {
        const int n = a.minimum.value_or(a.maximum ? std::min(*a.maximum, 1) : 1);
        s.valid << QString::number(n) << a.values;
        if (t == u"float")
            s.valid << QString::number(n) + u".0"_s;
        s.invalid << u"x"_s;
        if (t == u"int")
            s.invalid << QString::number(n) + u".5"_s;
        (a.trims() ? s.valid : s.invalid) << u" "_s + QString::number(n);
        if (a.minimum)
            s.invalid << QString::number(*a.minimum - 1);
        if (a.maximum)
            s.invalid << QString::number(*a.maximum + 1);
        return s;
    }
    if (t == u"enum") {
        s.valid << a.values;
        s.invalid << u"not-a-value"_s;
        for (const QString &v : a.values) {
            const QString upper = v.toUpper() == v ? v.toLower() : v.toUpper();
            if (upper == v || a.values.contains(upper))
                continue;
            (a.caseInsensitive ? s.valid : s.invalid) << upper;
        }
        return s;
    }
    if (t == u"list" || t == u"cidrList") {
        AnnotationSpec items = a;
        items.items = t == u"cidrList" ? u"cidr"_s : a.items;
        const Samples item = itemSamples(items);
        if (item.valid.isEmpty())
            return {};
        const QString sep = a.separator;
        s.valid << item.valid.front() << item.valid.join(sep);
        // Two items with a blank after the separator: fine where the code trims, an item with a
        // leading blank where it does not (a number, an IP or a port name then fails).
        const QString spaced = item.valid.front() + sep + u' ' + item.valid.back();
        if (a.trims())
            s.valid << spaced;
        else if (items.items != u"string")
            s.invalid << spaced;
        for (const QString &bad : item.invalid)
            s.invalid << item.valid.front() + sep + bad;
        return s;
    }
    if (t == u"map") {
        const QString key = a.keys.isEmpty() ? u"team"_s : a.keys.front();
        const QString value = a.values.isEmpty() ? u"web"_s : a.values.front();
        s.valid << key + u'=' + value;
        s.invalid << u"novalue"_s;
        if (!a.keys.isEmpty())
            s.invalid << u"not-a-key=" + value;
        if (!a.values.isEmpty())
            s.invalid << key + u"=not-a-value";
        return s;
    }
    if (t == u"json") {
        if (a.keysArePortNames) {
            s.valid << u"{\""_s + QString::fromLatin1(kPortName) + u"\": \"" + a.values.value(0)
                           + u"\"}";
            s.invalid << u"{\"no-such-port\": \""_s + a.values.value(0) + u"\"}";
        } else {
            QStringList fields;
            for (const JsonField &f : a.fields) {
                const QString v = f.type == u"int"    ? u"1"_s
                                  : f.type == u"enum" ? f.values.value(0)
                                                      : u"x"_s;
                fields << u'"' + f.name + u"\": \"" + v + u'"';
            }
            s.valid << u'{' + fields.join(u", ") + u'}';
            for (const JsonField &f : a.fields) {
                if (f.type != u"string")
                    s.invalid << u"{\""_s + f.name + u"\": \"not-a-value\"}";
            }
        }
        s.invalid << u"{"_s;
        return s;
    }
    if (t == u"duration") {
        s.valid << u"5s"_s << u"1m30s"_s;
        s.invalid << u"5"_s << u"five seconds"_s;
        return s;
    }
    if (t == u"ip" || t == u"ipv4" || t == u"ipv6" || t == u"arn") {
        AnnotationSpec items = a;
        items.items = t;
        return itemSamples(items);
    }
    if (t == u"port") {
        s.valid << QString::number(kPort) << a.values;
        s.invalid << u"70000"_s << u"no-such-port"_s;
        return s;
    }
    return {};
}

// A TLS ports list of numbers or names.
Samples tlsPortSamples(const AnnotationSpec &a, const Tls &tls)
{
    const QString number = QString::number(kPort);
    const QString name = QString::fromLatin1(kPortName);
    Samples s{{number, name, number + a.separator + name}, {u"8443"_s, u"no-such-port"_s}};
    (a.trims() ? s.valid : s.invalid) << number + a.separator + u' ' + name;
    (tls.starMeansAll ? s.valid : s.invalid) << u"*"_s;
    return s;
}

// Metadata and spec lines that make the profile act on the Service and select @p v.
std::pair<QByteArray, QByteArray> selecting(const ProviderProfile &p, const ProfileVariant &v)
{
    QByteArray annotations;
    QByteArray spec;
    if ((!p.handlesUnclassed || !p.handlesUnclassedWhen.empty()) && !p.handlesClasses.isEmpty())
        spec += "  loadBalancerClass: " + p.handlesClasses.front().toUtf8() + '\n';
    std::vector<Selector> when = v.when;
    for (size_t i = 0; i < when.size(); ++i) {
        Selector s = when[i];
        if (!s.anyOf.empty())
            s = s.anyOf.front();
        if (!s.loadBalancerClass.isEmpty()) {
            spec = "  loadBalancerClass: " + s.loadBalancerClass.front().toUtf8() + '\n';
        } else if (!s.annotation.isEmpty() && !s.absent && !s.negate) {
            const QString value = !s.equals.isEmpty() ? s.equals.front()
                                  : !s.item.isEmpty() ? s.item.front()
                                                      : u"true"_s;
            annotations += "    " + s.annotation.toUtf8() + ": " + sdtest::yamlQuoted(value) + '\n';
        }
    }
    return {annotations, spec};
}

// Whether @p code is that of one of the rules of the profile or the variant.
bool isRuleCode(const ProviderProfile &p, const ProfileVariant &v, const QString &code)
{
    for (const std::vector<Rejection> *rules : {&p.rejections, &v.rejections}) {
        for (const Rejection &r : *rules) {
            if (code == u"provider-"_s + r.code)
                return true;
        }
    }
    return false;
}

struct Result
{
    QStringList valueFindings; ///< "severity code" on the annotation's path
    QStringList ruleFindings;  ///< of the profile's rules, on the annotation's path
    QStringList keyFindings;
    QStringList otherFindings;
};

Result tryValue(const ProviderProfile &p,
                const ProfileVariant &v,
                const QString &key,
                const QString &value)
{
    auto [annotations, spec] = selecting(p, v);
    // The value under test replaces a selecting annotation of the same key.
    const QByteArray own = QByteArray("    ") + key.toUtf8() + ':';
    QByteArray lines;
    for (const QByteArray &line : annotations.split('\n')) {
        if (!line.isEmpty() && !line.startsWith(own))
            lines += line + '\n';
    }
    lines += "    " + key.toUtf8() + ": " + sdtest::yamlQuoted(value) + '\n';
    const QByteArray yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n"
                            "  annotations:\n"
                            + lines + "spec:\n  type: LoadBalancer\n  selector: {app: a}\n" + spec
                            + "  ports:\n"
                              "  - {name: http, port: 80, targetPort: 8080}\n"
                              "  - {name: https, port: 443, targetPort: 8443}\n"
                              "  - {name: dns, port: 53, protocol: UDP}\n";
    const Service service = sdtest::serviceFromYaml(yaml);
    Result r;
    const QString path = u"metadata.annotations["_s + key + u']';
    for (const Finding &f : sdtest::validateOn(p.id, service)) {
        if (f.path != path)
            continue;
        const QString text = severityName(f.severity) + u' ' + f.code;
        if (kValueCodes.contains(f.code))
            r.valueFindings << text;
        else if (isRuleCode(p, v, f.code))
            r.ruleFindings << text;
        else if (kKeyCodes.contains(f.code))
            r.keyFindings << text;
        else
            r.otherFindings << text;
    }
    return r;
}

// Every provider finding on the annotation, "severity code".
QStringList allOn(const ProviderProfile &p,
                  const ProfileVariant &v,
                  const QString &key,
                  const QString &value)
{
    const Result r = tryValue(p, v, key, value);
    return r.valueFindings + r.ruleFindings + r.keyFindings + r.otherFindings;
}

// The variant the entry is tried on: the first it names, else the default.
const ProfileVariant &variantFor(const ProviderProfile &p, const AnnotationSpec &a)
{
    for (const ProfileVariant &v : p.variants) {
        if (a.variants.isEmpty() ? v.isDefault : a.variants.contains(v.id))
            return v;
    }
    return p.variants.front();
}

struct Counts
{
    int keys = 0;
    int invalidTested = 0;
};

class ProviderCatalogue : public ::testing::TestWithParam<QString>
{};

TEST_P(ProviderCatalogue, EveryAnnotationAcceptsValidValuesAndFlagsInvalidOnes)
{
    const std::shared_ptr<const ProviderProfile> profile = sdtest::bundledProfile(GetParam());
    ASSERT_NE(profile, nullptr);
    Counts counts;
    for (const AnnotationSpec &a : profile->annotations) {
        SCOPED_TRACE(a.key.toStdString());
        ++counts.keys;
        const ProfileVariant &v = variantFor(*profile, a);
        const QString key = concreteKey(a.key);
        if (a.writtenByController && !a.read) {
            // Not read: whatever its value, set by hand it is only an info.
            const Result r = tryValue(*profile, v, key, u"anything"_s);
            EXPECT_TRUE(r.valueFindings.isEmpty()) << r.valueFindings.join(u", ").toStdString();
            EXPECT_TRUE(r.keyFindings.isEmpty()) << r.keyFindings.join(u", ").toStdString();
            continue;
        }
        Samples s = samples(a);
        QString invalidSeverity = a.onInvalid == Outcome::Rejected ? u"error"_s : u"warning"_s;
        if (a.key == v.tls.portsAnnotation && a.type == u"list" && a.items == u"string") {
            // The TLS ports by number or name: an entry must name a port of the Service.
            s = tlsPortSamples(a, v.tls);
            if (v.tls.unmatchedPorts == Outcome::Rejected)
                invalidSeverity = u"error"_s;
        }
        ASSERT_FALSE(s.valid.isEmpty()) << "no sample value for type " << a.type.toStdString()
                                        << " (items " << a.items.toStdString() << ")";
        for (const QString &value : s.valid) {
            const Result r = tryValue(*profile, v, key, value);
            EXPECT_TRUE(r.valueFindings.isEmpty())
                << "valid value \"" << value.toStdString()
                << "\" flagged: " << r.valueFindings.join(u", ").toStdString();
            EXPECT_TRUE(r.keyFindings.isEmpty()) << "on variant " << v.id.toStdString() << ": "
                                                 << r.keyFindings.join(u", ").toStdString();
        }
        if (!s.invalid.isEmpty())
            ++counts.invalidTested;
        for (const QString &value : s.invalid) {
            const Result r = tryValue(*profile, v, key, value);
            if (r.valueFindings.isEmpty() && !r.ruleFindings.isEmpty()) {
                // A rule of the controller on this value (GKE's network tier) says it instead.
                EXPECT_TRUE(r.ruleFindings.front().startsWith(u"error"))
                    << r.ruleFindings.join(u", ").toStdString();
                continue;
            }
            ASSERT_FALSE(r.valueFindings.isEmpty())
                << "invalid value \"" << value.toStdString() << "\" not flagged";
            EXPECT_TRUE(r.valueFindings.front().startsWith(invalidSeverity))
                << "\"" << value.toStdString()
                << "\": " << r.valueFindings.join(u", ").toStdString() << ", wanted "
                << invalidSeverity.toStdString();
        }
    }
    RecordProperty("keys", counts.keys);
    RecordProperty("keysWithInvalidValues", counts.invalidTested);
}

// Deprecated keys and values are an info that names the replacement, never an invalid value.
TEST_P(ProviderCatalogue, DeprecatedKeysAndValuesAreInfos)
{
    const std::shared_ptr<const ProviderProfile> profile = sdtest::bundledProfile(GetParam());
    ASSERT_NE(profile, nullptr);
    for (const AnnotationSpec &a : profile->annotations) {
        SCOPED_TRACE(a.key.toStdString());
        const ProfileVariant &v = variantFor(*profile, a);
        const QString key = concreteKey(a.key);
        if (a.deprecated) {
            // One the controller only wrote, in earlier releases, says that instead.
            const QString info = a.writtenByController && !a.read
                                     ? u"info provider-annotation-written"_s
                                     : u"info provider-annotation-deprecated"_s;
            const QStringList found = allOn(*profile, v, key, samples(a).valid.value(0));
            EXPECT_TRUE(found.contains(info)) << found.join(u", ").toStdString();
        }
        for (const auto &[value, replacement] : a.deprecatedValues) {
            const QStringList found = allOn(*profile, v, key, value);
            EXPECT_TRUE(found.contains(u"info provider-annotation-value-deprecated"_s))
                << value.toStdString() << ": " << found.join(u", ").toStdString();
            EXPECT_FALSE(found.contains(u"warning provider-annotation-value-invalid"_s)
                         || found.contains(u"error provider-annotation-value-invalid"_s))
                << value.toStdString();
        }
    }
}

TEST(ProviderCatalogueSetup, EveryCatalogueIsTested)
{
    QStringList tested = sdtest::controllerProviderIds();
    QStringList withCatalogue;
    for (const auto &p : bundledProviders().profiles()) {
        if (!p->annotations.empty())
            withCatalogue << p->id;
    }
    tested.sort();
    withCatalogue.sort();
    EXPECT_EQ(tested, withCatalogue);
}

INSTANTIATE_TEST_SUITE_P(Bundled,
                         ProviderCatalogue,
                         ::testing::ValuesIn(sdtest::controllerProviderIds()),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             QString name = info.param;
                             return name.replace(u'-', u'_').toStdString();
                         });

} // namespace
