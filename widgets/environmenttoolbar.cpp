// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/environmenttoolbar.h"

#include <array>
#include <optional>

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QSettings>

#include "resources/resources.h"
#include "widgets/clustersettingsdialog.h"
#include "widgets/provenancetext.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// The spellings in the settings file (and on the command line: `--kubernetes-version 1.33`,
// `--node-os linux`).
struct VersionName
{
    KubernetesVersion version;
    QStringView name;
};
constexpr std::array kVersions{VersionName{KubernetesVersion::V1_31, u"1.31"},
                               VersionName{KubernetesVersion::V1_32, u"1.32"},
                               VersionName{KubernetesVersion::V1_33, u"1.33"}};

// The node OS choices: their spelling in the settings file, their name and tooltip.
struct NodeOsName
{
    NodeOs os;
    QStringView name;
    const char *text;
    const char *toolTip;
};
constexpr std::array
    kNodeOses{NodeOsName{NodeOs::Linux,
                         u"linux",
                         QT_TRANSLATE_NOOP("sd::EnvironmentToolBar", "Linux"),
                         QT_TRANSLATE_NOOP("sd::EnvironmentToolBar", "Every node runs Linux.")},
              NodeOsName{NodeOs::Windows,
                         u"windows",
                         QT_TRANSLATE_NOOP("sd::EnvironmentToolBar", "Windows"),
                         QT_TRANSLATE_NOOP("sd::EnvironmentToolBar", "Every node runs Windows.")},
              NodeOsName{NodeOs::Mixed,
                         u"mixed",
                         QT_TRANSLATE_NOOP("sd::EnvironmentToolBar", "Mixed"),
                         QT_TRANSLATE_NOOP("sd::EnvironmentToolBar",
                                           "Some nodes run Linux, some Windows.")}};

constexpr QStringView kFallbackProvider = u"generic";

// Everything the user chooses, comparable: whether a change is a change, and what is stored.
struct Choices
{
    QString provider;
    KubernetesVersion version = KubernetesVersion::V1_33;
    NodeOs nodeOs = NodeOs::Linux;
    QStringList serviceCidrs;
    std::optional<int> nodePortMin;
    std::optional<int> nodePortMax;
    bool cniSctp = true;
    bool cniMultihomed = false;

    friend bool operator==(const Choices &, const Choices &) = default;
};

Choices choicesOf(const Environment &e)
{
    return {e.platform.provider ? e.platform.provider->id : QString(),
            e.version,
            e.platform.nodeOs,
            e.cluster.serviceCidrs,
            e.cluster.nodePortMin,
            e.cluster.nodePortMax,
            e.platform.cniSctp,
            e.platform.cniMultihomed};
}

std::optional<int> optionalInt(const QVariant &value)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    return value.isValid() && ok ? std::optional<int>(number) : std::nullopt;
}

QComboBox *comboBox(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

EnvironmentToolBar::EnvironmentToolBar(ProviderRegistry registry, QWidget *parent)
    : QToolBar(parent)
    , m_registry(std::move(registry))
    , m_providerLabel(new QLabel(this))
    , m_provider(comboBox(this, u"providerCombo"_s))
    , m_nodeOsLabel(new QLabel(this))
    , m_nodeOs(comboBox(this, u"nodeOsCombo"_s))
    , m_versionLabel(new QLabel(this))
    , m_version(comboBox(this, u"versionCombo"_s))
{
    setObjectName(u"environmentToolBar"_s); // for QMainWindow::saveState
    for (const auto &profile : m_registry.profiles())
        m_provider->addItem(QString(), profile->id);
    for (const NodeOsName &os : kNodeOses)
        m_nodeOs->addItem(QString(), int(os.os));
    for (const VersionName &version : kVersions)
        m_version->addItem(version.name.toString(), int(version.version));
    m_providerLabel->setBuddy(m_provider);
    m_nodeOsLabel->setBuddy(m_nodeOs);
    m_versionLabel->setBuddy(m_version);

    const auto labelled = [this](QLabel *label, QComboBox *combo) {
        label->setContentsMargins(6, 0, 4, 0);
        addWidget(label);
        addWidget(combo);
    };
    labelled(m_providerLabel, m_provider);
    labelled(m_nodeOsLabel, m_nodeOs);
    labelled(m_versionLabel, m_version);
    addSeparator();
    m_clusterAction = addAction(QString(), this, &EnvironmentToolBar::editClusterSettings);
    m_clusterAction->setObjectName(u"clusterAction"_s);

    retranslateUi();
    restoreSettings();

    for (QComboBox *combo : {m_provider, m_nodeOs, m_version})
        connect(combo, &QComboBox::activated, this, &EnvironmentToolBar::changed);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_provider->setToolTip(m_provider->itemData(index, Qt::ToolTipRole).toString());
    });
    m_provider->setToolTip(m_provider->currentData(Qt::ToolTipRole).toString());
}

EnvironmentToolBar::~EnvironmentToolBar() = default;

EnvironmentToolBar *EnvironmentToolBar::withInstalledProfiles(QWidget *parent)
{
    std::vector<ProfileError> errors;
    auto *bar = new EnvironmentToolBar(ProviderRegistry::withBuiltIns(providerProfilesPath(),
                                                                      true,
                                                                      &errors),
                                       parent);
    for (const ProfileError &e : errors)
        bar->m_problems << e.toString();
    if (!bar->m_problems.isEmpty())
        bar->setToolTip(bar->m_problems.join(u'\n'));
    return bar;
}

