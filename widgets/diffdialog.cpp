// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/diffdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace sd {

namespace {

class DiffHighlighter final : public QSyntaxHighlighter
{
public:
    explicit DiffHighlighter(QTextDocument *document, const QPalette &palette)
        : QSyntaxHighlighter(document)
    {
        // Readable on light and dark bases alike: tint the background, keep the text colour.
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        m_removed.setBackground(dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xff, 0xe0, 0xe0));
        m_added.setBackground(dark ? QColor(0x1e, 0x4a, 0x1e) : QColor(0xdc, 0xf5, 0xdc));
        m_hunk.setForeground(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0));
        m_header.setFontWeight(QFont::Bold);
    }

protected:
    void highlightBlock(const QString &text) override
    {
        if (text.startsWith(u"--- ") || text.startsWith(u"+++ "))
            setFormat(0, int(text.size()), m_header);
        else if (text.startsWith(u"@@"))
            setFormat(0, int(text.size()), m_hunk);
        else if (text.startsWith(u'-'))
            setFormat(0, int(text.size()), m_removed);
        else if (text.startsWith(u'+'))
            setFormat(0, int(text.size()), m_added);
    }

private:
    QTextCharFormat m_removed;
    QTextCharFormat m_added;
    QTextCharFormat m_hunk;
    QTextCharFormat m_header;
};

} // namespace

DiffDialog::DiffDialog(const QString &title, const QByteArray &diff, QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("diffDialog"));
    auto *legend = new QLabel(tr("Lines starting with - are only in the first version, lines "
                                 "starting with + only in the second."),
                              this);
    legend->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("diffView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setPlainText(diff.isEmpty() ? tr("The two versions are the same.")
                                        : QString::fromUtf8(diff));
    new DiffHighlighter(m_view->document(), palette());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(legend);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(820, 560);
}

} // namespace sd
