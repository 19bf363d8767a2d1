// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/providers/profilematch.h"

#include <algorithm>
#include <climits>
#include <mutex>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <QHash>

#include "model/domain/editdistance.h"
#include "model/domain/service.h"
#include "model/providers/conditions.h"

namespace sd {

/** What findAnnotationSpec() looks a key up in: the entries by their exact key (views of the
 *  profile's own strings, which do not change while it is in use), and the pattern entries. */
struct CatalogueIndex
{
    QHash<QStringView, qsizetype> exact; ///< key -> the first entry with that key
    std::vector<qsizetype> patterns;     ///< the entries whose key is a pattern, in order
};

struct CatalogueIndexCache::State
{
    std::once_flag built;
    CatalogueIndex index;
};

CatalogueIndexCache::CatalogueIndexCache()
    : m_state(std::make_unique<State>())
{}

CatalogueIndexCache::CatalogueIndexCache(const CatalogueIndexCache &)
    : CatalogueIndexCache()
{}

CatalogueIndexCache &CatalogueIndexCache::operator=(const CatalogueIndexCache &other)
{
    if (this != &other)
        m_state = std::make_unique<State>();
    return *this;
}

CatalogueIndexCache::~CatalogueIndexCache() = default;

const CatalogueIndex &CatalogueIndexCache::of(const ProviderProfile &profile) const
{
    std::call_once(m_state->built, [&] {
        CatalogueIndex &index = m_state->index;
        const std::vector<AnnotationSpec> &specs = profile.annotations;
        index.exact.reserve(qsizetype(specs.size()));
        for (qsizetype i = 0; i < qsizetype(specs.size()); ++i) {
            const AnnotationSpec &spec = specs[size_t(i)];
            if (!index.exact.contains(spec.key))
                index.exact.insert(spec.key, i);
            if (spec.isPattern())
                index.patterns.push_back(i);
        }
    });
    return m_state->index;
}

namespace {

const Field<QString> *annotationField(const Service &service, QStringView key)
{
    const ObjectMeta *meta = service.metadata.get();
    const StringMap *annotations = meta ? meta->annotations.get() : nullptr;
    return annotations ? annotations->find(key) : nullptr;
}

// A run of ASCII digits at the start of `text`: its length, and its value when it fits an int.
qsizetype leadingDigits(QStringView text, int *value)
{
    qsizetype n = 0;
    qint64 v = 0;
    while (n < text.size() && text[n].isDigit() && text[n].unicode() < 0x80) {
        v = std::min<qint64>(v * 10 + (text[n].unicode() - u'0'), qint64(INT_MAX) + 1);
        ++n;
    }
    if (value)
        *value = v > INT_MAX ? -1 : int(v);
    return n;
}

// `proxy_protocol_v2.enabled` of `proxy_protocol_v2.enabled=true`.
QString attributeName(QStringView item)
{
    const qsizetype eq = item.indexOf(u'=');
    return (eq < 0 ? item : item.left(eq)).trimmed().toString();
}

} // namespace

std::optional<QString> annotationValue(const Service &service, QStringView key)
{
    const Field<QString> *field = annotationField(service, key);
    if (!field)
        return std::nullopt;
    if (field->hasValue())
        return field->value();
    const Node *raw = field->raw();
    return raw && raw->isScalar() && !field->isNull() ? raw->text() : QString();
}

bool matches(const Selector &selector, const Service &service)
{
    return holds(selector, ConditionContext{service});
}

bool conditionHolds(const Fact &fact, const Service &service)
{
    if (fact.support == Support::Yes)
        return true;
    if (fact.support != Support::Conditional || fact.requires_.empty())
        return false;
    return allHold(fact.requires_, ConditionContext{service});
}

const ProfileVariant &selectVariant(const ProviderProfile &profile, const Service &service)
{
    static const ProfileVariant empty;
    const ProfileVariant *fallback = nullptr;
    for (const ProfileVariant &v : profile.variants) {
        if (v.isDefault) {
            if (!fallback)
                fallback = &v;
            continue;
        }
        if (!v.when.empty() && allHold(v.when, ConditionContext{service, &profile}))
            return v;
    }
    if (fallback)
        return *fallback;
    return profile.variants.empty() ? empty : profile.variants.front();
}

bool handlesClass(const ProviderProfile &profile, const Service &service)
{
    const ServiceSpec *spec = service.spec.get();
    const QString *cls = spec ? spec->loadBalancerClass.get() : nullptr;
    if (!cls)
        return profile.handlesUnclassed
               && allHold(profile.handlesUnclassedWhen, ConditionContext{service, &profile});
    return profile.handlesClasses.contains(*cls);
}

const Selector *ignoringSelector(const ProviderProfile &profile, const Service &service)
{
    for (const Selector &s : profile.ignoredWhen) {
        if (matches(s, service))
            return &s;
    }
    return nullptr;
}

bool handles(const ProviderProfile &profile, const Service &service)
{
    return handlesClass(profile, service) && !ignoringSelector(profile, service);
}

namespace {

// How many code units `a` and `b` have equal from the start, up to the first `{` of `a`: eight
// at a time, since a provider's keys share long prefixes
// (service.beta.kubernetes.io/aws-load-balancer-).
qsizetype literalRun(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i brace = _mm_set1_epi16('{');
    for (; i + 8 <= n; i += 8) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(a.utf16() + i));
        const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b.utf16() + i));
        const __m128i same = _mm_andnot_si128(_mm_cmpeq_epi16(x, brace), _mm_cmpeq_epi16(x, y));
        const int stop = ~_mm_movemask_epi8(same) & 0xffff;
        if (stop != 0)
            return i + qCountTrailingZeroBits(uint(stop)) / 2;
    }
