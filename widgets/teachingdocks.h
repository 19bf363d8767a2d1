// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>

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

/**
 * The docks that teach: the explanation of the focused field or the selected finding (tabbed
 * with `rightNeighbour`), the way a connection takes to the pods for the selected port with the
 * PROXY header it carries, and the charts of where the design can run and what it is made of
 * (tabbed with `bottomNeighbour`). The charts read the session's models.
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

    /** The connection picture of one port of a Service (nullptr: none). */
    void showConnection(const Service *service, int port);
    void setProfile(std::shared_ptr<const ProviderProfile> profile);
    void retranslateUi();

Q_SIGNALS:
    /** A provider's bar was clicked in the compatibility chart. */
    void providerChosen(const QString &id);

private:
    QPointer<ExplanationPanel> m_explanation;
    QPointer<QDockWidget> m_connectionDock;
    QPointer<QDockWidget> m_chartsDock;
    ConnectionPathView *m_pathView;
    ProxyHeaderView *m_proxyView;
};

} // namespace sd
