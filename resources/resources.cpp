// SPDX-License-Identifier: GPL-3.0-or-later
#include "resources/resources.h"

namespace sd {

QString exampleDocumentPath()
{
    return QStringLiteral(":/examples/example.yaml");
}

QString providerProfilesPath()
{
    return QStringLiteral(":/providers");
}

QString explanationsPath()
{
    return QStringLiteral(":/explanations");
}

QString applicationIconPath()
{
    return QStringLiteral(":/icons/service-designer.svg");
}

} // namespace sd
