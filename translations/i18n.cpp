// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace sd {

namespace {

const auto catalogueDir = QStringLiteral(":/i18n");
const auto catalogueName = QStringLiteral("service-designer");
const auto separator = QStringLiteral("_");
// Marks the translators installed here, so that the next call finds and replaces exactly these.
const auto translatorObjectName = QStringLiteral("sd::installTranslators");

bool install(QCoreApplication &app,
             const QLocale &locale,
             const QString &name,
             const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, name, separator, directory)) {
        delete translator;
        return false;
    }
    translator->setObjectName(translatorObjectName);
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

bool installTranslators(QCoreApplication &app, const QLocale &locale)
{
    const auto previous = app.findChildren<QTranslator *>(translatorObjectName,
                                                          Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    // Dates, sizes and numbers (the file dialog's too) in the language of the texts.
    QLocale::setDefault(locale);
    // Qt's catalogue is optional: without it only the standard buttons stay in English.
    install(app,
            locale,
            QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(app, locale, catalogueName, catalogueDir);
}

QStringList availableLanguages()
{
    const QString prefix = catalogueName + separator;
    const QString suffix = QStringLiteral(".qm");
    QStringList languages;
    const QStringList files
        = QDir(catalogueDir).entryList({prefix + u'*' + suffix}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size(), file.size() - prefix.size() - suffix.size()));
    return languages;
}

namespace {

struct LanguageTr
{
    Q_DECLARE_TR_FUNCTIONS(sd::i18n)
};

} // namespace

QString languageName()
{
    //: The name of the language this catalogue translates into, written in that language.
    return LanguageTr::tr("English");
}

} // namespace sd
