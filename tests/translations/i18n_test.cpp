// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QStringList>
#include <QXmlStreamReader>

#include "support/qtprinters.h"
#include "translations/i18n.h"

namespace {

// Puts the test process back to English whatever a test switched to.
class I18nTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        sd::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    }
};

// The messages of @p tsFile that are unfinished, or obsolete (lupdate runs with -no-obsolete, so
// these come only from a hand-run lupdate), as "source text [type]".
QStringList unfinishedOrObsoleteMessages(const QString &tsFile, QString *error)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QStringList found;
    QString source;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (type == u"unfinished" || type == u"vanished" || type == u"obsolete")
                found.append(source + u" [" + type + u']');
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return found;
}

TEST_F(I18nTest, BundlesKoreanAndEnglishCatalogues)
{
    EXPECT_EQ(sd::availableLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("ko")}));
}

// Guards the lupdate trap: if the context in the catalogue lost its namespace, the Korean text
// would sit in the .qm file and never be found.
TEST_F(I18nTest, KoreanCatalogueTranslatesAtRunTime)
{
    ASSERT_TRUE(sd::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::Korean)));
    EXPECT_EQ(sd::languageName(), QStringLiteral("한국어"));
}

TEST_F(I18nTest, QtsOwnKoreanCatalogueIsInstalledToo)
{
    sd::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::Korean));
    // Standard dialog buttons take their text from this context of qtbase_ko.qm.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("취소"));
}

TEST_F(I18nTest, SwitchingLanguageReplacesTheTranslators)
{
    auto &app = *QCoreApplication::instance();
    ASSERT_TRUE(sd::installTranslators(app, QLocale(QLocale::Korean)));
    ASSERT_TRUE(sd::installTranslators(app, QLocale(QLocale::English)));
    EXPECT_EQ(sd::languageName(), QStringLiteral("English"));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

TEST_F(I18nTest, DatesAndSizesFollowTheLanguage)
{
    auto &app = *QCoreApplication::instance();
    ASSERT_TRUE(sd::installTranslators(app, QLocale(QLocale::Korean)));
    // What the file dialog uses for its sizes and dates.
    EXPECT_EQ(QLocale().language(), QLocale::Korean);
    EXPECT_EQ(QLocale().formattedDataSize(2048), QLocale(QLocale::Korean).formattedDataSize(2048));
    ASSERT_TRUE(sd::installTranslators(app, QLocale(QLocale::English)));
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST_F(I18nTest, LanguageWithoutCatalogueFallsBackToEnglish)
{
    auto &app = *QCoreApplication::instance();
    ASSERT_TRUE(sd::installTranslators(app, QLocale(QLocale::Korean)));
    EXPECT_FALSE(sd::installTranslators(app, QLocale(QLocale::Swahili)));
    EXPECT_EQ(sd::languageName(), QStringLiteral("English"));
}

// A message left unfinished shows up in English in the middle of a Korean window.
TEST(TranslationFiles, HaveNoUnfinishedOrObsoleteMessages)
{
    const QDir dir(QStringLiteral(SD_TRANSLATIONS_DIR));
    const QStringList tsFiles = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    ASSERT_TRUE(tsFiles.contains(QStringLiteral("service-designer_ko.ts")))
        << dir.path().toStdString();
    for (const QString &name : tsFiles) {
        QString error;
        const QStringList found = unfinishedOrObsoleteMessages(dir.filePath(name), &error);
        EXPECT_TRUE(error.isEmpty()) << name.toStdString() << ": " << error.toStdString();
        EXPECT_TRUE(found.isEmpty())
            << name.toStdString() << ": " << found.join(QStringLiteral(", ")).toStdString();
    }
}

} // namespace
