// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringView>

#include "model/providers/profile.h"

namespace sd {

/**
 * Which profiles of a set may own an annotation key, by the key's domain (the text up to its
 * first `/`): the provider rules ask about every annotation of every Service that the chosen
 * profile does not know, and comparing the key with the catalogue and prefixes of each other
 * profile was most of a pass on a provider.
 *
 * A profile is a candidate for a key when one of its catalogue keys, prefixes or alias prefixes
 * has the key's domain, or when one of them leaves the domain open (a prefix without `/`, a
 * pattern with a placeholder before its first `/`). Every profile for which findAnnotationSpec()
 * or hasAnnotationPrefix() can hold (profilematch.h) is a candidate; the rules still ask those.
 */
class AnnotationOwners final
{
public:
    explicit AnnotationOwners(const std::vector<std::shared_ptr<const ProviderProfile>> &profiles);

    /** The index of `profiles`, which must not change while they are shared (TargetPlatform):
     *  built once for the last set of profiles the calling thread asked about. */
    static std::shared_ptr<const AnnotationOwners> of(
        const std::vector<std::shared_ptr<const ProviderProfile>> &profiles);

    /** The positions in the set of the profiles that may own `key`, ascending. */
    const std::vector<int> &candidates(QStringView key) const;

private:
    QHash<QStringView, std::vector<int>> m_byDomain; ///< views of m_domains
    std::vector<QString> m_domains;
    std::vector<int> m_open; ///< the profiles whose keys or prefixes leave the domain open
};

} // namespace sd