#endif
    while (i < n && a[i] == b[i] && a[i] != u'{')
        ++i;
    return i;
}

} // namespace

bool keyMatches(QStringView catalogueKey, QStringView key, int *number)
{
    bool numberSet = false;
    qsizetype i = literalRun(catalogueKey, key);
    qsizetype j = i;
    while (i < catalogueKey.size()) {
        if (catalogueKey[i] == u'{') {
            const qsizetype close = catalogueKey.indexOf(u'}', i);
            if (close < 0)
                return false;
            const QStringView placeholder = catalogueKey.mid(i + 1, close - i - 1);
            i = close + 1;
            if (placeholder == u"protocol") {
                // A listener protocol: TCP, UDP, TCP_UDP, TLS, ...
                const qsizetype start = j;
                while (j < key.size() && ((key[j] >= u'A' && key[j] <= u'Z') || key[j] == u'_'))
                    ++j;
                if (j == start)
                    return false;
                continue;
            }
            int value = 0;
            const qsizetype digits = leadingDigits(key.mid(j), &value);
            if (digits == 0)
                return false;
            if (number && !numberSet) {
                *number = value;
                numberSet = true;
            }
            j += digits;
            continue;
        }
        if (j >= key.size() || key[j] != catalogueKey[i])
            return false;
        ++i;
        ++j;
    }
    return j == key.size();
}

const AnnotationAlias *annotationAlias(const ProviderProfile &profile, QStringView key)
{
    for (const AnnotationAlias &alias : profile.annotationAliases) {
        if (!alias.prefix.isEmpty() && key.startsWith(alias.prefix))
            return &alias;
    }
    return nullptr;
}

namespace {

// `key` with the alias prefix replaced by the prefix it stands for.
QString unaliased(const AnnotationAlias &alias, QStringView key)
{
    return alias.for_ + key.mid(alias.prefix.size());
}

// The entry with exactly this key, else the first pattern that matches it.
const AnnotationSpec *findCatalogueKey(const ProviderProfile &profile, QStringView key)
{
    const CatalogueIndex &index = profile.catalogueIndex.of(profile);
    if (const auto it = index.exact.constFind(key); it != index.exact.cend())
        return &profile.annotations[size_t(*it)];
    for (const qsizetype i : index.patterns) {
        const AnnotationSpec &spec = profile.annotations[size_t(i)];
        if (keyMatches(spec.key, key))
            return &spec;
    }
    return nullptr;
}

bool hasOwnPrefix(const ProviderProfile &profile, QStringView key)
{
    for (const QString &prefix : profile.annotationPrefixes) {
        if (!prefix.isEmpty() && key.startsWith(prefix))
            return true;
    }
    return false;
}

QString nearestCatalogueKey(const ProviderProfile &profile, QStringView key)
{
    QString best;
    int bestDistance = INT_MAX;
    for (const AnnotationSpec &spec : profile.annotations) {
        if (spec.isPattern() || spec.key == key)
            continue;
        // The shared start (`service.beta.kubernetes.io/aws-load-balancer-`) costs nothing and
        // says nothing: compare the rest, and allow a third of it to differ.
        qsizetype common = 0;
        while (common < key.size() && common < spec.key.size() && key[common] == spec.key[common])
            ++common;
        // From the start of the word where they part: "ssl-cret" against "ssl-cert" compares
        // "cret" with "cert".
        while (common > 0 && key[common - 1] != u'-' && key[common - 1] != u'/'
               && key[common - 1] != u'.' && key[common - 1] != u'_')
            --common;
        const QStringView rest = key.mid(common);
        const int d = editDistance(rest, QStringView(spec.key).mid(common));
        if (d <= std::max<int>(1, int(rest.size() / 3)) && d < bestDistance) {
            bestDistance = d;
            best = spec.key;
        }
    }
    return best;
}

} // namespace

const AnnotationSpec *findAnnotationSpec(const ProviderProfile &profile, QStringView key)
{
    if (const AnnotationSpec *spec = findCatalogueKey(profile, key))
        return spec;
    // Allocates only for a key under an alias prefix.
    if (const AnnotationAlias *alias = annotationAlias(profile, key))
        return findCatalogueKey(profile, unaliased(*alias, key));
    return nullptr;
}

bool ownsAnnotation(const ProviderProfile &profile, QStringView key)
{
    return hasAnnotationPrefix(profile, key) || findAnnotationSpec(profile, key) != nullptr;
}

