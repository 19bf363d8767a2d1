// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>

class QPlainTextEdit;

namespace sd {

/**
 * Shows a unified diff (textdiff.h) read-only in a fixed-width font, removed lines red, added
 * lines green and hunk headers marked, with a line saying which side is which.
 */
class DiffDialog final : public QDialog
{
    Q_OBJECT

public:
    DiffDialog(const QString &title, const QByteArray &diff, QWidget *parent = nullptr);

    QPlainTextEdit *view() const { return m_view; }

private:
    QPlainTextEdit *m_view;
};

} // namespace sd
