// SPDX-License-Identifier: GPL-3.0-or-later
// The Service's annotations against the provider's catalogue: annotations of another variant or
// provider, unknown keys (with the nearest known one), values, deprecated keys (the
// provider-annotation-* codes of the table in providerrules_p.h).

#include <algorithm>

#include "model/providers/annotationowners.h"
#include "model/providers/profilematch.h"
#include "model/tr.h"
#include "model/validation/providerrules_p.h"
#include "model/validation/syntax.h"

namespace sd::rules::platform {

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------
// Annotations: whose they are, and what the catalogue says of them

// Whether the Service was read back from a cluster (`kubectl get -o yaml`): the API server's
// own metadata or a load-balancer status. Annotations a controller writes are then expected.
bool fromCluster(const RuleContext &c)
{
    if (c.service.status.isSet() && !c.service.status.isNull())
        return true;
    if (!c.meta)
        return false;
    return std::any_of(c.meta->extras.begin(), c.meta->extras.end(), [](const Node::Entry &e) {
        return e.key == u"uid" || e.key == u"resourceVersion" || e.key == u"creationTimestamp";
    });
}

// What says that variant `w` reads `key`, as otherVariantReading() decides: the catalogue entry,
// else the variant's PROXY protocol, TLS or backend-protocol annotation.
Provenance readingProvenance(const ProviderProfile &profile,
                             const ProfileVariant &w,
                             QStringView key)
{
    if (const AnnotationSpec *spec = findAnnotationSpec(profile, key))
        return spec->provenance;
    for (const ProxyProtocolAnnotation &a : w.proxyProtocol.annotations) {
        if (keyMatches(a.key, key))
            return a.provenance;
    }
    if (w.backendProtocol && w.backendProtocol->key == key)
        return w.backendProtocol->provenance;
    return w.tls.provenance;
}

void checkValue(ProviderCheck &pc,
                const AnnotationSpec &spec,
                const QString &key,
                const QString &value)
{
    RuleContext &c = pc.c;
    // Made for a finding only.
    const auto path = [&key] { return annotationPath(key); };
    const auto pos = [&c, &key] { return annotationPos(c, key); };
    const auto basis = [&] { return sourceOf(spec.provenance, pc.profile); };
    for (const auto &[deprecatedValue, replacement] : spec.deprecatedValues) {
        if (deprecatedValue != value)
            continue;
        report(c,
               Severity::Info,
               u"provider-annotation-value-deprecated"_s,
               path(),
               pos(),
               replacement.isEmpty()
                   ? ValidationTr::tr("%1: the value %2 of %3 is deprecated.")
                         .arg(pc.who(), quoted(value), key)
                   : ValidationTr::tr("%1: the value %2 of %3 is deprecated; use %4.")
                         .arg(pc.who(), quoted(value), key, quoted(replacement)),
               basis(),
               replacement.isEmpty()
                   ? std::optional<Fix>()
                   : setAnnotation(ValidationTr::tr("Set it to %1").arg(quoted(replacement)),
                                   key,
                                   replacement));
        return;
    }
    QString fixed;
    const QString problem = annotationValueProblem(spec, value, c.service, &fixed);
    if (problem.isEmpty())
        return;
    const bool rejected = spec.onInvalid == Outcome::Rejected;
    const QString message
        = rejected
              ? ValidationTr::tr("%1 refuses %2 for %3: %4. The load balancer is never created.")
                    .arg(pc.who(), quoted(value), key, problem)
              : ValidationTr::tr("%1 does not accept %2 for %3: %4.")
                    .arg(pc.who(), quoted(value), key, problem);
    report(c,
           rejected ? Severity::Error : Severity::Warning,
           u"provider-annotation-value-invalid"_s,
           path(),
           pos(),
           message,
           basis(),
           fixed.isEmpty()
               ? std::optional<Fix>()
               : setAnnotation(ValidationTr::tr("Set it to %1").arg(quoted(fixed)), key, fixed));
}

// What the profile and the variant make of `key`. `known` is made for the first key that needs
// the other providers.
KeyReading readKey(const ProviderCheck &pc,
                   const QString &key,
                   std::shared_ptr<const AnnotationOwners> &known)
{
    const ProviderProfile &profile = pc.profile;
    KeyReading read;
    read.spec = findAnnotationSpec(profile, key);
    read.otherVariant = otherVariantReading(profile, pc.variant, key, read.spec);
    if (read.otherVariant)
        return read;
    read.ownPrefix = hasAnnotationPrefix(profile, key);
    if (read.spec || profile.kind == u"generic"_s)
        return read;
    const auto &providers = pc.c.environment.platform.knownProviders;
    if (!known)
        known = AnnotationOwners::of(providers);
    for (const int i : known->candidates(key)) {
        const auto &other = providers[size_t(i)];
        // Profiles of kind generic and none describe no controller of their own.
        if (!other || other->id == profile.id || other->kind == u"generic"_s
            || other->kind == u"none"_s)
            continue;
        const AnnotationSpec *owned = findAnnotationSpec(*other, key);
        if (!owned && (read.ownPrefix || !hasAnnotationPrefix(*other, key)))
            continue;
        read.owners << providerName(*other, pc.language());
        if (read.owners.size() == 1)
            read.ownerBasis = sourceOf(owned ? owned->provenance : Provenance(), *other);
    }
    return read;
}

} // namespace

