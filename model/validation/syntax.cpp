// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/syntax.h"

#include <algorithm>
#include <array>

#include "model/domain/sampledhash.h"
#include "model/tr.h"

namespace sd::syntax {

namespace {

// The character classes of the API's name regexes, written out: these checks run for every
// name, label and port of every Service on each pass, and a regex match cost more than the
// rest of a Service's validation. A table of ASCII gives each character its classes.
enum CharClass : quint8 {
    Lower = 1,
    Upper = 2,
    Digit = 4,
    Dash = 8,
    Underscore = 16,
    Dot = 32,
};
constexpr quint8 kLowerAlnum = Lower | Digit;
constexpr quint8 kAlnum = Lower | Upper | Digit;
constexpr quint8 kLowerAlnumOrDash = kLowerAlnum | Dash;
constexpr quint8 kQualifiedMiddle = kAlnum | Dash | Underscore | Dot;

constexpr std::array<quint8, 128> kClasses = [] {
    std::array<quint8, 128> table{};
    for (char c = 'a'; c <= 'z'; ++c)
        table[size_t(c)] = Lower;
    for (char c = 'A'; c <= 'Z'; ++c)
        table[size_t(c)] = Upper;
    for (char c = '0'; c <= '9'; ++c)
        table[size_t(c)] = Digit;
    table[size_t('-')] = Dash;
    table[size_t('_')] = Underscore;
    table[size_t('.')] = Dot;
    return table;
}();

bool isIn(QChar ch, quint8 classes)
{
    return ch.unicode() < kClasses.size() && (kClasses[ch.unicode()] & classes) != 0;
}

bool isLower(QChar ch)
{
    return isIn(ch, Lower);
}

bool isLowerAlnumOrDash(QChar ch)
{
    return isIn(ch, kLowerAlnumOrDash);
}

// ^[first]([middle]*[last])?$
bool shaped(QStringView v, quint8 first, quint8 middle, quint8 last)
{
    if (v.isEmpty() || !isIn(v.front(), first))
        return false;
    if (v.size() == 1)
        return true;
    if (!isIn(v.back(), last))
        return false;
    return std::all_of(v.begin() + 1, v.end() - 1, [middle](QChar ch) { return isIn(ch, middle); });
}

// ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$
bool isDns1123LabelShape(QStringView v)
{
    return shaped(v, kLowerAlnum, kLowerAlnumOrDash, kLowerAlnum);
}

// ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$: labels of a-z, 0-9 and
// '-' between dots, none empty and none starting or ending with '-'.
bool isDns1123SubdomainShape(QStringView v)
{
    QChar previous = u'.';
    for (const QChar ch : v) {
        if (ch == u'.') {
            if (previous == u'.' || previous == u'-')
                return false;
        } else if (!isLowerAlnumOrDash(ch) || (ch == u'-' && previous == u'.')) {
            return false;
        }
        previous = ch;
    }
    return previous != u'.' && previous != u'-';
}

// ^[a-z]([-a-z0-9]*[a-z0-9])?$
bool isDns1035LabelShape(QStringView v)
{
    return shaped(v, Lower, kLowerAlnumOrDash, kLowerAlnum);
}

// ^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$
bool isQualifiedNamePartShape(QStringView v)
{
    return shaped(v, kAlnum, kQualifiedMiddle, kAlnum);
}

// Whether each of the checks below has nothing to say: the values of a manifest almost always
// pass, and then no message is made. A value of the right shape is ASCII, so its length is its
// length in bytes.
bool isValidDns1123Subdomain(QStringView value)
{
    return value.size() <= 253 && isDns1123SubdomainShape(value);
}

// A second slash fails the name part's shape.
bool isValidQualifiedName(QStringView value)
{
    const qsizetype slash = value.indexOf(u'/');
    if (slash >= 0 && !isValidDns1123Subdomain(value.left(slash)))
        return false;
    const QStringView name = value.mid(slash + 1);
    return name.size() <= 63 && isQualifiedNamePartShape(name);
}

// At most 15 of a-z, 0-9 and '-', a letter among them, no "--" and no '-' at either end.
bool isValidPortName(QStringView value)
{
    if (value.isEmpty() || value.size() > 15)
        return false;
    bool letter = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar ch = value[i];
        if (!isLowerAlnumOrDash(ch))
            return false;
        letter = letter || isLower(ch);
        if (ch == u'-' && (i == 0 || i + 1 == value.size() || value[i - 1] == u'-'))
            return false;
    }
    return letter;
}

QString maxLenError(int length)
{
    return ValidationTr::tr("must be no more than %1 characters").arg(length);
}

QString qualifiedNamePartMessage()
{
    return ValidationTr::tr(
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must "
        "start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  "
        "or '123-abc', regex used for validation is "
        "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')");
}

// Go's dtoi/xtoi: a run of digits, stopping with failure once the value reaches 0xFFFFFF.
bool readNumber(QStringView s, int base, int &value, qsizetype &used)
{
    constexpr int big = 0xFFFFFF;
    value = 0;
    used = 0;
    while (used < s.size()) {
        const char16_t c = s[used].unicode();
        const bool isHex = (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (base == 16 && isHex)
            digit = (c | 0x20) - u'a' + 10;
        if (digit < 0)
            break;
        value = value * base + digit;
        if (value >= big)
            return false;
        ++used;
    }
    return used > 0;
}

std::optional<std::array<quint8, 4>> parseIPv4(QStringView s)
{
    std::array<quint8, 4> out{};
    for (int i = 0; i < 4; ++i) {
        if (s.isEmpty())
            return std::nullopt;
        if (i > 0) {
            if (s[0] != u'.')
                return std::nullopt;
            s = s.mid(1);
        }
        int n = 0;
        qsizetype used = 0;
        if (!readNumber(s, 10, n, used) || n > 0xFF)
            return std::nullopt;
        s = s.mid(used);
        out[size_t(i)] = quint8(n);
    }
    if (!s.isEmpty())
        return std::nullopt;
    return out;
}

std::optional<std::array<quint8, 16>> parseIPv6(QStringView s)
{
    std::array<quint8, 16> ip{};
    int ellipsis = -1;
    if (s.size() >= 2 && s[0] == u':' && s[1] == u':') {
        ellipsis = 0;
        s = s.mid(2);
        if (s.isEmpty())
            return ip;
    }
    int i = 0;
    while (i < 16) {
        int n = 0;
        qsizetype c = 0;
        if (!readNumber(s, 16, n, c) || n > 0xFFFF)
            return std::nullopt;
        if (c < s.size() && s[c] == u'.') {
            if ((ellipsis < 0 && i != 12) || i + 4 > 16)
                return std::nullopt;
            const auto v4 = parseIPv4(s);
            if (!v4)
                return std::nullopt;
            for (size_t k = 0; k < 4; ++k)
                ip[size_t(i) + k] = (*v4)[k];
            i += 4;
            s = {};
            break;
        }
        ip[size_t(i)] = quint8(n >> 8);
        ip[size_t(i) + 1] = quint8(n);
        i += 2;
        s = s.mid(c);
        if (s.isEmpty())
            break;
        if (s[0] != u':' || s.size() == 1)
            return std::nullopt;
        s = s.mid(1);
        if (s[0] == u':') {
            if (ellipsis >= 0)
                return std::nullopt;
            ellipsis = i;
            s = s.mid(1);
            if (s.isEmpty())
                break;
        }
    }
    if (!s.isEmpty())
        return std::nullopt;
    if (i < 16) {
        if (ellipsis < 0)
            return std::nullopt;
        const int n = 16 - i;
        for (int j = i - 1; j >= ellipsis; --j)
            ip[size_t(j + n)] = ip[size_t(j)];
        for (int j = ellipsis + n - 1; j >= ellipsis; --j)
            ip[size_t(j)] = 0;
    } else if (ellipsis >= 0) {
        return std::nullopt;
    }
    return ip;
}

} // namespace

std::optional<IPAddress> parseIP(QStringView value)
{
    for (QChar c : value) {
        if (c == u'.') {
            const auto v4 = parseIPv4(value);
            if (!v4)
                return std::nullopt;
            IPAddress a;
            a.v4 = true;
            a.bytes[10] = a.bytes[11] = 0xFF;
            for (size_t k = 0; k < 4; ++k)
                a.bytes[12 + k] = (*v4)[k];
            return a;
        }
        if (c == u':') {
            const auto v6 = parseIPv6(value);
            if (!v6)
                return std::nullopt;
            IPAddress a;
            a.bytes = *v6;
            return a;
        }
    }
    return std::nullopt;
}

bool isIPv4(const IPAddress &ip)
{
    for (size_t i = 0; i < 10; ++i) {
        if (ip.bytes[i] != 0)
            return false;
    }
    return ip.bytes[10] == 0xFF && ip.bytes[11] == 0xFF;
}

namespace {

QString formatIPv6(const std::array<quint8, 16> &b)
{
    int groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = (b[size_t(2 * i)] << 8) | b[size_t(2 * i + 1)];
    // RFC 5952: the longest run of two or more zero groups becomes "::", the first of equals.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(groups[i], 16);
    }
    return out;
}

QString formatIPv4(const IPAddress &ip)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(ip.bytes[12])
        .arg(ip.bytes[13])
        .arg(ip.bytes[14])
        .arg(ip.bytes[15]);
}

