// SPDX-License-Identifier: GPL-3.0-or-later
// The validator makes the texts of provider verdicts, of provider names and of the SCTP note
// once per thread, profile and language, and hands the same text to every Service that gets it.
// These tests check that the texts handed out are those a fresh check makes: in the language of
// the moment, for the profile chosen, with the Service's own numbers.

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include "support/bundledproviders.h"
#include "support/qtprinters.h"
#include "translations/i18n.h"

namespace {

using namespace Qt::StringLiterals;

class FindingTextsTest : public ::testing::Test
{
protected:
    void TearDown() override { setLanguage(QLocale::English); }

    static void setLanguage(QLocale::Language language)
    {
        sd::installTranslators(*QCoreApplication::instance(), QLocale(language));
    }
};

// A LoadBalancer of the NLB on the AWS profile: SCTP (refused), TCP and UDP (mixed, refused).
const QByteArray kNlb = R"(apiVersion: v1
kind: Service
metadata:
  name: nlb
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: nlb
spec:
  type: LoadBalancer
  selector:
    app: a
  ports:
  - name: http
    port: 80
  - name: dns
    protocol: UDP
    port: 53
  - name: sig
    protocol: SCTP
    port: 3868
)";

// "code: message" of each finding, with the fix's label when there is one.
QStringList texts(const std::vector<sd::Finding> &findings)
{
    QStringList out;
    for (const sd::Finding &f : findings) {
        out << f.code + u": " + f.message + (f.fix ? u" [" + f.fix->label + u']' : QString());
    }
    return out;
}

bool hasHangul(const QString &text)
{
    static const QRegularExpression hangul(u"[\\x{AC00}-\\x{D7A3}]"_s);
    return text.contains(hangul);
}

