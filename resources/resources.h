// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sd {

/** The bundled example document, opened when the GUI starts without a file. */
QString exampleDocumentPath();

/** The folder of the bundled provider profiles (one YAML file per provider id). */
QString providerProfilesPath();

/** The folder of the bundled explanation texts (`<topic>.<language>.md`), for sd::explanation(). */
QString explanationsPath();

/** The application icon (SVG; needs Qt's SVG image plugins at run time). */
QString applicationIconPath();

} // namespace sd
