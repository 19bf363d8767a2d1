// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QMenu>

class QMainWindow;

namespace sd {

class UserPrompts;

/**
 * Help: the explanation of the focused field (F1), a short "getting started", the keyboard
 * shortcuts of the window's menus, and About (version, licence, Qt version). Texts are shown
 * through `prompts`, so tests read them.
 */
class HelpMenu final : public QMenu
{
    Q_OBJECT

public:
    HelpMenu(QMainWindow *window, UserPrompts *prompts, std::function<void()> explain);
    /** Adds Help to `window`'s menu bar and View › Zoom to `viewMenu`, and gives the buttons Qt
     *  makes in the window a tooltip and an accessible name (nameQtButtons()). */
    static void addTo(QMainWindow *window,
                      UserPrompts *prompts,
                      QMenu *viewMenu,
                      std::function<void()> explain);

    /** Every action of the window's menus that has a shortcut, as "Text: Keys" lines. */
    QStringList shortcutLines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QMainWindow *m_window;
    UserPrompts *m_prompts;
    QAction *m_explain;
    QAction *m_start;
    QAction *m_keys;
    QAction *m_about;
};

/**
 * View › Zoom in, out and back (Ctrl++, Ctrl+−, Ctrl+0): the text of the window's central area,
 * its docks and its text views grows or shrinks by a point a step, for projectors in class; the
 * step is kept between runs.
 */
class ZoomMenu final : public QMenu
{
    Q_OBJECT

public:
    /** For the widgets `window` has now. */
    explicit ZoomMenu(QMainWindow *window, QWidget *parent = nullptr);

    /** Points added to the normal size (0: normal). */
    int zoom() const { return m_zoom; }
    void setZoom(int points);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<QWidget *> m_targets;
    QList<qreal> m_baseSizes;
    int m_zoom = 0;
    QAction *m_in;
    QAction *m_out;
    QAction *m_reset;
};

} // namespace sd
