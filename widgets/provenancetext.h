// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include "model/providers/provenance.h"

namespace sd {

/** A translated word for how sure a fact is ("high", "medium", "low"), for tooltips. */
QString confidenceText(Confidence confidence);

/** "Source: [aws-ccm] aws.go l.3728 (confidence: high)", translated, as plain text; an empty
 *  string when the fact names no source. Shown wherever a provider fact reaches the user. */
QString provenanceText(const Provenance &provenance);

/** A rich-text tooltip (so that Qt wraps long lines): `paragraphs` (plain text; empty ones are
 *  left out), then provenanceText() of `provenance` in italics when it names a source. Empty when
 *  there is nothing to say. */
QString toolTipWithSource(const QStringList &paragraphs, const Provenance &provenance = {});

} // namespace sd
