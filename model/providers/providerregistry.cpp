// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/providers/providerregistry.h"

#include <algorithm>

#include <QDir>
#include <QStandardPaths>

namespace sd {

std::vector<ProfileError> ProviderRegistry::addFile(const QString &path)
{
    ProfileLoadResult result = loadProfileFile(path);
    add(std::move(result.profile));
    return std::move(result.errors);
}

std::vector<ProfileError> ProviderRegistry::addDirectory(const QString &dir)
{
    std::vector<ProfileError> errors;
    const QDir folder(dir);
    if (!folder.exists())
        return errors;
    const QStringList names = folder.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                               QDir::Files | QDir::Readable,
                                               QDir::Name);
    for (const QString &name : names) {
        std::vector<ProfileError> fileErrors = addFile(folder.filePath(name));
        errors.insert(errors.end(),
                      std::make_move_iterator(fileErrors.begin()),
                      std::make_move_iterator(fileErrors.end()));
    }
    return errors;
}

void ProviderRegistry::add(std::shared_ptr<const ProviderProfile> profile)
{
    if (!profile)
        return;
    const auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&](const auto &p) {
        return p->id == profile->id;
    });
    if (it != m_profiles.end())
        *it = std::move(profile);
    else
        m_profiles.push_back(std::move(profile));
}

std::shared_ptr<const ProviderProfile> ProviderRegistry::find(const QString &id) const
{
    const auto it = std::find_if(m_profiles.begin(), m_profiles.end(), [&](const auto &p) {
        return p->id == id;
    });
    return it != m_profiles.end() ? *it : nullptr;
}

QStringList ProviderRegistry::ids() const
{
    QStringList list;
    list.reserve(qsizetype(m_profiles.size()));
    for (const auto &p : m_profiles)
        list.append(p->id);
    return list;
}

QString ProviderRegistry::userProfileDirectory()
{
    // One folder for the GUI and the command-line tool, whatever each calls itself.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/service-designer/providers");
}

ProviderRegistry ProviderRegistry::withBuiltIns(const QString &builtInDir,
                                                bool includeUserDirectory,
                                                std::vector<ProfileError> *errors)
{
    ProviderRegistry registry;
    std::vector<ProfileError> found = registry.addDirectory(builtInDir);
    if (includeUserDirectory) {
        std::vector<ProfileError> user = registry.addDirectory(userProfileDirectory());
        found.insert(found.end(),
                     std::make_move_iterator(user.begin()),
                     std::make_move_iterator(user.end()));
    }
    if (errors)
        *errors = std::move(found);
    return registry;
}

} // namespace sd
