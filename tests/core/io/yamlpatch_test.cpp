// SPDX-License-Identifier: GPL-3.0-or-later
// Edits change only the bytes of what changed: each rule of patchYaml() on a small file, and the
// Manifest's check that falls back to writing the object anew.
#include <functional>

#include <gtest/gtest.h>

#include "model/io/manifest.h"
#include "model/io/yamlpatch.h"
#include "support/modelprinters.h"
#include "support/qtprinters.h"

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

struct Edited
{
    QByteArray text;
    Manifest::TextEdit how = Manifest::TextEdit::InPlace;
};

Edited edit(const QByteArray &text, const std::function<void(Service &)> &change, int index = 0)
{
    Manifest m = Manifest::fromBytes(text);
    const ServiceRef ref = m.services().at(size_t(index));
    const Service before = m.service(ref);
    change(m.service(ref));
    Edited out;
    out.how = m.updateText(ref, before);
    out.text = m.toBytes();
    return out;
}

ServiceSpec &spec(Service &s)
{
    return s.spec.value();
}

ServicePort &port(Service &s, int i)
{
    return spec(s).ports.value()[size_t(i)].value();
}

const QByteArray web = "# The shop's front end. Ask #team-web before changing ports.\n"
                       "apiVersion: v1\n"
                       "kind: Service\n"
                       "metadata:\n"
                       "  name: web # the public name\n"
                       "  labels:\n"
                       "    app: 'web'\n"
                       "spec:\n"
                       "  type: NodePort\n"
                       "  # ports the world sees\n"
                       "  ports:\n"
                       "  # plain HTTP, for the redirect\n"
                       "  - name: http\n"
                       "    port: 80 # public\n"
                       "    targetPort: \"8080\"\n"
                       "  - name: https\n"
                       "    port: 443\n"
                       "    targetPort: 8443\n"
                       "  selector:\n"
                       "    app: web\n";

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    EXPECT_TRUE(text.contains(from)) << from.toStdString();
    return text.replace(from, to);
}

} // namespace

TEST(YamlPatch, AScalarChangesItsBytesAloneAndKeepsTheCommentAfterIt)
{
    const Edited e = edit(web, [](Service &s) { port(s, 0).port.set(8081); });
    EXPECT_EQ(e.how, Manifest::TextEdit::InPlace);
    EXPECT_EQ(e.text, replaced(web, "port: 80 # public", "port: 8081 # public"));
}

TEST(YamlPatch, AStringKeepsItsQuotingStyle)
{
    EXPECT_EQ(edit(web,
                   [](Service &s) { s.metadata.value().labels.value().set(u"app"_s, u"shop"_s); })
                  .text,
              replaced(web, "app: 'web'", "app: 'shop'"));
    // A number that stays a string stays in its double quotes.
    EXPECT_EQ(edit(web, [](Service &s) { port(s, 0).targetPort.set(IntOrString(u"9090"_s)); }).text,
              replaced(web, "targetPort: \"8080\"", "targetPort: \"9090\""));
    // A string that must be quoted now is quoted as kubectl quotes it, that value alone.
    EXPECT_EQ(edit(web, [](Service &s) { s.metadata.value().name.set(u"true"_s); }).text,
              replaced(web, "name: web # the public name", "name: \"true\" # the public name"));
}

TEST(YamlPatch, ANewFieldGoesWhereKubectlsOrderPutsIt)
{
    const Edited e = edit(web, [](Service &s) {
        spec(s).externalTrafficPolicy.set(TrafficPolicy::Local);
    });
    EXPECT_EQ(e.how, Manifest::TextEdit::InPlace);
    // Before `type`, the author's first key: nothing comes before it in kubectl's order.
    EXPECT_EQ(e.text, replaced(web, "spec:\n", "spec:\n  externalTrafficPolicy: Local\n"));
    // After the last key before it in kubectl's order that the file has.
    EXPECT_EQ(edit(web, [](Service &s) { spec(s).sessionAffinity.set(SessionAffinity::ClientIP); })
                  .text,
              replaced(web,
                       "  selector:\n    app: web\n",
                       "  selector:\n    app: web\n  sessionAffinity: ClientIP\n"));
}

TEST(YamlPatch, TheFirstEntryOfAnAbsentMapCreatesTheKey)
{
    const Edited e = edit(web, [](Service &s) {
        StringMap annotations;
        annotations.set(u"service.beta.kubernetes.io/aws-load-balancer-type"_s, u"nlb"_s);
        s.metadata.value().annotations.set(annotations);
    });
    EXPECT_EQ(e.text,
              replaced(web,
                       "metadata:\n",
                       "metadata:\n"
                       "  annotations:\n"
                       "    service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"));
}