bool hasAnnotationPrefix(const ProviderProfile &profile, QStringView key)
{
    if (hasOwnPrefix(profile, key))
        return true;
    const AnnotationAlias *alias = annotationAlias(profile, key);
    return alias && hasOwnPrefix(profile, unaliased(*alias, key));
}

QString nearestAnnotationKey(const ProviderProfile &profile, QStringView key)
{
    const AnnotationAlias *alias = annotationAlias(profile, key);
    if (!alias)
        return nearestCatalogueKey(profile, key);
    const QString nearest = nearestCatalogueKey(profile, unaliased(*alias, key));
    if (nearest.startsWith(alias->for_))
        return alias->prefix + QStringView(nearest).mid(alias->for_.size());
    return nearest;
}

bool readsProxyAnnotation(const ProfileVariant &variant, QStringView key)
{
    for (const ProxyProtocolAnnotation &a : variant.proxyProtocol.annotations) {
        if (keyMatches(a.key, key))
            return true;
    }
    return false;
}

bool variantReads(const ProfileVariant &variant, QStringView key)
{
    if (readsProxyAnnotation(variant, key))
        return true;
    const Tls &tls = variant.tls;
    if (tls.certificateAnnotations.contains(key) || tls.portsAnnotation == key
        || tls.policyAnnotation == key || tls.alternativeAnnotations.contains(key))
        return true;
    return variant.backendProtocol && variant.backendProtocol->key == key;
}

const ProfileVariant *otherVariantReading(const ProviderProfile &profile,
                                          const ProfileVariant &selected,
                                          QStringView key)
{
    return otherVariantReading(profile, selected, key, findAnnotationSpec(profile, key));
}

const ProfileVariant *otherVariantReading(const ProviderProfile &profile,
                                          const ProfileVariant &selected,
                                          QStringView key,
                                          const AnnotationSpec *spec)
{
    if (spec) {
        if (spec->variants.isEmpty() || spec->variants.contains(selected.id))
            return nullptr;
        for (const ProfileVariant &w : profile.variants) {
            if (spec->variants.contains(w.id))
                return &w;
        }
        return nullptr;
    }
    if (variantReads(selected, key))
        return nullptr;
    for (const ProfileVariant &w : profile.variants) {
        if (&w != &selected && variantReads(w, key))
            return &w;
    }
    return nullptr;
}

bool isAttributeList(const ProxyProtocolAnnotation &annotation)
{
    for (const QStringList *list : {&annotation.values, &annotation.enabling}) {
        for (const QString &v : *list) {
            if (v.contains(u'='))
                return true;
        }
    }
    return false;
}

ProxyValue readProxyValue(const ProxyProtocolAnnotation &annotation, const QString &value)
{
    const Qt::CaseSensitivity cs = annotation.caseInsensitive ? Qt::CaseInsensitive
                                                              : Qt::CaseSensitive;
    ProxyValue out;
    if (isAttributeList(annotation)) {
        // Only the items about the same attributes as `values` count; the others are left to
        // the catalogue.
        QStringList names;
        for (const QStringList *list : {&annotation.values, &annotation.enabling}) {
            for (const QString &v : *list)
                names << attributeName(v);
        }
        for (const QString &raw : value.split(u',')) {
            const QString item = raw.trimmed();
            if (!names.contains(attributeName(item)))
                continue;
            if (!annotation.values.isEmpty() && !annotation.values.contains(item, cs))
                out.valid = false;
            if (annotation.enabling.contains(item, cs))
                out.enabling = true;
        }
    } else {
        out.valid = annotation.values.isEmpty() || annotation.values.contains(value, cs);
        out.enabling = out.valid
                       && (annotation.enabling.isEmpty() || annotation.enabling.contains(value, cs));
    }
    out.version = annotation.version;
    for (const auto &[v, version] : annotation.versionByValue) {
        if (v.compare(value, cs) == 0)
            out.version = version;
    }
    return out;
}

namespace {

// Whether the port is one of the TLS ports: the ports annotation lists numbers or port names;
// absent and `*` mean all or none as the provider reads them.
bool isTlsPort(const Tls &tls, const Service &service, const ServicePort &port)
{
    if (tls.portsAnnotation.isEmpty())
        return true;
    const std::optional<QString> ports = annotationValue(service, tls.portsAnnotation);
    if (!ports)
        return tls.absentMeansAll;
    if (ports->trimmed() == u"*")
        return tls.starMeansAll;
    const QString number = QString::number(port.port.valueOr(0));
    const QString name = port.name.valueOr(QString());
    for (QString item : ports->split(tls.portsSeparator)) {
        if (tls.portsTrimmed)
            item = item.trimmed();
        if (item == number || (!name.isEmpty() && item == name))
            return true;
    }
    return false;
}

} // namespace

bool tlsEndsAtLoadBalancer(const Tls &tls, const Service &service, const ServicePort &port)
{
    const bool certificate = std::any_of(tls.certificateAnnotations.begin(),
                                         tls.certificateAnnotations.end(),
                                         [&service](const QString &key) {
                                             const auto value = annotationValue(service, key);
                                             return value && !value->isEmpty();
                                         });
    return certificate && isTlsPort(tls, service, port);
}

} // namespace sd
