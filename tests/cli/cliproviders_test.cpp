// SPDX-License-Identifier: GPL-3.0-or-later
// `service-designer-cli providers --format json`: every profile with its catalogue, rules and
// facts, each with its source, as the designer knows them (compared with the bundled profiles the
// model loads).

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "support/bundledproviders.h"
#include "support/clirun.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace {

QJsonArray profilesOf(const CliRun &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object().value(u"profiles"_s).toArray();
}

QJsonObject profileIn(const QJsonArray &profiles, const QString &id)
{
    for (const QJsonValue &p : profiles) {
        if (p.toObject().value(u"id"_s).toString() == id)
            return p.toObject();
    }
    return {};
}

TEST(CliProvidersJson, EveryProfileInFull)
{
    const CliRun r = cli({u"providers"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonArray profiles = profilesOf(r);
    const auto &bundled = sdtest::bundledProviders().profiles();
    ASSERT_EQ(profiles.size(), qsizetype(bundled.size()));
    for (const auto &p : bundled) {
        SCOPED_TRACE(p->id.toStdString());
        const QJsonObject o = profileIn(profiles, p->id);
        ASSERT_FALSE(o.isEmpty());
        const QJsonArray annotations = o.value(u"annotations"_s).toArray();
        ASSERT_EQ(annotations.size(), qsizetype(p->annotations.size()));
        size_t rules = p->rejections.size();
        for (const sd::ProfileVariant &v : p->variants)
            rules += v.rejections.size();
        size_t printed = o.value(u"rejections"_s).toArray().size();
        for (const QJsonValue &v : o.value(u"variants"_s).toArray())
            printed += v.toObject().value(u"rejections"_s).toArray().size();
        EXPECT_EQ(printed, rules);
        for (qsizetype i = 0; i < annotations.size(); ++i) {
            const QJsonObject a = annotations[i].toObject();
            const sd::AnnotationSpec &spec = p->annotations[size_t(i)];
            EXPECT_EQ(a.value(u"key"_s).toString(), spec.key);
            EXPECT_EQ(a.value(u"type"_s).toString(), spec.type);
            EXPECT_EQ(a.value(u"source"_s).toString(), spec.provenance.source);
            EXPECT_EQ(a.value(u"writtenByController"_s).toBool(), spec.writtenByController);
        }
    }
}

// Sources name the repository and commit in place of the profile's tag.
TEST(CliProvidersJson, SourcesNameRepositoryAndCommit)
{
    const CliRun r = cli({u"providers"_s, u"--format"_s, u"json"_s});
    const QJsonObject aws = profileIn(profilesOf(r), u"aws"_s);
    EXPECT_EQ(aws.value(u"sources"_s).toObject().value(u"aws-ccm"_s).toObject().value(u"repository"_s),
              u"kubernetes/cloud-provider-aws"_s);
    const QJsonArray variants = aws.value(u"variants"_s).toArray();
    ASSERT_FALSE(variants.isEmpty());
    const QJsonObject udp
        = variants[0].toObject().value(u"protocols"_s).toObject().value(u"UDP"_s).toObject();
    EXPECT_EQ(udp.value(u"support"_s), u"no"_s);
    EXPECT_EQ(udp.value(u"outcome"_s), u"rejected"_s);
    EXPECT_TRUE(udp.value(u"source"_s).toString().startsWith(u"kubernetes/cloud-provider-aws@"))
        << udp.value(u"source"_s).toString().toStdString();
    EXPECT_EQ(udp.value(u"confidence"_s), u"high"_s);
}

TEST(CliProvidersJson, UserProfilesAndBadFormats)
{
    QTemporaryDir home;
    const QString path = home.filePath(u"tiny.yaml"_s);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("format: 1\nid: tiny\nname: Tiny LB\nvariants:\n  - id: only\n    default: true\n"
            "    protocols:\n"
            "      TCP: {support: yes, source: test, confidence: H}\n"
            "      UDP: {support: no, outcome: rejected, source: test, confidence: H}\n"
            "      SCTP: {support: no, outcome: rejected, source: test, confidence: H}\n"
            "annotations:\n  - {key: tiny.example/mode, type: enum, values: [a, b]}\n");
    f.close();
    CliRun r = cliIn(home.path(), {u"providers"_s, u"--format"_s, u"json"_s, u"--profile"_s, path});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QJsonObject tiny = profileIn(profilesOf(r), u"tiny"_s);
    EXPECT_EQ(tiny.value(u"annotations"_s).toArray().size(), 1);

    r = cli({u"providers"_s, u"--format"_s, u"yaml"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_TRUE(r.err.contains("yaml")) << r.err.constData();
}

} // namespace
