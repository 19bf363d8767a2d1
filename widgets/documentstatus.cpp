// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documentstatus.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

#include "model/document/editorsession.h"
#include "model/document/manifestdocument.h"
#include "widgets/documentactions.h"
#include "widgets/documentsafety.h"
#include "widgets/findingcounts.h"

using namespace Qt::StringLiterals;

namespace sd {

DocumentStatus::DocumentStatus(QMainWindow *window, EditorSession *session, DocumentSafety *safety)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_safety(safety)
    , m_summary(new QLabel(window))
    , m_readOnly(new QLabel(window))
    , m_counts(new FindingCountsLabel(window))
{
    m_summary->setObjectName(u"documentSummary"_s);
    window->statusBar()->addWidget(m_summary, 1);
    m_readOnly->setObjectName(u"readOnlyIndicator"_s);
    m_readOnly->hide();
    window->statusBar()->addPermanentWidget(m_readOnly);
    window->statusBar()->addPermanentWidget(m_counts);
}

void DocumentStatus::documentChanged()
{
    m_counts->setScheduler(m_session->scheduler());
    updateTitle();
    updateSummary();
    m_toldRewritten = false;
    if (ManifestDocument *document = m_session->document()) {
        connect(document,
                &ManifestDocument::textRewritten,
                this,
                [this](const ServiceRef &, bool wholeObject) {
                    if (m_toldRewritten)
                        return;
                    m_toldRewritten = true;
                    m_window->statusBar()->showMessage(
                        wholeObject ? tr("This edit could not be made in the file's text as it "
                                         "is: the Service will be written anew in kubectl's "
                                         "style when saved.")
                                    : tr("Part of this edit could not be placed in the file's "
                                         "text without guessing: that part was written anew in "
                                         "kubectl's style."),
                        10000);
                });
    }
}

void DocumentStatus::updateTitle()
{
    const ManifestDocument *document = m_session->document();
    if (!document) {
        m_window->setWindowTitle(tr("Service Designer"));
        m_readOnly->hide();
        return;
    }
    const bool removed = m_safety->isRemovedOnDisk();
    const QString readOnly = document->readOnlyReason();
    QString name = document->displayName();
    if (removed)
        name = tr("%1 (deleted on disk)").arg(name);
    else if (!readOnly.isEmpty())
        name = tr("%1 [read-only]").arg(name);
    m_window->setWindowTitle(tr("%1[*] — Service Designer").arg(name));
    m_readOnly->setText(tr("Read-only"));
    m_readOnly->setToolTip(asSentence(readOnly));
    m_readOnly->setVisible(!readOnly.isEmpty() && !removed);
}

void DocumentStatus::updateSummary()
{
    const ManifestDocument *document = m_session->document();
    if (!document) {
        m_summary->clear();
        return;
    }
    int services = 0;
    int others = 0;
    int broken = 0;
    for (const SourceDocument &doc : document->manifest().documents) {
        if (doc.form == SourceDocument::Form::Broken)
            ++broken;
        for (const Resource &resource : doc.resources)
            ++(resource.isService() ? services : others);
    }
    QStringList parts{tr("%n Service(s)", nullptr, services),
                      tr("%n other object(s)", nullptr, others)};
    if (broken > 0)
        parts << tr("%n unreadable document(s)", nullptr, broken);
    m_summary->setText(parts.join(tr(", ")));
}

} // namespace sd
