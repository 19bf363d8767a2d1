// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/teachingdocks.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/document/editorsession.h"
#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/domain/fieldtable.h"
#include "model/domain/service.h"
#include "model/itemmodels/protocolmixmodel.h"
#include "model/itemmodels/providercompatibilitymodel.h"
#include "widgets/connectionpathview.h"
#include "widgets/explanationpanel.h"
#include "widgets/protocolmixchart.h"
#include "widgets/providerchart.h"
#include "widgets/proxyheaderview.h"
#include "widgets/traceview.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// In a scroll area, so that a dock does not claim the height of everything it holds.
QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

TeachingDocks::TeachingDocks(QMainWindow *window,
                             EditorSession *session,
                             QDockWidget *rightNeighbour,
                             QDockWidget *bottomNeighbour)
    : QObject(window)
    , m_session(session)
    , m_explanation(new ExplanationPanel(window))
    , m_connectionDock(new QDockWidget(window))
    , m_chartsDock(new QDockWidget(window))
    , m_traceDock(new QDockWidget(window))
{
    window->addDockWidget(Qt::RightDockWidgetArea, m_explanation);
    window->tabifyDockWidget(rightNeighbour, m_explanation);
    rightNeighbour->raise();

    m_connectionDock->setObjectName(u"connectionDock"_s);
    auto *content = new QWidget(m_connectionDock);
    auto *layout = new QVBoxLayout(content);
    m_pathView = new ConnectionPathView(content);
    m_proxyView = new ProxyHeaderView(content);
    layout->addWidget(m_pathView);
    layout->addWidget(m_proxyView, 1);
    // The PROXY header follows the port and provider the picture shows.
    connect(m_pathView, &ConnectionPathView::recomputed, m_proxyView, [this] {
        m_proxyView->setContext(m_pathView->proxyContext());
    });
    m_connectionDock->setWidget(scrolled(content, m_connectionDock));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_connectionDock);
    window->tabifyDockWidget(bottomNeighbour, m_connectionDock);

    // The trace of such a connection, hop by hop; it follows the Service only while shown.
    m_traceDock->setObjectName(u"traceDock"_s);
    m_traceView = new TraceView(m_traceDock);
    m_traceView->setMinimumHeight(360);
    m_traceDock->setWidget(scrolled(m_traceView, m_traceDock));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_traceDock);
    window->tabifyDockWidget(m_connectionDock, m_traceDock);
    // Whether a dock's tab is the current one: isVisible() does not tell for a tabbed dock.
    connect(m_connectionDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_connectionShown = visible;
        if (visible && m_connectionBehind)
            updateConnection();
    });
    connect(m_traceDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_traceShown = visible;
        if (visible && m_traceBehind)
            updateTrace();
    });
    connect(m_traceView, &TraceView::fieldRequested, this, &TeachingDocks::fieldRequested);
    connect(m_traceView, &TraceView::fieldEditRequested, this, &TeachingDocks::applyTraceEdit);

    // Where the design can run, and what it is made of.
    m_chartsDock->setObjectName(u"chartsDock"_s);
    auto *charts = new QWidget(m_chartsDock);
    auto *chartsLayout = new QHBoxLayout(charts);
    auto *compatibility = new ProviderCompatibilityChart(charts);
    compatibility->setModel(session->compatibility());
    auto *mix = new ProtocolMixChart(charts);
    mix->setModel(session->protocolMix());
    chartsLayout->addWidget(compatibility, 3);
    chartsLayout->addWidget(mix, 2);
    charts->setMinimumHeight(320);
    m_chartsDock->setWidget(scrolled(charts, m_chartsDock));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    window->tabifyDockWidget(m_connectionDock, m_chartsDock);
    bottomNeighbour->raise();
    connect(compatibility,
            &ProviderCompatibilityChart::providerClicked,
            this,
            &TeachingDocks::providerChosen);
    // The charts count the whole file: only while someone looks at them.
    auto follow = [session](bool visible) {
        session->compatibility()->setActive(visible);
        session->protocolMix()->setActive(visible);
    };
    connect(m_chartsDock, &QDockWidget::visibilityChanged, this, follow);
    follow(m_chartsDock->isVisible());
}

TeachingDocks::~TeachingDocks()
{
    delete m_traceDock;
    delete m_chartsDock;
    delete m_connectionDock;
    delete m_explanation;
}

void TeachingDocks::showExplanation()
{
    m_explanation->show();
    m_explanation->raise();
}

QList<QAction *> TeachingDocks::toggleActions() const
{
    return {m_explanation->toggleViewAction(),
            m_connectionDock->toggleViewAction(),
            m_traceDock->toggleViewAction(),
            m_chartsDock->toggleViewAction()};
}

void TeachingDocks::showConnection(ServiceRef ref, int port)
{
    ManifestDocument *document = m_session->document();
    const Service *service = document && ref.isValid() ? document->serviceAt(ref) : nullptr;
    m_traceRef = service ? ref : ServiceRef();
    m_traceService.reset();
    show(service, port);
}

void TeachingDocks::showConnection(const Service *service, int port)
{
    m_traceRef = {};
    m_traceService = service ? std::make_unique<Service>(*service) : nullptr;
    show(m_traceService.get(), port);
}

void TeachingDocks::show(const Service *service, int port)
{
    m_tracePort = port;
    // A hidden view waits, and catches up when it shows: each works its picture out anew, and
    // the trace reads the whole file for named ports.
    m_connectionBehind = !m_connectionShown;
    if (!m_connectionBehind)
        m_pathView->setService(service ? *service : Service(), service ? port : -1);
    m_traceBehind = !m_traceShown;
    if (!m_traceBehind)
        updateTrace();
}

const Service *TeachingDocks::shownService(ManifestDocument **document) const
{
    ManifestDocument *from = m_traceRef.isValid() ? m_session->document() : nullptr;
    if (document)
        *document = from;
    return from ? from->serviceAt(m_traceRef) : m_traceService.get();
}

void TeachingDocks::updateConnection()
{
    m_connectionBehind = false;
    const Service *service = shownService();
    m_pathView->setService(service ? *service : Service(), service ? m_tracePort : -1);
}

void TeachingDocks::updateTrace()
{
    m_traceBehind = false;
    ManifestDocument *document = nullptr;
    const Service *service = shownService(&document);
    if (!service) {
        m_traceView->clearService();
        return;
    }
    m_traceView->setService(*service,
                            m_tracePort,
                            document ? namedContainerPorts(document->manifest(), *service)
                                     : std::map<QString, int>());
}

// The change a finding of the trace offers, as the form makes it: one field-level command.
void TeachingDocks::applyTraceEdit(const FieldPath &path, const QString &value)
{
    // Only a Service of the document is edited, never the copy of one of none.
    ManifestDocument *document = nullptr;
    const Service *service = shownService(&document);
    const ServiceField *field = serviceField(path);
    if (!document || !service || !field || field->path != path || !field->set
        || !path.startsWith({u"spec"}))
        return;
    Service edited = *service;
    if (field->set(edited, value)) {
        document->undoStack()->push(
            new SetSpecCommand(document, m_traceRef, path, edited.spec, field->undoLabel()));
    }
}

void TeachingDocks::setProfile(std::shared_ptr<const ProviderProfile> profile)
{
    m_pathView->setProfile(profile);
    m_traceView->setProfile(std::move(profile));
}

void TeachingDocks::retranslateUi()
{
    m_connectionDock->setWindowTitle(tr("Connection"));
    m_chartsDock->setWindowTitle(tr("Charts"));
    m_traceDock->setWindowTitle(tr("Trace"));
}

} // namespace sd
