// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "model/providers/profileloader.h"

namespace sd {

/**
 * The provider profiles known to the application, by id. A value type: copy it freely, the
 * profiles themselves are shared and immutable.
 *
 * A profile added later with the id of one already there replaces it in place, so the user's own
 * profiles override the built-in ones while the order of the list (the order ids were first
 * added) stays stable. A file with errors adds nothing and replaces nothing.
 */
class ProviderRegistry final
{
public:
    /** Loads one profile file (Qt resource paths work) and adds it; returns its errors. */
    std::vector<ProfileError> addFile(const QString &path);
    /** Adds every `*.yaml` and `*.yml` file of @p dir, in file-name order; returns all errors.
     *  A folder that does not exist adds nothing and is not an error. */
    std::vector<ProfileError> addDirectory(const QString &dir);
    /** Adds a profile made elsewhere (nullptr is ignored). */
    void add(std::shared_ptr<const ProviderProfile> profile);

    /** The profile with this id, or nullptr. */
    std::shared_ptr<const ProviderProfile> find(const QString &id) const;
    const std::vector<std::shared_ptr<const ProviderProfile>> &profiles() const
    {
        return m_profiles;
    }
    QStringList ids() const;
    bool isEmpty() const { return m_profiles.empty(); }

    /** Where the user keeps their own profiles: `<GenericConfigLocation>/service-designer/providers`
     *  (`~/.config/service-designer/providers` on Linux), shared by the GUI and the CLI. */
    static QString userProfileDirectory();

    /** The profiles of @p builtInDir (`sd::providerProfilesPath()`, which this library cannot
     *  name), then, when @p includeUserDirectory, the user's, which override built-ins with the
     *  same id. @p errors, when not nullptr, is set to every error of every file. */
    static ProviderRegistry withBuiltIns(const QString &builtInDir,
                                         bool includeUserDirectory,
                                         std::vector<ProfileError> *errors);

private:
    std::vector<std::shared_ptr<const ProviderProfile>> m_profiles;
};

} // namespace sd