void checkAnnotations(ProviderCheck &pc)
{
    RuleContext &c = pc.c;
    const StringMap *annotations = c.meta ? c.meta->annotations.get() : nullptr;
    if (!annotations || annotations->isEmpty())
        return;
    const ProviderProfile &profile = pc.profile;
    std::shared_ptr<const AnnotationOwners> known; // for the first key no profile here knows
    for (const StringMapEntry &e : annotations->effectiveEntries()) {
        const QString &key = e.key;
        // Where a finding goes, made for one only: most annotations have none.
        const auto path = [&key] { return annotationPath(key); };
        const auto pos = [&c, &key] { return annotationPos(c, key); };

        if (pc.placed.contains(key))
            continue;
        const KeyReading *kept = keptReading(pc, key);
        const KeyReading read = kept ? *kept : keepReading(pc, key, readKey(pc, key, known));
        const AnnotationSpec *spec = read.spec;
        if (const ProfileVariant *w = read.otherVariant) {
            QString message = ValidationTr::tr(
                                  "The annotation %1 is read by %2 only; %3 ignores it.")
                                  .arg(key, describeProvider(profile, *w), pc.who());
            if (readsProxyAnnotation(*w, key) && !pc.variant.proxyProtocol.annotations.empty()) {
                QStringList keys;
                for (const ProxyProtocolAnnotation &a : pc.variant.proxyProtocol.annotations)
                    keys << a.key;
                message += u' '
                           + ValidationTr::tr("For PROXY protocol use %1.").arg(keys.join(u", "));
            }
            report(c,
                   Severity::Warning,
                   u"provider-annotation-other-variant"_s,
                   path(),
                   pos(),
                   message,
                   sourceOf(readingProvenance(profile, *w, key), profile),
                   removeAnnotation(key));
            continue;
        }

        if (!read.owners.isEmpty()) {
            report(c,
                   Severity::Warning,
                   u"provider-annotation-other-provider"_s,
                   path(),
                   pos(),
                   ValidationTr::tr("The annotation %1 belongs to %2: it is ignored on %3.")
                       .arg(key, read.owners.join(u", "), pc.who()),
                   read.ownerBasis,
                   removeAnnotation(key));
            continue;
        }
        if (!spec) {
            if (!read.ownPrefix)
                continue;
            const QString nearest = nearestAnnotationKey(profile, key);
            if (nearest.isEmpty()) {
                report(c,
                       Severity::Warning,
                       u"provider-annotation-unknown"_s,
                       path(),
                       pos(),
                       ValidationTr::tr(
                           "The profile of %1 has no annotation %2: if it is misspelt, "
                           "it has no effect.")
                           .arg(pc.who(), key),
                       sourceOf({}, profile),
                       removeAnnotation(key));
            } else {
                report(c,
                       Severity::Warning,
                       u"provider-annotation-unknown"_s,
                       path(),
                       pos(),
                       ValidationTr::tr("The profile of %1 has no annotation %2; did you mean %3?")
                           .arg(pc.who(), key, nearest),
                       sourceOf({}, profile),
                       renameAnnotation(key, nearest));
            }
            continue;
        }
        if (spec->writtenByController && !spec->read) {
            // Written by the controller and never read back: expected on a Service read from a
            // cluster, without effect when set by hand.
            if (!fromCluster(c)) {
                report(c,
                       Severity::Info,
                       u"provider-annotation-written"_s,
                       path(),
                       pos(),
                       ValidationTr::tr(
                           "%1 writes the annotation %2 itself and does not read it: a value "
                           "set by hand has no effect.")
                           .arg(pc.who(), key),
                       sourceOf(spec->provenance, profile),
                       removeAnnotation(key));
            }
            continue;
        }
        if (spec->deprecated) {
            const bool canRename = !spec->replacedBy.isEmpty() && !spec->isPattern()
                                   && !annotations->find(spec->replacedBy);
            report(c,
                   Severity::Info,
                   u"provider-annotation-deprecated"_s,
                   path(),
                   pos(),
                   spec->replacedBy.isEmpty()
                       ? ValidationTr::tr("The annotation %1 is deprecated on %2.").arg(key, pc.who())
                       : ValidationTr::tr("The annotation %1 is deprecated on %2; use %3 instead.")
                             .arg(key, pc.who(), spec->replacedBy),
                   sourceOf(spec->provenance, profile),
                   canRename ? std::optional<Fix>(renameAnnotation(key, spec->replacedBy))
                             : std::nullopt);
        }
        if (pc.valued.contains(key))
            continue;
        checkValue(pc, *spec, key, annotationValue(c.service, key).value_or(QString()));
    }
}

} // namespace sd::rules::platform
