// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "model/io/manifest.h"

namespace sd {

/** Why a whole file could not be read. */
struct FileError
{
    QString message; ///< translated; says what is wrong and, where it helps, what to do
    SourcePos pos;   ///< where, when the problem is at a place in the file
};

/** Something worth saying about a file that was read: how kubectl reads it differently. */
struct FileWarning
{
    QString code;    ///< stable id: `kubectl-ignores-document`, `no-objects`, `helm-template`,
                     ///< `kustomization`
    QString message; ///< translated; says what kubectl does and what to do
    SourcePos pos;   ///< where, when it is about a place in the file
};

struct ReadResult
{
    Manifest manifest;
    std::optional<FileError> error;    ///< the file could not be read at all
    std::vector<FileWarning> warnings; ///< read, but worth saying, in file order

    /** Every problem that stops documents from being read, in file order: the file error; or
     *  where kubectl stops reading the file, and the error of each broken document that kubectl
     *  does not ignore. */
    std::vector<FileError> errors() const;
};

/** Files larger than this are refused with a clear message rather than exhausting memory. */
constexpr qint64 maxManifestFileSize = 128 * 1024 * 1024;

/** Reads bytes that came from somewhere (a file, standard input), and says where kubectl reads
 *  them differently (readAsKubectl()), where they hold no objects, and where they are a Helm
 *  template or a kustomization that must be rendered first. */
ReadResult readManifest(const QByteArray &bytes);
/**
 * Reads a file from disk. Never throws; never crashes on any input. Refuses what is not a
 * regular file (a folder, a device, a socket; a FIFO too unless `allowPipes`, for a shell's
 * `<(command)`), and reads no more than maxManifestFileSize + 1 bytes of anything. `bytes`, when
 * given, receives what was read (to fingerprint it).
 */
ReadResult readManifestFile(const QString &path,
                            bool allowPipes = false,
                            QByteArray *bytes = nullptr);

} // namespace sd
