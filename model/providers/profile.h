// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A provider profile: what one cloud provider or load-balancer implementation does with a
// `type: LoadBalancer` Service. Profiles are data (resources/providers/*.yaml, and the user's own
// files); this header is their in-memory form. The YAML keys are the member names below, in the
// same nesting, so the file format and this header document each other. Every fact carries where
// it comes from (`source`, `confidence`), shown to the user on hover.

#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <QString>
#include <QStringList>

#include "model/domain/enums.h"
#include "model/domain/node.h"
#include "model/providers/provenance.h"

namespace sd {

/** Text written in the profile in English and Korean: `{en: "...", ko: "..."}`, or a plain
 *  string (English only). */
struct LocalizedText
{
    QString en;
    QString ko;
    /** The text in the language of the installed translation (English when there is none). */
    QString text() const;
    /** The text in `language` (Korean for "ko", else English): text() for many texts with
     *  currentLanguage() asked once. */
    QString text(QStringView language) const;
    bool isEmpty() const { return en.isEmpty() && ko.isEmpty(); }
};

/** YAML: `yes`, `no`, `conditional`, `unknown`. */
enum class Support { Yes, No, Conditional, Unknown };

/** What happens to a Service that uses something unsupported. YAML: `rejected` (the controller
 *  or the cloud API refuses: the load balancer is never made), `dropped` (the port or option is
 *  skipped, usually with an event), `ignored` (no effect), `unknown`. */
enum class Outcome { Rejected, Dropped, Ignored, Unknown };

/** A test on one port of the Service (inside a Selector). In a rule with `forEachPort` it is about
 *  the port the rule is looking at; elsewhere it holds when some port passes (none, with the
 *  selector's `absent`). YAML: `port: {protocol: [UDP], setting: NAME, equals: [...],
 *  inAnnotation: KEY, sharesNumber: true}`; every key given must hold. */
struct PortTest
{
    QStringList protocol; ///< spec.ports[].protocol after defaulting: TCP, UDP, SCTP
    QString setting;      ///< a portSettings name: the setting the controller resolves
    QStringList equals;   ///< for `setting`: one of these (any value when empty)
    bool caseInsensitive = false;
    bool absent = false;       ///< for `setting`: not set at all (YAML `unset: true`)
    QString inAnnotation;      ///< the port is named, by number or name, in this list annotation
    bool sharesNumber = false; ///< another port has the same number (TCP and UDP on one port)
};

/** A test on the Service, used to pick a variant and to state conditions. Exactly one of:
 *  - `{annotation: KEY, equals: [V...]}` (present with one of the values; any value when `equals`
 *    is absent), `{annotation: KEY, item: [V...]}` (a comma-separated list holding one of the
 *    items, trimmed), `{annotation: KEY, absent: true}`;
 *  - `{loadBalancerClass: [C...]}`;
 *  - `{field: spec.X, equals: [V...]}` or `{field: spec.X, absent: true}`, on the value after
 *    the API server's defaulting;
 *  - `{port: PortTest}` (`absent: true`: no port passes);
 *  - `{anyOf: [Selector...]}` or `{allOf: [Selector...]}`.
 *  `not: true` turns any of them around. */
struct Selector
{
    QString annotation;
    QStringList equals;           ///< empty = any value
    QStringList item;             ///< for an annotation: one of these list items
    bool caseInsensitive = false; ///< YAML: `caseInsensitive: true`
    bool absent = false;
    QStringList loadBalancerClass; ///< when non-empty, the test is on spec.loadBalancerClass
    QString field;                 ///< `spec.externalTrafficPolicy`, ...
    std::optional<PortTest> port;
    std::vector<Selector> anyOf;
    std::vector<Selector> allOf;
    bool negate = false; ///< YAML: `not: true`
};

/** A yes/no fact with its reason. */
struct Fact
{
    Support support = Support::Unknown;
    Outcome outcome = Outcome::Unknown; ///< what happens when unsupported (support: no)
    LocalizedText note;                 ///< why, or the condition in words
    /** For support: conditional, what must hold (all of them). */
    std::vector<Selector> requires_; ///< YAML: `requires:`
    Provenance provenance;
};

/** One annotation that turns PROXY protocol on. */
struct ProxyProtocolAnnotation
{
    QString key;
    QStringList values;           ///< every value the controller accepts
    QStringList enabling;         ///< those of `values` that turn PROXY protocol on
    bool caseInsensitive = false; ///< the controller folds the value's case
    /** The PROXY protocol version sent (1 or 2); 0 = not documented. A value may choose the
     *  version: `versionByValue: {v1: 1, v2: 2}` (YAML map value -> version). */
    int version = 0;
    std::vector<std::pair<QString, int>> versionByValue;
    /** What the controller does when it applies to a UDP port. */
    Outcome onUdp = Outcome::Unknown;
    /** The key names a per-port JSON object rather than a string value (Linode `port-<N>`):
     *  `perPortJsonField: proxy-protocol`. Empty for plain annotations. */
    QString perPortJsonField;
    Provenance provenance;
};

struct ProxyProtocol
{
    Fact support; ///< can this LB send PROXY protocol at all
    std::vector<ProxyProtocolAnnotation> annotations;
};

/** TLS terminated at the load balancer. */
struct Tls
{
    Fact support;
    QStringList certificateAnnotations; ///< any of these set = a certificate is configured
    QString portsAnnotation;            ///< the list of TLS ports (numbers or port names)
    /** How the controller reads the ports list. */
    bool portsTrimmed = true; ///< false: "443, 8443" makes " 8443" a port name
    QString portsSeparator = QStringLiteral(",");
    /** What an absent ports annotation and `*` mean: `all` or `none`. */
    bool absentMeansAll = true;
    bool starMeansAll = true;
    /** What the controller does with an entry that names no port of the Service: `rejected`
     *  (the AWS Load Balancer Controller: "Unused port in ssl-ports annotation"), or `ignored`
     *  (the entry selects nothing; the default). */
    Outcome unmatchedPorts = Outcome::Ignored;
    QString policyAnnotation;
    QStringList policyValues; ///< empty = free text
    /** Per provider: "exactly one of certificate or passthrough" (DO). */
    QStringList alternativeAnnotations;
    Provenance provenance;
};

/** The annotation that sets the protocol between the load balancer and the pods. */
struct BackendProtocol
{
    QString key;
    QStringList values;
    bool caseInsensitive = false;
    /** Which backend values mean plain HTTP, and which mean TLS to the pods, so that they can be
     *  compared with appProtocol (`http` and `https`). */
    QStringList httpValues;
    QStringList tlsValues;
    Provenance provenance;
};

/** A known rule of the provider's controller: what it refuses (the load balancer is never made),
 *  or drops or ignores. The legacy form tests one spec field (`field`, `equals`, `whenPresent`);
 *  the general form states its condition as selectors (`when`), all of which must hold, and with
 *  `forEachPort` is tested once per port, its port tests being about that port. */
struct Rejection
{
    QString code; ///< stable finding code suffix, e.g. `session-affinity`
    /** The field path the legacy form looks at: `spec.sessionAffinity`, `spec.loadBalancerIP`,
     *  `metadata.annotations[KEY]`, ... */
    QString field;
    QStringList equals;         ///< fires when the field has one of these values
    bool whenPresent = false;   ///< fires when the field is set at all
    std::vector<Selector> when; ///< and all of these hold
    bool forEachPort = false;
    /** Where the finding goes; `[]` stands for the port's index (`spec.ports[].protocol`). Empty:
     *  `field`, else the first annotation of `when`, else the port, else `spec`. */
    QString path;
    Outcome outcome = Outcome::Rejected; ///< rejected: an error; otherwise a warning
    LocalizedText message;               ///< the controller's error, and what to do instead
    Provenance provenance;
};

/** One load-balancer implementation of a provider (AWS classic ELB, AWS NLB, ...). */
struct ProfileVariant
{
    QString id; ///< `clb`, `nlb`; unique within the profile
    LocalizedText name;
    bool isDefault = false;     ///< YAML `default: true`: chosen when none matches
    std::vector<Selector> when; ///< chosen when all of these hold

