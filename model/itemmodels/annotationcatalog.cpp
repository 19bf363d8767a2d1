// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/itemmodels/annotationcatalog.h"

#include "model/providers/profile.h"
#include "model/providers/profilematch.h"

namespace sd {

namespace {

QList<int> portNumbers(const Service &service)
{
    QList<int> numbers;
    for (const Field<ServicePort> &p : service.ports()) {
        if (p.hasValue() && p.value().port.hasValue() && !numbers.contains(p.value().port.value()))
            numbers << p.value().port.value();
    }
    return numbers;
}

} // namespace

QStringList annotationKeys(const ProviderProfile &profile, const Service &service)
{
    const QList<int> ports = portNumbers(service);
    QStringList keys;
    for (const AnnotationSpec &spec : profile.annotations) {
        // Deprecated keys, and keys only the controller writes, are not for the user to add.
        if (spec.deprecated || (spec.writtenByController && !spec.read))
            continue;
        if (!spec.isPattern()) {
            keys << spec.key;
            continue;
        }
        for (const int port : ports) {
            QString key = spec.key;
            key.replace(QStringLiteral("{port}"), QString::number(port));
            key.replace(QStringLiteral("{N}"), QString::number(port));
            keys << key;
        }
    }
    keys.removeDuplicates();
    return keys;
}

QStringList annotationValues(const ProviderProfile &profile, QStringView key)
{
    const AnnotationSpec *spec = findAnnotationSpec(profile, key);
    if (!spec)
        return {};
    if (spec->type == u"bool" || spec->type == u"parseBool")
        return {QStringLiteral("true"), QStringLiteral("false")};
    return spec->values;
}

QString annotationDescription(const ProviderProfile &profile, QStringView key)
{
    const AnnotationSpec *spec = findAnnotationSpec(profile, key);
    return spec ? spec->description.text() : QString();
}

AnnotationCatalogModel::AnnotationCatalogModel(QObject *parent)
    : QAbstractListModel(parent)
{}

AnnotationCatalogModel::~AnnotationCatalogModel() = default;

void AnnotationCatalogModel::setProfile(std::shared_ptr<const ProviderProfile> profile)
{
    m_profile = std::move(profile);
    rebuild();
}

void AnnotationCatalogModel::setService(const Service &service)
{
    if (portNumbers(service) == portNumbers(m_service))
        return;
    m_service = service;
    rebuild();
}

void AnnotationCatalogModel::rebuild()
{
    beginResetModel();
    m_keys = m_profile ? annotationKeys(*m_profile, m_service) : QStringList();
    endResetModel();
}

int AnnotationCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant AnnotationCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &key = m_keys[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return key;
    case Qt::ToolTipRole:
        return annotationDescription(*m_profile, key);
    case ValuesRole:
        return annotationValues(*m_profile, key);
    case TypeRole: {
        const AnnotationSpec *spec = findAnnotationSpec(*m_profile, key);
        return spec ? spec->type : QString();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationCatalogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ValuesRole, "values");
    names.insert(TypeRole, "type");
    return names;
}

} // namespace sd
