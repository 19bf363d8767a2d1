// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/buttonnames.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace sd {

namespace {

struct Names
{
    Q_DECLARE_TR_FUNCTIONS(sd::ButtonNames)

public:
    // What the button does, from what Qt calls it; empty for a button of ours.
    static QString of(const QAbstractButton *button)
    {
        const QString name = button->objectName();
        const char *type = button->metaObject()->className();
        if (name == u"qt_dockwidget_closebutton")
            return tr("Close this panel (View brings it back)");
        if (name == u"qt_dockwidget_floatbutton")
            return tr("Detach this panel from the window, or dock it again");
        if (name == u"qt_menubar_ext_button" || name == u"qt_toolbar_ext_button")
            return tr("Show the entries that do not fit");
        if (qstrcmp(type, "QTableCornerButton") == 0)
            return tr("Select every row");
        if (qstrcmp(type, "QLineEditIconButton") == 0)
            return tr("Clear the text");
        if (name == u"ScrollLeftButton")
            return tr("Show the tabs to the left");
        if (name == u"ScrollRightButton")
            return tr("Show the tabs to the right");
        return {};
    }
};

void apply(QWidget *window)
{
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        const QString text = Names::of(button);
        if (text.isEmpty())
            continue;
        button->setToolTip(text);
        button->setAccessibleName(text);
    }
}

// Names the buttons again when the language changes, and when the window is shown (Qt makes some
// of its buttons only then).
class Renamer final : public QObject
{
public:
    explicit Renamer(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange || event->type() == QEvent::Show)
            apply(static_cast<QWidget *>(watched));
        return false;
    }
};

} // namespace

void nameQtButtons(QWidget *window)
{
    apply(window);
    new Renamer(window);
}

} // namespace sd
