// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/helpmenu.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>

#include "widgets/buttonnames.h"
#include "widgets/userprompts.h"

using namespace Qt::StringLiterals;

namespace sd {

HelpMenu::HelpMenu(QMainWindow *window, UserPrompts *prompts, std::function<void()> explain)
    : QMenu(window)
    , m_window(window)
    , m_prompts(prompts)
{
    setObjectName(u"helpMenu"_s);
    m_explain = addAction(QString(), this, std::move(explain));
    m_explain->setObjectName(u"explainFieldAction"_s);
    m_explain->setShortcut(QKeySequence::HelpContents);
    m_start = addAction(QString(), this, [this] {
        m_prompts->tell(m_window,
                        {QMessageBox::Information,
                         tr("Getting Started"),
                         tr("Design a Kubernetes Service in three steps."),
                         tr("1. Open a manifest (File › Open, or drop a file on the window), or "
                            "add a Service from a template (Service › Add from Template).\n"
                            "2. Edit it in the form, or its text in the In the File tab. The "
                            "findings below say what the API server would refuse and what "
                            "depends on the provider chosen in the toolbar; many offer a fix.\n"
                            "3. Save: only what you changed is written, your comments stay. "
                            "File › Export writes what kubectl apply -f takes.\n\n"
                            "Press F1 in a field to read what it does."),
                         {}});
    });
    m_start->setObjectName(u"gettingStartedAction"_s);
    m_keys = addAction(QString(), this, [this] {
        m_prompts->tell(m_window,
                        {QMessageBox::Information,
                         tr("Keyboard Shortcuts"),
                         tr("Keyboard shortcuts of Service Designer"),
                         shortcutLines().join(u'\n'),
                         {}});
    });
    m_keys->setObjectName(u"shortcutsAction"_s);
    addSeparator();
    m_about = addAction(QString(), this, [this] {
        m_prompts->tell(m_window,
                        {QMessageBox::Information,
                         tr("About Service Designer"),
                         tr("Service Designer %1").arg(QCoreApplication::applicationVersion()),
                         tr("Designs Kubernetes v1 Service manifests, checks them as the API "
                            "server and the cloud providers would, and keeps your files' "
                            "comments.\n\nLicence: GNU General Public License, version 3 or "
                            "later.\nBuilt with Qt %1 (running on Qt %2).")
                             .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                         {}});
    });
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    retranslateUi();
}

QStringList HelpMenu::shortcutLines() const
{
    QStringList lines;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *a : actions) {
            if (a->menu()) {
                walk(a->menu()->actions());
            } else if (!a->shortcut().isEmpty()) {
                lines << tr("%1: %2").arg(a->text().remove(u'&'),
                                          a->shortcut().toString(QKeySequence::NativeText));
            }
        }
    };
    walk(m_window->menuBar()->actions());
    return lines;
}

void HelpMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void HelpMenu::retranslateUi()
{
    setTitle(tr("&Help"));
    m_explain->setText(tr("&Explain the Focused Field"));
    m_start->setText(tr("&Getting Started"));
    m_keys->setText(tr("&Keyboard Shortcuts"));
    m_about->setText(tr("&About Service Designer"));
}

void HelpMenu::addTo(QMainWindow *window,
                     UserPrompts *prompts,
                     QMenu *viewMenu,
                     std::function<void()> explain)
{
    viewMenu->addSeparator();
    viewMenu->addMenu(new ZoomMenu(window, viewMenu));
    window->menuBar()->addMenu(new HelpMenu(window, prompts, std::move(explain)));
    // Help that is in the window itself: every button says what it does.
    nameQtButtons(window);
}

ZoomMenu::ZoomMenu(QMainWindow *window, QWidget *parent)
    : QMenu(parent)
{
    setObjectName(u"zoomMenu"_s);
    // Text views set a fixed-width font of their own: they are zoomed themselves.
    m_targets << window->centralWidget();
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        m_targets << dock->widget();
    for (QPlainTextEdit *text : window->findChildren<QPlainTextEdit *>())
        m_targets << text;
    m_targets.removeAll(nullptr);
    for (QWidget *w : std::as_const(m_targets))
        m_baseSizes << w->font().pointSizeF();
    m_in = addAction(QString(), this, [this] { setZoom(m_zoom + 1); });
    m_in->setObjectName(u"zoomInAction"_s);
    m_in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_out = addAction(QString(), this, [this] { setZoom(m_zoom - 1); });
    m_out->setObjectName(u"zoomOutAction"_s);
    m_out->setShortcut(QKeySequence::ZoomOut);
    m_reset = addAction(QString(), this, [this] { setZoom(0); });
    m_reset->setObjectName(u"zoomResetAction"_s);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    retranslateUi();
    setZoom(QSettings().value(u"view/zoom"_s, 0).toInt());
}

void ZoomMenu::setZoom(int points)
{
    m_zoom = std::clamp(points, -4, 16);
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_baseSizes[i] <= 0)
            continue; // a font sized in pixels
        QFont font = m_targets[i]->font();
        font.setPointSizeF(std::max(4.0, m_baseSizes[i] + m_zoom));
        m_targets[i]->setFont(font);
    }
    QSettings().setValue(u"view/zoom"_s, m_zoom);
}

void ZoomMenu::changeEvent(QEvent *event)
{
    QMenu::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ZoomMenu::retranslateUi()
{
    setTitle(tr("&Zoom"));
    m_in->setText(tr("Zoom &In"));
    m_out->setText(tr("Zoom &Out"));
    m_reset->setText(tr("&Normal Size"));
}

} // namespace sd
