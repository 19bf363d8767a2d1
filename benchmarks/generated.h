// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace sd::bench {

/**
 * A manifest as large teams have them: `services` Services of `portsPerService` ports each, as
 * people write them: labels and annotations, a comment, a selector, ports with name, protocol,
 * port and targetPort (some named and quoted). About 635 bytes a Service with 4 ports, so 10,000
 * Services make about 6.35 MB. Shared by every benchmark, so their numbers compare.
 */
inline QByteArray generatedManifest(int services = 10000,
                                     int portsPerService = 4,
                                     const char *type = "ClusterIP # the default")
{
    static const char *const protocols[] = {"TCP", "UDP", "TCP", "SCTP"};
    static const char *const names[] = {"http", "https", "metrics", "grpc"};
    QByteArray out;
    out.reserve(services * (300 + portsPerService * 85));
    for (int i = 0; i < services; ++i) {
        const QByteArray n = QByteArray::number(i);
        out.append("---\napiVersion: v1\nkind: Service\nmetadata:\n  name: service-")
            .append(n)
            .append("\n  namespace: team-")
            .append(QByteArray::number(i % 17))
            .append("\n  labels:\n    app.kubernetes.io/name: app-")
            .append(n)
            .append("\n    tier: \"be\"\n  annotations:\n"
                    "    service.beta.kubernetes.io/aws-load-balancer-type: nlb\n"
                    "    prometheus.io/scrape: 'true'\n"
                    "spec:\n  type: ")
            .append(type)
            .append("\n  selector:\n    app.kubernetes.io/name: app-")
            .append(n)
            .append("\n  ports:\n");
        for (int p = 0; p < portsPerService; ++p) {
            const QByteArray port = QByteArray::number(8000 + p);
            out.append("  - name: ")
                .append(names[p % 4])
                .append("\n    protocol: ")
                .append(protocols[p % 4])
                .append("\n    port: ")
                .append(port)
                .append("\n    targetPort: ");
            if (p % 2 != 0)
                out.append('"').append(names[p % 4]).append("\"\n");
            else
                out.append(port).append('\n');
        }
    }
    return out;
}

} // namespace sd::bench
