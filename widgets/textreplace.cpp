// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/textreplace.h"

#include <algorithm>

#include <QPlainTextEdit>
#include <QTextCursor>

namespace sd {

bool replaceChangedText(QPlainTextEdit *edit, const QString &text)
{
    const QString shown = edit->toPlainText();
    if (text == shown)
        return false;
    const qsizetype common = std::min(text.size(), shown.size());
    qsizetype prefix = 0;
    while (prefix < common && text[prefix] == shown[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix
           && text[text.size() - 1 - suffix] == shown[shown.size() - 1 - suffix])
        ++suffix;
    QTextCursor cursor(edit->document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(shown.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - suffix - prefix));
    return true;
}

} // namespace sd
