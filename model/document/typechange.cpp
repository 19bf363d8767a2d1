// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/typechange.h"

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/domain/fieldtable.h"
#include "model/tr.h"

namespace sd {

TypeChange changeServiceType(const Service &service, ServiceType type)
{
    TypeChange change{service, {}};
    Service &s = change.service;
    if (!s.spec.hasValue())
        s.spec.set(ServiceSpec());
    ServiceSpec &spec = s.spec.value();
    // What the fields allow is judged on the Service as it was: removing one field must not
    // change the verdict on another (clusterIP and clusterIPs of a headless Service).
    const ServiceSpec before = spec;
    spec.type.set(type);
    QStringList &removed = change.removed;

    const FieldPath ports(QStringLiteral("spec.ports"));
    for (const PortField &field : portFields()) {
        if (!field.allowed || field.allowed(type) || !spec.ports.hasValue())
            continue;
        List<ServicePort> &list = spec.ports.value();
        for (size_t i = 0; i < list.size(); ++i) {
            if (ServicePort *p = list[i].get(); p && field.clear(*p))
                removed << ports.index(int(i)).field(field.name).toString();
        }
    }
    for (const ServiceField &field : serviceFields()) {
        if (field.allowed && field.clear && !field.allowed(type, before) && field.clear(spec))
            removed << field.path.toString();
    }
    return change;
}

QUndoCommand *typeChangeCommand(ManifestDocument *document,
                                ServiceRef ref,
                                const QString &typeName,
                                QString *said)
{
    const Service *service = document->serviceAt(ref);
    if (!service)
        return nullptr;
    const ServiceType type = parseEnum<ServiceType>(typeName).value_or(ServiceType::ClusterIP);
    TypeChange change = changeServiceType(*service, type);
    if (typeName.isEmpty())
        change.service.spec.value().type.clear();
    if (change.service == *service)
        return nullptr;
    const QString shown = toString(type);
    const QString removed = change.removed.join(u", ");
    if (said && !change.removed.isEmpty()) {
        *said = EditorTr::tr("%1 does not use %n field(s), removed: %2",
                             "",
                             int(change.removed.size()))
                    .arg(shown, removed);
    }
    return new SetSpecCommand(document,
                              ref,
                              FieldPath(QStringLiteral("spec.type")),
                              change.service.spec,
                              change.removed.isEmpty()
                                  ? UndoTr::tr("Change the type to %1").arg(shown)
                                  : UndoTr::tr("Change the type to %1 and remove %2")
                                        .arg(shown, removed));
}

} // namespace sd