bool isStrictIPv4Text(QStringView text)
{
    for (QStringView octet : text.split(u'.')) {
        if (octet.size() > 3 || (octet.size() > 1 && octet.front() == u'0'))
            return false;
    }
    return true;
}

} // namespace

QString formatNetIP(const IPAddress &ip)
{
    return isIPv4(ip) ? formatIPv4(ip) : formatIPv6(ip.bytes);
}

QString formatNetipAddr(const IPAddress &ip)
{
    if (ip.v4)
        return formatIPv4(ip);
    if (isIPv4(ip))
        return u"::ffff:" + formatIPv4(ip);
    return formatIPv6(ip.bytes);
}

bool isStrictIP(QStringView value)
{
    if (!parseIP(value))
        return false;
    for (QStringView part : value.split(u':')) {
        if (part.contains(u'.') ? !isStrictIPv4Text(part) : part.size() > 4)
            return false;
    }
    return true;
}

std::optional<Cidr> parseCidr(QStringView value)
{
    const qsizetype slash = value.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const QStringView addr = value.left(slash);
    const QStringView mask = value.mid(slash + 1);
    Cidr cidr;
    int bitsMax = 32;
    if (const auto v4 = parseIPv4(addr)) {
        cidr.address.v4 = true;
        cidr.address.bytes[10] = cidr.address.bytes[11] = 0xFF;
        for (size_t k = 0; k < 4; ++k)
            cidr.address.bytes[12 + k] = (*v4)[k];
    } else if (const auto v6 = parseIPv6(addr)) {
        bitsMax = 128;
        cidr.address.bytes = *v6;
    } else {
        return std::nullopt;
    }
    qsizetype used = 0;
    if (!readNumber(mask, 10, cidr.bits, used) || used != mask.size() || cidr.bits > bitsMax)
        return std::nullopt;
    return cidr;
}

