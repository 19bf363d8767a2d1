// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/servicetext.h"

#include "model/io/servicewriter.h"
#include "model/io/yamlemitter.h"

namespace sd {

static_assert(std::is_same_v<FieldLines, YamlLines>,
              "the writer notes lines as the editor reads them");

QByteArray exportedYaml(const Service &service, FieldLines *lines)
{
    return lines ? emitYaml(writeService(service), lines) : emitYaml(writeService(service));
}

} // namespace sd
