// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/fieldmarkers.h"

#include <array>

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPalette>
#include <QPointer>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace sd {

QIcon severityIcon(Severity severity)
{
    // Made once per style: asking the style looks the icon theme up again each time (files on
    // disk, on a desktop without a theme), and views ask for every row they paint.
    static QPointer<QStyle> madeFor;
    static std::array<QIcon, 3> icons;
    QStyle *style = QApplication::style();
    if (madeFor != style) {
        icons = {style->standardIcon(QStyle::SP_MessageBoxCritical),
                 style->standardIcon(QStyle::SP_MessageBoxWarning),
                 style->standardIcon(QStyle::SP_MessageBoxInformation)};
        madeFor = style;
    }
    switch (severity) {
    case Severity::Error:
        return icons[0];
    case Severity::Warning:
        return icons[1];
    case Severity::Info:
        break;
    }
    return icons[2];
}

QColor severityColor(Severity severity, const QPalette &palette)
{
    // Darker on a light window, lighter on a dark one.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (severity) {
    case Severity::Error:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x1d);
    case Severity::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
    case Severity::Info:
        break;
    }
    return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x1f, 0x5f, 0xa8);
}

void markField(QLabel *label, QWidget *editor, const std::vector<const Finding *> &findings)
{
    std::optional<Severity> worst;
    QStringList messages;
    for (const Finding *f : findings) {
        messages << f->message;
        if (!worst || int(f->severity) < int(*worst))
            worst = f->severity;
    }
    // The label's own text is kept; the colour and the tooltip carry the finding.
    label->setStyleSheet(worst ? u"color: %1;"_s.arg(severityColor(*worst, label->palette()).name())
                               : QString());
    const QString tip = messages.join(u"\n"_s);
    label->setToolTip(tip);
    // A check box without a finding still says what it does: its own text.
    auto *button = qobject_cast<QAbstractButton *>(editor);
    editor->setToolTip(tip.isEmpty() && button ? button->text() : tip);
    label->setProperty("severity", worst ? QVariant(int(*worst)) : QVariant());
}

} // namespace sd
