// SPDX-License-Identifier: GPL-3.0-or-later
// The pictures of docs/: the window at 1280x800 in English and in Korean, on the bundled
// example with the AWS provider, with each view that has changed on top (the form and findings,
// the charts, the connection with its PROXY header, Edit › Find, an empty file). They are
// written to SD_DOCS_SCREENSHOTS when it is set (SD_DOCS_SCREENSHOTS=$PWD/docs/views ctest
// --preset ci -R DocsScreenshots), else to a temporary folder;
// the test checks that each is the window's size and that the Korean ones are in Korean.

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

#include "model/document/validationscheduler.h"
#include "model/itemmodels/servicelistmodel.h"
#include "resources/resources.h"
#include "support/scriptedprompts.h"
#include "support/testsettings.h"
#include "translations/i18n.h"
#include "widgets/finddialog.h"
#include "widgets/mainwindow.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

QImage shot(QWidget *w)
{
    QApplication::processEvents();
    return w->grab().toImage();
}

void takeAll(const QString &dir, const QString &language)
{
    useTestSettings(u"docshots_test"_s);
    ASSERT_TRUE(installTranslators(*qApp, QLocale(language)));
    MainWindow window(std::make_unique<ScriptedPrompts>());
    window.resize(1280, 800);
    window.show();
    // A copy: the bundled example itself opens read-only, which the status bar would say.
    QTemporaryDir folder;
    const QString copy = folder.filePath(u"example.yaml"_s);
    ASSERT_TRUE(QFile::copy(exampleDocumentPath(), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    ASSERT_TRUE(window.openFile(copy));
    auto *provider = window.findChild<QComboBox *>(u"providerCombo"_s);
    ASSERT_TRUE(provider);
    provider->setFocus();
    QTest::keyClick(provider, Qt::Key_Home);
    while (provider->currentData().toString() != u"aws"_s
           && provider->currentIndex() + 1 < provider->count())
        QTest::keyClick(provider, Qt::Key_Down);
    // The LoadBalancer of the example.
    ServiceListModel *list = window.serviceListModel();
    for (int row = 0; row < list->rowCount(); ++row) {
        if (list->index(row).data(ServiceListModel::ServiceTypeRole).toString() == u"LoadBalancer")
            window.selectService(list->serviceAt(row));
    }
    window.scheduler()->validateNow();

    const auto save = [&](const QString &name, const QImage &image) {
        ASSERT_FALSE(image.isNull()) << name.toStdString();
        EXPECT_TRUE(image.save(dir + u'/' + name + u'-' + language + u".png"_s));
    };
    const QImage form = shot(&window);
    EXPECT_EQ(form.size(), QSize(1280, 800) * form.devicePixelRatio());
    save(u"window"_s, form);
    for (const QString &dock : {u"chartsDock"_s, u"connectionDock"_s}) {
        auto *d = window.findChild<QDockWidget *>(dock);
        ASSERT_TRUE(d) << dock.toStdString();
        d->show();
        d->raise();
        window.resizeDocks({d}, {440}, Qt::Vertical); // room for the whole view
        save(dock.chopped(4), shot(&window));
    }
    window.findChild<QAction *>(u"findAction"_s)->trigger();
    auto *find = window.findChild<FindDialog *>(u"findDialog"_s);
    ASSERT_TRUE(find);
    QTest::keyClicks(find->findChild<QLineEdit *>(u"findText"_s), u"http"_s);
    find->search();
    save(u"find"_s, shot(find));
    find->close();
    window.findChild<QAction *>(u"newAction"_s)->trigger();
    save(u"new-file"_s, shot(&window));
    EXPECT_EQ(window.menuBar()->actions().value(0)->text(),
              language == u"ko" ? u"파일(&F)"_s : u"&File"_s);
    removeTestSettings();
}

TEST(DocsScreenshots, TheChangedViewsInEnglishAndKorean)
{
    QTemporaryDir temporary;
    const QString dir = qEnvironmentVariableIsSet("SD_DOCS_SCREENSHOTS")
                            ? qEnvironmentVariable("SD_DOCS_SCREENSHOTS")
                            : temporary.path();
    takeAll(dir, u"en"_s);
    takeAll(dir, u"ko"_s);
    installTranslators(*qApp, QLocale(u"en"_s));
}

} // namespace
} // namespace sd
