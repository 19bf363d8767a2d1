// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/languagemenu.h"

#include <QActionGroup>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

const QString languageKey = u"language"_s;

} // namespace

QString LanguageChoice::stored()
{
    return QSettings().value(languageKey).toString();
}

LanguageMenu::LanguageMenu(std::shared_ptr<const LanguageChoice> choice, QWidget *parent)
    : QMenu(parent)
    , m_choice(std::move(choice))
{
    setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(this);
    const QString stored = LanguageChoice::stored();
    auto add = [this, group, stored](QAction *action, const QString &code) {
        action->setCheckable(true);
        action->setChecked(code == stored);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            QSettings().setValue(languageKey, code);
            // Without a catalogue for the system's language, English (with its plural forms).
            if (!m_choice->switcher(code) && code.isEmpty())
                m_choice->switcher(u"en"_s);
        });
    };
    m_system = addAction(QString());
    m_system->setObjectName(u"language-system"_s);
    add(m_system, QString());
    addSeparator();
    for (const QString &code : m_choice->languages) {
        // Each language in its own words, whatever the current one is.
        QString name = QLocale(code).nativeLanguageName();
        if (code == u"en")
            name = u"English"_s;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        QAction *action = addAction(name);
        action->setObjectName(u"language-"_s + code);
        add(action, code);
    }
    retranslateUi();
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("The System's Language"));
}

} // namespace sd
