// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/scalar.h"

#include <algorithm>
#include <charconv>
#include <limits>

#include <QVarLengthArray>

#include "model/domain/node.h"

// The rules below are those of go-yaml v2 (resolve.go), which kubectl uses through
// sigs.k8s.io/yaml to turn YAML into JSON. Where go-yaml leans on Go's strconv and time packages,
// the behaviour of those is spelled out here: ParseInt/ParseUint with base 0 (sign, 0x/0o/0b and
// leading-0 octal prefixes, range errors), ParseFloat (overflow is an error, underflow is not)
// and time.Parse with go-yaml's four layouts.

namespace sd {

namespace {

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// go-yaml's resolve map: words that are booleans, nulls or special floats whatever the context.
// clang-format off
constexpr QStringView trueWords[] = {u"y",    u"Y",    u"yes", u"Yes", u"YES", u"true",
                                     u"True", u"TRUE", u"on",  u"On",  u"ON"};
constexpr QStringView falseWords[] = {u"n",     u"N",     u"no",  u"No",  u"NO",  u"false",
                                      u"False", u"FALSE", u"off", u"Off", u"OFF"};
constexpr QStringView nullWords[] = {u"~", u"null", u"Null", u"NULL"};
constexpr QStringView floatWords[] = {u".nan",  u".NaN",  u".NAN",  u".inf",  u".Inf",
                                      u".INF",  u"+.inf", u"+.Inf", u"+.INF", u"-.inf",
                                      u"-.Inf", u"-.INF"};
// clang-format on

template<size_t N>
bool isOneOf(QStringView s, const QStringView (&words)[N])
{
    // Every word is short; comparing by hand keeps this off the profile of large documents.
    if (s.size() > 5)
        return false;
    for (QStringView w : words) {
        if (w.size() == s.size() && std::equal(w.begin(), w.end(), s.begin()))
            return true;
    }
    return false;
}

// go-yaml decides by the first character which rules can apply at all; anything else is a string.
// `<` has no rule: go-yaml's map has `<<` (the merge key), but never looks it up, so `<<` is a
// string like any other (kubectl writes the value `<<` unquoted).
enum class Hint { String, Word, Dot, Number };

Hint hintOf(QStringView s)
{
    const char16_t c = s.front().unicode();
    if (isDigit(c) || c == u'+' || c == u'-')
        return Hint::Number;
    if (c == u'.')
        return Hint::Dot;
    // clang-format off
    switch (c) {
    case u'y': case u'Y': case u'n': case u'N': case u't': case u'T':
    case u'f': case u'F': case u'o': case u'O': case u'~':
        return Hint::Word;
    default:
        return Hint::String;
    }
    // clang-format on
}

// The text with every `_` removed, as ASCII bytes (go-yaml strips underscores before trying a
// number). Non-ASCII text is never a number: returns false.
using NumberText = QVarLengthArray<char, 64>;

bool stripUnderscores(QStringView s, NumberText &out)
{
    out.clear();
    for (QChar ch : s) {
        const char16_t c = ch.unicode();
        if (c >= 0x80)
            return false;
        if (c != u'_')
            out.append(char(c));
    }
    return true;
}

struct GoInt
{
    bool ok = false;
    bool negative = false;
    quint64 magnitude = 0;
};

// strconv.ParseInt(s, 0, 64), falling back to strconv.ParseUint(s, 0, 64) as go-yaml does.
GoInt parseGoInt(const NumberText &t)
{
    GoInt r;
    const char *p = t.constData();
    const char *end = p + t.size();
    bool hasSign = false;
    if (p != end && (*p == '+' || *p == '-')) {
        r.negative = *p == '-';
        hasSign = true;
        ++p;
    }
    if (p == end)
        return r;
    unsigned base = 10;
    if (*p == '0') {
        // Go takes a two-letter prefix only when at least one character follows it.
        const char letter = end - p >= 3 ? char(p[1] | 0x20) : '\0';
        if (letter == 'b' || letter == 'o' || letter == 'x') {
            base = letter == 'b' ? 2 : letter == 'o' ? 8 : 16;
            p += 2;
        } else {
            base = 8;
            p += 1;
        }
    }
    quint64 n = 0;
    for (; p != end; ++p) {
        const char c = *p;
        unsigned d;
        if (c >= '0' && c <= '9')
            d = unsigned(c - '0');
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            d = unsigned((c | 0x20) - 'a' + 10);
        else
            return r;
        if (d >= base)
            return r;
        if (n > (std::numeric_limits<quint64>::max() - d) / base)
            return r; // out of range: an error like a syntax error
        n = n * base + d;
    }
    constexpr quint64 int64Limit = quint64(1) << 63;
    // ParseUint takes no sign; ParseInt's range is [-2^63, 2^63 - 1].
    r.ok = !hasSign || (r.negative ? n <= int64Limit : n < int64Limit);
    r.magnitude = n;
    return r;
}

// go-yaml's yamlStyleFloat: ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$, followed by
// strconv.ParseFloat, which fails only when the value overflows to infinity.
bool isYamlStyleFloat(const NumberText &t)
{
    const char *p = t.constData();
    const char *end = p + t.size();
    if (p != end && (*p == '+' || *p == '-'))
        ++p;
    const char *digitsBegin = p;
    // The decimal exponent of the first significant digit, to tell overflow from underflow.
    long long leading = 0;
    bool seenSignificant = false;
    qsizetype intDigits = 0;
    while (p != end && *p >= '0' && *p <= '9') {
        // Each integer digit from the first significant one on adds one to the exponent.
        if (seenSignificant)
            ++leading;
        else if (*p != '0')
            seenSignificant = true;
        ++intDigits;
        ++p;
    }
    qsizetype fracDigits = 0;
    if (p != end && *p == '.') {
        ++p;
        while (p != end && *p >= '0' && *p <= '9') {
            ++fracDigits;
            if (!seenSignificant && *p != '0') {
                seenSignificant = true;
                leading = -fracDigits;
            }
            ++p;
        }
        if (intDigits == 0 && fracDigits == 0)
            return false;
    } else if (intDigits == 0) {
        return false;
    }
    long long exponent = 0;
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool negativeExponent = false;
        if (p != end && (*p == '+' || *p == '-')) {
            negativeExponent = *p == '-';
            ++p;
        }
        if (p == end)
            return false;
        for (; p != end; ++p) {
            if (*p < '0' || *p > '9')
                return false;
            // Saturate: anything this large is far outside double's range either way.
            if (exponent < 100000)
                exponent = exponent * 10 + (*p - '0');
        }
        if (negativeExponent)
            exponent = -exponent;
    }
    if (p != end)
        return false;
    if (!seenSignificant)
        return true; // zero
    const long long magnitude = leading + exponent;
    if (magnitude != 308)
        return magnitude < 308;
    // Right at the top of double's range: let the library round it.
    double value = 0;
    const std::from_chars_result r = std::from_chars(digitsBegin, end, value);
    return r.ec == std::errc();
}

// One or two digits, as Go's time package reads a non-padded field.
bool readField(QStringView s, qsizetype &pos, int &value)
{
    if (pos >= s.size() || !isDigit(s[pos].unicode()))
        return false;
    value = s[pos].unicode() - u'0';
    ++pos;
    if (pos < s.size() && isDigit(s[pos].unicode())) {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
    }
    return true;
}

bool expect(QStringView s, qsizetype &pos, char16_t c)
{
    if (pos >= s.size() || s[pos].unicode() != c)
        return false;
    ++pos;
    return true;
}

int daysInMonth(int month, int year)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && leap ? 29 : days[month - 1];
}

