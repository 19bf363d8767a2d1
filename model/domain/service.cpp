// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/service.h"

namespace sd {

const Field<QString> *StringMap::find(QStringView key) const
{
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->key == key)
            return &it->value;
    }
    return nullptr;
}

void StringMap::set(const QString &key, const QString &value)
{
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        if (it->key == key) {
            it->value.set(value);
            return;
        }
    }
    entries.push_back(StringMapEntry{key, Field<QString>(value), {}});
}

bool StringMap::remove(QStringView key)
{
    const auto old = entries.size();
    std::erase_if(entries, [key](const StringMapEntry &e) { return e.key == key; });
    return entries.size() != old;
}

QString Service::name() const
{
    const ObjectMeta *meta = metadata.get();
    return meta ? meta->name.valueOr({}) : QString();
}

QString Service::namespaceName() const
{
    const ObjectMeta *meta = metadata.get();
    return meta ? meta->namespaceName.valueOr({}) : QString();
}

const List<ServicePort> &Service::ports() const
{
    static const List<ServicePort> none;
    const ServiceSpec *s = spec.get();
    return s && s->ports.hasValue() ? s->ports.value() : none;
}

ServiceType Service::effectiveType() const
{
    const ServiceSpec *s = spec.get();
    return s ? s->type.valueOr(ServiceType::ClusterIP) : ServiceType::ClusterIP;
}

ServiceSpec &Service::editSpec()
{
    if (!spec.hasValue())
        spec.set(ServiceSpec());
    return spec.value();
}

ObjectMeta &Service::editMetadata()
{
    if (!metadata.hasValue())
        metadata.set(ObjectMeta());
    return metadata.value();
}

const ServiceSpec &Service::specOrEmpty() const
{
    static const ServiceSpec empty;
    return spec.hasValue() ? spec.value() : empty;
}

const ObjectMeta &Service::metadataOrEmpty() const
{
    static const ObjectMeta empty;
    return metadata.hasValue() ? metadata.value() : empty;
}

} // namespace sd
