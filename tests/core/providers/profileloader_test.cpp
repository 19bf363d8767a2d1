// SPDX-License-Identifier: GPL-3.0-or-later
#include <ostream>

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTranslator>

#include "model/providers/profileloader.h"
#include "model/providers/providerregistry.h"
#include "resources/resources.h"
#include "support/bundledproviders.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace sd {

void PrintTo(const ProfileError &e, std::ostream *os)
{
    *os << e.toString().toStdString();
}

} // namespace sd

namespace {

using sd::Confidence;
using sd::Outcome;
using sd::ProfileError;
using sd::ProfileLoadResult;
using sd::Support;

QString dataPath(const QString &name)
{
    return QStringLiteral(SD_TEST_DATA_DIR "/profiles/") + name;
}

ProfileLoadResult load(const QString &name)
{
    return sd::loadProfileFile(dataPath(name));
}

std::string listErrors(const std::vector<ProfileError> &errors)
{
    std::string text;
    for (const ProfileError &e : errors)
        text += e.toString().toStdString() + '\n';
    return text;
}

// The error reported on @p field, or nullptr.
const ProfileError *errorOn(const ProfileLoadResult &result, const QString &field)
{
    for (const ProfileError &e : result.errors) {
        if (e.field == field)
            return &e;
    }
    return nullptr;
}

// Checks that there is an error on @p field at @p line:@p column whose message holds every
// word of @p words.
void expectError(const ProfileLoadResult &result,
                 const QString &field,
                 int line,
                 int column,
                 const QStringList &words)
{
    const ProfileError *e = errorOn(result, field);
    ASSERT_NE(e, nullptr) << "no error on " << field.toStdString() << " in:\n"
                          << listErrors(result.errors);
    EXPECT_EQ(e->line, line) << e->toString().toStdString();
    EXPECT_EQ(e->column, column) << e->toString().toStdString();
    for (const QString &word : words)
        EXPECT_TRUE(e->message.contains(word)) << e->toString().toStdString();
}

TEST(ProfileLoader, ReadsACompleteProfile)
{
    const ProfileLoadResult r = load(u"valid.yaml"_s);
    ASSERT_TRUE(r.errors.empty()) << listErrors(r.errors);
    ASSERT_NE(r.profile, nullptr);
    const sd::ProviderProfile &p = *r.profile;
    EXPECT_EQ(p.id, u"example"_s);
    EXPECT_EQ(p.name.en, u"Example Cloud"_s);
    EXPECT_EQ(p.name.ko, u"예제 클라우드"_s);
    EXPECT_EQ(p.description.en, u"A profile for the loader test."_s);
    EXPECT_TRUE(p.description.ko.isEmpty());
    EXPECT_EQ(p.kind, u"controller"_s);
    EXPECT_EQ(p.handlesClasses, QStringList{u"example.com/lb"_s});
    EXPECT_FALSE(p.handlesUnclassed);
    ASSERT_EQ(p.ignoredWhen.size(), 1u);
    EXPECT_EQ(p.ignoredWhen[0].annotation, u"example.com/lb-type"_s);
    EXPECT_EQ(p.ignoredWhen[0].equals, (QStringList{u"external"_s, u"nlb-ip"_s}));
    EXPECT_TRUE(p.ignoredWhen[0].caseInsensitive);
    EXPECT_EQ(p.annotationPrefixes, QStringList{u"example.com/lb-"_s});
    ASSERT_EQ(p.annotationAliases.size(), 1u);
    EXPECT_EQ(p.annotationAliases[0].prefix, u"example.net/lb-"_s);
    EXPECT_EQ(p.annotationAliases[0].for_, u"example.com/lb-"_s);
    EXPECT_EQ(p.annotationAliases[0].provenance.source, u"[example] docs/aliases.md"_s);
    EXPECT_EQ(p.annotationAliases[0].provenance.confidence, Confidence::Low);
    EXPECT_EQ(p.provenance.source, u"[example] docs/profile.md"_s);
    EXPECT_EQ(p.provenance.confidence, Confidence::High);
    EXPECT_EQ(p.filePath, dataPath(u"valid.yaml"_s));

    ASSERT_EQ(p.variants.size(), 2u);
    const sd::ProfileVariant &c = p.variants[0];
    EXPECT_EQ(c.id, u"classic"_s);
    EXPECT_EQ(c.name.en, u"Classic LB"_s);
    EXPECT_TRUE(c.isDefault);
    EXPECT_EQ(c.pos.line, 15);
    ASSERT_EQ(c.when.size(), 1u);
    EXPECT_TRUE(c.when[0].absent);
    EXPECT_TRUE(c.when[0].equals.isEmpty());

    EXPECT_EQ(c.tcp.support, Support::Yes);
    EXPECT_EQ(c.tcp.provenance.source, u"[example] lb.go l.10"_s);
    EXPECT_EQ(c.tcp.provenance.confidence, Confidence::High);
    EXPECT_EQ(c.udp.support, Support::No);
    EXPECT_EQ(c.udp.outcome, Outcome::Rejected);
    EXPECT_EQ(c.udp.note.ko, u"클래식 LB는 TCP만 지원합니다."_s);
    EXPECT_EQ(c.udp.provenance.confidence, Confidence::Medium);
    EXPECT_EQ(c.sctp.outcome, Outcome::Dropped);
    EXPECT_EQ(c.sctp.provenance.confidence, Confidence::Low);

    EXPECT_EQ(c.mixed.support, Support::Conditional);
    ASSERT_EQ(c.mixed.requires_.size(), 2u);
    EXPECT_EQ(c.mixed.requires_[0].equals, QStringList{u"true"_s});
    EXPECT_EQ(c.mixed.requires_[1].loadBalancerClass, QStringList{u"example.com/lb"_s});
    EXPECT_EQ(c.mixed.note.en, u"needs the mixed annotation"_s);
    EXPECT_EQ(c.mixedSamePort.support, Support::Unknown);
    EXPECT_FALSE(c.mixedSamePort.provenance.pos.line == 0);

    EXPECT_EQ(c.proxyProtocol.support.support, Support::Yes);
    ASSERT_EQ(c.proxyProtocol.annotations.size(), 1u);
    const sd::ProxyProtocolAnnotation &pa = c.proxyProtocol.annotations[0];
    EXPECT_EQ(pa.key, u"example.com/lb-proxy-protocol"_s);
    EXPECT_EQ(pa.values, (QStringList{u"*"_s, u"v1"_s, u"v2"_s, u"off"_s}));
    EXPECT_EQ(pa.enabling, (QStringList{u"*"_s, u"v1"_s, u"v2"_s}));
    EXPECT_EQ(pa.version, 1);
    const std::vector<std::pair<QString, int>> byValue{{u"v1"_s, 1}, {u"v2"_s, 2}};
    EXPECT_EQ(pa.versionByValue, byValue);
    EXPECT_EQ(pa.onUdp, Outcome::Ignored);
    EXPECT_EQ(pa.perPortJsonField, u"proxy-protocol"_s);
    EXPECT_EQ(pa.provenance.source, u"[example] proxy.go l.3"_s);

    const sd::Tls &t = c.tls;
    EXPECT_EQ(t.support.support, Support::Yes);
    EXPECT_EQ(t.certificateAnnotations, QStringList{u"example.com/lb-ssl-cert"_s});
    EXPECT_EQ(t.portsAnnotation, u"example.com/lb-ssl-ports"_s);
    EXPECT_FALSE(t.portsTrimmed);
    EXPECT_EQ(t.portsSeparator, u";"_s);
    EXPECT_FALSE(t.absentMeansAll);
    EXPECT_FALSE(t.starMeansAll);
    EXPECT_EQ(t.policyAnnotation, u"example.com/lb-ssl-policy"_s);
    EXPECT_EQ(t.policyValues, (QStringList{u"Policy-2016"_s, u"Policy-2023"_s}));
    EXPECT_EQ(t.alternativeAnnotations, QStringList{u"example.com/lb-tls-passthrough"_s});
    EXPECT_EQ(t.provenance.confidence, Confidence::Low);

    ASSERT_TRUE(c.backendProtocol.has_value());
    EXPECT_EQ(c.backendProtocol->key, u"example.com/lb-backend-protocol"_s);
    EXPECT_TRUE(c.backendProtocol->caseInsensitive);
    EXPECT_EQ(c.backendProtocol->httpValues, QStringList{u"HTTP"_s});
    EXPECT_EQ(c.backendProtocol->tlsValues, (QStringList{u"https"_s, u"ssl"_s}));
    EXPECT_EQ(c.healthCheckAnnotations, QStringList{u"example.com/lb-healthcheck-path"_s});
    EXPECT_EQ(c.appProtocol.support, Support::No);
    EXPECT_EQ(c.appProtocol.outcome, Outcome::Ignored);

    ASSERT_EQ(c.rejections.size(), 2u);
    EXPECT_EQ(c.rejections[0].code, u"session-affinity"_s);
    EXPECT_EQ(c.rejections[0].field, u"spec.sessionAffinity"_s);
    EXPECT_EQ(c.rejections[0].equals, QStringList{u"ClientIP"_s});
    EXPECT_FALSE(c.rejections[0].whenPresent);
    EXPECT_EQ(c.rejections[0].message.ko, u"지원하지 않는 어피니티"_s);
    EXPECT_TRUE(c.rejections[1].whenPresent);
    EXPECT_EQ(c.rejections[1].message.en, u"LoadBalancerIP cannot be specified"_s);

    const sd::ProfileVariant &n = p.variants[1];
    EXPECT_EQ(n.id, u"network"_s);
    EXPECT_EQ(n.name.en, u"Network LB"_s);
    EXPECT_FALSE(n.isDefault);
    EXPECT_EQ(n.udp.support, Support::Yes);
    EXPECT_FALSE(n.backendProtocol.has_value());
    EXPECT_EQ(n.tls.portsSeparator, u","_s);
    EXPECT_TRUE(n.tls.absentMeansAll);

    ASSERT_EQ(p.annotations.size(), 4u);
    EXPECT_EQ(p.annotations[0].type, u"enum"_s);
    EXPECT_EQ(p.annotations[0].values, (QStringList{u"nlb"_s, u"external"_s}));
    EXPECT_TRUE(p.annotations[0].caseInsensitive);
    EXPECT_EQ(p.annotations[0].description.ko, u"어떤 로드 밸런서"_s);
    EXPECT_EQ(p.annotations[1].minimum, 5);
    EXPECT_EQ(p.annotations[1].maximum, 300);
    EXPECT_EQ(p.annotations[1].variants, QStringList{u"network"_s});
    EXPECT_EQ(p.annotations[2].separator, u";"_s);
    EXPECT_TRUE(p.annotations[2].deprecated);
    EXPECT_EQ(p.annotations[2].replacedBy, u"example.com/lb-security-groups"_s);
    EXPECT_EQ(p.annotations[3].type, u"string"_s);
    EXPECT_FALSE(p.annotations[3].minimum.has_value());
    EXPECT_TRUE(p.annotations[3].isPattern());
}

TEST(ProfileLoader, KeepsThePositionOfEveryFact)
{
    const ProfileLoadResult r = load(u"valid.yaml"_s);
    ASSERT_NE(r.profile, nullptr) << listErrors(r.errors);
    const sd::ProfileVariant &c = r.profile->variants[0];
    EXPECT_EQ(c.tcp.provenance.pos, (sd::SourcePos{21, 12}));
    EXPECT_EQ(c.udp.provenance.pos.line, 23); // a block map is where its first key is
    EXPECT_EQ(c.proxyProtocol.support.provenance.pos.line, 37);
    EXPECT_EQ(c.proxyProtocol.annotations[0].provenance.pos.line, 39);
    EXPECT_EQ(c.tls.provenance.pos.line, 49);
    EXPECT_EQ(c.backendProtocol->provenance.pos.line, 62);
    EXPECT_EQ(c.rejections[1].provenance.pos.line, 78);
    EXPECT_EQ(r.profile->annotations[0].provenance.pos.line, 91);
    EXPECT_EQ(r.profile->provenance.pos.line, 2);
    // A fact that is not in the file has no position.
    EXPECT_FALSE(r.profile->variants[1].mixed.provenance.pos.isValid());
}

TEST(ProfileLoader, ReadsBothFormsOfLocalizedText)
{
    const QByteArray yaml = "format: 1\n"
                            "id: t\n"
                            "name: Plain\n"
                            "description: {en: English, ko: 한국어}\n"
                            "variants:\n"
                            "  - id: v\n"
                            "    name: {en: Only English}\n"
                            "    default: true\n"
                            "    protocols:\n"
                            "      TCP: {support: yes, source: s, confidence: H}\n"
                            "      UDP: {support: yes, source: s, confidence: H}\n"
                            "      SCTP: {support: no, source: s, confidence: H}\n";
    const ProfileLoadResult r = sd::loadProfile(yaml, u"inline.yaml"_s);
    ASSERT_NE(r.profile, nullptr) << listErrors(r.errors);
    EXPECT_EQ(r.profile->name.en, u"Plain"_s);
    EXPECT_TRUE(r.profile->name.ko.isEmpty());
    EXPECT_EQ(r.profile->description.en, u"English"_s);
    EXPECT_EQ(r.profile->description.ko, u"한국어"_s);
    EXPECT_EQ(r.profile->variants[0].name.en, u"Only English"_s);
    EXPECT_EQ(r.profile->filePath, u"inline.yaml"_s);
}

// Stands in for the Korean catalogue (this test does not link the translations library): it
// translates only the language code that LocalizedText::text() asks for.
class KoreanLanguageCode final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "sd::providers") == 0 && qstrcmp(sourceText, "en") == 0)
            return u"ko"_s;
        return {};
    }
};

