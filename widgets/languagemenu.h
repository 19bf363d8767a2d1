// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QMenu>
#include <QStringList>

class QAction;

namespace sd {

/** The languages an application offers, and how it switches to one (it installs its
 *  translators there). One per application; every window shares it. */
struct LanguageChoice
{
    /** Switches to a language code ("en", "ko"; empty: the system's); whether there is a
     *  catalogue for it. */
    std::function<bool(const QString &code)> switcher;
    QStringList languages;

    /** The language chosen in View › Language and stored in QSettings ("" for the system's). */
    static QString stored();
};

/**
 * View › Language: the system's language or one of the choice's, each named in its own words.
 * Choosing one stores it and switches at once; windows retranslate on the LanguageChange event.
 */
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(std::shared_ptr<const LanguageChoice> choice, QWidget *parent = nullptr);

    void retranslateUi();

private:
    std::shared_ptr<const LanguageChoice> m_choice;
    QAction *m_system = nullptr;
};

} // namespace sd
