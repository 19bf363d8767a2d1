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

/**
 * Minified JSON (one line, as `kubectl get -o json | jq -c` or a generator writes it) indented
 * two spaces a level, one value a line, as `kubectl get -o json` prints it.
 */
inline QByteArray prettyJson(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    bool inString = false;
    const auto newline = [&] { out.append('\n').append(QByteArray(depth * 2, ' ')); };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out.append(c);
            if (c == '\\')
                out.append(json[++i]);
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[':
            out.append(c);
            if (i + 1 < json.size() && (json[i + 1] == '}' || json[i + 1] == ']')) {
                out.append(json[++i]);
                break;
            }
            ++depth;
            newline();
            break;
        case '}':
        case ']':
            --depth;
            newline();
            out.append(c);
            break;
        case ',':
            out.append(c);
            newline();
            break;
        case ':':
            out.append(": ");
            break;
        case '\n':
            break; // the one line's end: the result gets its own
        default:
            out.append(c);
        }
    }
    out.append('\n');
    return out;
}

/**
 * Services like those of generatedManifest(), with two ports each, as one `v1 List` in minified
 * JSON, all on one line: about 356 bytes a Service, so 2,000 Services make 713 KB and 14,000 make
 * 5 MB. The first Service has a description; with `accent` it holds one non-ASCII character, so
 * that columns have to be counted in characters rather than bytes.
 */
inline QByteArray generatedJsonList(int services, bool accent)
{
    static const char *const protocols[] = {"TCP", "UDP"};
    static const char *const names[] = {"http", "https"};
    QByteArray out = R"({"apiVersion":"v1","kind":"List","metadata":{"resourceVersion":""},)"
                     R"("items":[)";
    out.reserve(services * 360);
    for (int i = 0; i < services; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i > 0)
            out.append(',');
        out.append(R"({"apiVersion":"v1","kind":"Service","metadata":{)");
        if (i == 0)
            out.append(R"("annotations":{"description":")")
                .append(accent ? "caf\xc3\xa9" : "cafe")
                .append(R"("},)");
        out.append(R"("labels":{"app.kubernetes.io/name":"app-)")
            .append(n)
            .append(R"("},"name":"service-)")
            .append(n)
            .append(R"(","namespace":"team-)")
            .append(QByteArray::number(i % 17))
            .append(R"("},"spec":{"ports":[)");
        for (int p = 0; p < 2; ++p) {
            const QByteArray port = QByteArray::number(8000 + p);
            if (p > 0)
                out.append(',');
            out.append(R"({"name":")")
                .append(names[p])
                .append(R"(","port":)")
                .append(port)
                .append(R"(,"protocol":")")
                .append(protocols[p])
                .append(R"(","targetPort":)");
            if (p == 1)
                out.append('"').append(names[p]).append('"');
            else
                out.append(port);
            out.append('}');
        }
        out.append(R"(],"selector":{"app.kubernetes.io/name":"app-)")
            .append(n)
            .append(R"("},"type":"ClusterIP"}})");
    }
    out.append("]}\n");
    return out;
}

/** A flow sequence of `items` IP addresses, all on one line or one item a line. */
inline QByteArray generatedFlowSequence(int items, bool oneLine)
{
    QByteArray out = "cidrs: [";
    out.reserve(items * 14);
    for (int i = 0; i < items; ++i) {
        if (i > 0)
            out.append(oneLine ? ", " : ",\n  ");
        out.append("10.")
            .append(QByteArray::number((i >> 16) & 255))
            .append('.')
            .append(QByteArray::number((i >> 8) & 255))
            .append('.')
            .append(QByteArray::number(i & 255));
    }
    out.append("]\n");
    return out;
}

} // namespace sd::bench
