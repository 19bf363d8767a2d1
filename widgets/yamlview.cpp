// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/yamlview.h"

#include <QFontDatabase>
#include <QTextBlock>

#include "widgets/yamlhighlighter.h"

namespace sd {

YamlView::YamlView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new YamlHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Read-only, but the text can still be selected and copied with the keyboard.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    document()->setDocumentMargin(8);
    m_highlighter->setPalette(palette());
}

YamlView::~YamlView() = default;

void YamlView::setYaml(const QByteArray &yaml)
{
    m_errorLine = 0;
    setPlainText(QString::fromUtf8(yaml));
    updateErrorMark();
}

void YamlView::setErrorLine(int line)
{
    m_errorLine = line;
    updateErrorMark();
    if (line <= 0)
        return;
    QTextCursor cursor(document()->findBlockByNumber(line - 1));
    setTextCursor(cursor);
    centerCursor();
}

void YamlView::updateErrorMark()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
    if (m_errorLine > 0 && block.isValid()) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        mark.format.setBackground(dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xff, 0xe0, 0xe0));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << mark;
    }
    setExtraSelections(selections);
}

void YamlView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateErrorMark();
    }
}

} // namespace sd