// go-yaml tries time.Parse with these layouts, in order:
//   2006-1-2T15:4:5.999999999Z07:00   2006-1-2t15:4:5.999999999Z07:00
//   2006-1-2 15:4:5.999999999         2006-1-2
// Time without a zone after `T` is therefore not a timestamp, and neither is `2001-02-30`.
bool isTimestamp(QStringView s)
{
    qsizetype pos = 0;
    while (pos < s.size() && isDigit(s[pos].unicode()))
        ++pos;
    if (pos != 4 || !expect(s, pos, u'-'))
        return false;
    const int year = (s[0].unicode() - u'0') * 1000 + (s[1].unicode() - u'0') * 100
                     + (s[2].unicode() - u'0') * 10 + (s[3].unicode() - u'0');
    int month = 0;
    int day = 0;
    if (!readField(s, pos, month) || !expect(s, pos, u'-') || !readField(s, pos, day))
        return false;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year))
        return false;
    if (pos == s.size())
        return true;

    const char16_t separator = s[pos].unicode();
    if (separator == u' ') {
        // A space in a Go layout matches any run of spaces.
        while (pos < s.size() && s[pos] == u' ')
            ++pos;
    } else if (separator == u'T' || separator == u't') {
        ++pos;
    } else {
        return false;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!readField(s, pos, hour) || !expect(s, pos, u':') || !readField(s, pos, minute)
        || !expect(s, pos, u':') || !readField(s, pos, second)) {
        return false;
    }
    if (hour > 23 || minute > 59 || second > 59)
        return false;
    // Fractional seconds: optional, any number of digits, after `.` or (since Go 1.17) `,`.
    if (pos + 1 < s.size() && (s[pos] == u'.' || s[pos] == u',') && isDigit(s[pos + 1].unicode())) {
        pos += 2;
        while (pos < s.size() && isDigit(s[pos].unicode()))
            ++pos;
    }
    if (separator == u' ')
        return pos == s.size();

    // The zone: `Z`, or a sign with two-digit hours and minutes (Go allows up to 24:60).
    if (pos < s.size() && s[pos] == u'Z')
        return pos + 1 == s.size();
    if (s.size() - pos != 6 || (s[pos] != u'+' && s[pos] != u'-') || s[pos + 3] != u':')
        return false;
    for (qsizetype i : {pos + 1, pos + 2, pos + 4, pos + 5}) {
        if (!isDigit(s[i].unicode()))
            return false;
    }
    const int zoneHours = (s[pos + 1].unicode() - u'0') * 10 + (s[pos + 2].unicode() - u'0');
    const int zoneMinutes = (s[pos + 4].unicode() - u'0') * 10 + (s[pos + 5].unicode() - u'0');
    return zoneHours <= 24 && zoneMinutes <= 60;
}

