// SPDX-License-Identifier: GPL-3.0-or-later
// An annotation's value against its catalogue entry, parsed as the controller parses it (Go's
// strconv, net and time parsers, split lists, key=value maps, JSON objects).

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>

#include "model/providers/conditions.h"
#include "model/tr.h"
#include "model/validation/providerrules_p.h"
#include "model/validation/syntax.h"

namespace sd::rules::platform {

using namespace Qt::StringLiterals;

namespace {

Qt::CaseSensitivity sensitivity(bool caseInsensitive)
{
    return caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
}

// strconv.Atoi / ParseInt(s, 10, 64): an optional sign and decimal digits, nothing else.
std::optional<qint64> goInt(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+$"));
    if (!re.match(text.toString()).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

// strconv.ParseFloat(s, 64) for the decimal forms: no blanks, no hexadecimal.
std::optional<double> goFloat(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
    if (!re.match(text.toString()).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

// time.ParseDuration: "0", or a sequence of decimal numbers each with a unit.
bool isGoDuration(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^[+-]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$"));
    return re.match(text.toString()).hasMatch();
}

bool isParseBool(QStringView text)
{
    static const QStringList words = {u"1"_s,
                                      u"t"_s,
                                      u"T"_s,
                                      u"TRUE"_s,
                                      u"true"_s,
                                      u"True"_s,
                                      u"0"_s,
                                      u"f"_s,
                                      u"F"_s,
                                      u"FALSE"_s,
                                      u"false"_s,
                                      u"False"_s};
    return words.contains(text);
}

QString rangeProblem(const AnnotationSpec &spec, double n)
{
    if (spec.minimum && n < *spec.minimum)
        return ValidationTr::tr("it must be at least %1").arg(*spec.minimum);
    if (spec.maximum && n > *spec.maximum)
        return ValidationTr::tr("it must be at most %1").arg(*spec.maximum);
    return {};
}

bool isPortOf(QStringView entry, const Service &service)
{
    for (const Field<ServicePort> &p : service.ports()) {
        if (p.hasValue() && namesPort(entry, p.value()))
            return true;
    }
    return false;
}

QString enumProblem(const QStringList &values,
                    const QString &value,
                    bool caseInsensitive,
                    QString *fixed)
{
    if (values.isEmpty() || values.contains(value, sensitivity(caseInsensitive)))
        return {};
    if (fixed) {
        for (const QString &v : values) {
            if (v.compare(value.trimmed(), Qt::CaseInsensitive) == 0)
                *fixed = v;
        }
    }
    return ValidationTr::tr("it must be one of %1").arg(quotedList(values));
}

// One item of a list, of type `items`.
QString itemProblem(const AnnotationSpec &spec, const QString &item, const Service &service)
{
    if (item.isEmpty())
        return spec.emptyIgnored || spec.items == u"string"
                   ? QString()
                   : ValidationTr::tr("it has an empty item");
    const QString &type = spec.items;
    if (type == u"int") {
        const std::optional<qint64> n = goInt(item);
        if (!n)
            return ValidationTr::tr("%1 is not an integer").arg(quoted(item));
        return rangeProblem(spec, double(*n));
    }
    if (type == u"port") {
        if (isPortOf(item, service))
            return {};
        return ValidationTr::tr("%1 is neither the number nor the name of a port of this Service")
            .arg(quoted(item));
    }
    if (type == u"ip" || type == u"ipv4" || type == u"ipv6") {
        const std::optional<syntax::IPAddress> ip = syntax::parseIP(item);
        if (!ip)
            return ValidationTr::tr("%1 is not an IP address").arg(quoted(item));
        if (type == u"ipv4" && !ip->v4)
            return ValidationTr::tr("%1 is not an IPv4 address").arg(quoted(item));
        if (type == u"ipv6" && ip->v4)
            return ValidationTr::tr("%1 is not an IPv6 address").arg(quoted(item));
        return {};
    }
    if (type == u"cidr")
        return syntax::cidrErrors(item).isEmpty()
                   ? QString()
                   : ValidationTr::tr("%1 is not a CIDR").arg(quoted(item));
    if (type == u"arn")
        return item.startsWith(u"arn:")
                   ? QString()
                   : ValidationTr::tr("%1 is not an ARN (arn:...)").arg(quoted(item));
    if (type == u"enum" && !spec.values.contains(item, sensitivity(spec.caseInsensitive)))
        return ValidationTr::tr("%1 is not one of %2").arg(quoted(item), quotedList(spec.values));
    return {};
}

QString listProblem(const AnnotationSpec &spec, const QString &value, const Service &service)
{
    for (const QString &item : listItems(value, spec.separator, spec.trims())) {
        if (const QString problem = itemProblem(spec, item, service); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString mapProblem(const AnnotationSpec &spec, const QString &value)
{
    for (const QString &item : listItems(value, spec.separator, true)) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed();
        if (eq <= 0 || key.isEmpty())
            return ValidationTr::tr("%1 is not key=value").arg(quoted(item));
        if (!spec.keys.isEmpty() && !spec.keys.contains(key))
            return ValidationTr::tr("%1 is not one of the keys %2")
                .arg(quoted(key), quotedList(spec.keys));
        const QString v = item.mid(eq + 1).trimmed();
        if (!spec.values.isEmpty() && !spec.values.contains(v, sensitivity(spec.caseInsensitive)))
            return ValidationTr::tr("the value of %1 must be one of %2")
                .arg(quoted(key), quotedList(spec.values));
    }
    return {};
}

QString jsonFieldProblem(const JsonField &f, const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        return ValidationTr::tr("the field %1 must be a JSON string").arg(quoted(f.name));
    const QString text = v.toString();
    if (f.type == u"int" && !text.isEmpty() && !goInt(text))
        return ValidationTr::tr("the field %1 must be an integer").arg(quoted(f.name));
    if (f.type == u"enum" && !text.isEmpty()
        && !f.values.contains(text, sensitivity(f.caseInsensitive)))
        return ValidationTr::tr("the field %1 must be one of %2")
            .arg(quoted(f.name), quotedList(f.values));
    return {};
}

QString jsonProblem(const AnnotationSpec &spec, const QString &value, const Service &service)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return ValidationTr::tr("it must be JSON (%1)").arg(error.errorString());
    if (spec.fields.empty() && !spec.keysArePortNames)
        return {};
    if (!doc.isObject())
        return ValidationTr::tr("it must be a JSON object");
    const QJsonObject object = doc.object();
    for (const JsonField &f : spec.fields) {
        if (const QString problem = jsonFieldProblem(f, object.value(f.name)); !problem.isEmpty())
            return problem;
    }
    if (!spec.keysArePortNames)
        return {};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool named = std::any_of(service.ports().begin(),
                                       service.ports().end(),
                                       [&](const Field<ServicePort> &p) {
                                           return p.hasValue() && p.value().name.hasValue()
                                                  && p.value().name.value() == it.key();
                                       });
        if (!named)
            return ValidationTr::tr("%1 is not the name of a port of this Service")
                .arg(quoted(it.key()));
        const QString v = it.value().toString();
        if (!it.value().isString() || !spec.values.contains(v, sensitivity(spec.caseInsensitive)))
            return ValidationTr::tr("the value for %1 must be one of %2")
                .arg(quoted(it.key()), quotedList(spec.values));
    }
    return {};
}

} // namespace

QString annotationValueProblem(const AnnotationSpec &spec,
                               const QString &raw,
                               const Service &service,
                               QString *fixed)
{
    if (spec.emptyIgnored && raw.isEmpty())
        return {};
    const QString value = spec.type != u"list" && spec.type != u"map" && spec.trims()
                              ? raw.trimmed()
                              : raw;
    const QString &type = spec.type;
    if (spec.maxLength && value.size() > *spec.maxLength)
        return ValidationTr::tr("it must not be longer than %1 characters").arg(*spec.maxLength);
    if (type == u"bool") {
        if (value.compare(u"true", sensitivity(spec.caseInsensitive)) == 0
            || value.compare(u"false", sensitivity(spec.caseInsensitive)) == 0)
            return {};
        const QString lower = value.trimmed().toLower();
        if (fixed && (lower == u"true" || lower == u"false"))
            *fixed = lower;
        return ValidationTr::tr("it must be \"true\" or \"false\"");
    }
    if (type == u"parseBool") {
        if (isParseBool(value))
            return {};
        const QString lower = value.trimmed().toLower();
        if (fixed && (lower == u"true" || lower == u"false"))
            *fixed = lower;
        return ValidationTr::tr(
            "it must be true or false (or 1, t, T, TRUE, True, 0, f, F, FALSE, False)");
    }
    if (type == u"int" || type == u"float") {
        if (spec.values.contains(value))
            return {};
        if (type == u"int") {
            if (const std::optional<qint64> n = goInt(value))
                return rangeProblem(spec, double(*n));
            return spec.values.isEmpty() ? ValidationTr::tr("it must be an integer")
                                         : ValidationTr::tr("it must be an integer or one of %1")
                                               .arg(quotedList(spec.values));
        }
        if (const std::optional<double> n = goFloat(value))
            return rangeProblem(spec, *n);
        return ValidationTr::tr("it must be a number");
    }
    if (type == u"enum")
        return enumProblem(spec.values, value, spec.caseInsensitive, fixed);
    if (type == u"list")
        return listProblem(spec, value, service);
    if (type == u"map")
        return mapProblem(spec, value);
    if (type == u"json")
        return jsonProblem(spec, value, service);
    if (type == u"duration")
        return isGoDuration(value)
                   ? QString()
                   : ValidationTr::tr("it must be a duration such as 5s, 1m30s or 250ms");
    if (type == u"port") {
        if (spec.values.contains(value) || isPortOf(value, service))
            return {};
        if (const std::optional<qint64> n = goInt(value))
            return *n >= 1 && *n <= 65535 ? QString()
                                          : ValidationTr::tr("it must be between 1 and 65535");
        return ValidationTr::tr("it must be a port number or the name of a port of this Service");
    }
    if (type == u"ip" || type == u"ipv4" || type == u"ipv6" || type == u"arn"
        || type == u"cidrList") {
        AnnotationSpec item = spec;
        item.items = type == u"cidrList" ? u"cidr"_s : type;
        if (type == u"cidrList")
            return listProblem(item, value, service);
        return itemProblem(item, value, service);
    }
    return {};
}

} // namespace sd::rules::platform