void EnvironmentToolBar::retranslateUi()
{
    setWindowTitle(tr("Environment"));
    m_providerLabel->setText(tr("&Provider:"));
    m_nodeOsLabel->setText(tr("&Nodes:"));
    m_versionLabel->setText(tr("&Kubernetes:"));
    for (size_t i = 0; i < kNodeOses.size(); ++i) { // the combo has them in this order
        m_nodeOs->setItemText(int(i), tr(kNodeOses[i].text));
        m_nodeOs->setItemData(int(i), tr(kNodeOses[i].toolTip), Qt::ToolTipRole);
    }
    m_nodeOs->setToolTip(tr("The operating system of the cluster's nodes"));
    m_version->setToolTip(tr("The Kubernetes version whose API server rules apply"));
    m_clusterAction->setText(tr("Cluster…"));
    m_clusterAction->setToolTip(tr("Service CIDRs, node-port range and network plugin"));
    updateProviderTexts();
}

// Profile names and descriptions come in the profile's own English and Korean.
void EnvironmentToolBar::updateProviderTexts()
{
    for (int i = 0; i < m_provider->count(); ++i) {
        const auto profile = m_registry.find(m_provider->itemData(i).toString());
        if (!profile)
            continue;
        m_provider->setItemText(i, profile->name.text());
        m_provider->setItemData(i,
                                toolTipWithSource({profile->description.text()},
                                                  profile->provenance),
                                Qt::ToolTipRole);
    }
    m_provider->setToolTip(m_provider->currentData(Qt::ToolTipRole).toString());
}

void EnvironmentToolBar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

Environment EnvironmentToolBar::environment() const
{
    Environment e = m_cluster;
    e.version = KubernetesVersion(m_version->currentData().toInt());
    e.platform.nodeOs = NodeOs(m_nodeOs->currentData().toInt());
    e.platform.provider = m_registry.find(m_provider->currentData().toString());
    e.platform.knownProviders = m_registry.profiles();
    return e;
}

void EnvironmentToolBar::setEnvironment(const Environment &environment)
{
    const Choices before = choicesOf(this->environment());
    apply(environment);
    saveSettings();
    if (choicesOf(this->environment()) != before)
        Q_EMIT environmentChanged(this->environment());
}

void EnvironmentToolBar::selectProvider(const QString &id)
{
    int index = m_provider->findData(id);
    if (index < 0)
        index = m_provider->findData(kFallbackProvider.toString());
    m_provider->setCurrentIndex(index < 0 ? 0 : index);
}

// Shows `environment` without telling anyone.
void EnvironmentToolBar::apply(const Environment &environment)
{
    selectProvider(environment.platform.provider ? environment.platform.provider->id : QString());
    m_nodeOs->setCurrentIndex(std::max(0, m_nodeOs->findData(int(environment.platform.nodeOs))));
    m_version->setCurrentIndex(std::max(0, m_version->findData(int(environment.version))));
    m_cluster = environment;
}

void EnvironmentToolBar::changed()
{
    saveSettings();
    Q_EMIT environmentChanged(environment());
}

void EnvironmentToolBar::editClusterSettings()
{
    auto *dialog = new ClusterSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEnvironment(m_cluster);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setEnvironment(dialog->applyTo(environment()));
    });
    dialog->open();
}

void EnvironmentToolBar::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"environment"_s);
    Environment e;
    e.platform.provider = m_registry.find(settings.value(u"provider"_s).toString());
    const QString version = settings.value(u"kubernetesVersion"_s).toString();
    for (const VersionName &v : kVersions) {
        if (v.name == version)
            e.version = v.version;
    }
    const QString nodeOs = settings.value(u"nodeOs"_s).toString();
    for (const NodeOsName &os : kNodeOses) {
        if (os.name == nodeOs)
            e.platform.nodeOs = os.os;
    }
    e.cluster.serviceCidrs = settings.value(u"serviceCidrs"_s).toStringList();
    e.cluster.nodePortMin = optionalInt(settings.value(u"nodePortMin"_s));
    e.cluster.nodePortMax = optionalInt(settings.value(u"nodePortMax"_s));
    e.platform.cniSctp = settings.value(u"cniSctp"_s, e.platform.cniSctp).toBool();
    e.platform.cniMultihomed = settings.value(u"cniMultihomed"_s, e.platform.cniMultihomed).toBool();
    apply(e);
}

void EnvironmentToolBar::saveSettings() const
{
    const Choices c = choicesOf(environment());
    QSettings settings;
    settings.beginGroup(u"environment"_s);
    settings.setValue(u"provider"_s, c.provider);
    for (const VersionName &v : kVersions) {
        if (v.version == c.version)
            settings.setValue(u"kubernetesVersion"_s, v.name.toString());
    }
    for (const NodeOsName &os : kNodeOses) {
        if (os.os == c.nodeOs)
            settings.setValue(u"nodeOs"_s, os.name.toString());
    }
    settings.setValue(u"serviceCidrs"_s, c.serviceCidrs);
    for (const auto &[key, value] :
         {std::pair{u"nodePortMin"_s, c.nodePortMin}, std::pair{u"nodePortMax"_s, c.nodePortMax}}) {
        if (value)
            settings.setValue(key, *value);
        else
            settings.remove(key);
    }
    settings.setValue(u"cniSctp"_s, c.cniSctp);
    settings.setValue(u"cniMultihomed"_s, c.cniMultihomed);
}

} // namespace sd
