// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a provider profile applies to one Service: which selectors hold, which variant (load
// balancer type) the Service gets, whether the provider acts on it at all, and how an annotation
// of the Service matches the profile's catalogue. Pure functions, no allocation on the common
// paths: the validator calls them for every Service on every pass.

#include <optional>

#include <QString>
#include <QStringView>

#include "model/providers/profile.h"

namespace sd {

struct Service;
struct ServicePort;

/** The effective value of an annotation (the last of duplicate keys wins, as in kubectl), or
 *  nullopt when the Service does not have it. A value that is not a string (a decode error
 *  reported elsewhere) is read as its text. */
std::optional<QString> annotationValue(const Service &service, QStringView key);

/** Whether `selector` holds for the Service (conditions.h, without port settings). An annotation
 *  test looks at the effective annotations of metadata; a loadBalancerClass test at
 *  spec.loadBalancerClass (a Service without a class never matches it). */
bool matches(const Selector &selector, const Service &service);

/** Whether the fact holds for this Service: support `yes`, or `conditional` with every selector
 *  of `requires` matching. A condition given only in words (no `requires`) cannot be checked
 *  and does not hold. */
bool conditionHolds(const Fact &fact, const Service &service);

/** The variant the Service gets: the first non-default variant whose `when` selectors all match
 *  (a variant without `when` never matches), else the default variant, else the first one. A
 *  profile without variants (the loader refuses those) yields an empty variant. */
const ProfileVariant &selectVariant(const ProviderProfile &profile, const Service &service);

/** Whether the provider acts on the Service because of its class: a Service with a class is
 *  handled when the class is in `handlesClasses`, one without when `handlesUnclassed` and every
 *  selector of `handlesUnclassedWhen` holds. */
bool handlesClass(const ProviderProfile &profile, const Service &service);

/** The first `ignoredWhen` selector that holds (it hands the Service to another controller),
 *  or nullptr. */
const Selector *ignoringSelector(const ProviderProfile &profile, const Service &service);

/** Whether the provider acts on the Service at all: its class is handled and no `ignoredWhen`
 *  selector holds. Says nothing about the Service's type. */
bool handles(const ProviderProfile &profile, const Service &service);

/** Whether an annotation key matches a catalogue key, which may be a pattern: `{port}` and `{N}`
 *  stand for a decimal number, `{protocol}` for a listener protocol (upper-case letters and `_`).
 *  `number` receives the number of the first numeric placeholder. */
bool keyMatches(QStringView catalogueKey, QStringView key, int *number = nullptr);

/** The alias of the profile whose `prefix` starts `key` (annotationAliases), or nullptr. */
const AnnotationAlias *annotationAlias(const ProviderProfile &profile, QStringView key);

/** The catalogue entry of the profile for an annotation key (exact keys before patterns), or
 *  nullptr. A key under an alias prefix is looked up with the prefix it stands for. */
const AnnotationSpec *findAnnotationSpec(const ProviderProfile &profile, QStringView key);

/** Whether a key belongs to the profile: it starts with one of its `annotationPrefixes` or is
 *  one of its catalogue keys (either under an alias prefix as well). */
bool ownsAnnotation(const ProviderProfile &profile, QStringView key);

/** Whether a key starts with one of the profile's `annotationPrefixes`, directly or once an
 *  alias prefix is read as the prefix it stands for. */
bool hasAnnotationPrefix(const ProviderProfile &profile, QStringView key);

/** The catalogue key nearest to `key` by edit distance, when it is near enough to be the one
 *  meant (after the start both share, at most a third of the rest differs); empty otherwise.
 *  Patterns are not suggested. A key under an alias prefix gets a suggestion under it. */
QString nearestAnnotationKey(const ProviderProfile &profile, QStringView key);

/** Whether the variant reads `key` for PROXY protocol (pattern keys included). */
bool readsProxyAnnotation(const ProfileVariant &variant, QStringView key);

/** Whether the variant reads `key` for PROXY protocol, TLS or the backend protocol. */
bool variantReads(const ProfileVariant &variant, QStringView key);

/** Another variant of the profile that reads `key` when `selected` does not (the classic-ELB
 *  PROXY key on an NLB): from the catalogue's `variants` when the key is in the catalogue, else
 *  from the variants' PROXY, TLS and backend annotations. nullptr when `selected` reads it or no
 *  variant claims it. */
const ProfileVariant *otherVariantReading(const ProviderProfile &profile,
                                          const ProfileVariant &selected,
                                          QStringView key);
/** The same with `key`'s catalogue entry already looked up: findAnnotationSpec(profile, key). */
const ProfileVariant *otherVariantReading(const ProviderProfile &profile,
                                          const ProfileVariant &selected,
                                          QStringView key,
                                          const AnnotationSpec *spec);

/** Whether a PROXY protocol annotation's values are items of a comma-separated key=value list
 *  (AWS target-group attributes: `proxy_protocol_v2.enabled=true` among other attributes). */
bool isAttributeList(const ProxyProtocolAnnotation &annotation);

/** Whether TLS from the client ends at the load balancer for `port`: one of the certificate
 *  annotations is set, and the port is one of the TLS ports as the controller reads the ports
 *  annotation (absent and `*` meaning all or none). */
bool tlsEndsAtLoadBalancer(const Tls &tls, const Service &service, const ServicePort &port);

/** What a value of a PROXY protocol annotation means. */
struct ProxyValue
{
    bool valid = true;     ///< one of `values` (for attribute lists: every PROXY item is)
    bool enabling = false; ///< turns PROXY protocol on
    int version = 0;       ///< the version sent when enabling (versionByValue, else version)
};
ProxyValue readProxyValue(const ProxyProtocolAnnotation &annotation, const QString &value);

} // namespace sd