TEST(LocalizedText, FollowsTheInstalledTranslation)
{
    const sd::LocalizedText both{u"Load balancer"_s, u"로드 밸런서"_s};
    const sd::LocalizedText english{u"English only"_s, {}};
    EXPECT_EQ(sd::currentLanguage(), u"en"_s);
    EXPECT_EQ(both.text(), u"Load balancer"_s);

    KoreanLanguageCode korean;
    ASSERT_TRUE(QCoreApplication::installTranslator(&korean));
    EXPECT_EQ(sd::currentLanguage(), u"ko"_s);
    EXPECT_EQ(both.text(), u"로드 밸런서"_s);
    EXPECT_EQ(english.text(), u"English only"_s); // no Korean: the English text
    QCoreApplication::removeTranslator(&korean);

    EXPECT_EQ(both.text(), u"Load balancer"_s);
}

TEST(ProfileError, PrintsFileLineColumnFieldAndMessage)
{
    const ProfileError e{u"aws.yaml"_s, 7, 5, u"variants[0].colour"_s, u"unknown key"_s};
    EXPECT_EQ(e.toString(), u"aws.yaml:7:5: variants[0].colour: unknown key"_s);
    const ProfileError syntax{u"aws.yaml"_s, 3, 1, {}, u"bad"_s};
    EXPECT_EQ(syntax.toString(), u"aws.yaml:3:1: bad"_s);
    const ProfileError noPlace{u"aws.yaml"_s, 0, 0, {}, u"cannot read"_s};
    EXPECT_EQ(noPlace.toString(), u"aws.yaml: cannot read"_s);
}

