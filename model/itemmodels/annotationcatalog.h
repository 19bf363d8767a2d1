// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QAbstractListModel>
#include <QStringList>

#include "model/domain/service.h"

namespace sd {

struct ProviderProfile;

/**
 * The annotation keys of a provider's catalogue to offer while typing a key: every key that is
 * not deprecated, in catalogue order, with the placeholders of pattern keys (`{port}`, `{N}`)
 * filled in with each port number of `service` (a pattern is left out when it has no ports).
 */
QStringList annotationKeys(const ProviderProfile &profile, const Service &service);
/** The values to offer for `key`: "true" and "false" for a bool, the catalogue's values for an
 *  enum (and its suggested values for other types); empty when free text. Pattern and alias
 *  keys are found as the validator finds them. */
QStringList annotationValues(const ProviderProfile &profile, QStringView key);
/** The catalogue's description of `key` in the installed language, or an empty string. */
QString annotationDescription(const ProviderProfile &profile, QStringView key);

/**
 * annotationKeys() as a list model, for a QCompleter on the key column: Qt::DisplayRole and
 * Qt::EditRole the key, Qt::ToolTipRole the description. Update it with setProfile() when the
 * provider changes and setService() when the ports change.
 */
class AnnotationCatalogModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        /** QStringList: annotationValues() of the key. */
        ValuesRole = Qt::UserRole + 1,
        /** The catalogue type (`string`, `bool`, `enum`, `int`, ...). */
        TypeRole,
    };
    Q_ENUM(Role)

    explicit AnnotationCatalogModel(QObject *parent = nullptr);
    ~AnnotationCatalogModel() override;

    /** The provider whose catalogue to list (nullptr: none). */
    void setProfile(std::shared_ptr<const ProviderProfile> profile);
    /** The Service whose port numbers fill in pattern keys. */
    void setService(const Service &service);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();

    std::shared_ptr<const ProviderProfile> m_profile;
    Service m_service;
    QStringList m_keys;
};

} // namespace sd
