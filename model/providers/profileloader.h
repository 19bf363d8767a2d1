// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a provider profile file (YAML) into a ProviderProfile (profile.h).
//
// THE FILE FORMAT. Keys are the member names of profile.h, in the same nesting, with these
// spellings: `requires_` is `requires`, ProfileVariant::isDefault is `default`, and a variant's
// tcp/udp/sctp facts sit under `protocols: {TCP: ..., UDP: ..., SCTP: ...}`. A Provenance is not
// a map of its own: its `source` and `confidence` keys sit inline in the map of the thing it
// describes (a fact, an annotation, a rejection, the profile itself at the top level).
//
//   format: 1                       # required; the only version so far
//   id: aws                         # required
//   name: AWS (cloud-provider-aws)  # required, LocalizedText
//   description: {en: ..., ko: ...} # LocalizedText
//   kind: cloud                     # cloud | controller | generic | none (default cloud)
//   handlesClasses: [service.k8s.aws/nlb]
//   handlesUnclassed: true
//   ignoredWhen: [Selector...]
//   annotationPrefixes: [service.beta.kubernetes.io/aws-load-balancer-]
//   annotationAliases:              # a key starting with `prefix` is read as the catalogue key
//     - {prefix: service.kubernetes.io/, for: service.beta.kubernetes.io/,   # both required
//        source: ..., confidence: ...}
//   source: "[aws-ccm] ..."         # the profile's Provenance
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
//           - {key: ..., values: ["*"], enabling: ["*"], version: 1,
//              versionByValue: {v1: 1, v2: 2}, onUdp: ignored, perPortJsonField: ...,
//              source: ..., confidence: ...}
//       tls: {support: Fact, certificateAnnotations: [...], portsAnnotation: ...,
//             portsTrimmed: false, portsSeparator: ",", absentMeansAll: true, starMeansAll: true,
//             policyAnnotation: ..., policyValues: [...], alternativeAnnotations: [...],
//             source: ..., confidence: ...}
//       backendProtocol: {key: ..., values: [...], caseInsensitive: false, httpValues: [...],
//                         tlsValues: [...], source: ..., confidence: ...}
//       healthCheckAnnotations: [...]
//       appProtocol: Fact
//       rejections:
//         - {code: session-affinity, field: spec.sessionAffinity, equals: [ClientIP],
//            whenPresent: false, message: LocalizedText, source: ..., confidence: ...}
//   annotations:
//     - {key: ..., type: enum, values: [...], caseInsensitive: false, separator: ",",
//        minimum: 1, maximum: 10, variants: [clb], deprecated: false, replacedBy: ...,
//        description: LocalizedText, source: ..., confidence: ...}
//
//   Fact      = {support: yes|no|conditional|unknown (required), outcome: rejected|dropped|
//                ignored|unknown, note: LocalizedText, requires: [Selector...], source, confidence}
//   Selector  = {annotation: KEY, equals: [V...], caseInsensitive: true} | {annotation: KEY,
//                absent: true} | {loadBalancerClass: [C...]}  (annotation or loadBalancerClass,
//                not both; absent not together with equals)
//   LocalizedText = a plain string (English), or {en: ... (required), ko: ...}
//   confidence = H | M | L (default M when absent)
//
// Value rules: a string may be written unquoted whatever it looks like (`support: yes`,
// `equals: [true]` and `values: ["*"]` all give the text as written); a boolean is an unquoted
// `true`/`false` (or another YAML 1.1 boolean); an integer is an unquoted integer. The TLS keys
// `absentMeansAll` and `starMeansAll` also take `all` (true) and `none` (false). `version` is
// 0, 1 or 2, a `versionByValue` version 1 or 2. Every key not marked required above may be left
// out (the member keeps its default from profile.h). Checks beyond types: an annotation of
// `type: enum` needs `values`; `enabling`, the keys of `versionByValue`, `httpValues` and
// `tlsValues` must be among `values` when there are values; an annotation's `variants` must name
// variants of the profile; `minimum` <= `maximum`; a rejection needs a non-empty `equals` or
// `whenPresent: true`; `loadBalancerClass` in a selector must not be empty; ids, keys, codes,
// fields and alias prefixes must not be empty. Unknown keys, duplicate keys and nulls are errors. One YAML document
// per file.
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
