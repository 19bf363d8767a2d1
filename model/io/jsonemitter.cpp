// SPDX-License-Identifier: GPL-3.0-or-later
#include <charconv>
#include <cmath>

#include <QVarLengthArray>

#include "model/domain/node.h"
#include "model/domain/scalar.h"
#include "model/io/outputbuffer_p.h"
#include "model/io/yamlemitter.h"

// kubectl prints JSON with Go's encoding/json (MarshalIndent, four spaces). Where this writer
// differs from kubectl, on purpose:
// - `<`, `>` and `&` are written as they are; Go escapes them as \u003c, \u003e and \u0026 for
//   HTML pages, which makes URLs in annotations unreadable. Both forms mean the same string.
// - `.inf`, `-.inf` and `.nan` have no JSON form (kubectl fails with "unsupported value"); they
//   are written as the strings they are spelled as.
// - Integers from 2^63 to 2^64-1 are written exactly; kubectl passes them through float64 and
//   prints 18446744073709552000 for 18446744073709551615.
// - Timestamps are written as the string they are spelled as, which is what kubectl does too.

namespace sd {

namespace {

constexpr int IndentStep = 4;

// Go's encoding/json string escaping (without its HTML escapes, see above).
void appendString(OutputBuffer &out, QStringView s)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype run = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\' && c != 0x2028 && c != 0x2029)
            continue;
        out.appendUtf8(s.sliced(run, i - run));
        run = i + 1;
        out.append('\\');
        switch (c) {
        // clang-format off
        case u'"': out.append('"'); break;
        case u'\\': out.append('\\'); break;
        case u'\n': out.append('n'); break;
        case u'\r': out.append('r'); break;
        case u'\t': out.append('t'); break;
        case u'\b': out.append('b'); break;
        case u'\f': out.append('f'); break;
        // clang-format on
        default:
            // Other control characters, and U+2028/U+2029, which JavaScript takes as line ends.
            out.append('u');
            for (int shift = 12; shift >= 0; shift -= 4)
                out.append(hex[(c >> shift) & 0xF]);
            break;
        }
    }
    out.appendUtf8(s.sliced(run));
    out.append('"');
}

// An integer beyond qint64 (2^63 .. 2^64-1, which go-yaml reads as uint64), in any YAML 1.1
// spelling: the digits without underscores, a `+` sign at most, a base prefix.
std::optional<quint64> bigUnsigned(QStringView text)
{
    QVarLengthArray<char, 96> t;
    for (QChar ch : text) {
        if (ch.unicode() >= 0x80)
            return std::nullopt;
        if (ch != u'_')
            t.append(char(ch.unicode()));
    }
    const char *p = t.constData();
    const char *end = p + t.size();
    if (p != end && *p == '+')
        ++p;
    int base = 10;
    if (end - p >= 3 && p[0] == '0' && (p[1] | 0x20) == 'x') {
        base = 16;
        p += 2;
    } else if (end - p >= 3 && p[0] == '0' && (p[1] | 0x20) == 'o') {
        base = 8;
        p += 2;
    } else if (end - p >= 3 && p[0] == '0' && (p[1] | 0x20) == 'b') {
        base = 2;
        p += 2;
    } else if (end - p >= 2 && p[0] == '0') {
        base = 8;
        p += 1;
    }
    quint64 value = 0;
    const std::from_chars_result r = std::from_chars(p, end, value, base);
    if (r.ec != std::errc() || r.ptr != end)
        return std::nullopt;
    return value;
}

// Parses YAML 1.1 float text (`1_000.5`, `+.5`, `1.`, `08`) into a double.
std::optional<double> parseFloat(QStringView text)
{
    if (const std::optional<qint64> i = plainScalarToInt(text))
        return double(*i); // `!!float 0x10`: go-yaml converts the integer
    QVarLengthArray<char, 64> t;
    for (QChar ch : text) {
        if (ch.unicode() >= 0x80)
            return std::nullopt;
        if (ch != u'_')
            t.append(char(ch.unicode()));
    }
    const char *p = t.constData();
    const char *end = p + t.size();
    if (p != end && *p == '+')
        ++p; // from_chars takes no plus sign
    double value = 0;
    const std::from_chars_result r = std::from_chars(p, end, value);
    if (r.ptr != end || (r.ec != std::errc() && r.ec != std::errc::result_out_of_range))
        return std::nullopt;
    if (r.ec == std::errc::result_out_of_range) {
        // Text that resolves as a float by itself does not overflow (it would be a string), so
        // here it underflowed to zero. With only a `!!float` tag to go by, give up.
        if (resolvePlainScalar(text) != ScalarType::Float)
            return std::nullopt;
        value = 0;
    }
    return value;
}

