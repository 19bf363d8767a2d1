// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a provider profile file (YAML) into a ProviderProfile (profile.h).
//
// THE FILE FORMAT. Keys are the member names of profile.h, in the same nesting, with these
// spellings: `requires_` is `requires`, ProfileVariant::isDefault is `default`,
// AnnotationAlias::for_ is `for`, Selector::negate is `not`, PortTest::absent is `unset`,
// PortSetting::defaultValue is `default`, and a variant's tcp/udp/sctp facts sit under
// `protocols: {TCP: ..., UDP: ..., SCTP: ...}`. A Provenance is not a map of its own: its `source`
// and `confidence` keys sit inline in the map of the thing it describes (a fact, an annotation, a
// rule, the profile itself at the top level).
//
//   format: 1                       # required; the only version so far
//   id: aws                         # required
//   name: AWS (cloud-provider-aws)  # required, LocalizedText
//   description: {en: ..., ko: ...} # LocalizedText
//   kind: cloud                     # cloud | controller | generic | none (default cloud)
//   sources:                        # the repositories the sources cite, by tag
//     aws-ccm: {repository: kubernetes/cloud-provider-aws, commit: 63ec440c3275}  # both required
//   handlesClasses: [service.k8s.aws/nlb]
//   handlesUnclassed: true
//   handlesUnclassedWhen: [Selector...]  # an unclassed Service is handled only when all hold
//   ignoredWhen: [Selector...]
//   annotationPrefixes: [service.beta.kubernetes.io/aws-load-balancer-]
//   annotationAliases:              # a key starting with `prefix` is read as the catalogue key
//     - {prefix: service.kubernetes.io/, for: service.beta.kubernetes.io/,   # both required
//        source: ..., confidence: ...}
//   source: "[aws-ccm] pkg/providers/v1/aws.go:97"   # the profile's Provenance
//   confidence: H
//   variants:                       # required, at least one, ids unique, exactly one default
//     - id: clb                     # required
//       name: Classic ELB           # LocalizedText
//       default: true
//       when: [Selector...]
//       protocols:                  # required; TCP, UDP and SCTP each required, nothing else
//         TCP: {support: yes, source: "...", confidence: H}   # source, confidence required here
//         UDP: {support: no, outcome: rejected, note: ..., source: ..., confidence: H}
//         SCTP: Fact
//       mixed: Fact
//       mixedSamePort: Fact
//       proxyProtocol:
//         support: Fact
//         annotations:
//           - {key: ..., values: ["*"], enabling: ["*"], caseInsensitive: false, version: 1,
//              versionByValue: {v1: 1, v2: 2}, onUdp: ignored, perPortJsonField: ...,
//              source: ..., confidence: ...}
//       tls: {support: Fact, certificateAnnotations: [...], portsAnnotation: ...,
//             portsTrimmed: false, portsSeparator: ",", absentMeansAll: true, starMeansAll: true,
//             unmatchedPorts: rejected, policyAnnotation: ..., policyValues: [...],
//             alternativeAnnotations: [...], source: ..., confidence: ...}
//       backendProtocol: {key: ..., values: [...], caseInsensitive: false, httpValues: [...],
//                         tlsValues: [...], source: ..., confidence: ...}
//       healthCheckAnnotations: [...]
//       appProtocol: Fact
//       rejections: [Rule...]       # the variant's rules
//   rejections: [Rule...]           # the rules whatever the variant
//   portSettings:                   # what the controller resolves per port (Linode)
//     annotation: service.beta.kubernetes.io/linode-loadbalancer-port-{port}
//     settings:
//       - {name: protocol, jsonField: protocol, annotations: [KEY...], fromPortProtocol: false,
//          default: tcp, lowercase: true}          # name required
//     source: ...
//     confidence: ...
//   annotations:
//     - {key: ..., type: enum, values: [...], caseInsensitive: false, separator: ",", trim: true,
//        items: int, keys: [...], fields: [{name: ..., type: enum, values: [...],
//        caseInsensitive: true}], keysArePortNames: false, minimum: 1, maximum: 10,
//        maxLength: 63, onInvalid: rejected, emptyIgnored: false, variants: [clb],
//        deprecated: false, replacedBy: ..., deprecatedValues: {old: new},
//        writtenByController: false, read: true, differsFrom: {other-profile-id: why},
//        description: LocalizedText, source: ..., confidence: ...}
//
//   Fact      = {support: yes|no|conditional|unknown (required), outcome: rejected|dropped|
//                ignored|unknown, note: LocalizedText, requires: [Selector...], source, confidence}
//   Rule      = {code: ... (required), outcome: rejected|dropped|ignored|unknown (default
//                rejected), message: LocalizedText, source, confidence, and its condition:
//                either the field test `field: spec.X, equals: [V...]` or `field: ...,
//                whenPresent: true`, or `when: [Selector...]` (all must hold; with
//                `forEachPort: true` tested once per port, its port tests about that port), or
//                both; `path:` where the finding goes, `[]` standing for the port's index}
//   Selector  = exactly one of {annotation: KEY} (with `equals: [V...]`, `item: [V...]` (an item
//                of the comma-separated, trimmed list), `caseInsensitive: true` or `absent:
//                true`), {loadBalancerClass: [C...]}, {field: spec.X} (with `equals`,
//                `caseInsensitive` or `absent`, on the value after the API server's
//                defaulting), {port: PortTest} (with `absent: true`: no port passes),
//                {anyOf: [Selector...]}, {allOf: [Selector...]}; and `not: true` on any of them.
//                `absent` does not go with `equals` or `item`.
//   PortTest  = {protocol: [TCP|UDP|SCTP...], setting: NAME (a portSettings name), equals:
//                [V...], caseInsensitive: true, unset: true (the setting is not set),
//                inAnnotation: KEY (the port is named in that list), sharesNumber: true};
//                `equals`, `caseInsensitive` and `unset` only with `setting`
//   LocalizedText = a plain string (English), or {en: ... (required), ko: ...}
//   confidence = H | M | L (default M when absent)
//   source    = free text; `[tag]` stands for `repository@commit` of `sources` (the shipped
//                profiles cite `[tag] path:line` for every fact, rule and annotation)
//
// An annotation's `type` is one of string, bool, parseBool, int, float, enum, list, map, json,
// arn, cidrList, duration, ip, ipv4, ipv6, port (AnnotationSpec says how each is parsed); a
// list's `items` one of string, int, port, ip, ipv4, ipv6, cidr, arn, enum; a JSON field's
// `type` one of string, int, enum. A key may be a pattern with `{port}`, `{N}` or `{protocol}`
// in it. These kinds of fact need the format's newer keys: a variant chosen by class or
// annotation (`when` with `anyOf`), a condition on the port list (`port` tests, `forEachPort`),
// per-port settings from a JSON annotation (`portSettings`), an annotation keyed by port names
// (`keysArePortNames`), a controller's own annotations (`writtenByController`, `read`).
//
// Value rules: a string may be written unquoted whatever it looks like (`support: yes`,
// `equals: [true]` and `values: ["*"]` all give the text as written); a boolean is an unquoted
// `true`/`false` (or another YAML 1.1 boolean); an integer is an unquoted integer. The TLS keys
// `absentMeansAll` and `starMeansAll` also take `all` (true) and `none` (false). `version` is
// 0, 1 or 2, a `versionByValue` version 1 or 2. Every key not marked required above may be left
// out (the member keeps its default from profile.h). Checks beyond types: an annotation of
// `type: enum` (or a list of `items: enum`) needs `values`, and a deprecated value's replacement
// must be among them; `enabling`, the keys of `versionByValue`, `httpValues` and `tlsValues` must
// be among `values` when there are values; an annotation's `variants` must name variants of the
// profile; a port test's `setting` must name a port setting; `minimum` <= `maximum`; a rule needs
// `equals` (a non-empty list), `whenPresent: true` or `when`, and `equals`/`whenPresent` need a
// `field`; `loadBalancerClass`, `anyOf` and `allOf` must not be empty; a `[tag]` must be a tag of
// `sources` when there are any; a commit is 7 to 40 lower-case hexadecimal digits; ids, keys,
// codes, fields and alias prefixes must not be empty. Unknown keys, duplicate keys and nulls are
// errors. One YAML document per file.
//
// Provenance::pos is the position of the map that holds `source`/`confidence` (for the profile,
// the top-level map; a block map is where its first key is); ProfileVariant::pos is that of the
// variant's map.

