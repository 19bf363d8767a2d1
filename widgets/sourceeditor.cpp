// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sourceeditor.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>

#include "widgets/textreplace.h"
#include "widgets/yamlhighlighter.h"

namespace sd {

/** The margin left of the text: a marker column, then the line numbers. */
class SourceEditor::Gutter final : public QWidget
{
public:
    explicit Gutter(SourceEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {}

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    SourceEditor *m_editor;
};

namespace {

constexpr int MarkerColumn = 12;

QColor severityColour(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning:
        return QColor(0xf5, 0x9e, 0x0b);
    case Severity::Info:
        break;
    }
    return QColor(0x1e, 0x88, 0xe5);
}

} // namespace

SourceEditor::SourceEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new YamlHighlighter(document()))
    , m_gutter(new Gutter(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUndoRedoEnabled(false); // the document's undo stack has the steps
    setTabChangesFocus(false);
    m_highlighter->setPalette(palette());
    m_pause.setSingleShot(true);
    m_pause.setInterval(500);
    connect(&m_pause, &QTimer::timeout, this, &SourceEditor::textEdited);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_pause.start();
    });
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    updateGutterWidth();
}

SourceEditor::~SourceEditor() = default;

void SourceEditor::setSourceText(const QByteArray &bytes)
{
    m_settingText = true;
    const bool changed = replaceChangedText(this, QString::fromUtf8(bytes));
    m_settingText = false;
    if (changed) {
        m_pause.stop();
        updateMarks();
    }
}

void SourceEditor::setFirstLineNumber(int line)
{
    if (line == m_firstLine)
        return;
    m_firstLine = std::max(1, line);
    updateGutterWidth();
    m_gutter->update();
}

void SourceEditor::setError(int line, const QString &message)
{
    m_errorLine = std::max(0, line);
    m_errorMessage = line > 0 ? message : QString();
    updateMarks();
    m_gutter->update();
}

void SourceEditor::setLineMarkers(const QMap<int, Severity> &markers)
{
    if (markers == m_markers)
        return;
    m_markers = markers;
    m_gutter->update();
}

void SourceEditor::flushPendingEdit()
{
    if (m_pause.isActive()) {
        m_pause.stop();
        Q_EMIT textEdited();
    }
}

int SourceEditor::gutterWidth() const
{
    const int last = m_firstLine + std::max(1, blockCount()) - 1;
    const int digits = int(QString::number(last).size());
    return MarkerColumn + 6 + fontMetrics().horizontalAdvance(u'9') * std::max(2, digits);
}

bool SourceEditor::event(QEvent *event)
{
    // Undo and redo are the document's: typing not yet announced becomes a step first, and the
    // window's actions take the keys.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            flushPendingEdit();
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void SourceEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(r.left(), r.top(), gutterWidth(), r.height());
}

void SourceEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateMarks();
    } else if (event->type() == QEvent::FontChange) {
        updateGutterWidth();
    }
}

void SourceEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_gutter->setGeometry(r.left(), r.top(), gutterWidth(), r.height());
}

void SourceEditor::updateMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
    if (m_errorLine > 0 && block.isValid()) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        mark.format.setBackground(dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xff, 0xe0, 0xe0));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setToolTip(m_errorMessage);
        selections << mark;
    }
    setExtraSelections(selections);
}

void SourceEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int lineHeight = fontMetrics().height();
    painter.setFont(font());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const bool error = line == m_errorLine;
            if (error || m_markers.contains(line)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(severityColour(error ? Severity::Error : m_markers.value(line)));
                const int d = std::min(8, lineHeight - 4);
                painter.drawEllipse(QRect(3, top + (lineHeight - d) / 2, d, d));
            }
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRect(MarkerColumn,
                                   top,
                                   m_gutter->width() - MarkerColumn - 4,
                                   lineHeight),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(m_firstLine + line - 1));
        }
        block = block.next();
        top = bottom;
    }
}

} // namespace sd
