// SPDX-License-Identifier: GPL-3.0-or-later
// validateServicePort for each port (P1-P4, P7-P9), node ports (NP1, NP2, the allocator's
// sharing rule, and its range for nodePort and healthCheckNodePort) and duplicate ports
// (DUP1). P6 is a decode-level finding.

#include <QSet>

#include "model/tr.h"
#include "model/validation/rulecontext_p.h"
#include "model/validation/syntax.h"

namespace sd::rules {

namespace {

// The protocol after defaulting: absent, null and "" are TCP; anything else as written. A view
// of the port's text or of a constant.
QStringView defaultedProtocolView(const ServicePort &p)
{
    if (p.protocol.hasValue())
        return EnumNames<Protocol>::names()[size_t(p.protocol.value())];
    if (p.protocol.isRaw() && !p.protocol.isNull() && p.protocol.raw()->isScalar()
        && !p.protocol.raw()->text().isEmpty())
        return p.protocol.raw()->text();
    return u"TCP";
}

QString defaultedProtocol(const ServicePort &p)
{
    return defaultedProtocolView(p).toString();
}

// "tcp-80", made unique among the names of the other ports ("tcp-80-2", ...).
Fix nameThePort(size_t index)
{
    return {ValidationTr::tr("Name the port"), [index](Service &s) {
                ServicePort *port = portAt(s, index);
                if (!port)
                    return;
                QSet<QString> taken;
                for (const Field<ServicePort> &p : s.ports()) {
                    if (p.hasValue() && &p.value() != port)
                        taken.insert(p.value().name.valueOr({}));
                }
                const QString base = defaultedProtocol(*port).toLower() + u'-'
                                     + QString::number(port->port.valueOr(0));
                QString name = base;
                for (int n = 2; taken.contains(name); ++n)
                    name = base + u'-' + QString::number(n);
                port->name.set(name);
            }};
}

void checkName(RuleContext &c,
               const ServicePort &p,
               size_t i,
               SourcePos portPos,
               bool requireName,
               SeenValues<QStringView> &names)
{
    // Paths are built only for a finding: most ports have none.
    const auto path = [i]() -> QString { return portPath(i) + u".name"; };
    const SourcePos pos = c.posOr(p.name, portPos);
    if (p.name.isRaw() && !p.name.isNull())
        return;
    const QString *name = p.name.get();
    if (!name || name->isEmpty()) {
        if (requireName)
            c.required(QStringLiteral("port-name-required"), path(), pos, {}, nameThePort(i));
        return;
    }
    if (const QStringList errors = syntax::dns1123LabelErrors(*name); !errors.isEmpty())
        c.invalidQuoted(QStringLiteral("port-name-invalid"), path(), pos, *name, errors);
    if (names.insert(*name))
        c.duplicate(QStringLiteral("port-name-duplicate"),
                    path(),
                    pos,
                    quoted(*name),
                    nameThePort(i));
}

void checkNumbers(RuleContext &c, const ServicePort &p, size_t i, SourcePos portPos)
{
    if (!p.port.isRaw() || p.port.isNull()) {
        const int port = p.port.valueOr(0);
        if (const QStringList errors = syntax::portNumberErrors(port); !errors.isEmpty()) {
            c.invalid(QStringLiteral("port-invalid"),
                      portPath(i) + u".port",
                      c.posOr(p.port, portPos),
                      QString::number(port),
                      errors);
        }
    }
    if (const IntOrString *target = p.targetPort.get()) {
        const auto path = [i]() -> QString { return portPath(i) + u".targetPort"; };
        const SourcePos pos = c.posOr(p.targetPort, portPos);
        // 0 and "" are defaulted to `port`.
        if (target->isInt() && target->toInt() != 0) {
            if (const QStringList errors = syntax::portNumberErrors(target->toInt());
                !errors.isEmpty()) {
                c.invalid(QStringLiteral("target-port-invalid"),
                          path(),
                          pos,
                          QString::number(target->toInt()),
                          errors);
            }
        } else if (target->isString() && !target->toString().isEmpty()) {
            if (const QStringList errors = syntax::portNameErrors(target->toString());
                !errors.isEmpty()) {
                c.invalidQuoted(QStringLiteral("target-port-name-invalid"),
                                path(),
                                pos,
                                target->toString(),
                                errors);
            }
        }
    }
    if (const QString *appProtocol = p.appProtocol.get()) {
        if (const QStringList errors = syntax::qualifiedNameErrors(*appProtocol);
            !errors.isEmpty()) {
            c.invalidQuoted(QStringLiteral("app-protocol-invalid"),
                            portPath(i) + u".appProtocol",
                            c.posOr(p.appProtocol, portPos),
                            *appProtocol,
                            errors);
        }
    }
}

Fix removeNodePort(size_t index)
{
    return {ValidationTr::tr("Remove nodePort"), [index](Service &s) {
                if (ServicePort *port = portAt(s, index))
                    port->nodePort.clear();
            }};
}

// The allocator's range (--service-node-port-range): an error where the cluster's range is
// known, a warning against the default range where it is not. Negative ports fail everywhere.
bool checkNodePortRange(
    RuleContext &c, int nodePort, const QString &path, SourcePos pos, size_t index)
{
    const ClusterSettings &cluster = c.environment.cluster;
    if (cluster.knowsNodePortRange() || nodePort < 0) {
        const int min = cluster.nodePortMin.value_or(30000);
        const int max = cluster.nodePortMax.value_or(32767);
        if (nodePort >= min && nodePort <= max)
            return true;
        c.invalid(QStringLiteral("node-port-out-of-range"),
                  path,
                  pos,
                  QString::number(nodePort),
                  {ValidationTr::tr(
                       "provided port is not in the valid range. The range of valid ports is "
                       "%1-%2")
                       .arg(min)
                       .arg(max)},
                  removeNodePort(index));
        return false;
    }
    if (nodePort >= 30000 && nodePort <= 32767)
        return true;
    c.warning(QStringLiteral("node-port-out-of-range"),
              path,
              pos,
              ValidationTr::tr(
                  "nodePort %1 is outside the default node-port range 30000-32767; the cluster "
                  "must have been started with a --service-node-port-range that includes it")
                  .arg(nodePort),
              removeNodePort(index));
    return true;
}

void checkNodePorts(RuleContext &c, const List<ServicePort> &ports)
{
    const bool allocates = c.isType(ServiceType::NodePort) || c.isType(ServiceType::LoadBalancer);
    QSet<QString> seen;            // (protocol, nodePort) for ValidateService
    QMap<int, int> portOfNodePort; // nodePort -> port, for the allocator
    for (size_t i = 0; i < ports.size(); ++i) {
        const ServicePort *p = ports[i].get();
        if (!p || !p->nodePort.hasValue() || p->nodePort.value() == 0)
            continue;
        const int nodePort = p->nodePort.value();
        const QString path = portPath(i) + u".nodePort";
        const SourcePos pos = c.posOr(p->nodePort, ports[i].pos());
        if (c.isType(ServiceType::ClusterIP)) {
            c.forbidden(QStringLiteral("node-port-cluster-ip"),
                        path,
                        pos,
                        ValidationTr::tr("may not be used when `type` is 'ClusterIP'"),
                        removeNodePort(i));
        }
        if (allocates && !checkNodePortRange(c, nodePort, path, pos, i))
            continue;
        // Ports with the same `port` share one node port; two different ports asking for the
        // same one fail in the allocator, before validation, whatever their protocols.
        const int port = p->port.valueOr(0);
        if (allocates && portOfNodePort.contains(nodePort) && portOfNodePort[nodePort] != port) {
            c.invalid(QStringLiteral("node-port-allocated"),
                      path,
                      pos,
                      QString::number(nodePort),
                      {ValidationTr::tr("provided port is already allocated")},
                      removeNodePort(i));
            continue;
        }
        portOfNodePort.insert(nodePort, port);
        const QString key = defaultedProtocol(*p) + u'/' + QString::number(nodePort);
        if (seen.contains(key)) {
            c.duplicate(QStringLiteral("node-port-duplicate"),
                        path,
                        pos,
                        QString::number(nodePort),
                        removeNodePort(i));
        }
        seen.insert(key);
    }
}

// The allocator reserves healthCheckNodePort from the node-port range too (allocHealthCheckNodePort
// in storage/alloc.go). It fails before validation with an internal error (500) that names no
// field; the finding is placed on the field. Values that are no port number at all are
// ValidateService's (trafficrules.cpp).
void checkHealthCheckNodePortRange(RuleContext &c)
{
    const ServiceSpec &spec = *c.spec;
    const int *port = spec.healthCheckNodePort.get();
    const bool needsHealthCheck = c.isType(ServiceType::LoadBalancer)
                                  && spec.externalTrafficPolicy.hasValue()
                                  && spec.externalTrafficPolicy.value() == TrafficPolicy::Local;
    if (!port || *port < 1 || *port > 65535 || !needsHealthCheck)
        return;
    const ClusterSettings &cluster = c.environment.cluster;
    const QString path = QStringLiteral("spec.healthCheckNodePort");
    const SourcePos pos = c.posOr(spec.healthCheckNodePort, c.specPos());
    const Fix fix{ValidationTr::tr("Remove healthCheckNodePort"), [](Service &s) {
                      if (ServiceSpec *sp = s.spec.get())
                          sp->healthCheckNodePort.clear();
                  }};
    if (!cluster.knowsNodePortRange()) {
        if (*port < 30000 || *port > 32767) {
            c.warning(QStringLiteral("health-check-node-port-out-of-range"),
                      path,
                      pos,
                      ValidationTr::tr(
                          "healthCheckNodePort %1 is outside the default node-port range "
                          "30000-32767; the cluster must have been started with a "
                          "--service-node-port-range that includes it")
                          .arg(*port),
                      fix);
        }
        return;
    }
    const int min = *cluster.nodePortMin;
    const int max = *cluster.nodePortMax;
    if (*port >= min && *port <= max)
        return;
    c.add({Severity::Error,
           QStringLiteral("health-check-node-port-out-of-range"),
           ErrorType::None,
           path,
           pos,
           ValidationTr::tr(
               "Internal error occurred: failed to allocate requested HealthCheck NodePort %1: "
               "provided port is not in the valid range. The range of valid ports is %2-%3")
               .arg(*port)
               .arg(min)
               .arg(max),
           fix});
}

void checkDuplicates(RuleContext &c, const List<ServicePort> &ports)
{
    SeenValues<std::pair<QStringView, int>> seen;
    for (size_t i = 0; i < ports.size(); ++i) {
        const ServicePort *p = ports[i].get();
        if (!p || (p->port.isRaw() && !p->port.isNull()))
            continue; // a decode error already
        const QStringView protocol = defaultedProtocolView(*p);
        const int port = p->port.valueOr(0);
        if (seen.insert({protocol, port})) {
            c.duplicate(QStringLiteral("port-duplicate"),
                        portPath(i),
                        ports[i].pos(),
                        ValidationTr::tr("{Protocol: %1, Port: %2}")
                            .arg(quoted(protocol.toString()))
                            .arg(port));
        }
    }
}

} // namespace

void checkPorts(RuleContext &c)
{
    const List<ServicePort> &ports = c.service.ports();
    const bool requireName = ports.size() > 1;
    SeenValues<QStringView> names;
    for (size_t i = 0; i < ports.size(); ++i) {
        if (const ServicePort *p = ports[i].get()) {
            checkName(c, *p, i, ports[i].pos(), requireName, names);
            checkNumbers(c, *p, i, ports[i].pos());
        }
    }
    checkNodePorts(c, ports);
    if (c.spec)
        checkHealthCheckNodePortRange(c);
    checkDuplicates(c, ports);
}

} // namespace sd::rules
