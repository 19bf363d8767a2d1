// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs service-designer-cli (SD_CLI_PATH) as a pipeline would: a real process, real files.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the tool. XDG_CONFIG_HOME is a folder of the test's (an empty one unless given), so the
// provider profiles of whoever runs the tests change nothing.
inline CliRun run(const QStringList &args, const QByteArray &input, const QString &configHome)
{
    static const QTemporaryDir emptyHome;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
               configHome.isEmpty() ? emptyHome.path() : configHome);
    p.setProcessEnvironment(env);
    p.start(QString::fromUtf8(SD_CLI_PATH), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                  p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

inline CliRun cli(const QStringList &args, const QByteArray &input = {})
{
    return run(args, input, {});
}

inline CliRun cliIn(const QString &configHome, const QStringList &args)
{
    return run(args, {}, configHome);
}

inline QString data(const char *name)
{
    return QString::fromUtf8(SD_TEST_DATA_DIR) + u'/' + QString::fromUtf8(name);
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
