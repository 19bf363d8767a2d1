// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QList>

#include "model/domain/enums.h"
#include "model/domain/service.h"
#include "model/itemmodels/recountingtablemodel.h"
#include "model/providers/providerregistry.h"
#include "model/validation/environment.h"

namespace sd {

class ManifestDocument;
struct Fact;

/**
 * How well each provider carries the ports of the open file's LoadBalancer Services: one row per
 * provider profile of a ProviderRegistry, in the registry's order, with the number of ports whose
 * protocol that provider supports, supports on a condition, or does not support.
 *
 * A port is counted under the variant (load balancer type) the provider picks for its Service
 * (selectVariant). Its protocol's fact decides first: `yes` is supported; `conditional` is
 * supported when the Service meets the condition (conditionHolds), else conditional; `no` is
 * unsupported; `unknown` is conditional, except a TCP fact the profile does not state at all (no
 * source), which every load balancer carries and so counts as supported. Then the findings the
 * validator gives for that provider (validatePlatform) have the last word, so that the chart never
 * says more than the findings: an error means the controller refuses the Service, and a provider
 * with no load-balancer implementation creates none, so every port of it is unsupported; a
 * warning at a port makes that port at best conditional. A port without a protocol is TCP; a
 * protocol that is not one of TCP, UDP and SCTP (a decode error reported elsewhere) is not
 * counted. Services of other types are not counted.
 *
 * Read-only. Recounts after each validation pass (RecountingTableModel); the provider findings of
 * a Service are kept until the Service or the environment changes.
 */
class ProviderCompatibilityModel final : public RecountingTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,      ///< the provider's name in the current language
        SupportedColumn, ///< number of ports, an int
        ConditionalColumn,
        UnsupportedColumn,
        IdColumn, ///< the provider id (`aws`, `metallb`)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        /** The provider id of the row, in every column. */
        ProviderIdRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    /** What one provider does with the file's LoadBalancer ports. */
    struct Counts
    {
        int supported = 0;
        int conditional = 0;
        int unsupported = 0;
        int total() const { return supported + conditional + unsupported; }
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    /** The verdict of one protocol fact for one Service. */
    enum class Verdict { Supported, Conditional, Unsupported };
    static Verdict verdict(const Fact &fact, Protocol protocol, const Service &service);
    /** The verdict of each port of a LoadBalancer Service on `environment`'s provider, as above
     *  (std::nullopt: a port not counted). */
    static std::vector<std::optional<Verdict>> portVerdicts(const Service &service,
                                                            const Environment &environment);

    explicit ProviderCompatibilityModel(QObject *parent = nullptr);
    ~ProviderCompatibilityModel() override;

    /** The providers, one row each. */
    void setRegistry(ProviderRegistry registry);
    const ProviderRegistry &registry() const { return m_registry; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The provider id of a row, or an empty string. */
    QString providerId(int row) const;
    /** The row of a provider id, or -1. */
    int rowOf(const QString &id) const;
    /** The counts of a row (all 0 out of range). */
    Counts counts(int row) const;

private:
    void recount() override;

    struct Remembered
    {
        Service service;
        std::vector<std::vector<std::optional<Verdict>>> verdicts; // per profile, per port
    };

    ProviderRegistry m_registry;
    std::vector<Counts> m_counts;         // one per profile of m_registry
    std::vector<Remembered> m_remembered; // in the order of the manifest's Services
    Environment m_rememberedFor;
};

} // namespace sd
