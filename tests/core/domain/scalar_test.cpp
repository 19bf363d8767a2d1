// SPDX-License-Identifier: GPL-3.0-or-later
// YAML 1.1 scalar resolution as kubectl reads it (go-yaml v2, resolve.go, on top of Go's strconv
// and time packages). One row per rule and per edge of a rule. Every String-or-not decision in
// these tables was also checked against kubectl 1.32: a string that resolves to anything else is
// double-quoted by `kubectl ... -o yaml`, a string that stays a string is not.

#include <limits>
#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "model/domain/node.h"
#include "model/domain/scalar.h"
#include "support/qtprinters.h"
#include "support/testnames.h"

using namespace sd;
using namespace Qt::StringLiterals;

namespace sd {

void PrintTo(ScalarType t, std::ostream *os)
{
    static constexpr const char *names[] = {"Null", "Bool", "Int", "Float", "Timestamp", "String"};
    *os << names[int(t)];
}

} // namespace sd

namespace {

struct ResolveRow
{
    const char16_t *text;
    ScalarType type;
};

void PrintTo(const ResolveRow &row, std::ostream *os)
{
    *os << '"' << escaped(row.text) << "\" -> ";
    sd::PrintTo(row.type, os);
}

class PlainScalarResolution : public ::testing::TestWithParam<ResolveRow>
{};

TEST_P(PlainScalarResolution, ResolvesAsKubectl)
{
    EXPECT_EQ(resolvePlainScalar(QStringView(GetParam().text)), GetParam().type);
}

using enum ScalarType;

// Null: go-yaml's resolve map, and the empty plain scalar (`key:`).
// clang-format off
INSTANTIATE_TEST_SUITE_P(Null, PlainScalarResolution, ::testing::Values(
    ResolveRow{u"", Null},
    ResolveRow{u"~", Null},
    ResolveRow{u"null", Null},
    ResolveRow{u"Null", Null},
    ResolveRow{u"NULL", Null},
    ResolveRow{u"nULL", String},
    ResolveRow{u"none", String},
    ResolveRow{u"~~", String}));
// clang-format on

// Bool: YAML 1.1's words, in three spellings each; nothing else.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Bool, PlainScalarResolution, ::testing::Values(
    ResolveRow{u"true", Bool}, ResolveRow{u"True", Bool}, ResolveRow{u"TRUE", Bool},
    ResolveRow{u"false", Bool}, ResolveRow{u"False", Bool}, ResolveRow{u"FALSE", Bool},
    ResolveRow{u"yes", Bool}, ResolveRow{u"Yes", Bool}, ResolveRow{u"YES", Bool},
    ResolveRow{u"no", Bool}, ResolveRow{u"No", Bool}, ResolveRow{u"NO", Bool},
    ResolveRow{u"on", Bool}, ResolveRow{u"On", Bool}, ResolveRow{u"ON", Bool},
    ResolveRow{u"off", Bool}, ResolveRow{u"Off", Bool}, ResolveRow{u"OFF", Bool},
    ResolveRow{u"y", Bool}, ResolveRow{u"Y", Bool},
    ResolveRow{u"n", Bool}, ResolveRow{u"N", Bool},
    ResolveRow{u"yES", String},
    ResolveRow{u"tRUE", String},
    ResolveRow{u"oN", String},
    ResolveRow{u"yes!", String},
    ResolveRow{u" yes", String}));
// clang-format on

