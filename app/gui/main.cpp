// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLocale>
#include <QTimer>
#include <QWindow>

#include "model/io/heapsetup.h"
#include "model/tr.h"
#include "resources/resources.h"
#include "translations/i18n.h"
#include "widgets/languagemenu.h"
#include "widgets/mainwindow.h"

using namespace Qt::StringLiterals;

namespace {

// The program's own texts (its command line) have their own translation context.
struct GuiTr
{
    Q_DECLARE_TR_FUNCTIONS(sd::gui)
};

// Waits until the window is on screen and laid out, saves a picture of it to `path` and quits
// with 0, or with 1 if the picture cannot be written. Construct it after QWidget::show().
class ScreenshotTaker final : public QObject
{
public:
    ScreenshotTaker(QWidget *window, QString path)
        : QObject(window)
        , m_window(window)
        , m_path(std::move(path))
    {
        QWindow *handle = window->windowHandle();
        handle->installEventFilter(this);
        if (handle->isExposed()) // some platforms expose the window within show()
            start();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && m_window->windowHandle()->isExposed())
            start();
        return QObject::eventFilter(watched, event);
    }

private:
    void start()
    {
        if (m_started)
            return;
        m_started = true;
        // Let the pending layout and paint events run before grabbing.
        QTimer::singleShot(200, this, [this] {
            const bool ok = m_window->grab().save(m_path);
            if (!ok)
                std::fprintf(stderr, "%s\n", qPrintable(GuiTr::tr("cannot write %1").arg(m_path)));
            QApplication::exit(ok ? 0 : 1);
        });
    }

    QWidget *m_window;
    QString m_path;
    bool m_started = false;
};

} // namespace

int main(int argc, char **argv)
{
    sd::growHeapInLargeSteps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"service-designer"_s);
    QApplication::setOrganizationName(u"Service Designer"_s);
    QApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    // The installed desktop entry (packaging/): Wayland compositors take its name and icon for
    // the window.
    QApplication::setDesktopFileName(QStringLiteral(SD_APP_ID));
    QApplication::setWindowIcon(QIcon(sd::applicationIconPath()));
    // The language chosen in View › Language, else the system's. Without our catalogue for it,
    // English is used, and its catalogue still gives the plural forms ("1 Service", "3 Services").
    auto languages = std::make_shared<sd::LanguageChoice>();
    languages->switcher = [&app](const QString &code) {
        return sd::installTranslators(app, code.isEmpty() ? QLocale() : QLocale(code));
    };
    languages->languages = sd::availableLanguages();
    if (!languages->switcher(sd::LanguageChoice::stored()))
        languages->switcher(u"en"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(GuiTr::tr("Design Kubernetes v1 Service manifests."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s,
                                 GuiTr::tr("The manifests to open (YAML or JSON), each in a "
                                           "window."),
                                 u"[file...]"_s);
    const QCommandLineOption
        screenshot(u"screenshot"_s,
                   GuiTr::tr(
                       "Save a picture of the window to FILE (PNG) and quit; for documentation and "
                       "automated checks."),
                   GuiTr::tr("FILE"));
    parser.addOption(screenshot);
    parser.process(app);

    sd::MainWindow window;
    window.setLanguages(languages);
    const bool takingScreenshot = parser.isSet(screenshot);
    if (!takingScreenshot) // a screenshot has the default size, whatever was used last
        window.restoreSettings();

    window.show();
    if (takingScreenshot)
        new ScreenshotTaker(&window, parser.value(screenshot));

    // Open once the window is up, inside the event loop: a message about the file then appears
    // over the window, and --screenshot can still quit while that message is open.
    const QStringList files = parser.positionalArguments();
    QMetaObject::invokeMethod(
        &window,
        [&window, files, takingScreenshot] {
            if (!files.isEmpty()) {
                window.openFiles(files);
            } else {
                QFile example(sd::exampleDocumentPath());
                if (example.open(QIODevice::ReadOnly))
                    window.openUntitled(example.readAll());
            }
            // Changes a crashed session left behind, once the window shows what is open.
            if (!takingScreenshot)
                window.offerRecovery();
        },
        Qt::QueuedConnection);
    return QApplication::exec();
}
