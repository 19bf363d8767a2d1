// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>

#include "model/io/manifestio.h"
#include "model/validation/validator.h"

namespace sd {

/** The findings of one Service of a file. */
struct DocumentReport
{
    int index = 0; ///< the document's place in the file, from 0
    int item = -1; ///< its place inside a List, or -1
    QString kind;
    QString name;
    QString namespaceName;
    int line = 0;
    std::vector<Finding> findings;
};

/** What validating one file gave: a reason it could not be read, or its Services' findings. */
struct FileReport
{
    QString path;                   ///< as the user named it (`-` shown as `<stdin>`)
    std::optional<FileError> error; ///< the file, or one of its documents, could not be read
    /** What is said of the file as a whole, as kubectl reads it: documents kubectl ignores, no
     *  objects, a template to render first (ReadResult::warnings). */
    std::vector<Finding> findings;
    std::vector<DocumentReport> documents;
};

struct ReportSummary
{
    int errors = 0;
    int warnings = 0;
    int infos = 0;
};

/** Validates every Service of a read file that kubectl would apply. Services are checked
 *  independently of each other, so many are shared among `threads` threads (0: one per core,
 *  up to 8); the report is the same with any number. */
FileReport validateFile(const QString &path,
                        const ReadResult &read,
                        const Environment &environment,
                        int threads = 0);
/**
 * What kubectl says of a run as a whole: when no file holds an object, `kubectl apply -f` fails
 * ("no objects passed to apply"), so each file's `no-objects` warning becomes an error.
 */
void checkRunHasObjects(std::vector<FileReport> &files);
/** The findings of all files, and one error for each file that could not be read. */
ReportSummary summarize(const std::vector<FileReport> &files);

/** `file:line:column: severity: path: message`, one line a finding, then a summary line. */
QByteArray reportText(const std::vector<FileReport> &files);
/**
 * The same text, handed to `write` in pieces, in order, while the rest is still being made: a
 * long report need not be whole in memory. Once `write` returns false (the output failed), no
 * more is made or written; returns whether every piece was written.
 */
bool writeReportText(const std::vector<FileReport> &files,
                     const std::function<bool(QByteArrayView)> &write);
/** The JSON report documented in README.md. */
QByteArray reportJson(const std::vector<FileReport> &files);
/** SARIF 2.1.0, as code-scanning tools take it. */
QByteArray reportSarif(const std::vector<FileReport> &files, const QString &toolVersion);

} // namespace sd
