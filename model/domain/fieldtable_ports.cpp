// SPDX-License-Identifier: GPL-3.0-or-later
// The columns of the ports table: one entry per ServicePort field.
#include <QCoreApplication>

#include "model/domain/fieldtable.h"
#include "model/domain/fieldvalues_p.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

using namespace fieldvalues;

std::vector<PortField> makePortFields()
{
    std::vector<PortField> out;
    auto textField = [](const char *name,
                        const char *header,
                        const char *undo,
                        Field<QString> ServicePort::*member) {
        PortField f;
        f.name = QString::fromLatin1(name);
        f.header = header;
        f.undoText = undo;
        f.get = [member](const ServicePort &p) { return cellOf(p.*member); };
        f.set = [member](ServicePort &p, const QString &text) {
            setText(p.*member, text);
            return true;
        };
        f.clear = [member](ServicePort &p) { return clearField(p.*member); };
        return f;
    };
    auto numberField =
        [](const char *name, const char *header, const char *undo, Field<int> ServicePort::*member) {
            PortField f;
            f.name = QString::fromLatin1(name);
            f.kind = FieldKind::Number;
            f.header = header;
            f.undoText = undo;
            f.get = [member](const ServicePort &p) { return cellOf(p.*member); };
            f.set = [member](ServicePort &p, const QString &text) {
                if (text.isEmpty()) {
                    clearField(p.*member);
                    return true;
                }
                bool ok = false;
                const int value = text.toInt(&ok);
                if (ok)
                    (p.*member).set(value);
                return ok;
            };
            f.clear = [member](ServicePort &p) { return clearField(p.*member); };
            return f;
        };

    out.push_back(textField("name",
                            QT_TRANSLATE_NOOP("sd::ServiceField", "Name"),
                            QT_TRANSLATE_NOOP("sd::undo", "Set port name"),
                            &ServicePort::name));
    out.back().topic = u"port"_s;

    PortField protocol;
    protocol.name = u"protocol"_s;
    protocol.kind = FieldKind::Choice;
    protocol.header = QT_TRANSLATE_NOOP("sd::ServiceField", "Protocol");
    protocol.undoText = QT_TRANSLATE_NOOP("sd::undo", "Set port protocol");
    protocol.topic = u"protocol-tcp"_s; // explanations.cpp picks the one of the value
    protocol.get = [](const ServicePort &p) { return cellOf(p.protocol); };
    protocol.set = [](ServicePort &p, const QString &text) {
        if (text.isEmpty()) {
            clearField(p.protocol);
            return true;
        }
        const std::optional<Protocol> value = parseEnum<Protocol>(text.toUpper());
        if (value)
            p.protocol.set(*value);
        return value.has_value();
    };
    protocol.placeholder = [](const Service &, const ServicePort &) { return QVariant(u"TCP"_s); };
    out.push_back(std::move(protocol));

    out.push_back(textField("appProtocol",
                            QT_TRANSLATE_NOOP("sd::ServiceField", "App protocol"),
                            QT_TRANSLATE_NOOP("sd::undo", "Set app protocol"),
                            &ServicePort::appProtocol));
    out.back().topic = u"app-protocol"_s;
    out.push_back(numberField("port",
                              QT_TRANSLATE_NOOP("sd::ServiceField", "Port"),
                              QT_TRANSLATE_NOOP("sd::undo", "Set port number"),
                              &ServicePort::port));
    out.back().topic = u"port"_s;

    PortField target;
    target.name = u"targetPort"_s;
    target.header = QT_TRANSLATE_NOOP("sd::ServiceField", "Target port");
    target.undoText = QT_TRANSLATE_NOOP("sd::undo", "Set target port");
    target.topic = u"target-port"_s;
    target.get = [](const ServicePort &p) { return cellOf(p.targetPort); };
    target.set = [](ServicePort &p, const QString &text) {
        if (text.isEmpty()) {
            clearField(p.targetPort);
            return true;
        }
        bool ok = false;
        const int number = text.toInt(&ok);
        p.targetPort.set(ok ? IntOrString(number) : IntOrString(text));
        return true;
    };
    target.placeholder = [](const Service &, const ServicePort &p) {
        return p.port.hasValue() ? QVariant(QString::number(p.port.value())) : QVariant();
    };
    out.push_back(std::move(target));

    PortField nodePort = numberField("nodePort",
                                     QT_TRANSLATE_NOOP("sd::ServiceField", "Node port"),
                                     QT_TRANSLATE_NOOP("sd::undo", "Set node port"),
                                     &ServicePort::nodePort);
    nodePort.placeholder = [](const Service &s, const ServicePort &) {
        const ServiceType type = s.effectiveType();
        const bool allocate = specOf(s).allocateLoadBalancerNodePorts.valueOr(true);
        if (type == ServiceType::NodePort || (type == ServiceType::LoadBalancer && allocate))
            return QVariant(QCoreApplication::translate("sd::ServiceField", "auto"));
        return QVariant();
    };
    nodePort.topic = u"node-port"_s;
    nodePort.allowed = [](ServiceType type) {
        return type == ServiceType::NodePort || type == ServiceType::LoadBalancer;
    };
    out.push_back(std::move(nodePort));
    return out;
}

} // namespace

QString PortField::headerText() const
{
    return QCoreApplication::translate("sd::ServiceField", header);
}

QString PortField::undoLabel() const
{
    return QCoreApplication::translate("sd::undo", undoText);
}

const std::vector<PortField> &portFields()
{
    static const std::vector<PortField> fields = makePortFields();
    return fields;
}

int portFieldIndex(QStringView name)
{
    const std::vector<PortField> &fields = portFields();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == name)
            return int(i);
    }
    return -1;
}

} // namespace sd