QString quoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (QChar ch : value) {
        if (ch == u'"' || ch == u'\\')
            out += u'\\';
        out += ch;
    }
    return out + u'"';
}

// The API counts bytes (Go's len), not characters; counted without converting.
qsizetype byteLength(QStringView value)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < value.size()
                   && QChar::isLowSurrogate(value[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3; // a lone surrogate becomes U+FFFD, 3 bytes
        }
    }
    return bytes;
}

QStringList dns1035LabelErrors(QStringView value)
{
    if (value.size() <= 63 && isDns1035LabelShape(value))
        return {};
    QStringList errors;
    if (byteLength(value) > 63)
        errors << maxLenError(63);
    if (!isDns1035LabelShape(value)) {
        errors << ValidationTr::tr(
            "a DNS-1035 label must consist of lower case alphanumeric characters or "
            "'-', start with an alphabetic character, and end with an alphanumeric "
            "character (e.g. 'my-name',  or 'abc-123', regex used for validation is "
            "'[a-z]([-a-z0-9]*[a-z0-9])?')");
    }
    return errors;
}

QStringList dns1123LabelErrors(QStringView value)
{
    if (value.size() <= 63 && isDns1123LabelShape(value))
        return {};
    QStringList errors;
    if (byteLength(value) > 63)
        errors << maxLenError(63);
    if (!isDns1123LabelShape(value)) {
        if (isDns1123SubdomainShape(value)) {
            errors << ValidationTr::tr("must not contain dots");
        } else {
            errors << ValidationTr::tr(
                "a lowercase RFC 1123 label must consist of lower case alphanumeric "
                "characters or '-', and must start and end with an alphanumeric "
                "character (e.g. 'my-name',  or '123-abc', regex used for validation "
                "is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')");
        }
    }
    return errors;
}

