// SPDX-License-Identifier: GPL-3.0-or-later
// Every finding of a varied set of manifests, without a provider and on every bundled profile,
// against one golden file (data/golden/findings.txt): severity, code, path, position, message,
// the fix's label and the source. A change that means to keep the findings (a faster validator)
// shows here that it did; one that changes them shows how, in the file's diff.
//
// The manifests: every file of ../shared/reference/realworld as written and with each Service made
// a LoadBalancer (so that the provider rules look at it), the Services of the benchmarks
// (benchmarks/generated.h), and for each bundled profile a Service with every key of its
// annotation catalogue and a misspelling of one (whose annotations, on the other profiles, belong
// to another provider or variant).
//
// SD_UPDATE_GOLDEN=1 in the environment writes the file anew instead of comparing.

#include <map>
#include <optional>

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>

#include "benchmarks/generated.h"
#include "model/io/manifest.h"
#include "support/bundledproviders.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;
using namespace sd;

namespace {

struct Input
{
    QString name;
    Manifest manifest;
};

// Every Service of the manifest with spec.type LoadBalancer (those with a spec), or nullopt
// when they all are already.
std::optional<Manifest> asLoadBalancers(Manifest m)
{
    bool changed = false;
    for (const ServiceRef ref : m.services()) {
        ServiceSpec *spec = m.service(ref).spec.get();
        if (spec && spec->type.get() != nullptr && *spec->type.get() == ServiceType::LoadBalancer)
            continue;
        if (spec) {
            spec->type.set(ServiceType::LoadBalancer);
            changed = true;
        }
    }
    return changed ? std::optional<Manifest>(std::move(m)) : std::nullopt;
}

// A catalogue key with its placeholders filled in: `{port}` and `{N}` with 80, `{protocol}` TCP.
QString instantiated(QString key)
{
    return key.replace(u"{port}"_s, u"80"_s)
        .replace(u"{N}"_s, u"80"_s)
        .replace(u"{protocol}"_s, u"TCP"_s);
}

// The kinds of catalogue entries the rules treat differently.
enum class EntryKind { Plain, Pattern, OfSomeVariants, Deprecated, Written };

EntryKind kindOf(const AnnotationSpec &spec)
{
    if (spec.isPattern())
        return EntryKind::Pattern;
    if (!spec.variants.isEmpty())
        return EntryKind::OfSomeVariants;
    if (spec.deprecated)
        return EntryKind::Deprecated;
    if (spec.writtenByController)
        return EntryKind::Written;
    return EntryKind::Plain;
}

// A LoadBalancer Service with the first key of each kind of the profile's catalogue (the
// first of its values, else "x"), the first key once more under each alias prefix, and the first
// key misspelt. Every key would make the file ten times as large and test nothing more.
QByteArray catalogueService(const ProviderProfile &profile)
{
    QByteArray out = "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: catalogue-"
                     + profile.id.toUtf8() + "\n  annotations:\n";
    QStringList keys;
    std::map<EntryKind, int> taken;
    for (const AnnotationSpec &spec : profile.annotations) {
        const QString key = instantiated(spec.key);
        if (keys.contains(key) || ++taken[kindOf(spec)] > 1)
            continue;
        keys << key;
        out += "    " + sdtest::yamlQuoted(key) + ": "
               + sdtest::yamlQuoted(spec.values.value(0, u"x"_s)) + '\n';
    }
    if (!keys.isEmpty()) {
        const QString first = keys.front();
        for (const AnnotationAlias &alias : profile.annotationAliases) {
            if (first.startsWith(alias.for_)) {
                out += "    " + sdtest::yamlQuoted(alias.prefix + first.mid(alias.for_.size()))
                       + ": x\n";
            }
        }
        QString misspelt = first;
        std::swap(misspelt[misspelt.size() - 1], misspelt[misspelt.size() - 2]);
        out += "    " + sdtest::yamlQuoted(misspelt) + ": x\n";
    }
    out += "spec:\n  type: LoadBalancer\n  selector: {app: a}\n  ports:\n"
           "  - {name: http, port: 80, targetPort: 8080}\n"
           "  - {name: https, port: 443, targetPort: 8443}\n"
           "  - {name: dns, port: 53, protocol: UDP}\n";
    return out;
}

std::vector<Input> inputs()
{
    std::vector<Input> list;
    const QDir realworld(QString::fromUtf8(SD_REALWORLD_DIR));
    for (const QString &file : realworld.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name)) {
        QFile f(realworld.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Manifest m = Manifest::fromBytes(f.readAll());
        if (m.services().empty())
            continue;
        list.push_back({u"realworld/"_s + file, m});
        if (std::optional<Manifest> lb = asLoadBalancers(m))
            list.push_back({u"realworld/"_s + file + u" as LoadBalancer"_s, std::move(*lb)});
    }
    list.push_back({u"generated (4 ports)"_s, Manifest::fromBytes(bench::generatedManifest(1))});
    list.push_back({u"generated (LoadBalancer, 4 ports)"_s,
                    Manifest::fromBytes(bench::generatedManifest(1, 4, "LoadBalancer"))});
    list.push_back({u"generated (LoadBalancer, 10 ports)"_s,
                    Manifest::fromBytes(bench::generatedManifest(1, 10, "LoadBalancer"))});
    QByteArray catalogues;
    for (const auto &profile : sdtest::bundledProviders().profiles())
        catalogues += catalogueService(*profile);
    list.push_back({u"catalogues"_s, Manifest::fromBytes(catalogues)});
    return list;
}

struct Target
{
    QString name;
    Environment environment;
};

// The bundled profile `id` chosen, every bundled profile known.
Environment on(const QString &id)
{
    Environment e;
    e.platform.provider = sdtest::bundledProfile(id);
    e.platform.knownProviders = sdtest::bundledProviders().profiles();
    return e;
}

std::vector<Target> targets()
{
    std::vector<Target> list;
    list.push_back({u"no provider"_s, {}});
    Environment cluster;
    cluster.version = KubernetesVersion::V1_31;
    cluster.cluster.serviceCidrs = {u"10.96.0.0/12"_s, u"fd00:10:96::/112"_s};
    cluster.cluster.nodePortMin = 30000;
    cluster.cluster.nodePortMax = 32767;
    list.push_back({u"no provider, 1.31, known CIDRs and node ports"_s, cluster});
    for (const QString &id : sdtest::bundledProviders().ids())
        list.push_back({id, on(id)});
    Environment windows = on(u"generic"_s);
    windows.platform.nodeOs = NodeOs::Windows;
    windows.platform.cniSctp = false;
    list.push_back({u"generic, Windows nodes, no SCTP"_s, windows});
    Environment mixed = on(u"aws"_s);
    mixed.platform.nodeOs = NodeOs::Mixed;
    mixed.platform.cniMultihomed = true;
    list.push_back({u"aws, mixed nodes, multihomed"_s, mixed});
    Environment alone = on(u"gke"_s);
    alone.platform.knownProviders.clear();
    list.push_back({u"gke, no other profile known"_s, alone});
    return list;
}

QString describe(const Finding &f)
{
    QString line = u"  "_s + severityName(f.severity) + u' ' + f.code + u' ' + f.path.toString()
                   + u" @" + QString::number(f.pos.line) + u':' + QString::number(f.pos.column)
                   + u' ' + f.message;
    if (f.fix)
        line += u" [fix: "_s + f.fix->label + u']';
    // The source by where it stands in its profile and a digest of its text, which is long.
    if (f.provenance) {
        const QByteArray digest = QCryptographicHash::hash(f.provenance->source.toUtf8(),
                                                           QCryptographicHash::Md5)
                                      .toHex()
                                      .left(8);
        line += u" [source: "_s + QString::number(f.provenance->pos.line) + u':'
                + QString::number(f.provenance->pos.column) + u' ' + QString::fromLatin1(digest)
                + u' ' + confidenceName(f.provenance->confidence) + u']';
    }
    return line;
}

// One section per manifest and environment; a section the same as an earlier one of that
// manifest names that one instead (most files get the same findings on most profiles).
QByteArray findingsText()
{
    const std::vector<Input> manifests = inputs();
    const std::vector<Target> environments = targets();
    QString out;
    for (const Input &input : manifests) {
        const ManifestIndex index(input.manifest);
        QHash<QString, QString> seen; // section -> the first environment that gave it
        for (const Target &target : environments) {
            QString section;
            for (const ServiceRef ref : input.manifest.services()) {
                section += input.manifest.service(ref).name() + u":\n"_s;
                for (const Finding &f :
                     validateInManifest(input.manifest, index, ref, target.environment))
                    section += describe(f) + u'\n';
            }
            out += u"# "_s + input.name + u" on "_s + target.name;
            if (const auto it = seen.constFind(section); it != seen.cend()) {
                out += u": the same as on "_s + *it + u'\n';
                continue;
            }
            seen.insert(section, target.name);
            out += u'\n' + section;
        }
    }
    return out.toUtf8();
}

const char *const kGolden = SD_TEST_DATA_DIR "/golden/findings.txt";

TEST(FindingsGolden, EveryManifestOnEveryProfile)
{
    ASSERT_FALSE(QDir(QString::fromUtf8(SD_REALWORLD_DIR)).isEmpty())
        << "the realworld corpus is missing: " << SD_REALWORLD_DIR;
    const QByteArray actual = findingsText();
    QFile golden(QString::fromUtf8(kGolden));
    if (qEnvironmentVariableIntValue("SD_UPDATE_GOLDEN") != 0) {
        ASSERT_TRUE(QDir().mkpath(QFileInfo(golden).path()));
        ASSERT_TRUE(golden.open(QIODevice::WriteOnly));
        golden.write(actual);
        GTEST_SKIP() << "wrote " << kGolden;
    }
    ASSERT_TRUE(golden.open(QIODevice::ReadOnly)) << kGolden;
    const QByteArray expected = golden.readAll();
    if (actual == expected)
        return;
    // The first line that differs, rather than megabytes of both.
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    qsizetype i = 0;
    while (i < a.size() && i < e.size() && a[i] == e[i])
        ++i;
    FAIL() << "findings differ from " << kGolden << " at line " << i + 1
           << "\nexpected: " << e.value(i).toStdString()
           << "\nactual:   " << a.value(i).toStdString()
           << "\n(SD_UPDATE_GOLDEN=1 rewrites the file)";
}

} // namespace
