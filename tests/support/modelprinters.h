// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>

#include "model/domain/fieldpath.h"
#include "model/domain/node.h"
#include "model/domain/service.h"
#include "model/io/servicewriter.h"
#include "model/io/yamlemitter.h"

namespace sd {

// So that EXPECT_EQ on value trees prints YAML, not bytes.
inline void PrintTo(const Node &node, std::ostream *os)
{
    *os << "\n" << emitYaml(node).toStdString();
}

inline void PrintTo(const FieldPath &path, std::ostream *os)
{
    *os << path.toString().toStdString();
}

inline void PrintTo(const Service &service, std::ostream *os)
{
    *os << "\n" << emitYaml(writeService(service)).toStdString();
}

} // namespace sd
