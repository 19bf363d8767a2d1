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
        return IoTr::tr("a string");
    case ExpectedValue::Integer:
        return IoTr::tr("an integer");
    case ExpectedValue::Boolean:
        return IoTr::tr("true or false");
    case ExpectedValue::IntOrString:
        return IoTr::tr("an integer or a string");
    case ExpectedValue::Object:
        return IoTr::tr("an object");
    case ExpectedValue::List:
        return IoTr::tr("a list");
    }
    return {};
}

QString describeValue(const Node &n)
{
    switch (n.kind()) {
    case Node::Kind::Sequence:
        return IoTr::tr("a list");
    case Node::Kind::Mapping:
        return IoTr::tr("an object");
    case Node::Kind::Scalar:
        break;
    }
    switch (resolveScalar(n)) {
    case ScalarType::Null:
        return IoTr::tr("null");
    case ScalarType::Bool:
        return IoTr::tr("the boolean %1").arg(n.text());
    case ScalarType::Int:
    case ScalarType::Float:
        return IoTr::tr("the number %1").arg(n.text());
    case ScalarType::Timestamp:
    case ScalarType::String:
        break;
    }
    return IoTr::tr("the string \"%1\"").arg(n.text());
}

QString wrongTypeMessage(ExpectedValue expected, const Node &found)
{
    if (expected == ExpectedValue::Integer && found.isScalar() && !found.isQuoted()
        && resolveScalar(found) == ScalarType::Int) {
        return IoTr::tr("%1 does not fit in a 32-bit integer").arg(found.text());
    }
    return IoTr::tr("expected %1, found %2").arg(expectedValueText(expected), describeValue(found));
}

} // namespace sd
