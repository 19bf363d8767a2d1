// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/recentfilesmenu.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QString settingsKey = u"recentFiles"_s;

} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(parent)
    , m_clearAction(new QAction(this))
{
    connect(m_clearAction, &QAction::triggered, this, &RecentFilesMenu::clear);
    retranslateUi();
    rebuild();
}

RecentFilesMenu::~RecentFilesMenu() = default;

QStringList RecentFilesMenu::files() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentFilesMenu::addFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    setFiles(list.mid(0, maxFiles));
}

void RecentFilesMenu::removeFile(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    setFiles(list);
}

void RecentFilesMenu::clear()
{
    setFiles({});
}

void RecentFilesMenu::setFiles(const QStringList &files)
{
    QSettings().setValue(settingsKey, files);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    // QMenu::clear() deletes the actions it owns; the clear action is taken out first and kept.
    removeAction(m_clearAction);
    QMenu::clear();

    const QStringList list = files();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        // "&1 service.yaml": the number is the mnemonic; the full path is in the tooltip and
        // the status bar.
        const QString text = u"&%1 %2"_s.arg(QString::number((i + 1) % 10),
                                             QFileInfo(path).fileName());
        QAction *action = addAction(text);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileTriggered(path); });
    }
    addSeparator();
    addAction(m_clearAction);
    m_clearAction->setEnabled(!list.isEmpty());
    setEnabled(!list.isEmpty());
}

void RecentFilesMenu::retranslateUi()
{
    setTitle(tr("Open &Recent"));
    m_clearAction->setText(tr("&Clear Menu"));
}

void RecentFilesMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace sd
