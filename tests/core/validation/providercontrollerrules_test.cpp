// SPDX-License-Identifier: GPL-3.0-or-later
// The controllers' own rules in the bundled profiles, written out BY HAND from the controllers'
// code: for each rule, a Service it fires on (with the severity: an error where the controller
// refuses the Service, so that the load balancer is never built) and a neighbour it does not fire
// on. The profile's list of rules must be covered by the table, so that a new rule needs rows.

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "support/bundledproviders.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;
using namespace sd;

namespace {

struct Case
{
    const char *name;
    const char *provider;
    const char *annotations; ///< `key: value` lines, or nullptr
    const char *spec;        ///< lines under spec besides type, selector and ports, or nullptr
    const char *ports;       ///< the port list (YAML flow items, one a line); nullptr: 80 and 443
    const char *finding;     ///< "severity code"
    bool fires;
};

void PrintTo(const Case &c, std::ostream *os)
{
    *os << c.name;
}

constexpr bool F = true;  // fires
constexpr bool N = false; // does not fire

// clang-format off
const Case kCases[] = {
    // AWS cloud controller (aws_validations.go, aws.go).
    {"aws_session_affinity", "aws", nullptr, "sessionAffinity: ClientIP", nullptr,
     "error provider-session-affinity", F},
    {"aws_session_affinity_none", "aws", nullptr, "sessionAffinity: None", nullptr,
     "error provider-session-affinity", N},
    {"aws_load_balancer_ip", "aws", nullptr, "loadBalancerIP: 192.0.2.10", nullptr,
     "error provider-load-balancer-ip", F},
    {"aws_no_load_balancer_ip", "aws", nullptr, nullptr, nullptr,
     "error provider-load-balancer-ip", N},
    {"aws_target_group_attributes_on_clb", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: preserve_client_ip.enabled=true",
     nullptr, nullptr, "error provider-target-group-attributes-clb", F},
    {"aws_target_group_attributes_on_nlb", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
     "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: preserve_client_ip.enabled=true",
     nullptr, nullptr, "error provider-target-group-attributes-clb", N},
    {"aws_extra_security_groups_on_nlb", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
     "service.beta.kubernetes.io/aws-load-balancer-extra-security-groups: sg-1",
     nullptr, nullptr, "error provider-extra-security-groups-nlb", F},
    {"aws_extra_security_groups_on_clb", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-extra-security-groups: sg-1",
     nullptr, nullptr, "error provider-extra-security-groups-nlb", N},
    {"aws_target_group_attribute_not_accepted", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
     "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: deregistration_delay.timeout_seconds=30",
     nullptr, nullptr, "error provider-annotation-value-invalid", F},
    {"aws_target_group_attribute_accepted", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
     "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: proxy_protocol_v2.enabled=true",
     nullptr, nullptr, "error provider-annotation-value-invalid", N},
    {"aws_preserve_client_ip_off_with_udp", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
     "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: preserve_client_ip.enabled=false",
     nullptr, "- {name: dns, port: 53, protocol: UDP}", "error provider-preserve-client-ip-udp", F},
    {"aws_preserve_client_ip_off_with_tcp", "aws",
     "service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
     "service.beta.kubernetes.io/aws-load-balancer-target-group-attributes: preserve_client_ip.enabled=false",
     nullptr, nullptr, "error provider-preserve-client-ip-udp", N},

    // AWS Load Balancer Controller (pkg/service).
    {"lbc_ssl_ports_name_no_port", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-ssl-cert: arn:aws:acm:us-east-1:1:certificate/a\n"
     "service.beta.kubernetes.io/aws-load-balancer-ssl-ports: \"8443\"",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr, "error provider-tls-port-unknown", F},
    {"lbc_ssl_ports_star", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-ssl-cert: arn:aws:acm:us-east-1:1:certificate/a\n"
     "service.beta.kubernetes.io/aws-load-balancer-ssl-ports: \"*\"",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr, "error provider-tls-ports-star", F},
    {"lbc_ssl_ports_name_a_port", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-ssl-cert: arn:aws:acm:us-east-1:1:certificate/a\n"
     "service.beta.kubernetes.io/aws-load-balancer-ssl-ports: \"443, http\"",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr, "error provider-tls-port-unknown", N},
    {"lbc_quic_on_tcp", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-quic-enabled-ports: \"443\"",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr, "error provider-quic-on-tcp-port", F},
    {"lbc_quic_on_udp", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-quic-enabled-ports: \"443\"",
     "loadBalancerClass: service.k8s.aws/nlb", "- {name: quic, port: 443, protocol: UDP}",
     "error provider-quic-on-tcp-port", N},
    {"lbc_quic_on_tcp_udp_listener", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-quic-enabled-ports: \"443\"\n"
     "service.beta.kubernetes.io/aws-load-balancer-enable-tcp-udp-listener: \"true\"",
     "loadBalancerClass: service.k8s.aws/nlb",
     "- {name: https, port: 443}\n- {name: quic, port: 443, protocol: UDP}",
     "error provider-quic-on-tcp-port", N},
    {"lbc_proxy_per_target_group_names", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol-per-target-group: https",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr,
     "error provider-annotation-value-invalid", F},
    {"lbc_proxy_per_target_group_numbers", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol-per-target-group: \"80, 443\"",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr,
     "error provider-annotation-value-invalid", N},
    {"lbc_unclassed_external_without_target_type", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-type: external", nullptr, nullptr,
     "error provider-not-handled", F},
    {"lbc_unclassed_external_with_target_type", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-type: external\n"
     "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip", nullptr, nullptr,
     "error provider-not-handled", N},
    {"lbc_sctp_merged", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-enable-tcp-udp-listener: \"true\"",
     "loadBalancerClass: service.k8s.aws/nlb",
     "- {name: a, port: 3868}\n- {name: b, port: 3868, protocol: SCTP}",
     "error provider-tcp-udp-merge-protocol", F},
    {"lbc_sctp_not_merged", "aws-lbc", nullptr, "loadBalancerClass: service.k8s.aws/nlb",
     "- {name: a, port: 3868}\n- {name: b, port: 3868, protocol: SCTP}",
     "error provider-tcp-udp-merge-protocol", N},
    {"lbc_eip_on_internal", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-eip-allocations: eipalloc-1\n"
     "service.beta.kubernetes.io/aws-load-balancer-scheme: internal",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr, "error provider-eip-allocations-internal", F},
    {"lbc_eip_on_internet_facing", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-eip-allocations: eipalloc-1\n"
     "service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr, "error provider-eip-allocations-internal", N},
    {"lbc_private_ipv4_on_internet_facing", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-private-ipv4-addresses: 10.0.0.10\n"
     "service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr,
     "error provider-private-ipv4-addresses-internet-facing", F},
    {"lbc_private_ipv4_on_internal", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-private-ipv4-addresses: 10.0.0.10\n"
     "service.beta.kubernetes.io/aws-load-balancer-scheme: internal",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr,
     "error provider-private-ipv4-addresses-internet-facing", N},
    {"lbc_ipv6_addresses_ipv4", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-ipv6-addresses: 2001:db8::10\n"
     "service.beta.kubernetes.io/aws-load-balancer-ip-address-type: ipv4",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr,
     "error provider-ipv6-addresses-not-dualstack", F},
    {"lbc_ipv6_addresses_dualstack", "aws-lbc",
     "service.beta.kubernetes.io/aws-load-balancer-ipv6-addresses: 2001:db8::10\n"
     "service.beta.kubernetes.io/aws-load-balancer-ip-address-type: dualstack",
     "loadBalancerClass: service.k8s.aws/nlb", nullptr,
     "error provider-ipv6-addresses-not-dualstack", N},

    // EKS Auto Mode: the keys its guide calls not supported.
    {"eks_internal", "eks-auto", "service.beta.kubernetes.io/aws-load-balancer-internal: \"true\"",
     "loadBalancerClass: eks.amazonaws.com/nlb", nullptr,
     "warning provider-internal-not-supported", F},
    {"eks_scheme", "eks-auto", "service.beta.kubernetes.io/aws-load-balancer-scheme: internal",
     "loadBalancerClass: eks.amazonaws.com/nlb", nullptr,
     "warning provider-internal-not-supported", N},
    {"eks_proxy_protocol", "eks-auto", "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: \"*\"",
     "loadBalancerClass: eks.amazonaws.com/nlb", nullptr,
     "warning provider-proxy-protocol-not-supported", F},
    {"eks_access_log_enabled", "eks-auto",
     "service.beta.kubernetes.io/aws-load-balancer-access-log-enabled: \"true\"",
     "loadBalancerClass: eks.amazonaws.com/nlb", nullptr,
     "warning provider-access-log-enabled-not-supported", F},
    {"eks_access_log_bucket", "eks-auto",
     "service.beta.kubernetes.io/aws-load-balancer-access-log-s3-bucket-name: logs",
     "loadBalancerClass: eks.amazonaws.com/nlb", nullptr,
     "warning provider-access-log-s3-bucket-name-not-supported", F},
    {"eks_access_log_prefix", "eks-auto",
     "service.beta.kubernetes.io/aws-load-balancer-access-log-s3-bucket-prefix: web",
     "loadBalancerClass: eks.amazonaws.com/nlb", nullptr,
     "warning provider-access-log-s3-bucket-prefix-not-supported", F},
    {"eks_cross_zone", "eks-auto",
     "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled: \"true\"",
     "loadBalancerClass: eks.amazonaws.com/nlb", nullptr,
     "warning provider-cross-zone-load-balancing-enabled-not-supported", F},
    {"eks_attributes", "eks-auto",
     "service.beta.kubernetes.io/aws-load-balancer-attributes: load_balancing.cross_zone.enabled=true",
     "loadBalancerClass: eks.amazonaws.com/nlb", nullptr,
     "warning provider-cross-zone-load-balancing-enabled-not-supported", N},

    // GKE, legacy controller (gce_annotations.go GetServiceNetworkTier).
    {"gke_network_tier_unknown", "gke", "cloud.google.com/network-tier: Gold", nullptr, nullptr,
     "error provider-network-tier-invalid", F},
    {"gke_network_tier_standard", "gke", "cloud.google.com/network-tier: Standard", nullptr,
     nullptr, "error provider-network-tier-invalid", N},

    // Azure (azure_loadbalancer.go, azure_privatelinkservice.go).
    {"azure_sctp_public", "azure", nullptr, nullptr, "- {name: sig, port: 3868, protocol: SCTP}",
     "error provider-sctp-unsupported", F},
    {"azure_sctp_internal", "azure",
     "service.beta.kubernetes.io/azure-load-balancer-internal: \"true\"", nullptr,
     "- {name: sig, port: 3868, protocol: SCTP}", "error provider-sctp-unsupported", N},
    {"azure_pls_public", "azure", "service.beta.kubernetes.io/azure-pls-create: \"true\"",
     nullptr, nullptr, "error provider-pls-needs-internal", F},
    {"azure_pls_internal", "azure",
     "service.beta.kubernetes.io/azure-pls-create: \"true\"\n"
     "service.beta.kubernetes.io/azure-load-balancer-internal: \"true\"",
     nullptr, nullptr, "error provider-pls-needs-internal", N},
    {"azure_pls_no_floating_ip", "azure",
     "service.beta.kubernetes.io/azure-pls-create: \"true\"\n"
     "service.beta.kubernetes.io/azure-disable-load-balancer-floating-ip: \"true\"",
     nullptr, nullptr, "error provider-pls-needs-internal", N},

    // DigitalOcean (loadbalancers.go).
    {"do_tls_ports_with_space", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-certificate-id: c1\n"
     "service.beta.kubernetes.io/do-loadbalancer-tls-ports: \"443, 80\"",
     nullptr, nullptr, "error provider-annotation-value-invalid", F},
    {"do_tls_ports_without_space", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-certificate-id: c1\n"
     "service.beta.kubernetes.io/do-loadbalancer-tls-ports: \"443,80\"",
     nullptr, nullptr, "error provider-annotation-value-invalid", N},
    {"do_http_ports_with_space", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-http-ports: \"80, 443\"",
     nullptr, nullptr, "error provider-annotation-value-invalid", F},
    {"do_udp_health_check_without_tcp", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-override-health-check: \"\"", nullptr,
     "- {name: dns, port: 53, protocol: UDP}", "error provider-health-check-without-tcp-port", F},
    {"do_udp_health_check_with_tcp", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-override-health-check: \"\"", nullptr,
     "- {name: dns, port: 53, protocol: UDP}\n- {name: dnstcp, port: 5353}",
     "error provider-health-check-without-tcp-port", N},
    {"do_udp_default_health_check", "digitalocean", nullptr, nullptr,
     "- {name: dns, port: 53, protocol: UDP}", "error provider-health-check-without-tcp-port", N},
    {"do_health_check_port_udp", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-override-health-check: \"\"\n"
     "service.beta.kubernetes.io/do-loadbalancer-healthcheck-port: \"53\"",
     nullptr, "- {name: dns, port: 53, protocol: UDP}\n- {name: web, port: 80}",
     "error provider-health-check-port-udp", F},
    {"do_health_check_port_tcp", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-override-health-check: \"\"\n"
     "service.beta.kubernetes.io/do-loadbalancer-healthcheck-port: \"80\"",
     nullptr, "- {name: dns, port: 53, protocol: UDP}\n- {name: web, port: 80}",
     "error provider-health-check-port-udp", N},
    {"do_sticky_without_cookie_name", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-sticky-sessions-type: cookies\n"
     "service.beta.kubernetes.io/do-loadbalancer-sticky-sessions-cookie-ttl: \"300\"",
     nullptr, nullptr, "error provider-sticky-sessions-without-cookie-name", F},
    {"do_sticky_without_cookie_ttl", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-sticky-sessions-type: cookies\n"
     "service.beta.kubernetes.io/do-loadbalancer-sticky-sessions-cookie-name: session",
     nullptr, nullptr, "error provider-sticky-sessions-without-cookie-ttl", F},
    {"do_sticky_complete", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-sticky-sessions-type: cookies\n"
     "service.beta.kubernetes.io/do-loadbalancer-sticky-sessions-cookie-name: session\n"
     "service.beta.kubernetes.io/do-loadbalancer-sticky-sessions-cookie-ttl: \"300\"",
     nullptr, nullptr, "error provider-sticky-sessions-without-cookie-name", N},
    {"do_sticky_complete_ttl", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-sticky-sessions-type: cookies\n"
     "service.beta.kubernetes.io/do-loadbalancer-sticky-sessions-cookie-name: session\n"
     "service.beta.kubernetes.io/do-loadbalancer-sticky-sessions-cookie-ttl: \"300\"",
     nullptr, nullptr, "error provider-sticky-sessions-without-cookie-ttl", N},
    {"do_size_slug_and_unit", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-size-slug: lb-small\n"
     "service.beta.kubernetes.io/do-loadbalancer-size-unit: \"2\"",
     nullptr, nullptr, "error provider-size-slug-and-unit", F},
    {"do_size_slug_only", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-size-slug: lb-small", nullptr, nullptr,
     "error provider-size-slug-and-unit", N},
    {"do_internal_dual_stack", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-network: INTERNAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-network-stack: DUALSTACK",
     nullptr, nullptr, "error provider-internal-dual-stack", F},
    {"do_external_dual_stack", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-network: EXTERNAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-network-stack: DUALSTACK",
     nullptr, nullptr, "error provider-internal-dual-stack", N},
    {"do_https_without_certificate", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-tls-ports: \"443\"",
     nullptr, nullptr, "error provider-https-without-certificate", F},
    {"do_https_with_passthrough", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-tls-ports: \"443\"\n"
     "service.beta.kubernetes.io/do-loadbalancer-tls-passthrough: \"true\"",
     nullptr, nullptr, "error provider-https-without-certificate", N},
    {"do_certificate_and_passthrough", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-tls-ports: \"443\"\n"
     "service.beta.kubernetes.io/do-loadbalancer-certificate-id: c1\n"
     "service.beta.kubernetes.io/do-loadbalancer-tls-passthrough: \"true\"",
     nullptr, nullptr, "error provider-certificate-and-passthrough", F},
    {"do_certificate_alone", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-tls-ports: \"443\"\n"
     "service.beta.kubernetes.io/do-loadbalancer-certificate-id: c1",
     nullptr, nullptr, "error provider-certificate-and-passthrough", N},
    {"do_http3_with_passthrough", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-http3-port: \"443\"\n"
     "service.beta.kubernetes.io/do-loadbalancer-tls-passthrough: \"true\"",
     nullptr, nullptr, "error provider-http3-with-passthrough", F},
    {"do_http3_without_certificate", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-http3-port: \"443\"",
     nullptr, nullptr, "error provider-http3-without-certificate", F},
    {"do_http3_with_certificate", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-http3-port: \"443\"\n"
     "service.beta.kubernetes.io/do-loadbalancer-certificate-name: web",
     nullptr, nullptr, "error provider-http3-without-certificate", N},

    // Linode (loadbalancers.go, service_helpers.go).
    {"do_http3_without_passthrough", "digitalocean",
     "service.beta.kubernetes.io/do-loadbalancer-type: REGIONAL\n"
     "service.beta.kubernetes.io/do-loadbalancer-http3-port: \"443\"\n"
     "service.beta.kubernetes.io/do-loadbalancer-certificate-name: web",
     nullptr, nullptr, "error provider-http3-with-passthrough", N},
    {"linode_tcp_algorithm_on_udp", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-algorithm: source", nullptr,
     "- {name: dns, port: 53, protocol: UDP}", "error provider-algorithm-for-tcp-on-udp", F},
    {"linode_tcp_algorithm_on_tcp", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-algorithm: source", nullptr,
     nullptr, "error provider-algorithm-for-tcp-on-udp", N},
    {"linode_udp_algorithm_on_tcp", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-algorithm: ring_hash", nullptr,
     nullptr, "error provider-algorithm-for-udp-on-tcp", F},
    {"linode_udp_algorithm_on_udp", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-algorithm: RING_HASH", nullptr,
     "- {name: dns, port: 53, protocol: UDP}", "error provider-algorithm-for-udp-on-tcp", N},
    {"linode_https_without_secret", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-protocol: https", nullptr, nullptr,
     "error provider-https-without-tls-secret", F},
    {"linode_https_with_secrets", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-protocol: https\n"
     "service.beta.kubernetes.io/linode-loadbalancer-port-80: '{\"tls-secret-name\": \"a\"}'\n"
     "service.beta.kubernetes.io/linode-loadbalancer-port-443: '{\"tls-secret-name\": \"b\"}'",
     nullptr, nullptr, "error provider-https-without-tls-secret", N},
    {"linode_https_one_port", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-port-443: "
     "'{\"protocol\": \"https\", \"tls-secret-name\": \"b\"}'",
     nullptr, nullptr, "error provider-https-without-tls-secret", N},
    {"linode_proxy_on_udp", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol: v2", nullptr,
     "- {name: dns, port: 53, protocol: UDP}", "error provider-proxy-protocol-on-udp", F},
    {"linode_proxy_on_tcp", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-proxy-protocol: v2", nullptr,
     nullptr, "error provider-proxy-protocol-on-udp", N},
    {"linode_tls_secret_on_udp", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-port-53: '{\"tls-secret-name\": \"a\"}'",
     nullptr, "- {name: dns, port: 53, protocol: UDP}", "error provider-tls-secret-on-udp", F},
    {"linode_tls_secret_on_https", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-port-443: "
     "'{\"protocol\": \"https\", \"tls-secret-name\": \"b\"}'",
     nullptr, nullptr, "error provider-tls-secret-on-udp", N},
    {"linode_http_stickiness_on_udp", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-stickiness: http_cookie", nullptr,
     "- {name: dns, port: 53, protocol: UDP}", "error provider-stickiness-for-http-on-udp", F},
    {"linode_http_stickiness_on_http", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-protocol: http\n"
     "service.beta.kubernetes.io/linode-loadbalancer-default-stickiness: http_cookie",
     nullptr, nullptr, "error provider-stickiness-for-http-on-udp", N},
    {"linode_udp_stickiness_on_http", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-protocol: http\n"
     "service.beta.kubernetes.io/linode-loadbalancer-default-stickiness: session",
     nullptr, nullptr, "error provider-stickiness-for-udp-on-http", F},
    {"linode_udp_stickiness_on_udp", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-default-stickiness: session", nullptr,
     "- {name: dns, port: 53, protocol: UDP}", "error provider-stickiness-for-udp-on-http", N},
    {"linode_http_body_without_body", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-check-type: http_body", nullptr, nullptr,
     "error provider-http-body-check-without-body", F},
    {"linode_http_body_with_body", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-check-type: http_body\n"
     "service.beta.kubernetes.io/linode-loadbalancer-check-body: ok",
     nullptr, nullptr, "error provider-http-body-check-without-body", N},
    {"linode_firewall_id_and_acl", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-firewall-id: \"1\"\n"
     "service.beta.kubernetes.io/linode-loadbalancer-firewall-acl: '{\"allowList\": {\"ipv4\": [\"192.0.2.0/24\"]}}'",
     nullptr, nullptr, "warning provider-firewall-id-and-acl", F},
    {"linode_firewall_id_alone", "linode",
     "service.beta.kubernetes.io/linode-loadbalancer-firewall-id: \"1\"", nullptr, nullptr,
     "warning provider-firewall-id-and-acl", N},

    // Hetzner (internal/annotation/name.go validateAlgorithmType).
    {"hetzner_algorithm_unknown", "hetzner",
     "load-balancer.hetzner.cloud/algorithm-type: weighted", nullptr, nullptr,
     "error provider-annotation-value-invalid", F},
    {"hetzner_algorithm_known", "hetzner",
     "load-balancer.hetzner.cloud/algorithm-type: LEAST_CONNECTIONS", nullptr, nullptr,
     "error provider-annotation-value-invalid", N},

    // OCI (load_balancer_spec.go, load_balancer_util.go).
    {"oci_session_affinity", "oci", nullptr, "sessionAffinity: ClientIP", nullptr,
     "error provider-session-affinity", F},
    {"oci_session_affinity_none", "oci", nullptr, "sessionAffinity: None", nullptr,
     "error provider-session-affinity", N},
    {"oci_ssl_ports_name", "oci",
     "service.beta.kubernetes.io/oci-load-balancer-ssl-ports: https", nullptr, nullptr,
     "error provider-annotation-value-invalid", F},
    {"oci_ssl_ports_number", "oci",
     "service.beta.kubernetes.io/oci-load-balancer-ssl-ports: \"443\"", nullptr, nullptr,
     "error provider-annotation-value-invalid", N},
    {"oci_preserve_source_cluster", "oci",
     "oci.oraclecloud.com/load-balancer-type: nlb\n"
     "oci-network-load-balancer.oraclecloud.com/is-preserve-source: \"true\"",
     nullptr, nullptr, "error provider-preserve-source-cluster", F},
    {"oci_preserve_source_local", "oci",
     "oci.oraclecloud.com/load-balancer-type: nlb\n"
     "oci-network-load-balancer.oraclecloud.com/is-preserve-source: \"true\"",
     "externalTrafficPolicy: Local", nullptr, "error provider-preserve-source-cluster", N},
    {"oci_flexible_without_bandwidth", "oci",
     "service.beta.kubernetes.io/oci-load-balancer-shape: flexible", nullptr, nullptr,
     "error provider-flexible-shape-without-bandwidth", F},
    {"oci_flexible_with_bandwidth", "oci",
     "service.beta.kubernetes.io/oci-load-balancer-shape: flexible\n"
     "service.beta.kubernetes.io/oci-load-balancer-shape-flex-min: \"10\"\n"
     "service.beta.kubernetes.io/oci-load-balancer-shape-flex-max: \"100\"",
     nullptr, nullptr, "error provider-flexible-shape-without-bandwidth", N},
    {"oci_assigned_ip_on_lb", "oci",
     "oci-network-load-balancer.oraclecloud.com/assigned-private-ipv4: 10.0.0.10", nullptr,
     nullptr, "error provider-assigned-ip-on-lb", F},
    {"oci_assigned_ip_on_nlb", "oci",
     "oci.oraclecloud.com/load-balancer-type: nlb\n"
     "oci-network-load-balancer.oraclecloud.com/assigned-private-ipv4: 10.0.0.10",
     nullptr, nullptr, "error provider-assigned-ip-on-lb", N},
    {"oci_rule_sets_on_nlb", "oci",
     "oci.oraclecloud.com/load-balancer-type: nlb\n"
     "oci.oraclecloud.com/oci-load-balancer-rule-sets: '{}'",
     nullptr, nullptr, "error provider-rule-sets-on-nlb", F},
    {"oci_rule_sets_on_lb", "oci", "oci.oraclecloud.com/oci-load-balancer-rule-sets: '{}'",
     nullptr, nullptr, "error provider-rule-sets-on-nlb", N},
    {"oci_udp_security_list_all", "oci",
     "oci.oraclecloud.com/load-balancer-type: nlb\n"
     "oci-network-load-balancer.oraclecloud.com/security-list-management-mode: All",
     nullptr, "- {name: dns, port: 53, protocol: UDP}", "error provider-udp-security-list-mode", F},
    {"oci_udp_security_list_none", "oci",
     "oci.oraclecloud.com/load-balancer-type: nlb\n"
     "oci-network-load-balancer.oraclecloud.com/security-list-management-mode: None",
     nullptr, "- {name: dns, port: 53, protocol: UDP}", "error provider-udp-security-list-mode", N},

    // MetalLB (controller/service.go).
    {"metallb_ips_and_load_balancer_ip", "metallb", "metallb.io/loadBalancerIPs: 192.0.2.10",
     "loadBalancerIP: 192.0.2.10", nullptr,
     "error provider-load-balancer-ips-and-load-balancer-ip", F},
    {"metallb_old_ips_and_load_balancer_ip", "metallb",
     "metallb.universe.tf/loadBalancerIPs: 192.0.2.10", "loadBalancerIP: 192.0.2.10", nullptr,
     "error provider-load-balancer-ips-and-load-balancer-ip", F},
    {"metallb_ips_alone", "metallb", "metallb.io/loadBalancerIPs: 192.0.2.10", nullptr, nullptr,
     "error provider-load-balancer-ips-and-load-balancer-ip", N},
    {"metallb_invalid_ip", "metallb", "metallb.io/loadBalancerIPs: \"192.0.2.10, 192.0.2.300\"",
     nullptr, nullptr, "error provider-annotation-value-invalid", F},
    {"metallb_dual_stack_ips", "metallb", "metallb.io/loadBalancerIPs: \"192.0.2.10, 2001:db8::10\"",
     nullptr, nullptr, "error provider-annotation-value-invalid", N},
};
// clang-format on

QByteArray indented(const char *lines, const QByteArray &indent)
{
    QByteArray out;
    if (!lines)
        return out;
    for (const QByteArray &line : QByteArray(lines).split('\n'))
        out += indent + line + '\n';
    return out;
}

Service serviceOf(const Case &c)
{
    QByteArray yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n";
    if (c.annotations)
        yaml += "  annotations:\n" + indented(c.annotations, "    ");
    yaml += "spec:\n  type: LoadBalancer\n  selector: {app: a}\n" + indented(c.spec, "  ");
    yaml += "  ports:\n"
            + indented(c.ports ? c.ports : "- {name: http, port: 80}\n- {name: https, port: 443}",
                       "  ");
    return sdtest::serviceFromYaml(yaml);
}

class ControllerRules : public ::testing::TestWithParam<Case>
{};

TEST_P(ControllerRules, FireWhereTheControllerRefuses)
{
    const Case &c = GetParam();
    const Service service = serviceOf(c);
    ASSERT_TRUE(service.spec.hasValue()) << c.name;
    const QStringList found = sdtest::providerFindings(
        sdtest::validateOn(QString::fromLatin1(c.provider), service));
    const QString wanted = QString::fromLatin1(c.finding);
    const QString code = wanted.section(u' ', 1);
    QStringList matching;
    for (const QString &f : found) {
        if (f.section(u' ', 1, 1) == code)
            matching << f.section(u' ', 0, 1);
    }
    if (c.fires) {
        EXPECT_TRUE(matching.contains(wanted))
            << c.name << ": wanted " << wanted.toStdString() << ", found\n  "
            << found.join(u"\n  ").toStdString();
    } else {
        EXPECT_TRUE(matching.isEmpty())
            << c.name << ": unexpected " << matching.join(u", ").toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Bundled,
                         ControllerRules,
                         ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case> &info) {
                             return std::string(info.param.name);
                         });

// Every rule of every bundled profile has a row that fires and one that does not.
TEST(ControllerRulesSetup, EveryRuleHasBothRows)
{
    for (const auto &p : sdtest::bundledProviders().profiles()) {
        std::vector<const Rejection *> rules;
        for (const Rejection &r : p->rejections)
            rules.push_back(&r);
        for (const ProfileVariant &v : p->variants) {
            for (const Rejection &r : v.rejections)
                rules.push_back(&r);
        }
        for (const Rejection *r : rules) {
            const QString code = u"provider-"_s + r->code;
            bool fires = false;
            bool quiet = false;
            for (const Case &c : kCases) {
                if (QString::fromLatin1(c.provider) != p->id
                    || QString::fromLatin1(c.finding).section(u' ', 1) != code)
                    continue;
                (c.fires ? fires : quiet) = true;
            }
            // A rule whose condition is only that the annotation is there (EKS Auto Mode's "not
            // supported") has its quiet row in a neighbouring rule's.
            const bool presenceOnly = r->when.size() == 1 && !r->when.front().annotation.isEmpty()
                                      && r->when.front().equals.isEmpty();
            EXPECT_TRUE(fires) << p->id.toStdString() << " " << code.toStdString()
                               << " has no row that fires";
            EXPECT_TRUE(quiet || presenceOnly)
                << p->id.toStdString() << " " << code.toStdString() << " has no quiet row";
        }
    }
}

} // namespace