ScalarType resolveNumber(QStringView s)
{
    if (isTimestamp(s))
        return ScalarType::Timestamp;
    NumberText t;
    if (!stripUnderscores(s, t))
        return ScalarType::String;
    // go-yaml's extra tries for `0b` and `-0b` after ParseInt cannot succeed where ParseInt with
    // base 0 failed, so they need no code here.
    if (parseGoInt(t).ok)
        return ScalarType::Int;
    if (isYamlStyleFloat(t))
        return ScalarType::Float;
    return ScalarType::String;
}

// Decimal digits without a leading zero, as most numbers of a manifest are (ports): an integer
// to every rule below, whose value needs no further look. Nothing else is taken.
std::optional<qint64> plainDecimal(QStringView s)
{
    if (s.isEmpty() || s.size() > 18 || (s.size() > 1 && s.front() == u'0'))
        return std::nullopt;
    qint64 value = 0;
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

ScalarType resolvePlainScalar(QStringView text)
{
    if (text.isEmpty())
        return ScalarType::Null;
    if (plainDecimal(text))
        return ScalarType::Int;
    const Hint hint = hintOf(text);
    if (hint == Hint::String)
        return ScalarType::String;
    if (hint == Hint::Word) {
        if (isOneOf(text, trueWords) || isOneOf(text, falseWords))
            return ScalarType::Bool;
        if (isOneOf(text, nullWords))
            return ScalarType::Null;
        return ScalarType::String;
    }
    // `.inf`, `+.inf`, `-.inf`, `.nan` and their spellings.
    if (isOneOf(text, floatWords))
        return ScalarType::Float;
    switch (hint) {
    case Hint::Dot: {
        // Go's ParseFloat on the text as it is, which takes an underscore only between two
        // digits (`.1_5`).
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == u'_'
                && (i == 0 || !isDigit(text[i - 1].unicode()) || i + 1 == text.size()
                    || !isDigit(text[i + 1].unicode()))) {
                return ScalarType::String;
            }
        }
        NumberText t;
        if (!stripUnderscores(text, t))
            return ScalarType::String;
        return isYamlStyleFloat(t) ? ScalarType::Float : ScalarType::String;
    }
    case Hint::Number:
        return resolveNumber(text);
    case Hint::Word:
    case Hint::String:
        break;
    }
    return ScalarType::String;
}

QStringView coreTagName(QStringView tag)
{
    if (tag.startsWith(u"!<") && tag.endsWith(u'>'))
        tag = tag.sliced(2, tag.size() - 3);
    if (tag.startsWith(u"!!"))
        return tag.sliced(2);
    constexpr QStringView longPrefix = u"tag:yaml.org,2002:";
    if (tag.startsWith(longPrefix))
        return tag.sliced(longPrefix.size());
    return {};
}

ScalarType resolveScalar(const Node &scalar)
{
    if (!scalar.isScalar())
        return ScalarType::String;
    const QString &tag = scalar.tag();
    // yaml-cpp reports `?` for a plain scalar without a tag: no tag at all.
    if (!tag.isEmpty() && tag != u"?") {
        const QStringView name = coreTagName(tag);
        if (name == u"null")
            return ScalarType::Null;
        if (name == u"bool")
            return ScalarType::Bool;
        if (name == u"int")
            return ScalarType::Int;
        if (name == u"float")
            return ScalarType::Float;
        if (name == u"timestamp")
            return ScalarType::Timestamp;
        // `!!str`, `!!binary`, the non-specific `!` and any other tag: go-yaml gives the text.
        return ScalarType::String;
    }
    if (scalar.isQuoted())
        return ScalarType::String;
    return resolvePlainScalar(scalar.text());
}

std::optional<qint64> plainScalarToInt(QStringView text)
{
    if (const std::optional<qint64> decimal = plainDecimal(text))
        return decimal;
    if (text.isEmpty() || hintOf(text) != Hint::Number || isTimestamp(text))
        return std::nullopt;
    NumberText t;
    if (!stripUnderscores(text, t))
        return std::nullopt;
    const GoInt v = parseGoInt(t);
    if (!v.ok)
        return std::nullopt;
    constexpr quint64 int64Limit = quint64(1) << 63;
    if (v.negative) {
        if (v.magnitude == int64Limit)
            return std::numeric_limits<qint64>::min();
        return -qint64(v.magnitude);
    }
    // 2^63 .. 2^64-1 are integers to go-yaml (uint64) but do not fit here.
    if (v.magnitude >= int64Limit)
        return std::nullopt;
    return qint64(v.magnitude);
}

std::optional<bool> plainScalarToBool(QStringView text)
{
    if (isOneOf(text, trueWords))
        return true;
    if (isOneOf(text, falseWords))
        return false;
    return std::nullopt;
}

} // namespace sd
