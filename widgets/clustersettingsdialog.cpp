// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/clustersettingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "model/validation/syntax.h"
#include "widgets/fieldmarkers.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// kube-apiserver's default --service-node-port-range, offered when the range is switched on.
constexpr int kDefaultNodePortMin = 30000;
constexpr int kDefaultNodePortMax = 32767;

QSpinBox *portSpinBox(QWidget *parent, const QString &name, int value)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, 65535);
    box->setValue(value);
    return box;
}

} // namespace

ClusterSettingsDialog::ClusterSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_cidrLabel(new QLabel(this))
    , m_cidrs(new QPlainTextEdit(this))
    , m_cidrHint(new QLabel(this))
    , m_range(new QGroupBox(this))
    , m_minLabel(new QLabel(m_range))
    , m_min(portSpinBox(m_range, u"nodePortMin"_s, kDefaultNodePortMin))
    , m_maxLabel(new QLabel(m_range))
    , m_max(portSpinBox(m_range, u"nodePortMax"_s, kDefaultNodePortMax))
    , m_network(new QGroupBox(this))
    , m_sctp(new QCheckBox(m_network))
    , m_multihomed(new QCheckBox(m_network))
    , m_errors(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_cidrs->setObjectName(u"serviceCidrs"_s);
    m_cidrs->setTabChangesFocus(true);
    m_cidrs->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_cidrs->setPlaceholderText(u"10.96.0.0/12\nfd00:10:96::/112"_s); // examples, not words
    // Room for three lines: clusters have one or two ranges (IPv4 and IPv6).
    m_cidrs->setFixedHeight(fontMetrics().lineSpacing() * 3 + 2 * m_cidrs->frameWidth() + 12);
    m_cidrLabel->setBuddy(m_cidrs);
    m_cidrHint->setWordWrap(true);
    m_cidrHint->setForegroundRole(QPalette::PlaceholderText);

    m_range->setObjectName(u"nodePortRange"_s);
    m_range->setCheckable(true);
    m_range->setChecked(false);
    m_minLabel->setBuddy(m_min);
    m_maxLabel->setBuddy(m_max);
    auto *rangeLayout = new QHBoxLayout(m_range);
    rangeLayout->addWidget(m_minLabel);
    rangeLayout->addWidget(m_min);
    rangeLayout->addSpacing(12);
    rangeLayout->addWidget(m_maxLabel);
    rangeLayout->addWidget(m_max);
    rangeLayout->addStretch(1);

    m_sctp->setObjectName(u"cniSctp"_s);
    m_multihomed->setObjectName(u"cniMultihomed"_s);
    auto *networkLayout = new QVBoxLayout(m_network);
    networkLayout->addWidget(m_sctp);
    networkLayout->addWidget(m_multihomed);

    m_errors->setObjectName(u"clusterErrors"_s);
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_errors->palette();
    errorPalette.setColor(QPalette::WindowText, severityColor(Severity::Error, palette()));
    m_errors->setPalette(errorPalette);

    auto *form = new QFormLayout;
    form->addRow(m_cidrLabel, m_cidrs);
    form->addRow(QString(), m_cidrHint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_range);
    layout->addWidget(m_network);
    layout->addWidget(m_errors);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClusterSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClusterSettingsDialog::reject);
    connect(m_cidrs, &QPlainTextEdit::textChanged, this, &ClusterSettingsDialog::updateErrors);
    connect(m_range, &QGroupBox::toggled, this, &ClusterSettingsDialog::updateErrors);
    connect(m_min, &QSpinBox::valueChanged, this, &ClusterSettingsDialog::updateErrors);
    connect(m_max, &QSpinBox::valueChanged, this, &ClusterSettingsDialog::updateErrors);

    retranslateUi();
    setEnvironment({}); // the defaults: nothing known, a plugin with SCTP
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

ClusterSettingsDialog::~ClusterSettingsDialog() = default;

void ClusterSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Cluster Settings"));
    m_cidrLabel->setText(tr("Service &CIDRs:"));
    // The flag stays on one line (non-breaking hyphens): split, it is hard to search for.
    QString flag = u"--service-cluster-ip-range"_s;
    flag.replace(u'-', QChar(0x2011));
    m_cidrHint->setText(tr("One range per line, as kube-apiserver's %1 has them; empty when "
                           "unknown.")
                            .arg(flag));
    m_range->setTitle(tr("&Node-port range (--service-node-port-range)"));
    m_minLabel->setText(tr("&From:"));
    m_maxLabel->setText(tr("&To:"));
    m_network->setTitle(tr("Network plugin"));
    m_sctp->setText(tr("Supports &SCTP"));
    m_multihomed->setText(tr("Pods have several network &interfaces (Multus and the like)"));
    updateErrors();
}

void ClusterSettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ClusterSettingsDialog::setEnvironment(const Environment &environment)
{
    const ClusterSettings &cluster = environment.cluster;
    m_cidrs->setPlainText(cluster.serviceCidrs.join(u'\n'));
    m_range->setChecked(cluster.knowsNodePortRange());
    m_min->setValue(cluster.nodePortMin.value_or(kDefaultNodePortMin));
    m_max->setValue(cluster.nodePortMax.value_or(kDefaultNodePortMax));
    m_sctp->setChecked(environment.platform.cniSctp);
    m_multihomed->setChecked(environment.platform.cniMultihomed);
    updateErrors();
}

Environment ClusterSettingsDialog::applyTo(Environment environment) const
{
    ClusterSettings &cluster = environment.cluster;
    cluster.serviceCidrs = cidrs();
    cluster.nodePortMin.reset();
    cluster.nodePortMax.reset();
    if (m_range->isChecked()) {
        cluster.nodePortMin = m_min->value();
        cluster.nodePortMax = m_max->value();
    }
    environment.platform.cniSctp = m_sctp->isChecked();
    environment.platform.cniMultihomed = m_multihomed->isChecked();
    return environment;
}

// The non-blank lines, without the blanks around them.
QStringList ClusterSettingsDialog::cidrs() const
{
    QStringList out;
    const QStringList lines = m_cidrs->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (const QString cidr = line.trimmed(); !cidr.isEmpty())
            out << cidr;
    }
    return out;
}

QStringList ClusterSettingsDialog::errors() const
{
    QStringList out;
    const QStringList lines = m_cidrs->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString cidr = lines[i].trimmed();
        if (cidr.isEmpty())
            continue;
        for (const QString &error : syntax::cidrErrors(cidr))
            out << tr("Line %1: “%2” %3").arg(QString::number(i + 1), cidr, error);
    }
    if (m_range->isChecked() && m_min->value() > m_max->value())
        out << tr("The node-port range ends before it starts.");
    return out;
}

void ClusterSettingsDialog::updateErrors()
{
    const QStringList found = errors();
    m_errors->setText(found.join(u'\n'));
    m_errors->setVisible(!found.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

void ClusterSettingsDialog::accept()
{
    if (!errors().isEmpty())
        return;
    QDialog::accept();
}

} // namespace sd
