// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "widgets/connectionpathview.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sd {

/**
 * What a workload behind PROXY protocol receives before the client's first byte, built from
 * sample addresses the user can edit (sd::buildProxyHeader()). Version 1 shows the text line with
 * CR LF spelled out; both versions show the annotated dump. What the specification refuses (v1
 * with UDP, mixed address families, an address that does not parse) shows why instead.
 * It follows the selected port (setContext()): it says whether and why a PROXY header is added
 * there, takes the port's number and transport and the version the provider sends, and gives
 * up a version that the new transport makes impossible.
 * Object name "proxyHeaderView"; children "proxyStatus" (QLabel), "proxySource",
 * "proxyDestination" (QLineEdit),
 * "proxyVersion", "proxyTransport" (QComboBox), "proxyLine" (QLabel), "proxyDump"
 * (QPlainTextEdit), "proxyError" (QLabel).
 */
class ProxyHeaderView final : public QWidget
{
    Q_OBJECT

public:
    explicit ProxyHeaderView(QWidget *parent = nullptr);

    /** Whether and why the selected port gets a PROXY header, as shown. */
    QString status() const;

    int version() const;
    /** The header as text, exactly as sent, for version 1 (with a real CR LF); empty for
     *  version 2 and on an error. */
    QString headerLine() const { return m_line; }
    /** The annotated dump shown; empty on an error. */
    QString dump() const;
    /** Why there is no header; empty when there is one. */
    QString error() const { return m_errorText; }

public Q_SLOTS:
    /** Chooses the PROXY protocol version (1 or 2; other values are ignored), for instance the
     *  one the chosen provider sends. */
    void setVersion(int version);
    /** Chooses the transport: false for TCP, true for UDP. */
    void setUdp(bool udp);
    /** Follows the selected port: its status sentence, port, transport and PROXY version. */
    void setContext(const sd::ConnectionPathView::ProxyContext &context);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    QLabel *m_status;
    QLabel *m_intro;
    QLabel *m_sourceLabel;
    QLabel *m_destinationLabel;
    QLabel *m_versionLabel;
    QLabel *m_transportLabel;
    QLineEdit *m_source;
    QLineEdit *m_destination;
    QComboBox *m_version;
    QComboBox *m_transport;
    QLabel *m_lineView;
    QPlainTextEdit *m_dump;
    QLabel *m_errorView;
    QString m_line;
    QString m_errorText;
};

} // namespace sd