const sd::Finding *findingOf(const std::vector<sd::Finding> &findings, QStringView code)
{
    for (const sd::Finding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

// The verdicts on kNlb and the SCTP note are there, in Korean or not.
void expectMessagesInKorean(const std::vector<sd::Finding> &findings, bool korean)
{
    for (const QString &code : {u"provider-sctp-unsupported"_s,
                                u"provider-mixed-protocols"_s,
                                u"platform-sctp-multihoming"_s}) {
        const sd::Finding *f = findingOf(findings, code);
        ASSERT_NE(f, nullptr) << code.toStdString();
        EXPECT_EQ(hasHangul(f->message), korean) << f->message.toStdString();
    }
}

TEST_F(FindingTextsTest, VerdictsAndNotesFollowTheLanguageOfTheMoment)
{
    const sd::Service service = sdtest::serviceFromYaml(kNlb);
    const std::vector<sd::Finding> english = sdtest::validateOn(u"aws"_s, service);
    expectMessagesInKorean(english, false);

    setLanguage(QLocale::Korean);
    const std::vector<sd::Finding> korean = sdtest::validateOn(u"aws"_s, service);
    ASSERT_EQ(korean.size(), english.size());
    expectMessagesInKorean(korean, true);
    // The provider and variant names of the profile are in Korean too.
    EXPECT_TRUE(findingOf(korean, u"provider-sctp-unsupported")->message.contains(u"네트워크"));
    EXPECT_TRUE(hasHangul(findingOf(korean, u"provider-sctp-unsupported")->fix->label));

    setLanguage(QLocale::English);
    EXPECT_EQ(texts(sdtest::validateOn(u"aws"_s, service)), texts(english));
}

TEST_F(FindingTextsTest, TextsHandedOutAgainAreThoseMadeTheFirstTime)
{
    const sd::Service service = sdtest::serviceFromYaml(kNlb);
    const std::vector<sd::Finding> first = sdtest::validateOn(u"aws"_s, service);
    const std::vector<sd::Finding> again = sdtest::validateOn(u"aws"_s, service);
    ASSERT_EQ(texts(again), texts(first));
    for (size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(again[i].severity, first[i].severity);
        EXPECT_EQ(again[i].path, first[i].path);
        EXPECT_EQ(again[i].provenance.has_value(), first[i].provenance.has_value());
        if (first[i].provenance && again[i].provenance) {
            EXPECT_EQ(again[i].provenance->source, first[i].provenance->source);
        }
    }
    // The fix handed out again still edits this Service (it is not the first Service's).
    const sd::Finding *sctp = findingOf(again, u"provider-sctp-unsupported");
    ASSERT_NE(sctp, nullptr);
    ASSERT_TRUE(sctp->fix.has_value());
    sd::Service fixed = service;
    sctp->fix->apply(fixed);
    EXPECT_EQ(findingOf(sdtest::validateOn(u"aws"_s, fixed), u"provider-sctp-unsupported"), nullptr);
}

TEST_F(FindingTextsTest, AnotherProfileNamesItself)
{
    const sd::Service service = sdtest::serviceFromYaml(kNlb);
    const sd::Finding *onAws = nullptr;
    const std::vector<sd::Finding> aws = sdtest::validateOn(u"aws"_s, service);
    onAws = findingOf(aws, u"provider-sctp-unsupported");
    ASSERT_NE(onAws, nullptr);
    EXPECT_TRUE(onAws->message.contains(u"AWS")) << onAws->message.toStdString();

    const std::vector<sd::Finding> gke = sdtest::validateOn(u"gke"_s, service);
    int onGke = 0;
    for (const sd::Finding &f : gke) {
        if (!f.code.startsWith(u"provider-") || f.code == u"provider-annotation-other-provider")
            continue;
        ++onGke;
        EXPECT_TRUE(f.message.contains(u"GKE")) << f.message.toStdString();
        EXPECT_FALSE(f.message.contains(u"AWS")) << f.message.toStdString();
    }
    EXPECT_GT(onGke, 0);
}

// An annotation of another provider is named as that provider's for as long as it is one of the
// known providers, and under its name in the language of the moment.
TEST_F(FindingTextsTest, OtherProvidersAreTheKnownOnesOfTheMoment)
{
    const sd::Service service = sdtest::serviceFromYaml(R"(apiVersion: v1
kind: Service
metadata:
  name: lb
  annotations:
    cloud.google.com/l4-rbs: enabled
spec:
  type: LoadBalancer
  selector:
    app: a
  ports:
  - port: 80
)");
    sd::Environment env;
    env.platform.provider = sdtest::bundledProfile(u"aws"_s);
    env.platform.knownProviders = sdtest::bundledProviders().profiles();
    const auto otherProvider = [&] {
        const std::vector<sd::Finding> findings = sd::validateService(service, env);
        const sd::Finding *f = findingOf(findings, u"provider-annotation-other-provider");
        return f ? f->message : QString();
    };
    const QString english = otherProvider();
    EXPECT_TRUE(english.contains(u"Google Kubernetes Engine")) << english.toStdString();
    EXPECT_EQ(otherProvider(), english);

    setLanguage(QLocale::Korean);
    EXPECT_TRUE(hasHangul(otherProvider())) << otherProvider().toStdString();
    setLanguage(QLocale::English);

    std::erase_if(env.platform.knownProviders, [](const auto &p) { return p->id == u"gke"; });
    EXPECT_EQ(otherProvider(), QString());
}

// TCP and UDP on one port number, which the aws-lbc profile allows only with an annotation: the
// verdict names the port of the Service it is about.
TEST_F(FindingTextsTest, SamePortVerdictsNameTheirOwnPort)
{
    const auto serviceOn = [](int port) {
        return sdtest::serviceFromYaml(QByteArray(R"(apiVersion: v1
kind: Service
metadata:
  name: dns
spec:
  type: LoadBalancer
  loadBalancerClass: service.k8s.aws/nlb
  selector:
    app: dns
  ports:
  - name: tcp
    protocol: TCP
    port: )") + QByteArray::number(port)
                                       + R"(
  - name: udp
    protocol: UDP
    port: )" + QByteArray::number(port) + "\n");
    };
    for (const int port : {53, 54, 53}) {
        const std::vector<sd::Finding> findings = sdtest::validateOn(u"aws-lbc"_s, serviceOn(port));
        const sd::Finding *f = findingOf(findings, u"provider-mixed-same-port");
        ASSERT_NE(f, nullptr) << port;
        EXPECT_TRUE(f->message.contains(u'(' + QString::number(port) + u')'))
            << f->message.toStdString();
        EXPECT_FALSE(f->message.contains(u'(' + QString::number(port == 53 ? 54 : 53) + u')'))
            << f->message.toStdString();
    }
}

} // namespace
