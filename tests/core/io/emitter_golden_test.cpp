// SPDX-License-Identifier: GPL-3.0-or-later
// The writers on whole documents against kubectl, and JSON scalars. See emittertestsupport.h for where the expected texts come from.
#include "emittertestsupport.h"

using namespace emittertest;

namespace {

// --- Whole documents against kubectl ------------------------------------------------------------

// `kubectl create service clusterip web --tcp=80:8080 --tcp=443:https --dry-run=client -o yaml`
Node serviceDocument()
{
    auto port = [](const QString &name, const QString &number, Node target) {
        Node p = Node::mapping();
        p.insert(u"name"_s, str(name));
        p.insert(u"port"_s, plain(number));
        p.insert(u"protocol"_s, str(u"TCP"_s));
        p.insert(u"targetPort"_s, std::move(target));
        return p;
    };
    Node metadata = Node::mapping();
    metadata.insert(u"creationTimestamp"_s, plain(u"null"_s));
    metadata.insert(u"labels"_s, map1(u"app"_s, str(u"web"_s)));
    metadata.insert(u"name"_s, str(u"web"_s));
    Node spec = Node::mapping();
    spec.insert(u"ports"_s,
                seq({port(u"80-8080"_s, u"80"_s, plain(u"8080"_s)),
                     port(u"443-https"_s, u"443"_s, str(u"https"_s))}));
    spec.insert(u"selector"_s, map1(u"app"_s, str(u"web"_s)));
    spec.insert(u"type"_s, str(u"ClusterIP"_s));
    Node root = Node::mapping();
    root.insert(u"apiVersion"_s, str(u"v1"_s));
    root.insert(u"kind"_s, str(u"Service"_s));
    root.insert(u"metadata"_s, metadata);
    root.insert(u"spec"_s, spec);
    root.insert(u"status"_s, map1(u"loadBalancer"_s, Node::mapping()));
    return root;
}

// The same in Go struct order, as `-o json` prints it.
Node serviceDocumentJsonOrder()
{
    const Node yamlOrder = serviceDocument();
    Node root = reordered(yamlOrder, {u"kind", u"apiVersion", u"metadata", u"spec", u"status"});
    Node *metadata = root.find(u"metadata");
    *metadata = reordered(*metadata, {u"name", u"creationTimestamp", u"labels"});
    Node *spec = root.find(u"spec");
    *spec = reordered(*spec, {u"ports", u"selector", u"type"});
    for (Node &p : spec->find(u"ports")->items())
        p = reordered(p, {u"name", u"protocol", u"port", u"targetPort"});
    return root;
}

TEST(Golden, Service)
{
    EXPECT_EQ(emitYaml(serviceDocument()), golden("emitter-service.yaml"));
    EXPECT_EQ(emitJson(serviceDocumentJsonOrder()), golden("emitter-service.json"));
}

TEST(Golden, ServiceWithCrLf)
{
    EXPECT_EQ(emitYaml(serviceDocument(), "\r\n"),
              golden("emitter-service.yaml").replace("\n", "\r\n"));
}

// `kubectl create configmap tricky --from-literal=...` with values that need each kind of quoting.
Node configMapData()
{
    Node data = Node::mapping();
    const std::pair<const char16_t *, const char16_t *> literals[] = {
        {u"bool", u"true"},
        {u"cafe", u"café"},
        {u"clip", u"line\n"},
        {u"colon", u"a: b"},
        {u"ctrl", u"bell\a"},
        {u"date", u"2001-12-14"},
        {u"emoji", u"\U0001F600"},
        {u"empty", u""},
        {u"float", u"1.5"},
        {u"hash", u"#x"},
        {u"indented", u" lead\nnext"},
        {u"keep", u"kept\n\n"},
        {u"lead", u" lead"},
        {u"null", u"null"},
        {u"octal", u"0123"},
        {u"port", u"8080"},
        {u"quote", u"it's"},
        {u"sexagesimal", u"1:20"},
        {u"spacebreak", u"a \nb"},
        {u"star", u"*"},
        {u"tab", u"a\tb"},
        {u"tilde", u"~"},
        {u"trail", u"trail "},
        {u"two", u"two\nlines"},
        {u"yes", u"yes"},
    };
    for (const auto &[key, value] : literals)
        data.insert(QStringView(key).toString(), str(QStringView(value).toString()));
    return data;
}

TEST(Golden, ConfigMap)
{
    Node metadata = Node::mapping();
    metadata.insert(u"creationTimestamp"_s, plain(u"null"_s));
    metadata.insert(u"name"_s, str(u"tricky"_s));
    Node root = Node::mapping();
    root.insert(u"apiVersion"_s, str(u"v1"_s));
    root.insert(u"data"_s, configMapData());
    root.insert(u"kind"_s, str(u"ConfigMap"_s));
    root.insert(u"metadata"_s, metadata);
    EXPECT_EQ(emitYaml(root), golden("emitter-configmap.yaml"));

    Node jsonRoot = reordered(root, {u"kind", u"apiVersion", u"metadata", u"data"});
    *jsonRoot.find(u"metadata") = reordered(metadata, {u"name", u"creationTimestamp"});
    EXPECT_EQ(emitJson(jsonRoot), golden("emitter-configmap.json"));
}

// An object of an unknown kind, through `kubectl annotate --local -o yaml|json`: every layout
// case at once. kubectl sorts the keys of such objects, in YAML and JSON alike.
Node layoutDocument()
{
    const QString longKey = u"k"_s.repeated(130);
    Node annotations = Node::mapping();
    annotations.insert(u"example.com/checksum"_s, str(u"ab"_s.repeated(60)));
    annotations.insert(u"on"_s, str(u"true"_s));
    Node metadata = Node::mapping();
    metadata.insert(u"annotations"_s, annotations);
    metadata.insert(u"name"_s, str(u"layout"_s));

    Node longValue = Node::mapping();
    longValue.insert(u"a"_s, plain(u"1"_s));
    longValue.insert(u"b"_s, seq({str(u"x"_s), str(u"y"_s)}));
    Node portsFirst = Node::mapping();
    portsFirst.insert(u"name"_s, str(u"x"_s));
    portsFirst.insert(u"ports"_s, seq({plain(u"80"_s)}));
    Node metadataFirst = Node::mapping();
    metadataFirst.insert(u"metadata"_s, map1(u"name"_s, plain(u"true"_s)));
    metadataFirst.insert(u"spec"_s, Node::mapping());

    Node spec = Node::mapping();
    spec.insert(u"emptyList"_s, Node::sequence());
    spec.insert(u"emptyMap"_s, Node::mapping());
    spec.insert(u"enabled"_s, plain(u"true"_s));
    spec.insert(longKey, longValue);
    spec.insert(longKey + u'2',
                seq({str(u"x"_s), seq({str(u"y2"_s), str(u"z"_s)}), Node::mapping()}));
    spec.insert(u"list"_s,
                seq({seq({str(u"a"_s), str(u"b"_s)}),
                     Node::mapping(),
                     Node::sequence(),
                     seq({seq({str(u"deep"_s)})}),
                     portsFirst,
                     metadataFirst,
                     str(u"multi\nline"_s),
                     str(u" lead\nx"_s),
                     str(QString()),
                     plain(u"null"_s),
                     str(u"8080"_s)}));
    spec.insert(u"matrix"_s,
                seq({seq({plain(u"1"_s), plain(u"2"_s)}), seq({plain(u"3"_s), plain(u"4"_s)})}));
    spec.insert(u"nullValue"_s, plain(u"null"_s));
    spec.insert(u"port"_s, plain(u"8080"_s));
    spec.insert(u"ratio"_s, plain(u"0.25"_s));
    spec.insert(u"two\nline key"_s, str(u"v"_s));

    Node root = Node::mapping();
    root.insert(u"apiVersion"_s, str(u"example.com/v1"_s));
    root.insert(u"kind"_s, str(u"Thing"_s));
    root.insert(u"metadata"_s, metadata);
    root.insert(u"spec"_s, spec);
    return root;
}

TEST(Golden, Layout)
{
    EXPECT_EQ(emitYaml(layoutDocument()), golden("emitter-layout.yaml"));
    EXPECT_EQ(emitJson(layoutDocument()), golden("emitter-layout.json"));
}

// --- JSON scalars -------------------------------------------------------------------------------

struct JsonRow
{
    Node node;
    const char *expected; // the JSON text of the value
};

void PrintTo(const JsonRow &row, std::ostream *os)
{
    *os << escaped(row.node.tag()) << ' ' << escaped(row.node.text()) << " -> "
        << escaped(QString::fromUtf8(row.expected));
}

class JsonScalar : public ::testing::TestWithParam<JsonRow>
{};

TEST_P(JsonScalar, IsWrittenAsKubectlWritesIt)
{
    EXPECT_EQ(emitJson(GetParam().node), QByteArray(GetParam().expected) + '\n');
}

// Plain scalars become what YAML 1.1 makes of them; numbers as Go's encoding/json prints them.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Plain, JsonScalar, ::testing::Values(
    JsonRow{plain(u"80"_s), "80"},
    JsonRow{plain(u"0x1F"_s), "31"},
    JsonRow{plain(u"0o17"_s), "15"},
    JsonRow{plain(u"0123"_s), "83"},
    JsonRow{plain(u"1_000"_s), "1000"},
    JsonRow{plain(u"-0b101"_s), "-5"},
    JsonRow{plain(u"+12"_s), "12"},
    JsonRow{plain(u"-0"_s), "0"},
    JsonRow{plain(u"9223372036854775807"_s), "9223372036854775807"},
    JsonRow{plain(u"-9223372036854775808"_s), "-9223372036854775808"},
    JsonRow{plain(u"1e5"_s), "100000"},
    JsonRow{plain(u"1.5"_s), "1.5"},
    JsonRow{plain(u".5"_s), "0.5"},
    JsonRow{plain(u"1."_s), "1"},
    JsonRow{plain(u"08"_s), "8"},
    JsonRow{plain(u"1_000.5"_s), "1000.5"},
    JsonRow{plain(u"0.1"_s), "0.1"},
    JsonRow{plain(u"0.000001"_s), "0.000001"},
    JsonRow{plain(u"1.5e-7"_s), "1.5e-7"},
    JsonRow{plain(u"1e21"_s), "1e+21"},
    JsonRow{plain(u"1e20"_s), "100000000000000000000"},
    JsonRow{plain(u"99999999999999999999"_s), "100000000000000000000"},
    JsonRow{plain(u"123456789.123456789"_s), "123456789.12345679"},
    JsonRow{plain(u"-0.0"_s), "0"},
    JsonRow{plain(u"1e-400"_s), "0"},
    JsonRow{plain(u"yes"_s), "true"},
    JsonRow{plain(u"Off"_s), "false"},
    JsonRow{plain(u"~"_s), "null"},
    JsonRow{plain(QString()), "null"},
    JsonRow{plain(u"2001-12-14"_s), "\"2001-12-14\""},
    JsonRow{plain(u"2001-12-14 21:59:43.10"_s), "\"2001-12-14 21:59:43.10\""},
    JsonRow{plain(u"1:20"_s), "\"1:20\""},
    JsonRow{plain(u"1e999"_s), "\"1e999\""},
    JsonRow{plain(u"web"_s), "\"web\""},
    // Deviation: kubectl prints 18446744073709552000 (it goes through float64).
    JsonRow{plain(u"18446744073709551615"_s), "18446744073709551615"},
    JsonRow{plain(u"0xFFFF_FFFF_FFFF_FFFF"_s), "18446744073709551615"},
    // Deviation: kubectl fails ("unsupported value"); JSON has no infinity or NaN.
    JsonRow{plain(u".inf"_s), "\".inf\""},
    JsonRow{plain(u"-.Inf"_s), "\"-.Inf\""},
    JsonRow{plain(u".nan"_s), "\".nan\""}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Strings, JsonScalar, ::testing::Values(
    JsonRow{str(u"80"_s), "\"80\""},
    JsonRow{str(u"true"_s), "\"true\""},
    JsonRow{str(QString()), "\"\""},
    JsonRow{str(u"a\"b\\c"_s), "\"a\\\"b\\\\c\""},
    JsonRow{str(u"\n\r\t\b\f"_s), "\"\\n\\r\\t\\b\\f\""},
    JsonRow{str(u"\u0001\u001b\u001f"_s), "\"\\u0001\\u001b\\u001f\""},
    JsonRow{str(u"del\u007f"_s), "\"del\u007f\""},
    JsonRow{str(u"café \U0001F600"_s), "\"café \U0001F600\""},
    JsonRow{str(u"\u2028\u2029"_s), "\"\\u2028\\u2029\""},
    JsonRow{str(u"\uFEFF"_s), "\"\uFEFF\""},
    // Deviation: Go escapes these three as \u003c, \u003e and \u0026.
    JsonRow{str(u"a?b=1&c=<2>"_s), "\"a?b=1&c=<2>\""}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Tags, JsonScalar, ::testing::Values(
    JsonRow{tagged(u"80"_s, Style::DoubleQuoted, u"!!int"_s), "80"},
    JsonRow{tagged(u"1"_s, Style::Plain, u"!!float"_s), "1"},
    JsonRow{tagged(u"0x10"_s, Style::Plain, u"!!float"_s), "16"},
    JsonRow{tagged(u"yes"_s, Style::SingleQuoted, u"!!bool"_s), "true"},
    JsonRow{tagged(u"x"_s, Style::Plain, u"!!null"_s), "null"},
    JsonRow{tagged(u"80"_s, Style::Plain, u"!!str"_s), "\"80\""},
    JsonRow{tagged(u"80"_s, Style::Plain, u"!port"_s), "\"80\""},
    // Text the tag cannot make sense of stays text.
    JsonRow{tagged(u"maybe"_s, Style::Plain, u"!!bool"_s), "\"maybe\""},
    JsonRow{tagged(u"abc"_s, Style::Plain, u"!!int"_s), "\"abc\""},
    JsonRow{tagged(u"1e999"_s, Style::Plain, u"!!float"_s), "\"1e999\""}));
// clang-format on

TEST(Json, Layout)
{
    Node m = Node::mapping();
    m.insert(u"empty"_s, Node::mapping());
    m.insert(u"none"_s, Node::sequence());
    m.insert(u"list"_s, seq({str(u"a"_s), seq({plain(u"1"_s)}), map1(u"b"_s, plain(u"2"_s))}));
    EXPECT_EQ(emitJson(m),
              "{\n"
              "    \"empty\": {},\n"
              "    \"none\": [],\n"
              "    \"list\": [\n"
              "        \"a\",\n"
              "        [\n"
              "            1\n"
              "        ],\n"
              "        {\n"
              "            \"b\": 2\n"
              "        }\n"
              "    ]\n"
              "}\n");
    EXPECT_EQ(emitJson(Node::mapping()), "{}\n");
    EXPECT_EQ(emitJson(map1(u"two\nlines \"k\""_s, plain(u"1"_s))),
              "{\n    \"two\\nlines \\\"k\\\"\": 1\n}\n");
}

} // namespace
