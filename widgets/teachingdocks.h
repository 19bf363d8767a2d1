// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>

#include "model/document/servicechange.h"
#include "model/domain/fieldpath.h"

class QAction;
class QDockWidget;
class QMainWindow;

namespace sd {

class ConnectionPathView;
class EditorSession;
class ExplanationPanel;
class ManifestDocument;
class ProxyHeaderView;
struct ProviderProfile;
struct Service;
class TraceView;

/**
 * The docks that teach: the explanation of the focused field or the selected finding (tabbed
 * with `rightNeighbour`), the way a connection takes to the pods for the selected port with the
 * PROXY header it carries, the trace of such a connection through an example cluster, and the
 * charts of where the design can run and what it is made of (tabbed with `bottomNeighbour`). The
 * charts read the session's models; the trace and the charts work only while they are shown.
 */
class TeachingDocks final : public QObject
{
    Q_OBJECT

public:
    TeachingDocks(QMainWindow *window,
                  EditorSession *session,
                  QDockWidget *rightNeighbour,
                  QDockWidget *bottomNeighbour);
    /** Takes the docks along: the charts must go before the session's models they map. */
    ~TeachingDocks() override;

    ExplanationPanel *explanation() const { return m_explanation; }
    /** Shows the explanation dock on top (Help › Explain the Focused Field). */
    void showExplanation();
    /** The View menu's toggles for the docks. */
    QList<QAction *> toggleActions() const;

    /**
     * The connection picture and the trace of one port of the Service `ref` of the session's
     * document (invalid: none). The trace resolves named target ports from the document's other
     * objects, and applies the changes its findings offer to the Service. A dock that is hidden
     * (or behind another's tab) does not follow; it catches up when it shows.
     */
    void showConnection(ServiceRef ref, int port);
    /** The same for a Service of no document (nullptr: none): the trace changes nothing. */
    void showConnection(const Service *service, int port);
    void setProfile(std::shared_ptr<const ProviderProfile> profile);
    void retranslateUi();

Q_SIGNALS:
    /** A provider's bar was clicked in the compatibility chart. */
    void providerChosen(const QString &id);
    /** A finding of the trace asks to show a field of the traced Service in the form. */
    void fieldRequested(const sd::FieldPath &path);

private:
    void show(const Service *service, int port);
    /** The Service the docks show, and its document (nullptr for a copy of none). */
    const Service *shownService(ManifestDocument **document = nullptr) const;
    void updateConnection();
    void updateTrace();
    void applyTraceEdit(const FieldPath &path, const QString &value);

    EditorSession *m_session;
    QPointer<ExplanationPanel> m_explanation;
    QPointer<QDockWidget> m_connectionDock;
    QPointer<QDockWidget> m_chartsDock;
    QPointer<QDockWidget> m_traceDock;
    ConnectionPathView *m_pathView;
    ProxyHeaderView *m_proxyView;
    TraceView *m_traceView;
    // What the connection picture and the trace show: a Service of the document, or a copy of
    // one of none; and whether each is behind (they follow only while shown).
    std::unique_ptr<Service> m_traceService;
    int m_tracePort = 0;
    ServiceRef m_traceRef;
    bool m_connectionShown = false;
    bool m_connectionBehind = false;
    bool m_traceShown = false;
    bool m_traceBehind = false;
};

} // namespace sd
