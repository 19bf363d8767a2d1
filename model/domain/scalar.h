// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace sd {

class Node;

/**
 * What a scalar means to kubectl. `kubectl apply -f` turns YAML into JSON with YAML 1.1 rules
 * (go-yaml v2): `yes`, `on` and `y` are booleans, `0123` is octal, `1:20` is a base-60 number,
 * `2024-01-01` is a timestamp (sent as a string). The model and the writers use this one function,
 * so that what we read and what we quote agree with kubectl.
 */
enum class ScalarType { Null, Bool, Int, Float, Timestamp, String };

/** The type of a plain (unquoted, untagged) scalar's text. */
ScalarType resolvePlainScalar(QStringView text);
/** The type of a scalar node: quoted and block scalars are strings; `!!str`/`!!int`... tags win. */
ScalarType resolveScalar(const Node &scalar);

/**
 * The core type a tag names: `int` for `!!int`, `tag:yaml.org,2002:int` and
 * `!<tag:yaml.org,2002:int>`; an empty view for a tag outside the YAML namespace (`!`, `!custom`).
 */
QStringView coreTagName(QStringView tag);

/** The integer a plain scalar denotes under YAML 1.1 rules (`0x1F`, `0o17`, `017`, `1_000`). */
std::optional<qint64> plainScalarToInt(QStringView text);
/** The boolean a plain scalar denotes (`true`, `yes`, `on`, `y` and their capitalised forms). */
std::optional<bool> plainScalarToBool(QStringView text);

} // namespace sd
