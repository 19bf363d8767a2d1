// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/yamlview.h"

#include <algorithm>

#include <QFontDatabase>
#include <QTextBlock>

#include "widgets/textreplace.h"
#include "widgets/yamlhighlighter.h"

namespace sd {

YamlView::YamlView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new YamlHighlighter(document()))
{
    setReadOnly(true);
    setUndoRedoEnabled(false); // it only shows: no history of what it showed
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Read-only, but the text can still be selected and copied with the keyboard.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleStrategy(QFont::PreferNoShaping);
    setFont(font);
    document()->setDocumentMargin(8);
    m_highlighter->setPalette(palette());
}

YamlView::~YamlView() = default;

void YamlView::setYaml(const QByteArray &yaml)
{
    m_errorLine = 0;
    m_markedFirst = 0;
    m_markedLast = 0;
    // Only what differs is laid out and painted again: an edit changes a line or two.
    replaceChangedText(this, QString::fromUtf8(yaml));
    updateMarks();
}

void YamlView::setErrorLine(int line)
{
    m_errorLine = line;
    updateMarks();
    centerOnLine(line);
}

void YamlView::setMarkedLines(int first, int last)
{
    m_markedFirst = first > 0 ? first : 0;
    m_markedLast = first > 0 ? std::max(first, last) : 0;
    updateMarks();
}

void YamlView::centerOnLine(int line)
{
    if (line <= 0)
        return;
    QTextCursor cursor(document()->findBlockByNumber(line - 1));
    setTextCursor(cursor);
    centerCursor();
}

void YamlView::updateMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto markLine = [&](int line, const QColor &colour) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (line <= 0 || !block.isValid())
            return;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setBackground(colour);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << mark;
    };
    // The highlight colour, faint enough for the syntax colours to stay readable on it.
    QColor marked = palette().color(QPalette::Highlight);
    marked.setAlpha(56);
    for (int line = m_markedFirst; line > 0 && line <= m_markedLast; ++line)
        markLine(line, marked);
    // The error mark goes last: it wins where both fall on one line.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    markLine(m_errorLine, dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xff, 0xe0, 0xe0));
    setExtraSelections(selections);
}

void YamlView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateMarks();
    }
}

} // namespace sd