QStringList dns1123SubdomainErrors(QStringView value)
{
    if (isValidDns1123Subdomain(value))
        return {};
    QStringList errors;
    if (byteLength(value) > 253)
        errors << maxLenError(253);
    if (!isDns1123SubdomainShape(value)) {
        errors << ValidationTr::tr(
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
            "characters, '-' or '.', and must start and end with an alphanumeric "
            "character (e.g. 'example.com', regex used for validation is "
            "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    }
    return errors;
}

namespace {

// isValidQualifiedName(), remembered for the last few names each thread asked about: the same
// label and annotation keys come back in every Service of a file, and a long key costs more to
// check than to hash and compare.
bool isKnownValidQualifiedName(QStringView value)
{
    struct Known
    {
        QString name;
        bool valid = false;
    };
    if (value.isEmpty())
        return isValidQualifiedName(value);
    thread_local std::array<Known, 64> known;
    Known &slot = known[sampledHash(value) % known.size()];
    if (QStringView(slot.name) != value) {
        slot.name = value.toString();
        slot.valid = isValidQualifiedName(value);
    }
    return slot.valid;
}

} // namespace

QStringList qualifiedNameErrors(QStringView value)
{
    if (isKnownValidQualifiedName(value))
        return {};
    QStringList errors;
    const qsizetype slashes = value.count(u'/');
    QStringView name = value;
    if (slashes > 1) {
        return {ValidationTr::tr(
            "a qualified name must consist of alphanumeric characters, '-', '_' or '.', "
            "and must start and end with an alphanumeric character (e.g. 'MyName',  "
            "or 'my.name',  or '123-abc', regex used for validation is "
            "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS "
            "subdomain prefix and '/' (e.g. 'example.com/MyName')")};
    }
    if (slashes == 1) {
        const qsizetype slash = value.indexOf(u'/');
        const QStringView prefix = value.left(slash);
        name = value.mid(slash + 1);
        if (prefix.isEmpty()) {
            errors << ValidationTr::tr("prefix part must be non-empty");
        } else {
            for (const QString &m : dns1123SubdomainErrors(prefix))
                errors << ValidationTr::tr("prefix part %1").arg(m);
        }
    }
    if (name.isEmpty())
        errors << ValidationTr::tr("name part must be non-empty");
    else if (byteLength(name) > 63)
        errors << ValidationTr::tr("name part must be no more than 63 characters");
    if (!isQualifiedNamePartShape(name))
        errors << qualifiedNamePartMessage();
    return errors;
}

QStringList labelValueErrors(QStringView value)
{
    if (value.size() <= 63 && (value.isEmpty() || isQualifiedNamePartShape(value)))
        return {};
    QStringList errors;
    if (byteLength(value) > 63)
        errors << maxLenError(63);
    // ^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$
    if (!value.isEmpty() && !isQualifiedNamePartShape(value)) {
        errors << ValidationTr::tr(
            "a valid label must be an empty string or consist of alphanumeric "
            "characters, '-', '_' or '.', and must start and end with an alphanumeric "
            "character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for "
            "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    }
    return errors;
}

QStringList portNameErrors(QStringView value)
{
    if (isValidPortName(value))
        return {};
    QStringList errors;
    if (byteLength(value) > 15)
        errors << maxLenError(15);
    if (value.isEmpty() || !std::all_of(value.begin(), value.end(), isLowerAlnumOrDash))
        errors << ValidationTr::tr(
            "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    if (std::none_of(value.begin(), value.end(), isLower))
        errors << ValidationTr::tr("must contain at least one letter (a-z)");
    if (value.contains(u"--"))
        errors << ValidationTr::tr("must not contain consecutive hyphens");
    if (!value.isEmpty() && (value.front() == u'-' || value.back() == u'-'))
        errors << ValidationTr::tr("must not begin or end with a hyphen");
    return errors;
}

QStringList portNumberErrors(int value)
{
    if (value >= 1 && value <= 65535)
        return {};
    return {ValidationTr::tr("must be between %1 and %2, inclusive").arg(1).arg(65535)};
}

QStringList ipErrors(QStringView value)
{
    if (parseIP(value))
        return {};
    return {ValidationTr::tr("must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)")};
}

QStringList cidrErrors(QStringView value)
{
    if (parseCidr(value))
        return {};
    return {ValidationTr::tr("must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)")};
}

QString maskTrailingDash(QStringView value)
{
    if (value.size() > 1 && value.back() == u'-')
        return value.left(value.size() - 2).toString() + u'a';
    return value.toString();
}

} // namespace sd::syntax