    Fact tcp; ///< YAML: `protocols: {TCP: ..., UDP: ..., SCTP: ...}`
    Fact udp;
    Fact sctp;
    /** tcp, udp or sctp. */
    const Fact &protocolFact(Protocol p) const;
    /** TCP and UDP (or other protocols) in one Service. */
    Fact mixed;
    /** TCP and UDP on the same port number (AWS LBC: needs its tcp-udp listener annotation). */
    Fact mixedSamePort;
    ProxyProtocol proxyProtocol;
    Tls tls;
    std::optional<BackendProtocol> backendProtocol;
    QStringList healthCheckAnnotations;
    /** Whether spec.ports[].appProtocol changes what this implementation does. */
    Fact appProtocol;
    std::vector<Rejection> rejections;
    SourcePos pos;
};

/** One field of an annotation whose value is a JSON object (Linode `port-<N>`). */
struct JsonField
{
    QString name;
    QString type = QStringLiteral("string"); ///< `string`, `int` (a string of digits), `enum`
    QStringList values;                      ///< for enum
    bool caseInsensitive = false;
};

/** An entry of the provider's annotation catalogue: the value as the controller parses it. */
struct AnnotationSpec
{
    QString key;
    /** YAML `type`, the parser the controller uses:
     *  - `string`: any text (`values` are suggestions);
     *  - `bool`: "true" or "false" (`caseInsensitive` when the code folds case); `parseBool`: what
     *    Go's strconv.ParseBool takes (1, t, T, TRUE, true, True and the same for false);
     *  - `int` (strconv.Atoi: digits with an optional sign, no blanks), `float`, with `minimum` and
     *    `maximum`; `values` lists words accepted besides numbers (`traffic-port`);
     *  - `enum`: one of `values`;
     *  - `list`: items separated by `separator`, each of type `items` (`string`, `int`, `port`,
     *    `ip`, `ipv4`, `ipv6`, `cidr`, `arn`, `enum` with `values`), trimmed unless `trim: false`;
     *  - `map`: `key=value` items separated by `separator`, keys among `keys` when given, values
     *    among `values` when given;
     *  - `json`: a JSON value; an object's known `fields` are checked, and `keysArePortNames`
     *    makes every key the name of a port, every value one of `values`;
     *  - `arn` (one ARN), `cidrList` (CIDRs separated by `separator`), `duration` (Go's
     *    time.ParseDuration), `ip`, `ipv4`, `ipv6`;
     *  - `port`: a port number, or the number or name of a port of the Service. */
    QString type = QStringLiteral("string");
    QStringList values; ///< for enum (and suggested values for others)
    bool caseInsensitive = false;
    QString separator = QStringLiteral(",");
    /** Whether the controller trims the value (a scalar) or each item (a list or map) before it
     *  parses it: "443, 8443" gives " 8443" without. YAML `trim`; by default lists and maps are
     *  trimmed and scalars are not, as Go's parsers do. */
    std::optional<bool> trim;
    bool trims() const { return trim.value_or(type == u"list" || type == u"map"); }
    QString items = QStringLiteral("string"); ///< for list
    QStringList keys;                         ///< for map
    std::vector<JsonField> fields;            ///< for json
    bool keysArePortNames = false;            ///< for json
    std::optional<int> minimum;               ///< for int
    std::optional<int> maximum;
    std::optional<int> maxLength; ///< for string: the most characters it takes
    /** What the controller does with a value it cannot parse: `rejected` (an error: the load
     *  balancer is never made), `ignored` (it uses its default), `unknown` (not said). */
    Outcome onInvalid = Outcome::Unknown;
    bool emptyIgnored = false; ///< an empty value counts as not set
    QStringList variants;      ///< which variants read it; empty = all
    /** A key that is a pattern: `service.beta.kubernetes.io/port_{port}_health-probe_protocol`.
     *  `{port}` matches a port number, `{N}` any number, `{protocol}` an upper-case word. */
    bool isPattern() const { return key.contains(QLatin1Char('{')); }
    bool deprecated = false;
    QString replacedBy;
    /** Values still accepted but deprecated, each with its replacement (may be empty). YAML:
     *  `deprecatedValues: {internal: Internal}`. */
    std::vector<std::pair<QString, QString>> deprecatedValues;
    /** The controller writes the annotation itself (YAML `writtenByController: true`); `read:
     *  false` when it does not read it back, so that a value set by hand has no effect. */
    bool writtenByController = false;
    bool read = true;
    /** Why this entry differs from the entry of the same key in another profile: profile id ->
     *  reason. YAML: `differsFrom: {aws: "..."}`. */
    std::vector<std::pair<QString, QString>> differsFrom;
    LocalizedText description;
    Provenance provenance;
};

/** Another spelling of the start of annotation keys: a key that starts with `prefix` is read as
 *  the key with `for_` in its place (the AWS Load Balancer Controller reads every one of its
 *  annotations under service.kubernetes.io/ as well as service.beta.kubernetes.io/). */
struct AnnotationAlias
{
    QString prefix; ///< `service.kubernetes.io/`
    QString for_;   ///< YAML `for:`; `service.beta.kubernetes.io/`
    Provenance provenance;
};

/** One per-port setting as the controller resolves it: the field of the per-port JSON
 *  annotation, else the first of `annotations` that is set, else the port's protocol (when
 *  `fromPortProtocol`), else `defaultValue`; lower-cased when `lowercase`. */
struct PortSetting
{
    QString name;
    QString jsonField;
    QStringList annotations;
    bool fromPortProtocol = false;
    QString defaultValue; ///< YAML `default`
    bool lowercase = false;
};

/** The settings a controller resolves per port (Linode: `port-<N>` JSON, then the service-wide
 *  `default-*` annotations). Port tests in selectors name them. */
struct PortSettings
{
    QString annotation; ///< the per-port JSON annotation, a `{port}` pattern
    std::vector<PortSetting> settings;
    Provenance provenance;
};

/** A repository a profile cites: `[tag] path:line` in a source stands for `repository@commit
 *  path:line`. */
struct SourceRepository
{
    QString tag;
    QString repository; ///< `kubernetes/cloud-provider-aws`
    QString commit;     ///< hexadecimal, at least 7 digits
};

struct ProviderProfile;
struct CatalogueIndex;

/**
 * The annotation catalogue of a profile indexed by key, for findAnnotationSpec() (profilematch.h):
 * built the first time it is needed, so that looking a key up does not compare it with every
 * entry. A profile in use is shared as immutable (TargetPlatform), so the index stays true; a
 * copy of a profile starts without one and builds its own.
 */
class CatalogueIndexCache
{
public:
    CatalogueIndexCache();
    CatalogueIndexCache(const CatalogueIndexCache &);
    CatalogueIndexCache &operator=(const CatalogueIndexCache &);
    ~CatalogueIndexCache();

