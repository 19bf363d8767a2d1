// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sd {

class Node;

/** What a field holds, as the decode messages name it. */
enum class ExpectedValue { String, Integer, Boolean, IntOrString, Object, List };

/** "a string", "an integer", "true or false", ... (translated). */
QString expectedValueText(ExpectedValue expected);
/** What a value is, for a message: `the string "eighty"`, `the number 80`, `a list` (translated). */
QString describeValue(const Node &value);
/** The message for a value of the wrong type: `expected an integer, found the string "80"`. A
 *  plain integer in an integer field that does not fit in 32 bits gets its own message. */
QString wrongTypeMessage(ExpectedValue expected, const Node &found);

} // namespace sd
