// SPDX-License-Identifier: GPL-3.0-or-later
// A designer process for recoverywindow_test to kill: opens FILE in a real window, renames its
// first Service to NAME by typing into the form, says "edited" on standard output, and runs
// until it is killed. Its recovery copies go to FOLDER.
//
//   recovery_child FOLDER FILE NAME

#include <cstdio>

#include <QApplication>
#include <QLineEdit>
#include <QTest>

#include "model/document/recoverystore.h"
#include "support/scriptedprompts.h"
#include "widgets/mainwindow.h"

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: recovery_child FOLDER FILE NAME\n");
        return 2;
    }
    sd::MainWindow window(std::make_unique<sd::ScriptedPrompts>());
    window.setRecoveryStore(sd::RecoveryStore(args[1]));
    window.show();
    if (!window.openFile(args[2]))
        return 1;
    auto *name = window.findChild<QLineEdit *>(QStringLiteral("name"));
    if (!name)
        return 1;
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, args[3]);
    QTest::keyClick(name, Qt::Key_Return);
    std::printf("edited\n");
    std::fflush(stdout);
    return QApplication::exec();
}
