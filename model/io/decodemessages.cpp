// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/decodemessages.h"

#include "model/domain/node.h"
#include "model/domain/scalar.h"
#include "model/tr.h"

namespace sd {

QString expectedValueText(ExpectedValue expected)
{
    switch (expected) {
    case ExpectedValue::String:
        return Tr::tr("a string");
    case ExpectedValue::Integer:
        return Tr::tr("an integer");
    case ExpectedValue::Boolean:
        return Tr::tr("true or false");
    case ExpectedValue::IntOrString:
        return Tr::tr("an integer or a string");
    case ExpectedValue::Object:
        return Tr::tr("an object");
    case ExpectedValue::List:
        return Tr::tr("a list");
    }
    return {};
}

QString describeValue(const Node &n)
{
    switch (n.kind()) {
    case Node::Kind::Sequence:
        return Tr::tr("a list");
    case Node::Kind::Mapping:
        return Tr::tr("an object");
    case Node::Kind::Scalar:
        break;
    }
    switch (resolveScalar(n)) {
    case ScalarType::Null:
        return Tr::tr("null");
    case ScalarType::Bool:
        return Tr::tr("the boolean %1").arg(n.text());
    case ScalarType::Int:
    case ScalarType::Float:
        return Tr::tr("the number %1").arg(n.text());
    case ScalarType::Timestamp:
    case ScalarType::String:
        break;
    }
    return Tr::tr("the string \"%1\"").arg(n.text());
}

QString wrongTypeMessage(ExpectedValue expected, const Node &found)
{
    if (expected == ExpectedValue::Integer && found.isScalar() && !found.isQuoted()
        && resolveScalar(found) == ScalarType::Int) {
        return Tr::tr("%1 does not fit in a 32-bit integer").arg(found.text());
    }
    return Tr::tr("expected %1, found %2").arg(expectedValueText(expected), describeValue(found));
}

} // namespace sd
