// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the commands of service-designer-cli share: exit codes, messages on standard error, reading
// the inputs and writing the output. One file per command (exportcommand.cpp, ...); the table of
// commands is commands().

#include <memory>
#include <optional>
#include <type_traits>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "model/io/manifestio.h"
#include "model/providers/providerregistry.h"

namespace sd::cli {

/** The tool's texts have their own translation context. */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sd::cli)
};

enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUnreadable = 2 };

/** One command: its name on the command line, a line for the usage text, and what runs it (with
 *  `program [options] FILE...`). */
struct Command
{
    const char16_t *name;
    const char *summary; ///< untranslated, context "sd::cli"
    int (*run)(const QStringList &arguments);
};

/** Every command, in the order the usage text lists them. */
const std::vector<Command> &commands();

int runExport(const QStringList &arguments);
int runEdit(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runProviders(const QStringList &arguments);
int runExplain(const QStringList &arguments);
int runProxyHeader(const QStringList &arguments);
int runTrace(const QStringList &arguments);

/** Prints the errors that kept `read` (of the file shown as `shown`) from being read, one
 *  diagnose() line each; whether there were any. */
bool diagnoseReadErrors(const QString &shown, const ReadResult &read);

/** The Service named by --service ([NAMESPACE/]NAME, the namespace "default" when a Service has
 *  none), or the file's only one; std::nullopt after saying why on standard error. With
 *  `indexOption` the messages mention --index too. */
std::optional<ServiceRef> chooseService(const Manifest &manifest,
                                        const QString &name,
                                        bool indexOption);

/** Standard error, for messages. */
QTextStream &err();
/** A compiler-style diagnostic: `file:line:column: severity: message`. */
void diagnose(const QString &file, SourcePos pos, const QString &severity, const QString &message);
/** Parses a command's options; an exit code when the command is done already (a usage error,
 *  or --help printed). */
std::optional<int> parseOrHelp(QCommandLineParser &parser, const QStringList &arguments);
/** Reads one input, from a file or standard input (`-`), for the commands that take FILE...
 *  A named pipe is read too, so a shell's `<(helm template ...)` works; devices are refused. */
ReadResult readNamed(const QString &file);
/** Writes a command's output to standard output, and says so when it did not all get there (a
 *  full disk behind a redirection, a closed pipe): a script must not take a cut file for a
 *  whole. */
bool writeStandardOutput(const QByteArray &bytes);

/** Standard output written in pieces, with writeStandardOutput()'s promise for the whole. */
class StandardOutput
{
public:
    StandardOutput() = default;
    StandardOutput(const StandardOutput &) = delete;
    StandardOutput &operator=(const StandardOutput &) = delete;
    ~StandardOutput();

    /** Writes the next piece; false once anything failed (nothing more is written then). */
    bool put(QByteArrayView bytes);
    /** Flushes, and says on standard error when anything did not get there; whether all did. */
    bool finish();

private:
    int m_error = 0; ///< errno of the first failure, or -1 when it set none
    bool m_finished = false;
};

/**
 * Keeps `value` until the process exits, without destroying it: freeing a large model an object
 * at a time only to exit costs as much as a tenth of a run, and the system takes the memory
 * back at once. It stays reachable, so a leak checker does not count it.
 */
template<typename T>
void keepUntilExit(T &&value)
{
    static auto *kept = new std::vector<std::shared_ptr<void>>;
    kept->push_back(std::make_shared<std::decay_t<T>>(std::forward<T>(value)));
}
/** The bundled provider profiles, the user's own (which override them) and the --profile files;
 *  nothing when a --profile file cannot be read (the problems are on standard error). */
std::optional<ProviderRegistry> loadProviders(const QStringList &profileFiles);

} // namespace sd::cli
