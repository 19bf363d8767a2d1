// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QPlainTextEdit>
#include <QTimer>

#include "model/validation/finding.h"

namespace sd {

class YamlHighlighter;

/**
 * An editor for the YAML text of one document: highlighting, line numbers (the file's, from
 * setFirstLineNumber()), a margin that marks the lines findings are about, and the place of a
 * syntax error. It has no undo of its own: what the user types is announced with textEdited()
 * once typing pauses, and the owner makes it an undo step of the document.
 */
class SourceEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceEditor(QWidget *parent = nullptr);
    ~SourceEditor() override;

    /** Shows `text` (UTF-8). Only the part that differs from what is shown is replaced, so the
     *  cursor and the scrolling stay where they were. Not an edit by the user. */
    void setSourceText(const QByteArray &text);
    /** The text shown, as UTF-8. */
    QByteArray sourceText() const { return toPlainText().toUtf8(); }

    /** The line number shown for the first line. */
    void setFirstLineNumber(int line);
    int firstLineNumber() const { return m_firstLine; }

    /** Marks a syntax error at `line` (1-based, within the text shown) with its message; 0
     *  clears it. */
    void setError(int line, const QString &message);
    int errorLine() const { return m_errorLine; }
    QString errorMessage() const { return m_errorMessage; }

    /** The severity of the findings about each line (1-based within the text), for the margin:
     *  the most severe per line. */
    void setLineMarkers(const QMap<int, Severity> &markers);
    const QMap<int, Severity> &lineMarkers() const { return m_markers; }

    /** Milliseconds of quiet after typing before textEdited(). */
    void setPauseInterval(int milliseconds) { m_pause.setInterval(milliseconds); }
    /** Whether typing has not been announced yet. */
    bool hasPendingEdit() const { return m_pause.isActive(); }
    /** Announces pending typing now (before an undo, a save, a switch to another document). */
    void flushPendingEdit();

    int gutterWidth() const;

Q_SIGNALS:
    /** The user changed the text and paused. */
    void textEdited();

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Gutter;
    friend class Gutter;
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateMarks();

    YamlHighlighter *m_highlighter;
    Gutter *m_gutter;
    QTimer m_pause;
    bool m_settingText = false;
    int m_firstLine = 1;
    int m_errorLine = 0;
    QString m_errorMessage;
    QMap<int, Severity> m_markers;
};

} // namespace sd
