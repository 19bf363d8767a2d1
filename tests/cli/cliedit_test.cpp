// SPDX-License-Identifier: GPL-3.0-or-later
// `service-designer-cli edit`: field paths and values on the command line, the file's other bytes
// kept, the same bytes as the designer writes, and nothing written when anything is wrong.
#include <gtest/gtest.h>

#include <QTemporaryDir>

#include "model/domain/textdiff.h"
#include "model/io/manifest.h"
#include "model/io/serviceedit.h"
#include "support/clirun.h"
#include "support/qtprinters.h"
#include "support/testfiles.h"

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

const QByteArray web = "# The shop's front end.\n"
                       "apiVersion: v1\n"
                       "kind: Service\n"
                       "metadata:\n"
                       "  name: web # public name\n"
                       "  namespace: shop\n"
                       "spec:\n"
                       "  # ports the world sees\n"
                       "  ports:\n"
                       "  - name: http\n"
                       "    port: 80 # public\n"
                       "    targetPort: http\n"
                       "  selector:\n"
                       "    app: web\n";

const QByteArray two = web
                       + "---\n"
                         "apiVersion: v1\n"
                         "kind: Service\n"
                         "metadata:\n"
                         "  name: web\n"
                         "spec:\n"
                         "  ports:\n"
                         "  - port: 53 # dns\n"
                         "    protocol: UDP\n";

class CliEdit : public testing::Test
{
protected:
    QString file(const QByteArray &bytes, const QString &name = u"web.yaml"_s)
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(writeFile(path, bytes));
        return path;
    }

    QTemporaryDir m_dir;
};

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    EXPECT_TRUE(text.contains(from)) << from.toStdString();
    return text.replace(from, to);
}

} // namespace

TEST_F(CliEdit, ChangesOnlyTheEditedBytesAndWritesToStandardOutput)
{
    const QString path = file(web);
    const CliRun r = cli({u"edit"_s, u"--set"_s, u"spec.ports[name=http].port=8081"_s, path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, replaced(web, "port: 80 # public", "port: 8081 # public"));
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_EQ(readFile(path), web); // not in place unless asked
}

TEST_F(CliEdit, WritesInPlaceOrToAFile)
{
    const QString path = file(web);
    const QString out = m_dir.filePath(u"out.yaml"_s);
    CliRun r = cli({u"edit"_s,
                    u"--set"_s,
                    u"metadata.annotations[service.beta.kubernetes.io/aws-load-balancer-type]=nlb"_s,
                    u"-o"_s,
                    out,
                    path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(readFile(out),
              replaced(web,
                       "metadata:\n",
                       "metadata:\n  annotations:\n"
                       "    service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"));

    r = cli({u"edit"_s,
             u"--remove"_s,
             u"spec.selector[app]"_s,
             u"--set"_s,
             u"spec.ipFamilies=[IPv4, IPv6]"_s,
             u"--set"_s,
             u"spec.ipFamilyPolicy=PreferDualStack"_s,
             u"-i"_s,
             path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(readFile(path),
              replaced(replaced(web, "  selector:\n    app: web\n", ""),
                       "spec:\n",
                       "spec:\n  ipFamilies:\n  - IPv4\n  - IPv6\n"
                       "  ipFamilyPolicy: PreferDualStack\n"));
}

TEST_F(CliEdit, BadPathsValuesAndChoicesExitTwoAndWriteNothing)
{
    const QString path = file(two);
    const struct
    {
        QStringList args;
        const char *message;
    } cases[] = {
        {{u"--index"_s, u"0"_s, u"--set"_s, u"spec.colour=red"_s}, "spec.colour"},
        {{u"--index"_s, u"0"_s, u"--set"_s, u"spec.ports[0].port=eighty"_s}, "expected an integer"},
        {{u"--index"_s, u"0"_s, u"--set"_s, u"spec.ports[name=https].port=1"_s}, "https"},
        {{u"--index"_s, u"0"_s, u"--set"_s, u"spec.ports[5].port=1"_s}, "out of range"},
        {{u"--index"_s, u"0"_s, u"--remove"_s, u"spec.clusterIP"_s}, "nothing to remove"},
        {{u"--index"_s, u"0"_s, u"--set"_s, u"spec.type"_s}, "PATH=VALUE"},
        {{u"--set"_s, u"spec.type=NodePort"_s}, "2 Services"},
        {{u"--service"_s, u"web"_s, u"--set"_s, u"spec.type=NodePort"_s}, "namespace"},
        {{u"--service"_s, u"db"_s, u"--set"_s, u"spec.type=NodePort"_s}, "db"},
        {{u"--index"_s, u"2"_s, u"--set"_s, u"spec.type=NodePort"_s}, "no Service 2"},
        {{u"--index"_s, u"0"_s}, "nothing to do"},
    };
    for (const auto &c : cases) {
        const CliRun r = cli(QStringList{u"edit"_s} + c.args + QStringList{u"-i"_s, path});
        EXPECT_EQ(r.exitCode, 2) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(c.message)) << r.err.toStdString();
        EXPECT_EQ(readFile(path), two) << c.args.join(u' ').toStdString();
    }
    const CliRun missing = cli(
        {u"edit"_s, u"--set"_s, u"spec.type=NodePort"_s, u"/nonexistent.yaml"_s});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.out.isEmpty());
}

TEST_F(CliEdit, ChoosesTheServiceByNamespaceAndNameOrIndex)
{
    const QString path = file(two);
    CliRun r = cli({u"edit"_s,
                    u"--service"_s,
                    u"default/web"_s,
                    u"--set"_s,
                    u"spec.ports[0].port=5353"_s,
                    path});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, replaced(two, "port: 53 # dns", "port: 5353 # dns"));
    r = cli({u"edit"_s, u"--index"_s, u"0"_s, u"--set"_s, u"metadata.name=shop"_s, path});
    EXPECT_EQ(r.out, replaced(two, "name: web # public name", "name: shop # public name"));
}

TEST_F(CliEdit, PrintsTheErrorsOfTheResultAndStillWritesIt)
{
    const QString path = file(web);
    const CliRun r = cli({u"edit"_s, u"--set"_s, u"spec.ports[0].port=0"_s, u"-i"_s, path});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QByteArray(path.toUtf8() + ":11:11: error: spec.ports[0].port")))
        << r.err.toStdString();
    EXPECT_EQ(readFile(path), replaced(web, "port: 80 #", "port: 0 #"));
}

