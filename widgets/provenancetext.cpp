// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/provenancetext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct ProvenanceText
{
    Q_DECLARE_TR_FUNCTIONS(sd::ProvenanceText)
};

} // namespace

QString confidenceText(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return ProvenanceText::tr("high", "confidence of a provider fact");
    case Confidence::Medium:
        return ProvenanceText::tr("medium", "confidence of a provider fact");
    case Confidence::Low:
        return ProvenanceText::tr("low", "confidence of a provider fact");
    }
    return {};
}

QString provenanceText(const Provenance &provenance)
{
    if (provenance.source.isEmpty())
        return {};
    return ProvenanceText::tr("Source: %1 (confidence: %2)")
        .arg(provenance.source, confidenceText(provenance.confidence));
}

QString toolTipWithSource(const QStringList &paragraphs, const Provenance &provenance)
{
    QStringList html;
    for (const QString &paragraph : paragraphs) {
        if (paragraph.isEmpty())
            continue;
        const QString escaped = paragraph.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        html << u"<p>"_s + escaped + u"</p>"_s;
    }
    if (const QString source = provenanceText(provenance); !source.isEmpty())
        html << u"<p><i>"_s + source.toHtmlEscaped() + u"</i></p>"_s;
    return html.join(QString());
}

} // namespace sd
