// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QStringList>

namespace sd {

/**
 * File > Open Recent: the files opened last, newest first, kept in QSettings (key
 * `recentFiles`) so that they survive a restart. Choosing one emits fileTriggered(); the menu
 * does not open files itself.
 */
class RecentFilesMenu final : public QMenu
{
    Q_OBJECT

public:
    /** How many files the menu remembers. */
    static constexpr int maxFiles = 8;

    explicit RecentFilesMenu(QWidget *parent = nullptr);
    ~RecentFilesMenu() override;

    /** The remembered files, newest first. */
    QStringList files() const;
    /** Puts `path` (made absolute) first, dropping the oldest beyond maxFiles. */
    void addFile(const QString &path);
    /** Forgets `path`, e.g. when it can no longer be opened. */
    void removeFile(const QString &path);
    void clear();

Q_SIGNALS:
    void fileTriggered(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setFiles(const QStringList &files);
    void rebuild();
    void retranslateUi();

    QAction *m_clearAction;
};

} // namespace sd
