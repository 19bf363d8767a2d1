// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCoreApplication;
class QLocale;
class QString;

namespace sd {

/**
 * Installs the translators for @p locale on @p app: our catalogue, embedded as
 * `:/i18n/service-designer_<lang>.qm`, and Qt's own `qtbase_<lang>.qm` from
 * `QLibraryInfo::path(QLibraryInfo::TranslationsPath)` (standard buttons and dialogs).
 *
 * Calling it again switches the language: the translators of the previous call are removed
 * first, and Qt sends `QEvent::LanguageChange` to every widget. The translators are children of
 * @p app and die with it.
 *
 * Returns true if our catalogue for @p locale was found; false if the program falls back to its
 * built-in English text.
 */
bool installTranslators(QCoreApplication &app, const QLocale &locale);

/** The languages with a bundled catalogue, as sorted language codes ("en", "ko"). */
QStringList availableLanguages();

/** The name of the current user-interface language, in that language ("English", "한국어"). */
QString languageName();

} // namespace sd
