// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace sd {

/**
 * Settings for one test process: QStandardPaths' test mode and an application name with the
 * process id, because ctest runs the test cases of one binary as parallel processes and they
 * would otherwise clear and write one settings file under each other's feet.
 */
inline void useTestSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("service-designer-tests"));
    QCoreApplication::setApplicationName(testName + u'-'
                                         + QString::number(QCoreApplication::applicationPid()));
    QSettings().clear();
}

/** Removes the settings file of useTestSettings(). */
inline void removeTestSettings()
{
    const QString file = QSettings().fileName();
    QSettings().clear();
    QFile::remove(file);
}

} // namespace sd
