// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A provider profile: what one cloud provider or load-balancer implementation does with a
// `type: LoadBalancer` Service. Profiles are data (resources/providers/*.yaml, and the user's own
// files); this header is their in-memory form. The YAML keys are the member names below, in the
// same nesting, so the file format and this header document each other. Every fact carries where
// it comes from (`source`, `confidence`), shown to the user on hover.

#include "model/domain/enums.h"
#include "model/domain/node.h"
#include "model/providers/provenance.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace sd {

/** Text written in the profile in English and Korean: `{en: "...", ko: "..."}`, or a plain
 *  string (English only). */
struct LocalizedText
{
    QString en;
    QString ko;
    /** The text in the language of the installed translation (English when there is none). */
    QString text() const;
    bool isEmpty() const { return en.isEmpty() && ko.isEmpty(); }
};

/** YAML: `yes`, `no`, `conditional`, `unknown`. */
enum class Support { Yes, No, Conditional, Unknown };

/** What happens to a Service that uses something unsupported. YAML: `rejected` (the controller
 *  or the cloud API refuses: the load balancer is never made), `dropped` (the port or option is
 *  skipped, usually with an event), `ignored` (no effect), `unknown`. */
enum class Outcome { Rejected, Dropped, Ignored, Unknown };

/** A test on the Service's annotations or class, used to pick a variant and to state conditions.
 *  YAML: `{annotation: KEY, equals: [V...]}` (present with one of the values; any value when
 *  `equals` is absent), `{annotation: KEY, absent: true}`, or `{loadBalancerClass: [C...]}`. */
struct Selector
{
    QString annotation;
    QStringList equals;                      ///< empty = any value
    bool caseInsensitive = false;            ///< YAML: `caseInsensitive: true`
    bool absent = false;
    QStringList loadBalancerClass;           ///< when non-empty, the test is on spec.loadBalancerClass
};

/** A yes/no fact with its reason. */
struct Fact
{
    Support support = Support::Unknown;
    Outcome outcome = Outcome::Unknown;      ///< what happens when unsupported (support: no)
    LocalizedText note;                      ///< why, or the condition in words
    /** For support: conditional, what must hold (all of them). */
    std::vector<Selector> requires_;         ///< YAML: `requires:`
    Provenance provenance;
};

/** One annotation that turns PROXY protocol on. */
struct ProxyProtocolAnnotation
{
    QString key;
    QStringList values;                      ///< every value the controller accepts
    QStringList enabling;                    ///< those of `values` that turn PROXY protocol on
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
    Fact support;                            ///< can this LB send PROXY protocol at all
    std::vector<ProxyProtocolAnnotation> annotations;
};

/** TLS terminated at the load balancer. */
struct Tls
{
    Fact support;
    QStringList certificateAnnotations;      ///< any of these set = a certificate is configured
    QString portsAnnotation;                 ///< the list of TLS ports (numbers or port names)
    /** How the controller reads the ports list. */
    bool portsTrimmed = true;                ///< false: "443, 8443" makes " 8443" a port name
    QString portsSeparator = QStringLiteral(",");
    /** What an absent ports annotation and `*` mean: `all` or `none`. */
    bool absentMeansAll = true;
    bool starMeansAll = true;
    QString policyAnnotation;
    QStringList policyValues;                ///< empty = free text
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

/** A known hard rejection of the provider's controller (AWS legacy: sessionAffinity ClientIP). */
struct Rejection
{
    QString code;                            ///< stable finding code suffix, e.g. `session-affinity`
    /** The field path the rule looks at: `spec.sessionAffinity`, `spec.loadBalancerIP`,
     *  `spec.externalTrafficPolicy`, ... */
    QString field;
    QStringList equals;                      ///< fires when the field has one of these values
    bool whenPresent = false;                ///< fires when the field is set at all
    LocalizedText message;                   ///< the controller's error, and what to do instead
    Provenance provenance;
};

/** One load-balancer implementation of a provider (AWS classic ELB, AWS NLB, ...). */
struct ProfileVariant
{
    QString id;                              ///< `clb`, `nlb`; unique within the profile
    LocalizedText name;
    bool isDefault = false;                  ///< YAML `default: true`: chosen when none matches
    std::vector<Selector> when;              ///< chosen when all of these hold

    Fact tcp;                                ///< YAML: `protocols: {TCP: ..., UDP: ..., SCTP: ...}`
    Fact udp;
    Fact sctp;
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

/** An entry of the provider's annotation catalogue. */
struct AnnotationSpec
{
    QString key;
    /** YAML `type`: `string`, `bool` (exactly "true"/"false"), `int`, `enum` (one of `values`),
     *  `list` (separated by `separator`), `json`, `arn`, `cidrList`, `duration`. */
    QString type = QStringLiteral("string");
    QStringList values;                      ///< for enum (and suggested values for others)
    bool caseInsensitive = false;
    QString separator = QStringLiteral(",");
    std::optional<int> minimum;              ///< for int
    std::optional<int> maximum;
    QStringList variants;                    ///< which variants read it; empty = all
    /** A key that is a pattern: `service.beta.kubernetes.io/port_{port}_health-probe_protocol`.
     *  `{port}` matches a port number, `{N}` any number. */
    bool isPattern() const { return key.contains(QLatin1Char('{')); }
    bool deprecated = false;
    QString replacedBy;
    LocalizedText description;
    Provenance provenance;
};

/** Another spelling of the start of annotation keys: a key that starts with `prefix` is read as
 *  the key with `for_` in its place (the AWS Load Balancer Controller reads every one of its
 *  annotations under service.kubernetes.io/ as well as service.beta.kubernetes.io/). */
struct AnnotationAlias
{
    QString prefix;                          ///< `service.kubernetes.io/`
    QString for_;                            ///< YAML `for:`; `service.beta.kubernetes.io/`
    Provenance provenance;
};

/** What one provider id stands for. */
struct ProviderProfile
{
    QString id;                              ///< `aws`, `aws-lbc`, `gke`, ... (see issue 4)
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
    /** Annotations that hand the Service to another controller (AWS: type external). */
    std::vector<Selector> ignoredWhen;
    /** Key prefixes that belong to this provider (for "annotation of another provider"). */
    QStringList annotationPrefixes;
    /** Prefixes under which the catalogue's keys are read as well. */
    std::vector<AnnotationAlias> annotationAliases;
    std::vector<ProfileVariant> variants;    ///< at least one; exactly one isDefault
    std::vector<AnnotationSpec> annotations;
    QString filePath;                        ///< where it was loaded from (":/providers/aws.yaml")
    Provenance provenance;                   ///< the profile's main source
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
    bool cniSctp = true;       ///< the network plugin supports SCTP
    bool cniMultihomed = false; ///< pods can have several interfaces (Multus and the like)
};

} // namespace sd
