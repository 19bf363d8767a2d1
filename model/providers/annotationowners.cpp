// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/providers/annotationowners.h"

#include <algorithm>
#include <optional>

namespace sd {

namespace {

// `service.beta.kubernetes.io/` of `service.beta.kubernetes.io/aws-load-balancer-type`; empty for
// a key without `/`.
QStringView domainOf(QStringView key)
{
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 ? QStringView() : key.left(slash + 1);
}

// The domain every key that starts with `start` has, or nullopt when keys of several domains
// start with it (`start` has no `/`).
std::optional<QStringView> domainOfStart(QStringView start)
{
    if (!start.contains(u'/'))
        return std::nullopt;
    return domainOf(start);
}

} // namespace

AnnotationOwners::AnnotationOwners(
    const std::vector<std::shared_ptr<const ProviderProfile>> &profiles)
{
    std::vector<std::pair<QString, int>> owned; // domain, position
    for (int i = 0; i < int(profiles.size()); ++i) {
        const ProviderProfile *p = profiles[size_t(i)].get();
        if (!p)
            continue;
        bool open = false;
        const auto add = [&](std::optional<QStringView> domain) {
            if (domain)
                owned.emplace_back(domain->toString(), i);
            else
                open = true;
        };
        for (const AnnotationSpec &spec : p->annotations) {
            // A pattern's placeholders match digits or capitals, never a `/`.
            const qsizetype brace = spec.key.indexOf(u'{');
            add(brace < 0 ? std::optional<QStringView>(domainOf(spec.key))
                          : domainOfStart(QStringView(spec.key).left(brace)));
        }
        for (const QString &prefix : p->annotationPrefixes) {
            if (!prefix.isEmpty())
                add(domainOfStart(prefix));
        }
        for (const AnnotationAlias &alias : p->annotationAliases) {
            if (!alias.prefix.isEmpty())
                add(domainOfStart(alias.prefix));
        }
        if (open)
            m_open.push_back(i);
    }
    m_domains.reserve(owned.size());
    for (const auto &[domain, position] : owned) {
        auto it = m_byDomain.find(domain);
        if (it == m_byDomain.end()) {
            m_domains.push_back(domain);
            it = m_byDomain.insert(m_domains.back(), m_open);
        }
        if (std::find(it->begin(), it->end(), position) == it->end()) {
            it->insert(std::upper_bound(it->begin(), it->end(), position), position);
        }
    }
}

std::shared_ptr<const AnnotationOwners> AnnotationOwners::of(
    const std::vector<std::shared_ptr<const ProviderProfile>> &profiles)
{
    // The profiles by identity: a weak pointer keeps its control block, so another profile
    // cannot take its place unnoticed.
    struct Last
    {
        std::vector<std::weak_ptr<const ProviderProfile>> profiles;
        std::shared_ptr<const AnnotationOwners> owners;
    };
    thread_local Last last;
    const auto same = [&] {
        if (!last.owners || last.profiles.size() != profiles.size())
            return false;
        for (size_t i = 0; i < profiles.size(); ++i) {
            if (last.profiles[i].owner_before(profiles[i])
                || profiles[i].owner_before(last.profiles[i]))
                return false;
        }
        return true;
    };
    if (!same()) {
        last.profiles.assign(profiles.begin(), profiles.end());
        last.owners = std::make_shared<const AnnotationOwners>(profiles);
    }
    return last.owners;
}

const std::vector<int> &AnnotationOwners::candidates(QStringView key) const
{
    const auto it = m_byDomain.constFind(domainOf(key));
    return it != m_byDomain.cend() ? *it : m_open;
}

} // namespace sd
