// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QUndoCommand;

#include "model/domain/service.h"
#include "model/io/manifest.h"

namespace sd {

/** A Service with another type, and what had to go for it. */
struct TypeChange
{
    Service service;
    /** The fields removed because the new type does not allow them, as field paths
     *  (`spec.ports[0].nodePort`, `spec.externalName`), in the order of the Service. */
    QStringList removed;
};

/**
 * Sets spec.type and removes what the API server refuses with the new type (or what it would
 * silently ignore), so that changing the type in the editor is one undoable step that leaves
 * nothing behind that only the old type allowed. Which fields go is each field's `allowed` in
 * the field table (fieldtable.h), in the table's order:
 * - to ClusterIP or ExternalName: every `nodePort` (NP1; never allocated for ExternalName),
 *   `externalTrafficPolicy` unless a ClusterIP Service has externalIPs (ETP1);
 * - leaving LoadBalancer: `healthCheckNodePort` (HC1), `loadBalancerClass` (LB7),
 *   `allocateLoadBalancerNodePorts` (LB5), `loadBalancerSourceRanges` (LB1), `loadBalancerIP`
 *   (ignored elsewhere);
 * - to ExternalName: `clusterIP`, `clusterIPs` (S4), `ipFamilies` (S5), `ipFamilyPolicy` (S6);
 * - leaving ExternalName: `externalName` (ignored elsewhere, and warned about);
 * - to NodePort or LoadBalancer from a headless Service: `clusterIP: None` (S2, S3).
 * The selector, ports and everything else stay.
 */
TypeChange changeServiceType(const Service &service, ServiceType type);

class ManifestDocument;

/**
 * The undo step that changes the type of the Service at `ref` to `typeName` (empty: leave
 * spec.type out, as the API server defaults it to ClusterIP), with what changeServiceType()
 * removes, named in the step's text. `said` gets a sentence for the status bar when fields were
 * removed. nullptr when nothing would change.
 */
QUndoCommand *typeChangeCommand(ManifestDocument *document,
                                ServiceRef ref,
                                const QString &typeName,
                                QString *said);

} // namespace sd
