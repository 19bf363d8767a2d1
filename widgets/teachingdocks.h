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
     * objects, and applies the changes its findings offer to the Service. While the Trace dock is
     * hidden only the picture follows; the trace catches up when the dock shows.
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
    // What the trace shows: a Service of the document, or a copy of one of none; and whether
    // it is behind (it follows only while shown).
    std::unique_ptr<Service> m_traceService;
    int m_tracePort = 0;
    ServiceRef m_traceRef;
    bool m_traceShown = false;
    bool m_traceBehind = false;
};

} // namespace sd
