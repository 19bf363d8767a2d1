// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolBar>

#include "model/providers/providerregistry.h"
#include "model/validation/environment.h"

class QAction;
class QComboBox;
class QLabel;

namespace sd {

/**
 * Where the Services will run, chosen in the window's tool bar: the provider (from a
 * ProviderRegistry; each entry's tooltip is the profile's description and its source), the node
 * OS, the Kubernetes version, and a "Cluster…" button for ClusterSettingsDialog.
 *
 * Remembers the choices in QSettings (group "environment"): the constructor restores them, and
 * every change stores them. Child object names: "providerCombo", "nodeOsCombo", "versionCombo",
 * "clusterAction".
 */
class EnvironmentToolBar final : public QToolBar
{
    Q_OBJECT

public:
    /** Offers the profiles of `registry` (shared, not copied), in its order. */
    explicit EnvironmentToolBar(ProviderRegistry registry, QWidget *parent = nullptr);
    ~EnvironmentToolBar() override;
    /** Offers the bundled profiles and the user's own. A broken profile of the user's is
     *  skipped, and named in profileProblems() and in the tooltip of the toolbar. */
    static EnvironmentToolBar *withInstalledProfiles(QWidget *parent);
    /** The user's profiles that could not be read (`file:line:column: field: message`). */
    QStringList profileProblems() const { return m_problems; }

    /** The chosen environment; `platform.knownProviders` is every profile of the registry. */
    Environment environment() const;
    /** Shows `environment` and stores it. A provider the registry does not know (or none) selects
     *  "generic", or else the first profile. Emits environmentChanged() when anything differs. */
    void setEnvironment(const Environment &environment);

    const ProviderRegistry &registry() const { return m_registry; }

    /** Opens ClusterSettingsDialog (window-modal, without blocking); OK applies its settings. */
    void editClusterSettings();

Q_SIGNALS:
    /** The user (or setEnvironment()) changed something. */
    void environmentChanged(const sd::Environment &environment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateProviderTexts();
    void selectProvider(const QString &id);
    void apply(const Environment &environment);
    void changed();
    void restoreSettings();
    void saveSettings() const;

    ProviderRegistry m_registry;
    QLabel *m_providerLabel;
    QComboBox *m_provider;
    QLabel *m_nodeOsLabel;
    QComboBox *m_nodeOs;
    QLabel *m_versionLabel;
    QComboBox *m_version;
    QAction *m_clusterAction;
    // What only the dialog shows: the cluster settings and the network-plugin choices.
    Environment m_cluster;
    QStringList m_problems;
};

} // namespace sd
