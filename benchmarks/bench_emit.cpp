// SPDX-License-Identifier: GPL-3.0-or-later
// emitYaml and emitJson on a List of 10,000 Services with four ports each (about 6 MB of YAML),
// built in code so that the numbers do not depend on the parser.

#include <benchmark/benchmark.h>

#include "model/domain/node.h"
#include "model/io/yamlemitter.h"

using namespace Qt::StringLiterals;

namespace {

sd::Node str(const QString &s)
{
    return sd::Node::string(s);
}

sd::Node plain(const QString &s)
{
    return sd::Node::scalar(s);
}

sd::Node port(const QString &name, int number, sd::Node target)
{
    sd::Node p = sd::Node::mapping();
    p.insert(u"name"_s, str(name));
    p.insert(u"port"_s, plain(QString::number(number)));
    p.insert(u"protocol"_s, str(u"TCP"_s));
    p.insert(u"targetPort"_s, std::move(target));
    return p;
}

sd::Node service(int i)
{
    const QString name = u"svc-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
    const QString team = u"team-%1"_s.arg(i % 17);

    sd::Node labels = sd::Node::mapping();
    labels.insert(u"app.kubernetes.io/name"_s, str(name));
    labels.insert(u"app.kubernetes.io/part-of"_s, str(u"shop"_s));
    labels.insert(u"app.kubernetes.io/version"_s, str(u"1.%1"_s.arg(i % 10)));
    labels.insert(u"tier"_s, str(i % 2 ? u"backend"_s : u"frontend"_s));

    sd::Node annotations = sd::Node::mapping();
    annotations.insert(u"description"_s,
                       str(u"Service %1 of the shop, owned by %2"_s.arg(i).arg(team)));
    annotations.insert(u"prometheus.io/port"_s, str(u"9090"_s));
    annotations.insert(u"prometheus.io/scrape"_s, str(u"true"_s));
    annotations.insert(u"service.beta.kubernetes.io/aws-load-balancer-type"_s, str(u"nlb"_s));

    sd::Node metadata = sd::Node::mapping();
    metadata.insert(u"annotations"_s, std::move(annotations));
    metadata.insert(u"labels"_s, std::move(labels));
    metadata.insert(u"name"_s, str(name));
    metadata.insert(u"namespace"_s, str(team));

    sd::Node ports = sd::Node::sequence();
    ports.append(port(u"http"_s, 80, str(u"http"_s)));
    ports.append(port(u"https"_s, 443, plain(u"8443"_s)));
    ports.append(port(u"metrics"_s, 9090, plain(u"9090"_s)));
    ports.append(port(u"grpc"_s, 50051, str(u"grpc"_s)));

    sd::Node selector = sd::Node::mapping();
    selector.insert(u"app.kubernetes.io/name"_s, str(name));

    sd::Node spec = sd::Node::mapping();
    spec.insert(u"ports"_s, std::move(ports));
    spec.insert(u"selector"_s, std::move(selector));
    spec.insert(u"type"_s, str(i % 5 ? u"ClusterIP"_s : u"LoadBalancer"_s));

    sd::Node svc = sd::Node::mapping();
    svc.insert(u"apiVersion"_s, str(u"v1"_s));
    svc.insert(u"kind"_s, str(u"Service"_s));
    svc.insert(u"metadata"_s, std::move(metadata));
    svc.insert(u"spec"_s, std::move(spec));
    return svc;
}

const sd::Node &serviceList()
{
    static const sd::Node list = [] {
        sd::Node items = sd::Node::sequence();
        for (int i = 0; i < 10000; ++i)
            items.append(service(i));
        sd::Node root = sd::Node::mapping();
        root.insert(u"apiVersion"_s, str(u"v1"_s));
        root.insert(u"items"_s, std::move(items));
        root.insert(u"kind"_s, str(u"List"_s));
        return root;
    }();
    return list;
}

void BM_EmitYaml(benchmark::State &state)
{
    const sd::Node &list = serviceList();
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QByteArray out = sd::emitYaml(list);
        bytes = out.size();
        benchmark::DoNotOptimize(out.constData());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_EmitYaml)->Unit(benchmark::kMillisecond);

void BM_EmitJson(benchmark::State &state)
{
    const sd::Node &list = serviceList();
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QByteArray out = sd::emitJson(list);
        bytes = out.size();
        benchmark::DoNotOptimize(out.constData());
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["MB"] = double(bytes) / 1e6;
}
BENCHMARK(BM_EmitJson)->Unit(benchmark::kMillisecond);

} // namespace
