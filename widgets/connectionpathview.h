// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QString>
#include <QWidget>

#include "model/domain/service.h"

namespace sd {

struct ProfileVariant;
struct ProviderProfile;

/**
 * The way a connection takes to the selected port of a Service, drawn as boxes with arrows:
 * client → load balancer (type LoadBalancer) → node port (NodePort, and LoadBalancer unless
 * allocateLoadBalancerNodePorts is false) → Service (cluster IP and port) → pod (targetPort).
 * With the chosen provider it marks where TLS ends (a certificate annotation of the Service's
 * variant is set and the port is one of its TLS ports), where the PROXY protocol header is added
 * (an enabling PROXY annotation of the variant), and which application protocol the workload
 * must speak. With a provider that has no load-balancer implementation the load balancer is
 * drawn dashed, as never created. Object name "connectionPath".
 */
class ConnectionPathView final : public QWidget
{
    Q_OBJECT

public:
    /** One box of the picture. */
    struct Hop
    {
        QString label;                 ///< translated: "Load balancer"
        QString detail;                ///< address and port, or what the hop does
        QString protocol;              ///< the transport the hop receives: TCP, UDP or SCTP
        bool tlsEnds = false;          ///< TLS from the client ends here
        bool proxyHeaderAdded = false; ///< the PROXY protocol header is added here
        bool missing = false;          ///< never created (no load-balancer implementation)
    };

    /** What the PROXY header picture needs to know of the selected port. */
    struct ProxyContext
    {
        bool added = false; ///< a PROXY header is added on the way to the pod
        int version = 0;    ///< its version (1 or 2), 0 when not stated or not added
        bool udp = false;   ///< the port's transport is UDP
        int port = 0;       ///< the Service port, 0 when none
        QString status;     ///< translated: whether a header is added, and why (not)
    };

    explicit ConnectionPathView(QWidget *parent = nullptr);
    ~ConnectionPathView() override;

    /** The boxes, from the client to the pod; empty without a port to show. */
    std::vector<Hop> hops() const { return m_hops; }
    /** What the workload should speak: the port's appProtocol, or "http"/"https" from the
     *  provider's backend-protocol annotation; empty when nothing says. */
    QString workloadAppProtocol() const { return m_appProtocol; }
    /** The PROXY protocol version the provider sends (1 or 2), 0 when none or unknown. */
    int proxyVersion() const { return m_proxyVersion; }
    /** Whether and why the selected port gets a PROXY header. */
    ProxyContext proxyContext() const { return m_proxy; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    /** Shows the way to `spec.ports[portIndex]` of `service`; an index out of range shows
     *  nothing. */
    void setService(const sd::Service &service, int portIndex);
    /** The chosen provider; nullptr for none (no TLS or PROXY marks). */
    void setProfile(std::shared_ptr<const sd::ProviderProfile> profile);

Q_SIGNALS:
    /** The picture was worked out anew (another port, provider or language). */
    void recomputed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void computeHops();
    QString proxyStatus(Protocol transport, const ProfileVariant *variant) const;

    Service m_service;
    int m_portIndex = -1;
    std::shared_ptr<const ProviderProfile> m_profile;
    std::vector<Hop> m_hops;
    QString m_appProtocol;
    int m_proxyVersion = 0;
    ProxyContext m_proxy;
};

} // namespace sd
