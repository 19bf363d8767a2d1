// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QStringList>
#include <QVariant>

#include "model/domain/fieldpath.h"
#include "model/domain/service.h"

namespace sd {

/** How the designer edits a field. */
enum class FieldKind : quint8 {
    Text,       ///< one line of text; empty means not set
    TextList,   ///< comma-separated values; empty means not set
    Number,     ///< an integer; 0 means not set
    Choice,     ///< one of `choices`; "" means not set (the API server's default)
    OpenChoice, ///< like Choice, but other text is allowed too
    Check,      ///< on or off; off means not set
    Map,        ///< a table of keys and values (labels, annotations, the selector)
    Ports,      ///< the ports table
};

/** The part of the form a field is in, in form order. */
enum class FieldSection : quint8 {
    General,
    Ports,
    Selector,
    Traffic,
    Addresses,
    LoadBalancer,
    Metadata,
    Advanced,
};

/**
 * One field of a Service as the designer knows it, described once: its path, where and how it
 * is edited, its label and what shows when it is not set, its choices (from the enum's name
 * table), how to read and set it (with what goes along: leaving ClientIP drops its timeout),
 * when it applies (the form shows only those) and which types may have it at all (a type change
 * removes the others). The form, the port table, type changes and the rules read this table;
 * adding a field of the API to the designer is one entry here.
 *
 * Texts are untranslated (context "sd::ServiceField", undo steps "sd::undo"); the *Text() and
 * undoLabel() functions translate them.
 */
struct ServiceField
{
    FieldPath path;
    FieldSection section = FieldSection::General;
    FieldKind kind = FieldKind::Text;
    const char *label = nullptr;       ///< with a mnemonic where it has one: "&Name:"
    const char *placeholder = nullptr; ///< what shows when not set: "Cluster (default)"
    const char *undoText = nullptr;    ///< the undo step: "Set externalTrafficPolicy"
    const char *undoTextOff = nullptr; ///< for Check: the undo step that turns it off
    QString objectName;                ///< the editor's object name ("externalTrafficPolicy")
    QString topic;                     ///< the explanation topic (`external-traffic-policy`)
    QStringList choices;               ///< for Choice and OpenChoice, in API spelling
    int maximum = 0;                   ///< for Number
    /** The fields the value shown depends on (for following changes); `path` when empty. */
    QList<FieldPath> reads;

    /** The value as the editor holds it: QString (Text, TextList, Choice), int (Number), bool
     *  (Check); "", 0 or false when not set. Unused for Map and Ports. */
    std::function<QVariant(const Service &)> get;
    /** Sets what the editor holds, with what goes along; whether the Service changed. */
    std::function<bool(Service &, const QVariant &)> set;
    /** Whether the form shows the field for this Service. */
    std::function<bool(const Service &)> applies;
    /** Whether a Service of `type` may keep the field as it is in `spec`; a type change removes
     *  it (with clear()) otherwise. Unset: every type. */
    std::function<bool(ServiceType type, const ServiceSpec &spec)> allowed;
    /** Removes the field (for type changes). */
    std::function<bool(ServiceSpec &spec)> clear;

    QString labelText() const;
    QString placeholderText() const;
    /** The undo step's name; for Check, `on` says which way. */
    QString undoLabel(bool on = true) const;
    /** The text a choice shows ("IPv4, IPv6" for "IPv4,IPv6"). */
    static QString choiceText(const QString &value);
    /** A table (ports, a map), not a single value. */
    bool isTable() const { return kind == FieldKind::Map || kind == FieldKind::Ports; }
    /** Whether a change at `changed` may change what this field shows. */
    bool isAffectedBy(const FieldPath &changed) const;
};

/** The fields of a Service the designer edits, in form order. */
const std::vector<ServiceField> &serviceFields();
/** The field whose path is `path` or the nearest above it (`spec.sessionAffinityConfig` for
 *  `spec.sessionAffinityConfig.clientIP.timeoutSeconds`), or nullptr. */
const ServiceField *serviceField(const FieldPath &path);

/** One field of a port, as a column of the ports table. */
struct PortField
{
    QString name; ///< the API name: "targetPort"
    FieldKind kind = FieldKind::Text;
    const char *header = nullptr;   ///< the column's title
    const char *undoText = nullptr; ///< "Set target port"
    QString topic;                  ///< the explanation topic (`target-port`)
    /** The cell's text as written, or an invalid QVariant when the field is not set. */
    std::function<QVariant(const ServicePort &)> get;
    /** Sets the cell from text (empty: not set); false when the text cannot be this field. */
    std::function<bool(ServicePort &, const QString &)> set;
    /** What the API server defaults the cell to, or an invalid QVariant. */
    std::function<QVariant(const Service &, const ServicePort &)> placeholder;
    /** Whether a Service of `type` may have the field (nodePort: only NodePort and
     *  LoadBalancer). Unset: every type. */
    std::function<bool(ServiceType type)> allowed;
    std::function<bool(ServicePort &)> clear;

    QString headerText() const;
    QString undoLabel() const;
};

/** The columns of the ports table, in order. */
const std::vector<PortField> &portFields();
/** The column of a port field name, or -1. */
int portFieldIndex(QStringView name);

} // namespace sd
