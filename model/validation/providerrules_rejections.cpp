// SPDX-License-Identifier: GPL-3.0-or-later
// The controller's own rules of the profile (`rejections`, the profile's and the variant's): a
// spec field with a refused value, or a condition on annotations, fields and ports, once for the
// Service or once per port.

#include <algorithm>

#include "model/providers/conditions.h"
#include "model/providers/profilematch.h"
#include "model/tr.h"
#include "model/validation/providerrules_p.h"

namespace sd::rules::platform {

using namespace Qt::StringLiterals;

namespace {

const QString kAnnotationPrefix = u"metadata.annotations["_s;

// The annotation key of `metadata.annotations[KEY]`, or an empty string.
QString annotationKeyOf(const QString &path)
{
    if (!path.startsWith(kAnnotationPrefix) || !path.endsWith(u']'))
        return {};
    return path.mid(kAnnotationPrefix.size(), path.size() - kAnnotationPrefix.size() - 1);
}

// The first annotation or spec field a rule's condition names positively.
QString subjectOf(const std::vector<Selector> &when)
{
    for (const Selector &s : when) {
        if (!s.negate && !s.absent && !s.annotation.isEmpty())
            return annotationPath(s.annotation);
    }
    for (const Selector &s : when) {
        if (!s.negate && !s.absent && !s.field.isEmpty())
            return s.field;
    }
    return {};
}

// Where a finding of the rule goes: its path, or what it tests.
QString pathOf(const Rejection &r, std::optional<size_t> port)
{
    QString path = r.path;
    if (path.isEmpty())
        path = r.field;
    if (path.isEmpty())
        path = subjectOf(r.when);
    if (path.isEmpty())
        path = port ? u"spec.ports[]"_s : u"spec"_s;
    if (port)
        path.replace(u"[]"_s, u'[' + QString::number(*port) + u']');
    return path;
}

struct Place
{
    SourcePos pos;
    std::optional<Fix> fix;
};

// The position of `path` in the Service, and the edit that removes what is there.
Place placeOf(const RuleContext &c, const QString &path, std::optional<size_t> port)
{
    if (const QString key = annotationKeyOf(path); !key.isEmpty())
        return {annotationPos(c, key), removeAnnotation(key)};
    Place place{c.specPos(), std::nullopt};
    if (port) {
        place.pos = path.endsWith(u".protocol") ? portFieldPos(c, *port, &ServicePort::protocol)
                                                : portPos(c, *port);
        return place;
    }
    const QString shortName = path.mid(path.lastIndexOf(u'.') + 1);
    visitSpecField(path, [&](auto member) {
        place.pos = c.posOr(c.spec->*member, c.specPos());
        if ((c.spec->*member).isSet()) {
            place.fix = Fix{ValidationTr::tr("Remove %1").arg(shortName), [member](Service &s) {
                                if (ServiceSpec *sp = s.spec.get())
                                    (sp->*member).clear();
                            }};
        }
    });
    return place;
}

// The value the legacy form tests, when the rule has one (nullopt: the field is not set).
std::optional<QString> testedValue(const RuleContext &c, const Rejection &r)
{
    if (const QString key = annotationKeyOf(r.field); !key.isEmpty())
        return annotationValue(c.service, key);
    std::optional<QString> value;
    visitSpecField(r.field, [&](auto member) { value = fieldText(c.spec->*member); });
    return value;
}

// Whether the rule looks at the value of the annotation `key`, not only at its presence.
bool testsValueOf(const Rejection &r, const QString &key)
{
    if (annotationKeyOf(r.field) == key && !r.equals.isEmpty())
        return true;
    return std::any_of(r.when.begin(), r.when.end(), [&](const Selector &s) {
        return s.annotation == key && (!s.equals.isEmpty() || !s.item.isEmpty());
    });
}

void report(ProviderCheck &pc, const Rejection &r, std::optional<size_t> port, const QString &value)
{
    RuleContext &c = pc.c;
    const QString path = pathOf(r, port);
    Place place = placeOf(c, path, port);
    const bool rejected = r.outcome == Outcome::Rejected;
    QString message;
    if (!r.message.isEmpty()) {
        message
            = rejected
                  ? ValidationTr::tr("%1 refuses this Service: %2").arg(pc.who(), r.message.text())
                  : ValidationTr::tr("%1: %2", "provider, what it does")
                        .arg(pc.who(), r.message.text());
    } else if (!value.isNull()) {
        message = ValidationTr::tr(
                      "%1 refuses a Service with %2 %3: the load balancer is never created.")
                      .arg(pc.who(), path, quoted(value));
    } else {
        message = ValidationTr::tr(
                      "%1 refuses a Service with this %2: the load balancer is never created.")
                      .arg(pc.who(), path);
    }
    platform::report(c,
                     rejected ? Severity::Error : Severity::Warning,
                     u"provider-"_s + r.code,
                     path,
                     place.pos,
                     message,
                     sourceOf(r.provenance, pc.profile),
                     std::move(place.fix));
    // A rule on the annotation's value says what is wrong with it; one on its presence leaves
    // the value to the catalogue.
    if (const QString key = annotationKeyOf(path); !key.isEmpty() && testsValueOf(r, key))
        pc.valued.insert(key);
}

void apply(ProviderCheck &pc, const Rejection &r)
{
    RuleContext &c = pc.c;
    QString value; // null unless the legacy form tested a value
    const bool legacy = !r.equals.isEmpty() || r.whenPresent;
    if (legacy) {
        const std::optional<QString> tested = testedValue(c, r);
        if (!tested)
            return;
        const bool fires = (r.whenPresent && !tested->isEmpty()) || r.equals.contains(*tested);
        if (!fires)
            return;
        value = *tested;
    }
    if (!r.forEachPort) {
        if (allHold(r.when, ConditionContext(c.service, &pc.profile)))
            report(pc, r, std::nullopt, value);
        return;
    }
    for (size_t i = 0; i < c.service.ports().size(); ++i) {
        if (allHold(r.when, ConditionContext(c.service, &pc.profile, i)))
            report(pc, r, i, value);
    }
}

} // namespace

void checkRejections(ProviderCheck &pc)
{
    for (const Rejection &r : pc.profile.rejections)
        apply(pc, r);
    for (const Rejection &r : pc.variant.rejections)
        apply(pc, r);
}

} // namespace sd::rules::platform
