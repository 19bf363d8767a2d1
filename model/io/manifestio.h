// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document/manifest.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

/** Why a whole file could not be read. */
struct FileError
{
    QString message; ///< translated; says what is wrong and, where it helps, what to do
    SourcePos pos;   ///< where, when the problem is at a place in the file
};

struct ReadResult
{
    Manifest manifest;
    std::optional<FileError> error; ///< the file could not be read at all
    QStringList warnings;           ///< read, but worth saying (an empty file)

    /** Every problem that stops documents from being read: the file error, or each broken
     *  document's error. */
    std::vector<FileError> errors() const;
};

/** Files larger than this are refused with a clear message rather than exhausting memory. */
constexpr qint64 maxManifestFileSize = 128 * 1024 * 1024;

/** Reads bytes that came from somewhere (a file, standard input). */
ReadResult readManifest(const QByteArray &bytes);
/** Reads a file from disk. Never throws; never crashes on any input. */
ReadResult readManifestFile(const QString &path);

/** Writes the manifest (Manifest::toBytes) through QSaveFile, so a failed save never leaves a
 *  half-written file. Returns the error message, or nothing on success. */
std::optional<QString> saveManifestFile(const Manifest &manifest, const QString &path);
/** Writes bytes to a file through QSaveFile. */
std::optional<QString> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace sd