template<typename Integer>
void appendInteger(OutputBuffer &out, Integer value)
{
    char buffer[24];
    const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(QByteArrayView(buffer, r.ptr - buffer));
}

// Go's encoding/json number format: the shortest text that reads back as the same double, in
// exponent form below 1e-6 and from 1e21 on, with `e-07` shortened to `e-7`.
void appendDouble(OutputBuffer &out, double v)
{
    if (v == 0)
        v = 0; // -0 prints as 0, as kubectl prints it
    char buffer[64];
    const double magnitude = std::fabs(v);
    const bool exponent = magnitude != 0 && (magnitude < 1e-6 || magnitude >= 1e21);
    const std::to_chars_result r = std::to_chars(buffer,
                                                 buffer + sizeof buffer,
                                                 v,
                                                 exponent ? std::chars_format::scientific
                                                          : std::chars_format::fixed);
    qsizetype n = r.ptr - buffer;
    if (exponent && n >= 4 && buffer[n - 4] == 'e' && buffer[n - 3] == '-' && buffer[n - 2] == '0') {
        buffer[n - 2] = buffer[n - 1];
        --n;
    }
    out.append(QByteArrayView(buffer, n));
}

void appendScalar(OutputBuffer &out, const Node &n)
{
    const QString &text = n.text();
    switch (resolveScalar(n)) {
    case ScalarType::Null:
        out.append("null");
        return;
    case ScalarType::Bool:
        if (const std::optional<bool> b = plainScalarToBool(text)) {
            out.append(*b ? "true" : "false");
            return;
        }
        break;
    case ScalarType::Int:
        if (const std::optional<qint64> i = plainScalarToInt(text)) {
            appendInteger(out, *i);
            return;
        }
        if (const std::optional<quint64> u = bigUnsigned(text)) {
            appendInteger(out, *u);
            return;
        }
        break;
    case ScalarType::Float:
        if (const std::optional<double> d = parseFloat(text); d && std::isfinite(*d)) {
            appendDouble(out, *d);
            return;
        }
        break;
    case ScalarType::Timestamp:
    case ScalarType::String:
        break;
    }
    // Strings, timestamps, infinities and text an explicit tag cannot make sense of.
    appendString(out, text);
}

void appendValue(OutputBuffer &out, const Node &n, int indent)
{
    if (n.isScalar()) {
        appendScalar(out, n);
        return;
    }
    const bool mapping = n.isMapping();
    const size_t count = mapping ? n.entries().size() : n.items().size();
    if (count == 0) {
        out.append(mapping ? "{}" : "[]");
        return;
    }
    out.append(mapping ? '{' : '[');
    for (size_t i = 0; i < count; ++i) {
        out.append(i == 0 ? "\n" : ",\n");
        out.appendSpaces(indent + IndentStep);
        if (mapping) {
            const Node::Entry &e = n.entries()[i];
            appendString(out, e.key);
            out.append(": ");
            appendValue(out, e.value, indent + IndentStep);
        } else {
            appendValue(out, n.items()[i], indent + IndentStep);
        }
    }
    out.append('\n');
    out.appendSpaces(indent);
    out.append(mapping ? '}' : ']');
}

} // namespace

QByteArray emitJson(const Node &root)
{
    OutputBuffer out;
    appendValue(out, root, 0);
    out.append('\n');
    return out.take();
}

QByteArray emitJsonList(const std::function<bool(const std::function<void(const Node &)> &)> &next)
{
    // The List emitJson() writes, {"apiVersion", "items", "kind", "metadata"}, with the items
    // written as they come.
    OutputBuffer out;
    out.append("{\n");
    out.appendSpaces(IndentStep);
    out.append("\"apiVersion\": \"v1\",\n");
    out.appendSpaces(IndentStep);
    out.append("\"items\": [");
    bool first = true;
    while (next([&](const Node &object) {
        out.append(first ? "\n" : ",\n");
        first = false;
        out.appendSpaces(2 * IndentStep);
        appendValue(out, object, 2 * IndentStep);
    })) {
    }
    if (first) {
        out.append("]");
    } else {
        out.append('\n');
        out.appendSpaces(IndentStep);
        out.append(']');
    }
    out.append(",\n");
    out.appendSpaces(IndentStep);
    out.append("\"kind\": \"List\",\n");
    out.appendSpaces(IndentStep);
    out.append("\"metadata\": {\n");
    out.appendSpaces(2 * IndentStep);
    out.append("\"resourceVersion\": \"\"\n");
    out.appendSpaces(IndentStep);
    out.append("}\n}\n");
    return out.take();
}

} // namespace sd