// The special floats are words too; other spellings are strings.
// clang-format off
INSTANTIATE_TEST_SUITE_P(SpecialFloat, PlainScalarResolution, ::testing::Values(
    ResolveRow{u".nan", Float}, ResolveRow{u".NaN", Float}, ResolveRow{u".NAN", Float},
    ResolveRow{u".inf", Float}, ResolveRow{u".Inf", Float}, ResolveRow{u".INF", Float},
    ResolveRow{u"+.inf", Float}, ResolveRow{u"+.Inf", Float}, ResolveRow{u"+.INF", Float},
    ResolveRow{u"-.inf", Float}, ResolveRow{u"-.Inf", Float}, ResolveRow{u"-.INF", Float},
    ResolveRow{u".Nan", String},
    ResolveRow{u"+.nan", String},
    ResolveRow{u".infinity", String},
    ResolveRow{u"inf", String},
    ResolveRow{u"-inf", String},
    ResolveRow{u"nan", String}));
// clang-format on

// Go's ParseInt/ParseUint with base 0 after go-yaml removes every `_`.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Int, PlainScalarResolution, ::testing::Values(
    ResolveRow{u"0", Int},
    ResolveRow{u"-0", Int},
    ResolveRow{u"80", Int},
    ResolveRow{u"123456789012345678", Int},
    ResolveRow{u"+12", Int},
    ResolveRow{u"-12", Int},
    ResolveRow{u"0123", Int},       // YAML 1.1 octal
    ResolveRow{u"0o17", Int},       // YAML 1.2 octal, which Go's base 0 also takes
    ResolveRow{u"0O17", Int},
    ResolveRow{u"0x1F", Int},
    ResolveRow{u"0X1f", Int},
    ResolveRow{u"+0x1F", Int},
    ResolveRow{u"0b101", Int},
    ResolveRow{u"0B101", Int},
    ResolveRow{u"-0b101", Int},
    ResolveRow{u"1_000", Int},
    ResolveRow{u"1__0", Int},
    ResolveRow{u"1_", Int},
    ResolveRow{u"-_1", Int},
    ResolveRow{u"0x_1F", Int},
    ResolveRow{u"9223372036854775807", Int},
    ResolveRow{u"-9223372036854775808", Int},
    ResolveRow{u"9223372036854775808", Int},  // a uint64 to go-yaml
    ResolveRow{u"18446744073709551615", Int},
    ResolveRow{u"0xFFFFFFFFFFFFFFFF", Int},
    ResolveRow{u"-0x8000000000000000", Int}));
// clang-format on

// Not integers: bad digits for the base, prefixes without digits, signs alone.
// clang-format off
INSTANTIATE_TEST_SUITE_P(NotInt, PlainScalarResolution, ::testing::Values(
    ResolveRow{u"0x", String},
    ResolveRow{u"0o", String},
    ResolveRow{u"0b", String},
    ResolveRow{u"0b2", String},
    ResolveRow{u"0o8", String},
    ResolveRow{u"0x1G", String},
    ResolveRow{u"0x1p3", String},   // a Go hex float, but not YAML's float pattern
    ResolveRow{u"0x10000000000000000", String}, // beyond uint64, and not a decimal float
    ResolveRow{u"-0x8000000000000001", String},
    ResolveRow{u"12abc", String},
    ResolveRow{u"1,000", String},
    ResolveRow{u"1 2", String},
    ResolveRow{u"1 ", String},
    ResolveRow{u"+", String},
    ResolveRow{u"-", String},
    ResolveRow{u"_1", String},
    ResolveRow{u"１２", String})); // full-width digits
// clang-format on