TEST(YamlPatch, ARemovedFieldTakesItsLinesAndItsOwnCommentsOnly)
{
    EXPECT_EQ(edit(web, [](Service &s) { port(s, 1).targetPort.clear(); }).text,
              replaced(web, "    port: 443\n    targetPort: 8443\n", "    port: 443\n"));
    // `ports` goes with the comment line above it; the file's first comment stays.
    EXPECT_EQ(edit(web, [](Service &s) { spec(s).ports.clear(); }).text,
              replaced(web,
                       "  # ports the world sees\n"
                       "  ports:\n"
                       "  # plain HTTP, for the redirect\n"
                       "  - name: http\n"
                       "    port: 80 # public\n"
                       "    targetPort: \"8080\"\n"
                       "  - name: https\n"
                       "    port: 443\n"
                       "    targetPort: 8443\n",
                       ""));
}

TEST(YamlPatch, AFirstKeyOnTheDashLineHandsItsPlaceToTheNext)
{
    EXPECT_EQ(edit(web, [](Service &s) { port(s, 1).name.clear(); }).text,
              replaced(web, "  - name: https\n    port: 443\n", "  - port: 443\n"));
}

TEST(YamlPatch, AMovedPortTakesItsCommentsAlong)
{
    const Edited e = edit(web, [](Service &s) {
        auto &ports = spec(s).ports.value();
        std::swap(ports[0], ports[1]);
    });
    EXPECT_EQ(e.how, Manifest::TextEdit::InPlace);
    EXPECT_EQ(e.text,
              replaced(web,
                       "  # plain HTTP, for the redirect\n"
                       "  - name: http\n"
                       "    port: 80 # public\n"
                       "    targetPort: \"8080\"\n"
                       "  - name: https\n"
                       "    port: 443\n"
                       "    targetPort: 8443\n",
                       "  - name: https\n"
                       "    port: 443\n"
                       "    targetPort: 8443\n"
                       "  # plain HTTP, for the redirect\n"
                       "  - name: http\n"
                       "    port: 80 # public\n"
                       "    targetPort: \"8080\"\n"));
}

TEST(YamlPatch, ANewPortFollowsItsNeighboursLayout)
{
    auto addPort = [](Service &s) {
        ServicePort p;
        p.name.set(u"metrics"_s);
        p.port.set(9090);
        spec(s).ports.value().push_back(p);
    };
    EXPECT_EQ(edit(web, addPort).text,
              replaced(web,
                       "    targetPort: 8443\n",
                       "    targetPort: 8443\n  - name: metrics\n    port: 9090\n"));

    // Sequences indented under their key, four spaces a level.
    const QByteArray indented = "apiVersion: v1\n"
                                "kind: Service\n"
                                "metadata:\n"
                                "    name: web\n"
                                "spec:\n"
                                "    ports:\n"
                                "        - port: 80\n";
    EXPECT_EQ(edit(indented, addPort).text,
              replaced(indented,
                       "        - port: 80\n",
                       "        - port: 80\n        - name: metrics\n          port: 9090\n"));
    // A key added before the first one of a `- ` item takes the dash line.
    EXPECT_EQ(edit(indented, [](Service &s) { port(s, 0).name.set(u"http"_s); }).text,
              replaced(indented,
                       "        - port: 80\n",
                       "        - name: http\n          port: 80\n"));
    // A new nested mapping is indented as the file indents.
    EXPECT_EQ(edit(indented,
                   [](Service &s) {
                       StringMap selector;
                       selector.set(u"app"_s, u"web"_s);
                       spec(s).selector.set(selector);
                   })
                  .text,
              replaced(indented,
                       "        - port: 80\n",
                       "        - port: 80\n    selector:\n        app: web\n"));
}

TEST(YamlPatch, FlowCollectionsKeepTheirStyle)
{
    const QByteArray flow = "apiVersion: v1\n"
                            "kind: Service\n"
                            "metadata: {name: web, labels: {app: web}}\n"
                            "spec:\n"
                            "  selector: {app: web}   # which pods\n"
                            "  ports: [{port: 80, targetPort: http}]\n";
    EXPECT_EQ(edit(flow, [](Service &s) { port(s, 0).port.set(81); }).text,
              replaced(flow, "[{port: 80,", "[{port: 81,"));
    EXPECT_EQ(edit(flow, [](Service &s) { spec(s).selector.value().set(u"tier"_s, u"be"_s); }).text,
              replaced(flow, "{app: web}   #", "{app: web, tier: be}   #"));
    EXPECT_EQ(edit(flow, [](Service &s) { s.metadata.value().name.set(u"shop"_s); }).text,
              replaced(flow, "{name: web,", "{name: shop,"));
}

TEST(YamlPatch, CrlfBomAndOtherDocumentsAreKept)
{
    QByteArray crlf = "\xEF\xBB\xBF# first\r\n"
                      "apiVersion: v1\r\n"
                      "kind: Service\r\n"
                      "metadata:\r\n"
                      "  name: web\r\n"
                      "spec:\r\n"
                      "  ports:\r\n"
                      "  - port: 80\r\n"
                      "---\r\n"
                      "# another\r\n"
                      "apiVersion: v1\r\n"
                      "kind: ConfigMap\r\n"
                      "metadata: {name: c}\r\n";
    EXPECT_EQ(edit(crlf, [](Service &s) { spec(s).type.set(ServiceType::NodePort); }).text,
              replaced(crlf, "  - port: 80\r\n", "  - port: 80\r\n  type: NodePort\r\n"));
    EXPECT_EQ(edit(crlf, [](Service &s) { s.metadata.value().name.set(u"shop"_s); }).text,
              replaced(crlf, "name: web", "name: shop"));
}

