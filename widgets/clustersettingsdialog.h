// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "model/validation/environment.h"

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace sd {

/**
 * Asks what the validator may know of the cluster: its Service CIDRs (one per line), its
 * node-port range (or none), and what the network plugin can do (SCTP, several interfaces per
 * pod). Each CIDR is checked with syntax::cidrErrors() as the user types; OK stays disabled, and
 * accept() refuses, while anything is wrong.
 *
 * Child object names: "serviceCidrs", "nodePortRange" (a checkable group), "nodePortMin",
 * "nodePortMax", "cniSctp", "cniMultihomed", "clusterErrors".
 */
class ClusterSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ClusterSettingsDialog(QWidget *parent = nullptr);
    ~ClusterSettingsDialog() override;

    /** Shows the cluster settings and network-plugin choices of `environment`. */
    void setEnvironment(const Environment &environment);
    /** `environment` with the cluster settings and network-plugin choices of the dialog. */
    Environment applyTo(Environment environment) const;

    /** What keeps the input from being applied, one sentence each; empty when it can be. */
    QStringList errors() const;

    /** Closes the dialog with Accepted unless errors() says why not. */
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateErrors();
    QStringList cidrs() const;

    QLabel *m_cidrLabel;
    QPlainTextEdit *m_cidrs;
    QLabel *m_cidrHint;
    QGroupBox *m_range;
    QLabel *m_minLabel;
    QSpinBox *m_min;
    QLabel *m_maxLabel;
    QSpinBox *m_max;
    QGroupBox *m_network;
    QCheckBox *m_sctp;
    QCheckBox *m_multihomed;
    QLabel *m_errors;
    QDialogButtonBox *m_buttons;
};

} // namespace sd
