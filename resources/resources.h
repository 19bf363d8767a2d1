// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sd {

/** The bundled example document, opened when the GUI starts without a file. */
QString exampleDocumentPath();

/** The application icon (SVG; needs Qt's SVG image plugins at run time). */
QString applicationIconPath();

} // namespace sd
