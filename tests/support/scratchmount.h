// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sys/mount.h>
#include <unistd.h>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace sd {

/**
 * A small tmpfs of its own for tests that need a real full disk or a read-only file system.
 * Mounting needs root (CI runs as root); elsewhere isMounted() is false and the test skips,
 * saying why.
 */
class ScratchMount
{
public:
    /** `options` as for mount -o: "size=64k", "size=64k,ro". */
    explicit ScratchMount(const QByteArray &options)
    {
        if (::geteuid() != 0 || !m_dir.isValid())
            return;
        m_mounted = ::mount("tmpfs",
                            m_dir.path().toLocal8Bit().constData(),
                            "tmpfs",
                            0,
                            options.constData())
                    == 0;
    }
    ~ScratchMount()
    {
        if (m_mounted)
            ::umount2(m_dir.path().toLocal8Bit().constData(), MNT_DETACH);
    }
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    /** Makes the file system read-only, keeping what was written to it. */
    bool remountReadOnly()
    {
        return m_mounted
               && ::mount("tmpfs",
                          m_dir.path().toLocal8Bit().constData(),
                          "tmpfs",
                          MS_REMOUNT | MS_RDONLY,
                          nullptr)
                      == 0;
    }

    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /** Why isMounted() is false, for GTEST_SKIP(). */
    static const char *whyNot()
    {
        return ::geteuid() != 0 ? "mounting a small tmpfs needs root (CI runs these as root)"
                                : "mounting a tmpfs failed (no CAP_SYS_ADMIN here?)";
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace sd
