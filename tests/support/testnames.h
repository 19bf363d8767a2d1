// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <string>

#include <QStringView>

namespace sd {

// Parameters print as test names: keep them on one line and in ASCII.
inline std::string escaped(QStringView s)
{
    std::string out;
    for (QChar ch : s) {
        const char16_t c = ch.unicode();
        if (c == u'\n') {
            out += "\\n";
        } else if (c == u'\r') {
            out += "\\r";
        } else if (c == u'\t') {
            out += "\\t";
        } else if (c >= 0x20 && c < 0x7F) {
            out += char(c);
        } else {
            char code[8];
            std::snprintf(code, sizeof code, "\\u%04X", unsigned(c));
            out += code;
        }
    }
    return out;
}

} // namespace sd
