// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What kind of value a Service port's `appProtocol` is (ServicePort.AppProtocol in
// core/v1/types.go; KEP-3726): an IANA service name, one of the Kubernetes standard names, an
// implementation-defined name with a domain prefix, or none of these.

#include <QStringView>

namespace sd::appprotocol {

enum class Kind {
    IanaServiceName,   ///< unprefixed and in the built-in list of IANA service names (`http`)
    KubernetesName,    ///< `kubernetes.io/h2c`, `kubernetes.io/ws`, `kubernetes.io/wss`
    KubernetesUnknown, ///< another name under the reserved `kubernetes.io/` prefix
    MissingPrefix,     ///< `h2c`, `ws`, `wss`: a Kubernetes name without `kubernetes.io/`
    DomainPrefixed,    ///< `example.com/name`: defined by an implementation
    Unregistered,      ///< unprefixed, IANA syntax, but not a known IANA service name (`grpc`)
    NotAName,          ///< neither: not even IANA syntax (`my_proto`, `HTTP/2`)
};

/** The kind of an appProtocol value. Pure and allocation-free. */
Kind classify(QStringView value);

/** Whether `name` is in the built-in list of IANA service names (compared case-insensitively,
 *  as RFC 6335 names are). The list is a subset of the registry: see appprotocol.cpp. */
bool isKnownIanaServiceName(QStringView name);

/** The service-name syntax of RFC 6335: 1-15 letters, digits and hyphens, at least one letter,
 *  no hyphen at either end or next to another. */
bool hasServiceNameSyntax(QStringView name);

} // namespace sd::appprotocol
