// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/proxyheaderview.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "model/teaching/proxyheader.h"
#include "model/validation/finding.h"
#include "widgets/fieldmarkers.h"

namespace sd {

ProxyHeaderView::ProxyHeaderView(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel)
    , m_intro(new QLabel)
    , m_sourceLabel(new QLabel)
    , m_destinationLabel(new QLabel)
    , m_versionLabel(new QLabel)
    , m_transportLabel(new QLabel)
    , m_source(new QLineEdit(QStringLiteral("192.0.2.202:12345")))
    , m_destination(new QLineEdit(QStringLiteral("10.0.42.7:443")))
    , m_version(new QComboBox)
    , m_transport(new QComboBox)
    , m_lineView(new QLabel)
    , m_dump(new QPlainTextEdit)
    , m_errorView(new QLabel)
{
    setObjectName(QStringLiteral("proxyHeaderView"));
    m_status->setObjectName(QStringLiteral("proxyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    QFont strong = m_status->font();
    strong.setBold(true);
    m_status->setFont(strong);
    m_status->hide(); // until a port is followed
    m_source->setObjectName(QStringLiteral("proxySource"));
    m_destination->setObjectName(QStringLiteral("proxyDestination"));
    m_version->setObjectName(QStringLiteral("proxyVersion"));
    m_transport->setObjectName(QStringLiteral("proxyTransport"));
    m_lineView->setObjectName(QStringLiteral("proxyLine"));
    m_dump->setObjectName(QStringLiteral("proxyDump"));
    m_errorView->setObjectName(QStringLiteral("proxyError"));

    m_version->addItem(QString(), 1);
    m_version->addItem(QString(), 2);
    m_version->setCurrentIndex(0);
    // Protocol names are the API's spelling, not translated.
    m_transport->addItem(QStringLiteral("TCP"), int(ProxyTransport::Tcp));
    m_transport->addItem(QStringLiteral("UDP"), int(ProxyTransport::Udp));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Hangul in the meanings falls back per line otherwise, and the columns before it shift.
    mono.setFamilies({mono.family(), QStringLiteral("Noto Sans Mono CJK KR")});
    m_lineView->setFont(mono);
    m_lineView->setTextFormat(Qt::PlainText);
    m_lineView->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lineView->setWordWrap(true);
    m_dump->setFont(mono);
    m_dump->setReadOnly(true);
    m_dump->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_errorView->setWordWrap(true);
    m_errorView->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_sourceLabel->setBuddy(m_source);
    m_destinationLabel->setBuddy(m_destination);
    m_versionLabel->setBuddy(m_version);
    m_transportLabel->setBuddy(m_transport);

    auto *form = new QFormLayout;
    form->addRow(m_sourceLabel, m_source);
    form->addRow(m_destinationLabel, m_destination);
    form->addRow(m_versionLabel, m_version);
    form->addRow(m_transportLabel, m_transport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_lineView);
    // One of the two is shown; either takes the room below the form.
    layout->addWidget(m_errorView, 1, Qt::AlignTop);
    layout->addWidget(m_dump, 1);

    connect(m_source, &QLineEdit::textChanged, this, &ProxyHeaderView::rebuild);
    connect(m_destination, &QLineEdit::textChanged, this, &ProxyHeaderView::rebuild);
    connect(m_version, &QComboBox::currentIndexChanged, this, &ProxyHeaderView::rebuild);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &ProxyHeaderView::rebuild);
    retranslateUi();
}

int ProxyHeaderView::version() const
{
    return m_version->currentData().toInt();
}

QString ProxyHeaderView::dump() const
{
    return m_errorText.isEmpty() ? m_dump->toPlainText() : QString();
}

void ProxyHeaderView::setVersion(int version)
{
    const int index = m_version->findData(version);
    if (index >= 0)
        m_version->setCurrentIndex(index);
}

void ProxyHeaderView::setUdp(bool udp)
{
    m_transport->setCurrentIndex(
        m_transport->findData(int(udp ? ProxyTransport::Udp : ProxyTransport::Tcp)));
}

QString ProxyHeaderView::status() const
{
    return m_status->text();
}

void ProxyHeaderView::setContext(const ConnectionPathView::ProxyContext &context)
{
    m_status->setText(context.status);
    m_status->setVisible(!context.status.isEmpty());
    if (context.port > 0) {
        // The sample load balancer listens on the Service's port, over its transport.
        const QString text = m_destination->text().trimmed();
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon > 0 && parseProxyEndpoint(text))
            m_destination->setText(text.left(colon + 1) + QString::number(context.port));
        setUdp(context.udp);
    }
    if (context.added && context.version > 0)
        setVersion(context.version);
    else if (context.udp && version() == 1)
        setVersion(2); // version 1 has no UDP: the old choice would only show an error
}

void ProxyHeaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ProxyHeaderView::retranslateUi()
{
    m_intro->setText(tr("What the workload receives from the load balancer before the client's "
                        "first byte, for these sample addresses:"));
    m_sourceLabel->setText(tr("&Client (source):"));
    m_destinationLabel->setText(tr("&Load balancer (destination):"));
    m_versionLabel->setText(tr("PROXY protocol &version:"));
    m_transportLabel->setText(tr("&Transport:"));
    m_source->setToolTip(tr("An address and port: 192.0.2.1:443 or [2001:db8::1]:443"));
    m_destination->setToolTip(m_source->toolTip());
    m_version->setItemText(0, tr("1 (text)"));
    m_version->setItemText(1, tr("2 (binary)"));
    rebuild();
}

void ProxyHeaderView::rebuild()
{
    m_line.clear();
    m_errorText.clear();
    const auto source = parseProxyEndpoint(m_source->text().trimmed());
    const auto destination = parseProxyEndpoint(m_destination->text().trimmed());
    ProxyHeaderResult result;
    if (!source)
        m_errorText = tr("The client address is not an IPv4 or IPv6 address with a port.");
    else if (!destination)
        m_errorText = tr("The load balancer address is not an IPv4 or IPv6 address with a port.");
    else {
        result = buildProxyHeader(version(),
                                  *source,
                                  *destination,
                                  ProxyTransport(m_transport->currentData().toInt()));
        if (!result.header)
            m_errorText = result.error;
    }

    const bool ok = m_errorText.isEmpty();
    m_errorView->setVisible(!ok);
    m_dump->setVisible(ok);
    m_lineView->setVisible(ok && version() == 1);
    if (!ok) {
        QPalette errorPalette = m_errorView->palette();
        errorPalette.setColor(QPalette::WindowText, severityColor(Severity::Error, palette()));
        m_errorView->setPalette(errorPalette);
        m_errorView->setText(m_errorText);
        m_lineView->clear();
        m_dump->clear();
        return;
    }
    if (version() == 1) {
        m_line = QString::fromLatin1(result.header->bytes);
        QString shown = m_line;
        shown.replace(QStringLiteral("\r"), QStringLiteral("\\r"))
            .replace(QStringLiteral("\n"), QStringLiteral("\\n"));
        m_lineView->setText(shown);
    }
    m_dump->setPlainText(annotatedDump(*result.header));
}

} // namespace sd
