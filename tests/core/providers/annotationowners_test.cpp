// SPDX-License-Identifier: GPL-3.0-or-later
// AnnotationOwners: every profile that may own a key (its catalogue, a pattern, a prefix or an
// alias says so) is among the candidates for the key, on hand-made profiles that leave the
// domain open and on every bundled profile with every key they know.

#include <gtest/gtest.h>

#include "model/providers/annotationowners.h"
#include "model/providers/profilematch.h"
#include "support/bundledproviders.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;
using namespace sd;

namespace {

std::shared_ptr<const ProviderProfile> profile(const QString &id,
                                               const QStringList &keys,
                                               const QStringList &prefixes = {},
                                               const QString &alias = {})
{
    auto p = std::make_shared<ProviderProfile>();
    p->id = id;
    for (const QString &key : keys) {
        AnnotationSpec spec;
        spec.key = key;
        p->annotations.push_back(spec);
    }
    p->annotationPrefixes = prefixes;
    if (!alias.isEmpty())
        p->annotationAliases.push_back({alias, u"a.example/"_s, {}});
    return p;
}

// Every profile for which the matching functions say it owns `key` is a candidate.
void expectOwnersAreCandidates(const std::vector<std::shared_ptr<const ProviderProfile>> &profiles,
                               const QString &key)
{
    const std::vector<int> &candidates = AnnotationOwners::of(profiles)->candidates(key);
    EXPECT_TRUE(std::is_sorted(candidates.begin(), candidates.end()));
    for (int i = 0; i < int(profiles.size()); ++i) {
        const ProviderProfile &p = *profiles[size_t(i)];
        if (findAnnotationSpec(p, key) || hasAnnotationPrefix(p, key)) {
            EXPECT_NE(std::find(candidates.begin(), candidates.end(), i), candidates.end())
                << p.id.toStdString() << " owns " << key.toStdString();
        }
    }
}

TEST(AnnotationOwners, CandidatesByDomain)
{
    const std::vector<std::shared_ptr<const ProviderProfile>> profiles{
        profile(u"a"_s, {u"a.example/x"_s, u"a.example/port-{port}"_s}),
        profile(u"b"_s, {u"b.example/x"_s}, {u"b.example/y-"_s}, u"b-alias.example/"_s),
        profile(u"open-pattern"_s, {u"c{N}.example/x"_s}),
        profile(u"open-prefix"_s, {}, {u"d"_s}),
        profile(u"no-slash"_s, {u"plain"_s}),
    };
    const AnnotationOwners &owners = *AnnotationOwners::of(profiles);
    EXPECT_EQ(owners.candidates(u"a.example/z"), (std::vector<int>{0, 2, 3}));
    EXPECT_EQ(owners.candidates(u"b.example/y-z"), (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(owners.candidates(u"b-alias.example/x"), (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(owners.candidates(u"prometheus.io/scrape"), (std::vector<int>{2, 3}));
    EXPECT_EQ(owners.candidates(u"plain"), (std::vector<int>{2, 3, 4}));
    for (const QString &key : {u"a.example/x"_s,
                               u"a.example/port-80"_s,
                               u"b.example/y-1"_s,
                               u"b-alias.example/x"_s,
                               u"c1.example/x"_s,
                               u"d.example/x"_s,
                               u"dx"_s,
                               u"plain"_s})
        expectOwnersAreCandidates(profiles, key);
}

TEST(AnnotationOwners, EveryKeyOfEveryBundledProfile)
{
    const auto &profiles = sdtest::bundledProviders().profiles();
    QStringList keys{u"prometheus.io/scrape"_s, u"plain"_s};
    for (const auto &p : profiles) {
        for (const AnnotationSpec &spec : p->annotations) {
            QString key = spec.key;
            keys << key.replace(u"{port}"_s, u"80"_s)
                        .replace(u"{N}"_s, u"1"_s)
                        .replace(u"{protocol}"_s, u"TCP"_s);
        }
        for (const QString &prefix : p->annotationPrefixes)
            keys << prefix + u"x"_s;
        for (const AnnotationAlias &alias : p->annotationAliases)
            keys << alias.prefix + u"x"_s;
    }
    for (const QString &key : keys)
        expectOwnersAreCandidates(profiles, key);
}

// The index follows the set: another set of profiles gets its own.
TEST(AnnotationOwners, OneIndexPerSet)
{
    const std::vector<std::shared_ptr<const ProviderProfile>> one{
        profile(u"a"_s, {u"a.example/x"_s})};
    const std::vector<std::shared_ptr<const ProviderProfile>> other{
        profile(u"b"_s, {u"b.example/x"_s})};
    const auto first = AnnotationOwners::of(one);
    EXPECT_EQ(AnnotationOwners::of(one), first);
    EXPECT_EQ(AnnotationOwners::of(other)->candidates(u"a.example/x"), std::vector<int>{});
    EXPECT_EQ(AnnotationOwners::of(one)->candidates(u"a.example/x"), std::vector<int>{0});
}

} // namespace
