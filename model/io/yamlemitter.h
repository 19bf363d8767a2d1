// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QHash>

#include "model/domain/fieldpath.h"

namespace sd {

class Node;

/** The lines (1-based, first and last) that each mapping entry (from its key) and sequence
 *  item of a written tree takes, by its path; mapping keys are field steps, items index steps
 *  (`spec`, `ports`, `[1]`, `name`). */
using YamlLines = QHash<FieldPath, std::pair<int, int>>;

/**
 * Writes a value tree as YAML in kubectl's own style (what `kubectl get -o yaml` prints):
 * two-space indentation; a sequence inside a mapping starts at its key's indentation (`- `);
 * mapping keys in the order the tree has them; empty collections as `{}` and `[]`.
 *
 * Scalars: a Plain scalar is written as its text. A string (any quoted or block style) is written
 * plain when YAML 1.1 would read it back as the same string; double-quoted when it would read as
 * something else (`"true"`, `"0123"`, `"8080"`, `""`, `"1:20"`, a timestamp); single-quoted when
 * plain is not allowed (`'*'`, `'a: b'`, leading or trailing spaces); as a literal block (`|`, `|-`)
 * when it has line breaks; double-quoted with escapes when it has non-printable characters.
 *
 * The result ends with a newline and has no `---` marker.
 */
QByteArray emitYaml(const Node &root, QByteArrayView newline = "\n");
/** emitYaml() that also says where each value went, as it writes it. */
QByteArray emitYaml(const Node &root, YamlLines *lines, QByteArrayView newline = "\n");

/** How a file lays out its block collections, for text written into it. */
struct YamlLayout
{
    int indent = 2;               ///< spaces per level
    bool indentSequences = false; ///< `key:` / `  - item` rather than kubectl's `key:` / `- item`
};
/** emitYaml() in another layout than kubectl's; scalars are written the same. */
QByteArray emitYaml(const Node &root, const YamlLayout &layout, QByteArrayView newline = "\n");

/**
 * Writes a value tree as JSON in kubectl's own style (`kubectl get -o json`): four-space
 * indentation, `"key": value`, empty collections as `{}` and `[]`. Plain scalars become JSON numbers,
 * booleans or null as YAML 1.1 resolves them (timestamps become strings); every other scalar is a
 * JSON string. Ends with a newline.
 */
QByteArray emitJson(const Node &root);

/**
 * kubectl's `List` of several objects as emitJson() writes it, one object at a time:
 * `next(emit)` is called until it returns false, and calls `emit` with the next object, which
 * is written before the next is asked for. So a long list never needs its whole tree.
 */
QByteArray emitJsonList(const std::function<bool(const std::function<void(const Node &)> &)> &next);

} // namespace sd