// go-yaml's yamlStyleFloat pattern, then ParseFloat, which fails only on overflow.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Float, PlainScalarResolution, ::testing::Values(
    ResolveRow{u"1.5", Float},
    ResolveRow{u"1.", Float},
    ResolveRow{u".5", Float},
    ResolveRow{u"+.5", Float},
    ResolveRow{u"-.5e3", Float},
    ResolveRow{u"1e5", Float},
    ResolveRow{u"1E5", Float},
    ResolveRow{u"1e+5", Float},
    ResolveRow{u"0.1e-5", Float},
    ResolveRow{u"08", Float},        // not octal (8 is no octal digit), so a decimal float
    ResolveRow{u"09.5", Float},
    ResolveRow{u"1_000.5", Float},
    ResolveRow{u"1_0e1_0", Float},
    ResolveRow{u".1_5", Float},      // ParseFloat takes `_` between digits
    ResolveRow{u".5e1_0", Float},
    ResolveRow{u"99999999999999999999", Float},  // beyond uint64: ParseFloat takes it
    ResolveRow{u"18446744073709551616", Float},
    ResolveRow{u"+18446744073709551615", Float}, // ParseUint takes no sign
    ResolveRow{u"-9223372036854775809", Float},
    ResolveRow{u"0777777777777777777777777", Float}, // octal beyond uint64: decimal float
    ResolveRow{u"1e-400", Float},    // underflow is not an error
    ResolveRow{u"1.7976931348623157e308", Float},
    ResolveRow{u"1.7976931348623158e308", Float}));  // rounds down to the largest double
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(NotFloat, PlainScalarResolution, ::testing::Values(
    ResolveRow{u"1e999", String},    // overflow is an error: the text stays a string
    ResolveRow{u"1e400", String},
    ResolveRow{u"1.7976931348623159e308", String}, // rounds up to infinity
    ResolveRow{u".", String},
    ResolveRow{u"-.", String},
    ResolveRow{u".e5", String},
    ResolveRow{u"1e", String},
    ResolveRow{u"1.2.3", String},
    ResolveRow{u"._5", String},
    ResolveRow{u".5_", String},
    ResolveRow{u".7.", String}));
// clang-format on

