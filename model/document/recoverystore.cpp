// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/recoverystore.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include "model/io/safefile.h"
#include "model/tr.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr QByteArrayView magic = "service-designer-recovery 1\n";
constexpr QStringView suffix = u".recovery";

// This process's session: its copies are named after it, and its lock file says it is alive.
const QString &sessionId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::Id128);
    return id;
}

QString sessionOf(const QString &fileName)
{
    return fileName.section(u'_', 0, 0);
}

QString lockPath(const QString &folder, const QString &session)
{
    return folder + u'/' + session + u".lock";
}

// This process's lock in each folder where it has copies, and the keys of those copies. The lock
// is held while there is a copy (a process that dies leaves the file behind, naming a process
// that no longer runs) and let go with the last one, so a clean exit leaves nothing.
struct SessionLock
{
    std::unique_ptr<QLockFile> lock;
    QSet<QString> keys;
};

QMutex &sessionMutex()
{
    static QMutex mutex;
    return mutex;
}

std::map<QString, SessionLock> &sessionLocks()
{
    static std::map<QString, SessionLock> locks;
    return locks;
}

void holdSessionLock(const QString &folder, const QString &key)
{
    const QMutexLocker locker(&sessionMutex());
    SessionLock &held = sessionLocks()[folder];
    if (!held.lock) {
        held.lock = std::make_unique<QLockFile>(lockPath(folder, sessionId()));
        held.lock->setStaleLockTime(0);
        held.lock->tryLock(0);
    }
    held.keys.insert(key);
}

void releaseSessionLock(const QString &folder, const QString &key)
{
    const QMutexLocker locker(&sessionMutex());
    auto held = sessionLocks().find(folder);
    if (held == sessionLocks().end())
        return;
    held->second.keys.remove(key);
    if (held->second.keys.isEmpty())
        sessionLocks().erase(held); // unlocks and removes the lock file
}

// Whether the process that wrote `session`'s copies is gone. With a stale time of 0 a lock is
// stale only when its process no longer runs, however old it is.
bool sessionEnded(const QString &folder, const QString &session)
{
    if (session == sessionId())
        return false;
    QLockFile lock(lockPath(folder, session));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    // Taken: nobody holds it. Unlocking removes the file, so the next look sees no lock either.
    lock.unlock();
    return true;
}

} // namespace

RecoveryStore::RecoveryStore(QString folder)
    : m_folder(std::move(folder))
{}

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QString RecoveryStore::newKey() const
{
    static std::atomic<int> next{0};
    return sessionId() + u'_' + QString::number(++next);
}

std::optional<QString> RecoveryStore::save(const QString &key,
                                           const QString &originalPath,
                                           const QByteArray &baseSha256,
                                           QByteArrayView bytes) const
{
    if (!QDir().mkpath(m_folder))
        return EditorTr::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_folder));
    holdSessionLock(m_folder, key);
    const QJsonObject header{
        {u"path"_s, originalPath},
        {u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"baseSha256"_s, QString::fromLatin1(baseSha256.toHex())},
    };
    QByteArray out;
    out.reserve(bytes.size() + 256);
    out += magic;
    out += QJsonDocument(header).toJson(QJsonDocument::Compact);
    out += '\n';
    out += bytes;
    return writeFileSafely(pathOf(key), out);
}

QString RecoveryStore::pathOf(const QString &key) const
{
    return m_folder + u'/' + key + suffix;
}

void RecoveryStore::remove(const QString &key) const
{
    QFile::remove(pathOf(key));
    releaseSessionLock(m_folder, key);
}

std::optional<RecoveryEntry> RecoveryStore::read(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray all = in.readAll();
    if (!all.startsWith(magic))
        return std::nullopt;
    const qsizetype headerEnd = all.indexOf('\n', magic.size());
    if (headerEnd < 0)
        return std::nullopt;
    const QJsonDocument header = QJsonDocument::fromJson(
        all.mid(magic.size(), headerEnd - magic.size()));
    if (!header.isObject())
        return std::nullopt;
    const QJsonObject o = header.object();
    RecoveryEntry entry;
    entry.file = file;
    entry.originalPath = o.value(u"path"_s).toString();
    entry.savedAt = QDateTime::fromString(o.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
    entry.baseSha256 = QByteArray::fromHex(o.value(u"baseSha256"_s).toString().toLatin1());
    entry.bytes = all.mid(headerEnd + 1);
    return entry;
}

std::vector<RecoveryEntry> RecoveryStore::orphans() const
{
    std::vector<RecoveryEntry> found;
    const QDir dir(m_folder);
    std::map<QString, bool> ended; // per session, asked once
    for (const QString &name : dir.entryList({u"*"_s + suffix}, QDir::Files, QDir::Name)) {
        const QString session = sessionOf(name);
        auto known = ended.find(session);
        if (known == ended.end())
            known = ended.emplace(session, sessionEnded(m_folder, session)).first;
        if (!known->second)
            continue;
        if (std::optional<RecoveryEntry> entry = read(dir.filePath(name)))
            found.push_back(std::move(*entry));
    }
    std::sort(found.begin(), found.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) {
        return a.savedAt < b.savedAt;
    });
    return found;
}

std::vector<RecoveryEntry> RecoveryStore::orphansFor(const QString &path) const
{
    std::vector<RecoveryEntry> found = orphans();
    std::erase_if(found, [&](const RecoveryEntry &e) { return !sameFile(e.originalPath, path); });
    return found;
}

void RecoveryStore::discard(const RecoveryEntry &entry)
{
    QFile::remove(entry.file);
}

} // namespace sd
