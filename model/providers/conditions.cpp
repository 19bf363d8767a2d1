// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/providers/conditions.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include "model/providers/profilematch.h"

namespace sd {

namespace {

Qt::CaseSensitivity sensitivity(bool caseInsensitive)
{
    return caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
}

// The test of an annotation or field selector on the value it names (nullopt: not set).
bool testValue(const Selector &s, const std::optional<QString> &value)
{
    if (s.absent)
        return !value;
    if (!value)
        return false;
    if (!s.item.isEmpty()) {
        const QStringList items = listItems(*value, QStringLiteral(","), true);
        return std::any_of(items.begin(), items.end(), [&](const QString &i) {
            return s.item.contains(i, sensitivity(s.caseInsensitive));
        });
    }
    return s.equals.isEmpty() || s.equals.contains(*value, sensitivity(s.caseInsensitive));
}

bool testClass(const Selector &s, const Service &service)
{
    const ServiceSpec *spec = service.spec.get();
    const QString *cls = spec ? spec->loadBalancerClass.get() : nullptr;
    return cls && s.loadBalancerClass.contains(*cls, sensitivity(s.caseInsensitive));
}

// Whether the port at `index` passes the test.
bool portPasses(const PortTest &t, const ConditionContext &c, size_t index)
{
    const List<ServicePort> &ports = c.service.ports();
    const ServicePort *p = index < ports.size() ? ports[index].get() : nullptr;
    if (!p)
        return false;
    if (!t.protocol.isEmpty()) {
        const std::optional<Protocol> protocol = portProtocol(*p);
        if (!protocol || !t.protocol.contains(toString(*protocol)))
            return false;
    }
    if (!t.setting.isEmpty()) {
        const std::optional<QString> value
            = c.profile ? portSetting(*c.profile, c.service, index, t.setting) : std::nullopt;
        if (t.absent ? value.has_value()
                     : !value
                           || (!t.equals.isEmpty()
                               && !t.equals.contains(*value, sensitivity(t.caseInsensitive))))
            return false;
    }
    if (!t.inAnnotation.isEmpty()) {
        const std::optional<QString> list = annotationValue(c.service, t.inAnnotation);
        if (!list)
            return false;
        const QStringList entries = listItems(*list, QStringLiteral(","), true);
        if (std::none_of(entries.begin(), entries.end(), [&](const QString &e) {
                return namesPort(e, *p);
            }))
            return false;
    }
    if (t.sharesNumber) {
        bool shared = false;
        for (size_t j = 0; j < ports.size() && !shared; ++j) {
            const ServicePort *q = ports[j].get();
            shared = j != index && q && q->port.hasValue() && p->port.hasValue()
                     && q->port.value() == p->port.value();
        }
        if (!shared)
            return false;
    }
    return true;
}

bool testPort(const Selector &s, const ConditionContext &c)
{
    if (c.port)
        return portPasses(*s.port, c, *c.port) != s.absent;
    const size_t count = c.service.ports().size();
    bool some = false;
    for (size_t i = 0; i < count && !some; ++i)
        some = portPasses(*s.port, c, i);
    return some != s.absent;
}

bool test(const Selector &s, const ConditionContext &c)
{
    if (!s.annotation.isEmpty())
        return testValue(s, annotationValue(c.service, s.annotation));
    if (!s.loadBalancerClass.isEmpty())
        return testClass(s, c.service);
    if (!s.field.isEmpty())
        return testValue(s, defaultedSpecField(c.service, s.field));
    if (s.port)
        return testPort(s, c);
    if (!s.anyOf.empty())
        return std::any_of(s.anyOf.begin(), s.anyOf.end(), [&](const Selector &x) {
            return holds(x, c);
        });
    return allHold(s.allOf, c);
}

} // namespace

bool holds(const Selector &selector, const ConditionContext &context)
{
    return test(selector, context) != selector.negate;
}

bool allHold(const std::vector<Selector> &selectors, const ConditionContext &context)
{
    return std::all_of(selectors.begin(), selectors.end(), [&](const Selector &s) {
        return holds(s, context);
    });
}

QStringList listItems(const QString &value, const QString &separator, bool trim)
{
    QStringList items = value.split(separator.isEmpty() ? QStringLiteral(",") : separator);
    if (trim) {
        for (QString &i : items)
            i = i.trimmed();
    }
    return items;
}

std::optional<QString> portSetting(const ProviderProfile &profile,
                                   const Service &service,
                                   size_t index,
                                   QStringView name)
{
    if (!profile.portSettings)
        return std::nullopt;
    const PortSettings &settings = *profile.portSettings;
    const auto setting = std::find_if(settings.settings.begin(),
                                      settings.settings.end(),
                                      [&](const PortSetting &s) { return s.name == name; });
    const List<ServicePort> &ports = service.ports();
    const ServicePort *p = index < ports.size() ? ports[index].get() : nullptr;
    if (setting == settings.settings.end() || !p)
        return std::nullopt;

    std::optional<QString> value;
    // The per-port JSON object first: a field that is absent or empty falls through.
    if (!setting->jsonField.isEmpty() && !settings.annotation.isEmpty() && p->port.hasValue()) {
        QString key = settings.annotation;
        key.replace(QStringLiteral("{port}"), QString::number(p->port.value()));
        if (const std::optional<QString> json = annotationValue(service, key)) {
            const QJsonValue v
                = QJsonDocument::fromJson(json->toUtf8()).object().value(setting->jsonField);
            const QString text = v.isString() ? v.toString() : QString();
            if (!text.isEmpty())
                value = text;
        }
    }
    for (const QString &annotation : setting->annotations) {
        if (value)
            break;
        value = annotationValue(service, annotation);
    }
    if (!value && setting->fromPortProtocol) {
        if (const std::optional<Protocol> protocol = portProtocol(*p))
            value = toString(*protocol);
    }
    if (!value && !setting->defaultValue.isEmpty())
        value = setting->defaultValue;
    if (value && setting->lowercase)
        *value = value->toLower();
    return value;
}

bool namesPort(QStringView entry, const ServicePort &port)
{
    const bool digits = !entry.isEmpty() && std::all_of(entry.begin(), entry.end(), [](QChar ch) {
        return ch >= u'0' && ch <= u'9';
    });
    if (digits) {
        bool ok = false;
        const int number = entry.toInt(&ok);
        return ok && port.port.hasValue() && port.port.value() == number;
    }
    return port.name.hasValue() && port.name.value() == entry;
}

std::optional<Protocol> portProtocol(const ServicePort &p)
{
    if (p.protocol.hasValue())
        return p.protocol.value();
    if (!p.protocol.isSet() || p.protocol.isNull())
        return Protocol::TCP;
    const Node *raw = p.protocol.raw();
    if (raw->isScalar() && raw->text().isEmpty())
        return Protocol::TCP;
    return std::nullopt;
}

bool isKnownSpecField(QStringView name)
{
    return visitSpecField(name, [](auto) {});
}

std::optional<QString> defaultedSpecField(const Service &service, QStringView field)
{
    const ServiceSpec *spec = service.spec.get();
    std::optional<QString> value;
    if (spec)
        visitSpecField(field, [&](auto member) { value = fieldText(spec->*member); });
    if (value && !value->isEmpty())
        return value;
    const ServiceType type = service.effectiveType();
    if (field == u"spec.sessionAffinity")
        return QStringLiteral("None");
    if (field == u"spec.internalTrafficPolicy" && type != ServiceType::ExternalName)
        return QStringLiteral("Cluster");
    if (field == u"spec.externalTrafficPolicy"
        && (type == ServiceType::NodePort || type == ServiceType::LoadBalancer))
        return QStringLiteral("Cluster");
    if (field == u"spec.allocateLoadBalancerNodePorts" && type == ServiceType::LoadBalancer)
        return QStringLiteral("true");
    return std::nullopt;
}

} // namespace sd