// go-yaml's four time.Parse layouts (RFC 3339 with `T` or `t`, space-separated without a zone,
// date only) with Go's field and range rules.
// clang-format off
INSTANTIATE_TEST_SUITE_P(Timestamp, PlainScalarResolution, ::testing::Values(
    ResolveRow{u"2001-12-14", Timestamp},
    ResolveRow{u"2001-1-5", Timestamp},
    ResolveRow{u"2000-02-29", Timestamp},
    ResolveRow{u"0000-02-29", Timestamp},
    ResolveRow{u"2001-12-14T21:59:43Z", Timestamp},
    ResolveRow{u"2001-12-14t21:59:43.10-05:00", Timestamp},
    ResolveRow{u"2001-12-14T21:59:43.10-05:00", Timestamp},
    ResolveRow{u"2001-12-14T21:59:43,5Z", Timestamp},
    ResolveRow{u"2001-12-14T1:2:3Z", Timestamp},
    ResolveRow{u"2002-12-14T21:59:43+24:00", Timestamp},
    ResolveRow{u"2002-12-14T21:59:43+05:60", Timestamp},
    ResolveRow{u"2001-12-14 21:59:43.10", Timestamp},
    ResolveRow{u"2001-12-14  21:59:43", Timestamp}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(NotTimestamp, PlainScalarResolution, ::testing::Values(
    ResolveRow{u"2001-12-14T21:59:43", String},  // `T` needs a zone
    ResolveRow{u"2001-12-14 21:59:43Z", String}, // the space form has none
    ResolveRow{u"2001-12-14t21:59:43z", String},
    ResolveRow{u"2001-12-14T21:59:43+0500", String},
    ResolveRow{u"2002-12-14T21:59:43+25:00", String},
    ResolveRow{u"2002-12-14T21:59:43+05:61", String},
    ResolveRow{u"2001-12-14T24:00:00Z", String},
    ResolveRow{u"2001-12-14T23:59:60Z", String},
    ResolveRow{u"2001-12-14T21:59:43.Z", String},
    ResolveRow{u"2001-12-14 21:59:43.", String},
    ResolveRow{u"2001-12-14 21:59", String},
    ResolveRow{u"2001-02-30", String},
    ResolveRow{u"1900-02-29", String},
    ResolveRow{u"2001-13-01", String},
    ResolveRow{u"2001-00-10", String},
    ResolveRow{u"2001-12-00", String},
    ResolveRow{u"2001-123-1", String},
    ResolveRow{u"20011-12-14", String}));
// clang-format on

// Everything else is a string: base-60 numbers (go-yaml does not read them), the merge key as a
// value, and text that starts with a character no rule applies to.
// clang-format off
INSTANTIATE_TEST_SUITE_P(String, PlainScalarResolution, ::testing::Values(
    ResolveRow{u"1:20", String},
    ResolveRow{u"190:20:30", String},
    ResolveRow{u"<<", String},
    ResolveRow{u"web", String},
    ResolveRow{u"TCP", String},
    ResolveRow{u"http", String},
    ResolveRow{u"*", String},
    ResolveRow{u"a b", String},
    ResolveRow{u" 1", String},
    ResolveRow{u"café", String}));
// clang-format on

struct IntRow
{
    const char16_t *text;
    std::optional<qint64> value;
};

void PrintTo(const IntRow &row, std::ostream *os)
{
    *os << '"' << escaped(row.text) << '"';
}

class PlainScalarToInt : public ::testing::TestWithParam<IntRow>
{};

TEST_P(PlainScalarToInt, GivesTheValueOrNothing)
{
    EXPECT_EQ(plainScalarToInt(QStringView(GetParam().text)), GetParam().value);
}

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

// clang-format off
INSTANTIATE_TEST_SUITE_P(Values, PlainScalarToInt, ::testing::Values(
    IntRow{u"0", 0},
    IntRow{u"-0", 0},
    IntRow{u"80", 80},
    IntRow{u"123456789012345678", 123456789012345678},
    IntRow{u"1234567890123456789", 1234567890123456789},
    IntRow{u"+12", 12},
    IntRow{u"-12", -12},
    IntRow{u"0x1F", 31},
    IntRow{u"0X1f", 31},
    IntRow{u"0o17", 15},
    IntRow{u"017", 15},
    IntRow{u"0123", 83},
    IntRow{u"0b101", 5},
    IntRow{u"-0b101", -5},
    IntRow{u"1_000", 1000},
    IntRow{u"0x_1F", 31},
    IntRow{u"9223372036854775807", int64Max},
    IntRow{u"-9223372036854775808", int64Min},
    IntRow{u"0x7FFFFFFFFFFFFFFF", int64Max},
    IntRow{u"-0x8000000000000000", int64Min}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(NoValue, PlainScalarToInt, ::testing::Values(
    IntRow{u"9223372036854775808", std::nullopt},  // an integer, but beyond qint64
    IntRow{u"18446744073709551615", std::nullopt},
    IntRow{u"-9223372036854775809", std::nullopt},
    IntRow{u"99999999999999999999", std::nullopt},
    IntRow{u"08", std::nullopt},  // a float to YAML 1.1
    IntRow{u"1e3", std::nullopt},
    IntRow{u"1.0", std::nullopt},
    IntRow{u"0x", std::nullopt},
    IntRow{u"", std::nullopt},
    IntRow{u"web", std::nullopt},
    IntRow{u" 1", std::nullopt},
    IntRow{u"2001-12-14", std::nullopt},
    IntRow{u"1:20", std::nullopt}));
// clang-format on

TEST(PlainScalarToBool, ReadsEveryYaml11Spelling)
{
    for (QStringView t :
         {u"true", u"True", u"TRUE", u"yes", u"Yes", u"YES", u"on", u"On", u"ON", u"y", u"Y"}) {
        EXPECT_EQ(plainScalarToBool(t), true) << t.toString().toStdString();
    }
    for (QStringView t :
         {u"false", u"False", u"FALSE", u"no", u"No", u"NO", u"off", u"Off", u"OFF", u"n", u"N"}) {
        EXPECT_EQ(plainScalarToBool(t), false) << t.toString().toStdString();
    }
    for (QStringView t : {u"", u"1", u"0", u"yES", u"tRUE", u"null", u"enabled"})
        EXPECT_EQ(plainScalarToBool(t), std::nullopt) << t.toString().toStdString();
}

struct NodeRow
{
    Node node;
    ScalarType type;
    const char *what;
};

void PrintTo(const NodeRow &row, std::ostream *os)
{
    *os << row.what;
}

Node tagged(const QString &text, Node::Style style, const QString &tag)
{
    Node n = Node::scalar(text, style);
    n.setTag(tag);
    return n;
}

class ScalarNodeResolution : public ::testing::TestWithParam<NodeRow>
{};

TEST_P(ScalarNodeResolution, StyleAndTagDecide)
{
    EXPECT_EQ(resolveScalar(GetParam().node), GetParam().type);
}

using Style = Node::Style;

// clang-format off
INSTANTIATE_TEST_SUITE_P(Styles, ScalarNodeResolution, ::testing::Values(
    NodeRow{Node::scalar(u"80"_s), Int, "plain 80"},
    NodeRow{Node::scalar(QString()), Null, "plain empty"},
    NodeRow{Node::scalar(u"80"_s, Style::DoubleQuoted), String, "\"80\""},
    NodeRow{Node::scalar(u"true"_s, Style::SingleQuoted), String, "'true'"},
    NodeRow{Node::scalar(u"1"_s, Style::Literal), String, "literal 1"},
    NodeRow{Node::scalar(u"null"_s, Style::Folded), String, "folded null"},
    NodeRow{Node::scalar(QString(), Style::DoubleQuoted), String, "\"\""},
    NodeRow{Node::string(u"yes"_s), String, "Node::string"}));
// clang-format on

// clang-format off
INSTANTIATE_TEST_SUITE_P(Tags, ScalarNodeResolution, ::testing::Values(
    NodeRow{tagged(u"80"_s, Style::Plain, u"!!str"_s), String, "!!str 80"},
    NodeRow{tagged(u"80"_s, Style::Plain, u"tag:yaml.org,2002:str"_s), String, "long !!str"},
    NodeRow{tagged(u"80"_s, Style::Plain, u"!<tag:yaml.org,2002:str>"_s), String, "verbatim"},
    NodeRow{tagged(u"80"_s, Style::DoubleQuoted, u"!!int"_s), Int, "!!int \"80\""},
    NodeRow{tagged(u"80"_s, Style::DoubleQuoted, u"tag:yaml.org,2002:int"_s), Int, "long int"},
    NodeRow{tagged(u"1"_s, Style::Plain, u"!!float"_s), Float, "!!float 1"},
    NodeRow{tagged(u"yes"_s, Style::SingleQuoted, u"!!bool"_s), Bool, "!!bool 'yes'"},
    NodeRow{tagged(QString(), Style::DoubleQuoted, u"!!null"_s), Null, "!!null \"\""},
    NodeRow{tagged(u"2001-12-14"_s, Style::DoubleQuoted, u"!!timestamp"_s), Timestamp,
            "!!timestamp"},
    NodeRow{tagged(u"R0lG"_s, Style::Plain, u"!!binary"_s), String, "!!binary"},
    NodeRow{tagged(u"80"_s, Style::Plain, u"!"_s), String, "non-specific ! 80"},
    NodeRow{tagged(u"80"_s, Style::Plain, u"!port"_s), String, "local tag"},
    NodeRow{tagged(u"80"_s, Style::Plain, u"?"_s), Int, "yaml-cpp's untagged plain"},
    NodeRow{tagged(u"abc"_s, Style::Plain, u"!!int"_s), Int, "the tag wins, even if wrong"}));
// clang-format on

TEST(ScalarNodeResolution, CollectionsAreNotScalars)
{
    EXPECT_EQ(resolveScalar(Node::mapping()), String);
    EXPECT_EQ(resolveScalar(Node::sequence()), String);
}

} // namespace
