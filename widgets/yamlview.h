// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace sd {

class YamlHighlighter;

/**
 * A read-only, syntax-highlighted view of YAML text in a fixed-width font, without line
 * wrapping. It shows what it is given; it never parses or changes it.
 */
class YamlView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit YamlView(QWidget *parent = nullptr);
    ~YamlView() override;

    /** Shows `yaml` (UTF-8) instead of what was shown; lines that stay the same are not laid
     *  out again, and the scrolling stays. */
    void setYaml(const QByteArray &yaml);
    /** The text shown. */
    QString yaml() const { return toPlainText(); }

    /** Marks one line (1-based) as the place of an error and scrolls to it; 0 clears the mark. */
    void setErrorLine(int line);
    int errorLine() const { return m_errorLine; }

    /** Marks lines `first` to `last` (1-based, inclusive) in the palette's highlight colour, for
     *  the field something is about; does not scroll. 0 clears the mark; setYaml() clears it too. */
    void setMarkedLines(int first, int last);
    int markedFirstLine() const { return m_markedFirst; }
    int markedLastLine() const { return m_markedLast; }
    /** Scrolls so that `line` (1-based) is in the middle of the view, and puts the cursor there. */
    void centerOnLine(int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateMarks();

    YamlHighlighter *m_highlighter;
    int m_errorLine = 0;
    int m_markedFirst = 0;
    int m_markedLast = 0;
};

} // namespace sd