#include <memory>
#include <vector>

#include <QByteArrayView>
#include <QString>

#include "model/providers/profile.h"

namespace sd {

/** The ISO 639-1 code of the installed translation's language: "ko" when the Korean catalogue
 *  is installed, "en" otherwise. LocalizedText::text() chooses by it. */
QString currentLanguage();

/** A problem in a profile file. */
struct ProfileError
{
    QString file;
    int line = 0;    ///< 1-based; 0 when the problem is not at a place (the file cannot be read)
    int column = 0;  ///< 1-based
    QString field;   ///< YAML path, like `variants[1].protocols.UDP.support`; empty for syntax
    QString message; ///< translated, lowercase start, no final period

    /** `file:line:column: field: message`; the parts that are unknown are left out. */
    QString toString() const;
};

struct ProfileLoadResult
{
    /** The profile; nullptr when there is any error. */
    std::shared_ptr<const ProviderProfile> profile;
    /** Every error found, in file order within each check (not only the first). */
    std::vector<ProfileError> errors;
};

/** Reads a profile from UTF-8 YAML bytes. @p filePath is used for errors and
 *  ProviderProfile::filePath only. */
ProfileLoadResult loadProfile(QByteArrayView bytes, const QString &filePath);

/** Reads a profile file; Qt resource paths (`:/providers/aws.yaml`) work too. */
ProfileLoadResult loadProfileFile(const QString &path);

} // namespace sd