TEST(YamlPatch, ATypeChangeThatRemovesFieldsRemovesTheirLines)
{
    const QByteArray lb = "apiVersion: v1\n"
                          "kind: Service\n"
                          "metadata:\n"
                          "  name: lb\n"
                          "spec:\n"
                          "  type: LoadBalancer\n"
                          "  # only the office\n"
                          "  loadBalancerSourceRanges:\n"
                          "  - 10.0.0.0/8\n"
                          "  externalTrafficPolicy: Local\n"
                          "  ports:\n"
                          "  - port: 80\n"
                          "    nodePort: 30080 # fixed for the firewall\n";
    const Edited e = edit(lb, [](Service &s) {
        spec(s).type.set(ServiceType::ClusterIP);
        spec(s).loadBalancerSourceRanges.clear();
        spec(s).externalTrafficPolicy.clear();
        port(s, 0).nodePort.clear();
    });
    EXPECT_EQ(e.text,
              "apiVersion: v1\n"
              "kind: Service\n"
              "metadata:\n"
              "  name: lb\n"
              "spec:\n"
              "  type: ClusterIP\n"
              "  ports:\n"
              "  - port: 80\n");
}

TEST(YamlPatch, AFileWithoutAFinalLineBreakGetsOneOnlyWhereItGrows)
{
    const QByteArray bare = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web";
    EXPECT_EQ(edit(bare, [](Service &s) { s.metadata.value().name.set(u"shop"_s); }).text,
              "apiVersion: v1\nkind: Service\nmetadata:\n  name: shop");
    EXPECT_EQ(edit(bare, [](Service &s) { s.metadata.value().namespaceName.set(u"prod"_s); }).text,
              "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: prod\n");
}

TEST(YamlPatch, AListItemIsEditedInItsPlace)
{
    const QByteArray list = "apiVersion: v1\n"
                            "kind: List\n"
                            "items:\n"
                            "- apiVersion: v1\n"
                            "  kind: Service\n"
                            "  metadata:\n"
                            "    name: a # first\n"
                            "- apiVersion: v1\n"
                            "  kind: Service\n"
                            "  metadata:\n"
                            "    name: b # second\n";
    EXPECT_EQ(edit(
                  list, [](Service &s) { s.metadata.value().name.set(u"c"_s); }, 1)
                  .text,
              replaced(list, "name: b # second", "name: c # second"));
}

TEST(YamlPatch, AJsonDocumentIsWrittenAnewAsJson)
{
    const QByteArray json
        = R"({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}})";
    const Edited e = edit(json, [](Service &s) { s.metadata.value().name.set(u"shop"_s); });
    EXPECT_EQ(e.how, Manifest::TextEdit::Rewritten);
    EXPECT_TRUE(e.text.contains("\"name\": \"shop\"")) << e.text.toStdString();
}

TEST(YamlPatch, LayoutIsReadFromTheFile)
{
    const QByteArray text = "a:\n   b:\n      - c\n";
    const std::vector<YamlDocument> docs = parseYaml(text);
    const YamlLayout layout = layoutOf(text, docs.at(0).root);
    EXPECT_EQ(layout.indent, 3);
    EXPECT_TRUE(layout.indentSequences);
}

TEST(YamlPatch, AnAliasIsWrittenAnewWhereItStandsAndItsAnchorIsKept)
{
    const QByteArray aliased = "apiVersion: v1\n"
                               "kind: Service\n"
                               "metadata:\n"
                               "  name: web # kept\n"
                               "  labels: &pods\n"
                               "    app: web\n"
                               "spec:\n"
                               "  selector: *pods\n"
                               "  ports:\n"
                               "  - port: 80\n";
    const Edited e = edit(aliased,
                          [](Service &s) { spec(s).selector.value().set(u"app"_s, u"shop"_s); });
    EXPECT_EQ(e.how, Manifest::TextEdit::NodeRewritten);
    EXPECT_EQ(e.text, replaced(aliased, "  selector: *pods\n", "  selector:\n    app: shop\n"));
    // Editing what the anchor holds is not placed in the shared text either.
    const Edited labels = edit(aliased, [](Service &s) {
        s.metadata.value().labels.value().set(u"tier"_s, u"front"_s);
    });
    const Manifest reread = Manifest::fromBytes(labels.text);
    EXPECT_EQ(reread.service(reread.services()[0]).spec.value().selector.value().size(), 1);
    EXPECT_EQ(reread.service(reread.services()[0]).metadata.value().labels.value().size(), 2);
}
