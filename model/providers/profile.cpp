// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/providers/profile.h"

#include "model/providers/profileloader.h"
#include "model/tr.h"

namespace sd {

QString currentLanguage()
{
    // The translators make this "ko" in the Korean catalogue; no catalogue leaves "en".
    return ProvidersTr::tr("en",
                           "The ISO 639-1 code of this translation's language (ko for Korean)");
}

QString LocalizedText::text() const
{
    if (ko.isEmpty())
        return en;
    return text(currentLanguage());
}

QString LocalizedText::text(QStringView language) const
{
    if (!ko.isEmpty() && language == u"ko")
        return ko;
    return en.isEmpty() ? ko : en;
}

const Fact &ProfileVariant::protocolFact(Protocol p) const
{
    switch (p) {
    case Protocol::UDP:
        return udp;
    case Protocol::SCTP:
        return sctp;
    case Protocol::TCP:
        break;
    }
    return tcp;
}

} // namespace sd