TEST(ProfileLoader, UnknownKeyNamesTheKeyAndTheAllowedOnes)
{
    const ProfileLoadResult r = load(u"broken/unknown-key.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    ASSERT_EQ(r.errors.size(), 1u) << listErrors(r.errors);
    EXPECT_EQ(r.errors[0].file, dataPath(u"broken/unknown-key.yaml"_s));
    expectError(r, u"variants[0].colour"_s, 7, 5, {u"colour"_s, u"protocols"_s, u"mixedSamePort"_s});
}

TEST(ProfileLoader, AnnotationAliasesNeedBothPrefixes)
{
    const ProfileLoadResult r = load(u"broken/alias.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    EXPECT_EQ(r.errors.size(), 3u) << listErrors(r.errors);
    expectError(r, u"annotationAliases[0].for"_s, 5, 5, {u"\"for\""_s});
    expectError(r, u"annotationAliases[1].prefix"_s, 6, 14, {u"empty"_s});
    expectError(r, u"annotationAliases[1].colour"_s, 6, 52, {u"colour"_s, u"prefix"_s});
}

TEST(ProfileLoader, DuplicateVariantId)
{
    const ProfileLoadResult r = load(u"broken/duplicate-variant.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    ASSERT_EQ(r.errors.size(), 1u) << listErrors(r.errors);
    expectError(r, u"variants[1].id"_s, 11, 9, {u"only"_s, u"5"_s});
}

TEST(ProfileLoader, NoDefaultVariant)
{
    const ProfileLoadResult r = load(u"broken/no-default.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    ASSERT_EQ(r.errors.size(), 1u) << listErrors(r.errors);
    expectError(r, u"variants"_s, 5, 3, {u"default: true"_s});
}

TEST(ProfileLoader, TwoDefaultVariants)
{
    const ProfileLoadResult r = load(u"broken/two-defaults.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    ASSERT_EQ(r.errors.size(), 1u) << listErrors(r.errors);
    expectError(r, u"variants[1].default"_s, 12, 14, {u"first"_s});
}

TEST(ProfileLoader, BadEnumValuesListTheAllowedOnes)
{
    const ProfileLoadResult r = load(u"broken/bad-enum.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    EXPECT_EQ(r.errors.size(), 5u) << listErrors(r.errors);
    expectError(r, u"kind"_s, 4, 7, {u"cloudy"_s, u"controller"_s});
    expectError(r, u"variants[0].protocols.UDP.support"_s, 10, 22, {u"maybe"_s, u"conditional"_s});
    expectError(r, u"variants[0].protocols.UDP.outcome"_s, 10, 38, {u"refused"_s, u"dropped"_s});
    expectError(r, u"variants[0].protocols.UDP.confidence"_s, 10, 70, {u"high"_s, u"H, M, L"_s});
    expectError(r, u"annotations[0].type"_s, 13, 32, {u"number"_s, u"cidrList"_s});
}

TEST(ProfileLoader, SyntaxErrorGivesTheParsersPosition)
{
    const ProfileLoadResult r = load(u"broken/syntax-error.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    ASSERT_EQ(r.errors.size(), 1u) << listErrors(r.errors);
    EXPECT_TRUE(r.errors[0].field.isEmpty());
    EXPECT_GE(r.errors[0].line, 8) << listErrors(r.errors);
    EXPECT_GT(r.errors[0].column, 0);
    EXPECT_FALSE(r.errors[0].message.isEmpty());
}

TEST(ProfileLoader, MissingRequiredKeys)
{
    const ProfileLoadResult r = load(u"broken/missing.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    EXPECT_EQ(r.errors.size(), 5u) << listErrors(r.errors);
    expectError(r, u"id"_s, 1, 1, {u"\"id\""_s});
    expectError(r, u"variants[0].id"_s, 4, 5, {u"\"id\""_s});
    expectError(r, u"variants[0].protocols.TCP.confidence"_s, 6, 12, {u"\"confidence\""_s});
    expectError(r, u"variants[0].protocols.UDP.support"_s, 7, 12, {u"\"support\""_s});
    expectError(r, u"variants[0].protocols.SCTP"_s, 6, 7, {u"\"SCTP\""_s});
}

TEST(ProfileLoader, WrongTypesSayWhatWasExpected)
{
    const ProfileLoadResult r = load(u"broken/wrong-type.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    EXPECT_EQ(r.errors.size(), 7u) << listErrors(r.errors);
    expectError(r, u"name"_s, 3, 7, {u"a list"_s});
    expectError(r, u"handlesUnclassed"_s, 4, 19, {u"true or false"_s, u"\"yes\""_s});
    expectError(r, u"annotationPrefixes"_s, 5, 21, {u"a list"_s});
    expectError(r,
                u"variants[0].proxyProtocol.annotations[0].version"_s,
                15,
                45,
                {u"an integer"_s, u"two"_s});
    expectError(r,
                u"variants[0].proxyProtocol.annotations[0].versionByValue.v9"_s,
                15,
                71,
                {u"3"_s, u"1 to 2"_s});
    expectError(r, u"annotations[0].maximum"_s, 17, 48, {u"1"_s, u"10"_s});
    expectError(r, u"annotations[0].variants[0]"_s, 17, 62, {u"nope"_s});
}

TEST(ProfileLoader, UnsupportedFormatStopsReading)
{
    const ProfileLoadResult r = load(u"broken/format.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    // The unknown key comes first; nothing after the format is read.
    ASSERT_EQ(r.errors.size(), 2u) << listErrors(r.errors);
    expectError(r, u"colour"_s, 3, 1, {u"colour"_s});
    expectError(r, u"format"_s, 1, 9, {u"2"_s, u"1"_s});
}

TEST(ProfileLoader, SelectorRules)
{
    const ProfileLoadResult r = load(u"broken/selectors.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    EXPECT_EQ(r.errors.size(), 7u) << listErrors(r.errors);
    expectError(r, u"name.fr"_s, 3, 28, {u"fr"_s, u"en, ko"_s});
    expectError(r, u"ignoredWhen[0]"_s, 5, 5, {u"annotation"_s, u"loadBalancerClass"_s});
    expectError(r, u"ignoredWhen[1].loadBalancerClass"_s, 6, 40, {u"not both"_s});
    expectError(r, u"ignoredWhen[2].absent"_s, 7, 29, {u"equals"_s});
    expectError(r, u"ignoredWhen[3].loadBalancerClass"_s, 8, 25, {});
    expectError(r, u"ignoredWhen[3].caseInsensitive"_s, 8, 46, {u"caseInsensitive"_s});
    expectError(r, u"variants[0].rejections[0]"_s, 17, 9, {u"equals"_s, u"whenPresent"_s});
}

TEST(ProfileLoader, ReadsRulesPortSettingsAndCatalogueEntries)
{
    const ProfileLoadResult r = load(u"rules.yaml"_s);
    ASSERT_TRUE(r.errors.empty()) << listErrors(r.errors);
    const sd::ProviderProfile &p = *r.profile;
    ASSERT_EQ(p.sources.size(), 2u);
    EXPECT_EQ(p.sources[0].tag, u"ccm"_s);
    EXPECT_EQ(p.sources[0].repository, u"example/cloud-controller"_s);
    EXPECT_EQ(p.sources[0].commit, u"0123abc"_s);
    // A tag stands for repository@commit wherever it is in a source.
    EXPECT_EQ(p.provenance.source, u"example/cloud-controller@0123abc pkg/handled.go:10"_s);
    ASSERT_EQ(p.rejections.size(), 2u);
    EXPECT_EQ(p.rejections[0].provenance.source,
              u"example/cloud-controller@0123abc pkg/ports.go:50 and example/docs@89abcdef0123 "
              u"tls.md:3"_s);

    ASSERT_EQ(p.handlesUnclassedWhen.size(), 1u);
    const sd::Selector &either = p.handlesUnclassedWhen[0];
    ASSERT_EQ(either.anyOf.size(), 2u);
    EXPECT_EQ(either.anyOf[0].equals, QStringList{u"nlb-ip"_s});
    ASSERT_EQ(either.anyOf[1].allOf.size(), 2u);
    EXPECT_EQ(either.anyOf[1].allOf[1].annotation, u"example.com/lb-target-type"_s);

    ASSERT_TRUE(p.portSettings);
    EXPECT_EQ(p.portSettings->annotation, u"example.com/lb-port-{port}"_s);
    ASSERT_EQ(p.portSettings->settings.size(), 2u);
    const sd::PortSetting &protocol = p.portSettings->settings[0];
    EXPECT_EQ(protocol.name, u"protocol"_s);
    EXPECT_EQ(protocol.jsonField, u"protocol"_s);
    EXPECT_EQ(protocol.annotations, QStringList{u"example.com/lb-default-protocol"_s});
    EXPECT_TRUE(protocol.fromPortProtocol);
    EXPECT_EQ(protocol.defaultValue, u"tcp"_s);
    EXPECT_TRUE(protocol.lowercase);
    EXPECT_FALSE(p.portSettings->settings[1].lowercase);

    const sd::Rejection &https = p.rejections[0];
    EXPECT_EQ(https.code, u"https-without-secret"_s);
    EXPECT_TRUE(https.forEachPort);
    EXPECT_EQ(https.path, u"spec.ports[].protocol"_s);
    EXPECT_EQ(https.outcome, Outcome::Rejected);
    ASSERT_EQ(https.when.size(), 2u);
    ASSERT_TRUE(https.when[0].port);
    EXPECT_EQ(https.when[0].port->setting, u"protocol"_s);
    EXPECT_EQ(https.when[0].port->equals, QStringList{u"https"_s});
    EXPECT_TRUE(https.when[1].port->absent);
    EXPECT_EQ(https.message.ko, u"https에는 시크릿이 필요합니다"_s);

    const sd::Rejection &local = p.rejections[1];
    EXPECT_EQ(local.outcome, Outcome::Ignored);
    ASSERT_EQ(local.when.size(), 4u);
    EXPECT_EQ(local.when[0].field, u"spec.externalTrafficPolicy"_s);
    EXPECT_EQ(local.when[1].item, QStringList{u"yes"_s});
    EXPECT_TRUE(local.when[1].negate);
    ASSERT_TRUE(local.when[2].port);
    EXPECT_EQ(local.when[2].port->protocol, QStringList{u"UDP"_s});
    EXPECT_EQ(local.when[2].port->inAnnotation, u"example.com/lb-ports"_s);
    EXPECT_TRUE(local.when[2].port->sharesNumber);
    EXPECT_TRUE(local.when[3].absent);

    const sd::ProfileVariant &v = p.variants[0];
    ASSERT_EQ(v.proxyProtocol.annotations.size(), 1u);
    EXPECT_TRUE(v.proxyProtocol.annotations[0].caseInsensitive);
    EXPECT_EQ(v.tls.unmatchedPorts, Outcome::Rejected);

    ASSERT_EQ(p.annotations.size(), 7u);
    const sd::AnnotationSpec &ports = p.annotations[0];
    EXPECT_EQ(ports.type, u"list"_s);
    EXPECT_EQ(ports.items, u"port"_s);
    EXPECT_FALSE(ports.trims());
    EXPECT_EQ(ports.separator, u";"_s);
    EXPECT_EQ(ports.onInvalid, Outcome::Rejected);
    EXPECT_TRUE(ports.emptyIgnored);
    EXPECT_EQ(ports.provenance.source, u"example/cloud-controller@0123abc pkg/annotations.go:1"_s);
    const sd::AnnotationSpec &mode = p.annotations[1];
    const std::vector<std::pair<QString, QString>> deprecatedValues{{u"internal"_s, u"Internal"_s},
                                                                    {u"legacy"_s, QString()}};
    EXPECT_EQ(mode.deprecatedValues, deprecatedValues);
    EXPECT_EQ(mode.onInvalid, Outcome::Ignored);
    EXPECT_FALSE(mode.trims());
    const std::vector<std::pair<QString, QString>> differsFrom{{u"aws"_s, u"reads it otherwise"_s}};
    EXPECT_EQ(mode.differsFrom, differsFrom);
    EXPECT_EQ(p.annotations[2].keys, (QStringList{u"team"_s, u"env"_s}));
    EXPECT_EQ(p.annotations[2].maxLength, 255);
    EXPECT_TRUE(p.annotations[2].trims());
    const sd::AnnotationSpec &port = p.annotations[3];
    EXPECT_TRUE(port.isPattern());
    ASSERT_EQ(port.fields.size(), 3u);
    EXPECT_EQ(port.fields[0].type, u"enum"_s);
    EXPECT_TRUE(port.fields[0].caseInsensitive);
    EXPECT_EQ(port.fields[1].type, u"string"_s);
    EXPECT_EQ(port.fields[2].type, u"int"_s);
    EXPECT_TRUE(p.annotations[4].keysArePortNames);
    EXPECT_TRUE(p.annotations[5].writtenByController);
    EXPECT_FALSE(p.annotations[5].read);
    EXPECT_EQ(p.annotations[6].type, u"duration"_s);
    EXPECT_TRUE(p.annotations[6].trims());
}

TEST(ProfileLoader, RuleAndCatalogueChecks)
{
    const ProfileLoadResult r = load(u"broken/rules.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    EXPECT_EQ(r.errors.size(), 18u) << listErrors(r.errors);
    expectError(r, u"sources.ccm.commit"_s, 5, 42, {u"hexadecimal"_s});
    expectError(r, u"sources.docs.repository"_s, 6, 9, {u"repository"_s});
    expectError(r, u"source"_s, 7, 9, {u"nope"_s, u"sources"_s});
    expectError(r, u"rejections[0]"_s, 9, 5, {u"equals"_s, u"when"_s});
    expectError(r, u"rejections[1]"_s, 10, 5, {u"field"_s});
    expectError(r, u"rejections[2].when[0].item"_s, 13, 34, {u"item"_s, u"field"_s});
    expectError(r, u"rejections[2].when[1].anyOf"_s, 14, 17, {});
    expectError(r, u"rejections[2].when[2].port.equals"_s, 15, 25, {u"setting"_s});
    expectError(r, u"rejections[2].when[3].port.setting"_s, 16, 26, {u"nope"_s});
    expectError(r, u"rejections[2].when[4].field"_s, 17, 32, {u"annotation"_s, u"not both"_s});
    expectError(r, u"rejections[2].when[5].port.protocol[0]"_s, 18, 28, {u"QUIC"_s, u"SCTP"_s});
    expectError(r, u"annotations[0].type"_s, 27, 20, {u"number"_s, u"parseBool"_s});
    expectError(r, u"annotations[1].items"_s, 28, 33, {u"words"_s, u"cidr"_s});
    expectError(r, u"annotations[2].values"_s, 29, 5, {u"enum"_s});
    expectError(r, u"annotations[3].deprecatedValues.a"_s, 30, 57, {u"B"_s});
    expectError(r, u"annotations[4].separator"_s, 31, 37, {});
    expectError(r, u"annotations[5].fields[0].name"_s, 32, 35, {u"name"_s});
}

TEST(ProfileLoader, EmptyAndMissingFiles)
{
    const ProfileLoadResult empty = load(u"broken/empty.yaml"_s);
    EXPECT_EQ(empty.profile, nullptr);
    ASSERT_EQ(empty.errors.size(), 1u);
    const ProfileLoadResult missing = load(u"no-such-file.yaml"_s);
    EXPECT_EQ(missing.profile, nullptr);
    ASSERT_EQ(missing.errors.size(), 1u);
    EXPECT_EQ(missing.errors[0].line, 0);
    EXPECT_EQ(missing.errors[0].file, dataPath(u"no-such-file.yaml"_s));
}

TEST(ProfileLoader, OneDocumentPerFile)
{
    const ProfileLoadResult r = sd::loadProfile("format: 1\n---\nid: x\n", u"two.yaml"_s);
    EXPECT_EQ(r.profile, nullptr);
    ASSERT_EQ(r.errors.size(), 1u) << listErrors(r.errors);
    EXPECT_EQ(r.errors[0].line, 3);
}

TEST(ProviderRegistry, LaterProfilesReplaceEarlierOnesInPlace)
{
    sd::ProviderRegistry registry;
    const std::vector<ProfileError> builtInErrors = registry.addDirectory(
        dataPath(u"registry/builtin"_s));
    // broken.yaml is reported and adds nothing; readme.txt is not read.
    ASSERT_EQ(builtInErrors.size(), 1u) << listErrors(builtInErrors);
    EXPECT_TRUE(builtInErrors[0].file.endsWith(u"broken.yaml"_s));
    EXPECT_EQ(registry.ids(), (QStringList{u"alpha"_s, u"beta"_s}));

    const std::vector<ProfileError> userErrors = registry.addDirectory(dataPath(u"registry/user"_s));
    // The user's beta.yaml has errors: it leaves the built-in beta in place.
    ASSERT_EQ(userErrors.size(), 1u) << listErrors(userErrors);
    EXPECT_TRUE(userErrors[0].file.endsWith(u"beta.yaml"_s));
    EXPECT_EQ(registry.ids(), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    ASSERT_NE(registry.find(u"alpha"_s), nullptr);
    EXPECT_EQ(registry.find(u"alpha"_s)->name.en, u"Alpha (user)"_s);
    EXPECT_EQ(registry.find(u"beta"_s)->name.en, u"Beta"_s);
    EXPECT_EQ(registry.profiles()[0], registry.find(u"alpha"_s));
    EXPECT_EQ(registry.find(u"delta"_s), nullptr);

    EXPECT_TRUE(registry.addDirectory(dataPath(u"registry/no-such-folder"_s)).empty());
}

TEST(ProviderRegistry, UserDirectoryOverridesBuiltIns)
{
    QStandardPaths::setTestModeEnabled(true);
    const QString userDir = sd::ProviderRegistry::userProfileDirectory();
    ASSERT_TRUE(userDir.endsWith(u"/providers"_s)) << userDir.toStdString();
    QDir(userDir).removeRecursively();
    ASSERT_TRUE(QDir().mkpath(userDir));
    ASSERT_TRUE(QFile::copy(dataPath(u"registry/user/alpha.yaml"_s), userDir + u"/alpha.yaml"_s));

    std::vector<ProfileError> errors;
    const sd::ProviderRegistry withUser
        = sd::ProviderRegistry::withBuiltIns(dataPath(u"registry/builtin"_s), true, &errors);
    EXPECT_EQ(errors.size(), 1u) << listErrors(errors); // the built-in broken.yaml
    EXPECT_EQ(withUser.ids(), (QStringList{u"alpha"_s, u"beta"_s}));
    EXPECT_EQ(withUser.find(u"alpha"_s)->name.en, u"Alpha (user)"_s);
    EXPECT_EQ(withUser.find(u"alpha"_s)->filePath, userDir + u"/alpha.yaml"_s);

    const sd::ProviderRegistry builtInOnly
        = sd::ProviderRegistry::withBuiltIns(dataPath(u"registry/builtin"_s), false, nullptr);
    EXPECT_EQ(builtInOnly.find(u"alpha"_s)->name.en, u"Alpha (built-in)"_s);

    QDir(userDir).removeRecursively();
    QStandardPaths::setTestModeEnabled(false);
}

TEST(BundledProfiles, EveryOneLoadsWithoutErrors)
{
    const QDir dir(sd::providerProfilesPath());
    const QStringList files = dir.entryList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty()) << "no profiles under " << dir.path().toStdString();
    for (const QString &name : files) {
        const ProfileLoadResult r = sd::loadProfileFile(dir.filePath(name));
        EXPECT_TRUE(r.errors.empty()) << listErrors(r.errors);
        ASSERT_NE(r.profile, nullptr) << name.toStdString();
        // One file per provider id, named after it.
        EXPECT_EQ(r.profile->id + u".yaml"_s, name);
    }
}

TEST(BundledProfiles, HaveExactlyTheKnownIds)
{
    std::vector<ProfileError> errors;
    const sd::ProviderRegistry registry
        = sd::ProviderRegistry::withBuiltIns(sd::providerProfilesPath(), false, &errors);
    EXPECT_TRUE(errors.empty()) << listErrors(errors);
    QStringList ids = registry.ids();
    ids.sort();
    QStringList expected = sdtest::controllerProviderIds() + QStringList{u"generic"_s, u"none"_s};
    expected.sort();
    EXPECT_EQ(ids, expected);
}

} // namespace
