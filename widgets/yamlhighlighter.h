// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QPalette;

namespace sd {

/**
 * Colours YAML by line: mapping keys, strings (quoted, plain and block scalars), numbers,
 * keywords (true, false, null, block indicators), comments and the `---` / `...` document
 * markers. A display aid, not a parser: it never rejects input and never changes the text.
 */
class YamlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit YamlHighlighter(QTextDocument *document);

    /** Picks colours that read well on the palette's base colour (light or dark) and
     *  re-highlights. */
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightValue(const QString &text, int begin, int end, int parentColumn);
    void highlightFlow(const QString &text, int begin, int end);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_comment;
    QTextCharFormat m_marker;
};

} // namespace sd
