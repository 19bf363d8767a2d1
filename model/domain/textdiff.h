// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace sd {

/**
 * The differences between two texts as a unified diff (`diff -u`): `---`/`+++` lines naming the
 * two sides, then hunks of changed lines with `context` unchanged lines around them. Empty when
 * the texts are equal. Lines are compared byte for byte (a CRLF line differs from an LF one).
 *
 * The shortest edit is found (Myers' algorithm) after the common start and end are set aside;
 * when the middle differs in more than a few thousand lines, it is shown as removed and added
 * as a whole rather than spending quadratic memory on it.
 */
QByteArray unifiedDiff(QByteArrayView before,
                       QByteArrayView after,
                       const QString &beforeName,
                       const QString &afterName,
                       int context = 3);

} // namespace sd