    /** The index of `profile`, the profile that holds this cache. */
    const CatalogueIndex &of(const ProviderProfile &profile) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/** What one provider id stands for. */
struct ProviderProfile
{
    QString id; ///< `aws`, `aws-lbc`, `gke`, ...
    LocalizedText name;
    LocalizedText description;
    /** YAML `kind`: `cloud` (a cloud controller), `controller` (an add-on such as the AWS LBC or
     *  MetalLB), `generic` (only what holds everywhere), `none` (no load-balancer
     *  implementation: LoadBalancer Services stay pending). */
    QString kind = QStringLiteral("cloud");
    /** Services this implementation acts on, by class: `handlesClasses` lists the classes it
     *  acts on; `handlesUnclassed` whether it acts on Services without a class. */
    QStringList handlesClasses;
    bool handlesUnclassed = true;
    /** When not empty, a Service without a class is handled only when all of these hold (the
     *  AWS Load Balancer Controller: its type annotation). */
    std::vector<Selector> handlesUnclassedWhen;
    /** Annotations that hand the Service to another controller (AWS: type external). */
    std::vector<Selector> ignoredWhen;
    /** Key prefixes that belong to this provider (for "annotation of another provider"). */
    QStringList annotationPrefixes;
    /** Prefixes under which the catalogue's keys are read as well. */
    std::vector<AnnotationAlias> annotationAliases;
    std::vector<ProfileVariant> variants; ///< at least one; exactly one isDefault
    /** Rules of the controller whatever the variant (each variant adds its own). */
    std::vector<Rejection> rejections;
    std::optional<PortSettings> portSettings;
    std::vector<AnnotationSpec> annotations;
    /** The repositories the sources cite, by tag. */
    std::vector<SourceRepository> sources;
    QString filePath;                   ///< where it was loaded from (":/providers/aws.yaml")
    Provenance provenance;              ///< the profile's main source
    CatalogueIndexCache catalogueIndex; ///< not in the file: `annotations` indexed
};

/** Node OS of the cluster. */
enum class NodeOs { Linux, Windows, Mixed };

/** Where the Services will run, beyond the API server: provider and nodes. */
struct TargetPlatform
{
    /** The chosen provider. nullptr: no provider checks at all (the API server's view only);
     *  the CLI and the GUI always choose one, `generic` by default. Shared, immutable. */
    std::shared_ptr<const ProviderProfile> provider;
    /** Every known profile, to tell "annotation of another provider". May be empty. */
    std::vector<std::shared_ptr<const ProviderProfile>> knownProviders;
    NodeOs nodeOs = NodeOs::Linux;
    bool cniSctp = true;        ///< the network plugin supports SCTP
    bool cniMultihomed = false; ///< pods can have several interfaces (Multus and the like)
};

} // namespace sd