TEST_F(CliEdit, HelpExplainsPathsWithExamples)
{
    const CliRun r = cli({u"edit"_s, u"--help"_s});
    EXPECT_EQ(r.exitCode, 0);
    for (const char *s : {"spec.ports[name=http]",
                          "metadata.annotations[",
                          "--set",
                          "--remove",
                          "--in-place",
                          "[IPv4, IPv6]"})
        EXPECT_TRUE(r.out.contains(s)) << s;
}

// For every file of ../shared/reference/realworld: the first port of the first Service, through
// the tool and through the designer's own path (Manifest::updateText): the same bytes, one line.
TEST(CliEditRealWorld, GivesTheDesignersBytes)
{
    const QDir dir(QString::fromUtf8(SD_REALWORLD_DIR));
    int edited = 0;
    for (const QString &name : dir.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        const QByteArray original = readFile(path);
        Manifest m = Manifest::fromBytes(original);
        if (m.services().empty() || m.service(m.services()[0]).ports().empty()
            || !m.service(m.services()[0]).ports()[0].hasValue()
            || !m.service(m.services()[0]).ports()[0].value().port.hasValue())
            continue;
        const ServiceRef ref = m.services()[0];
        const int port = m.service(ref).ports()[0].value().port.value() % 60000 + 1;
        const ServiceEdit edit{ServiceEdit::Kind::Set,
                               u"spec.ports[0].port"_s,
                               QString::number(port)};
        auto result = applyServiceEdits(m.service(ref), {edit});
        ASSERT_TRUE(std::holds_alternative<Service>(result)) << name.toStdString();
        const Service before = m.service(ref);
        m.service(ref) = std::get<Service>(result);
        m.updateText(ref, before);

        const CliRun r = cli({u"edit"_s,
                              u"--index"_s,
                              u"0"_s,
                              u"--set"_s,
                              u"spec.ports[0].port="_s + QString::number(port),
                              path});
        EXPECT_EQ(r.exitCode, 0) << name.toStdString() << r.err.toStdString();
        EXPECT_EQ(r.out, m.toBytes()) << name.toStdString();
        if (!m.documents[size_t(ref.document)].json) {
            const QByteArray diff = unifiedDiff(original, r.out, u"a"_s, u"b"_s, 0);
            int removed = 0;
            int added = 0;
            for (const QByteArray &line : diff.split('\n')) {
                removed += line.startsWith('-') && !line.startsWith("---");
                added += line.startsWith('+') && !line.startsWith("+++");
            }
            EXPECT_EQ(removed, 1) << name.toStdString() << diff.toStdString();
            EXPECT_EQ(added, 1) << name.toStdString() << diff.toStdString();
        }
        ++edited;
    }
    EXPECT_GE(edited, 30);
}
