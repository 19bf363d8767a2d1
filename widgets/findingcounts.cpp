// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/findingcounts.h"

#include <QEvent>

#include "model/document/validationscheduler.h"

using namespace Qt::StringLiterals;

namespace sd {

FindingCountsLabel::FindingCountsLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"findingCounts"_s);
    setTextFormat(Qt::PlainText);
    setContentsMargins(6, 0, 6, 0);
}

FindingCountsLabel::~FindingCountsLabel() = default;

ValidationScheduler *FindingCountsLabel::scheduler() const
{
    return m_scheduler;
}

void FindingCountsLabel::setScheduler(ValidationScheduler *scheduler)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_scheduler = scheduler;
    if (scheduler) {
        m_connections << connect(scheduler,
                                 &ValidationScheduler::countsChanged,
                                 this,
                                 &FindingCountsLabel::refresh);
        m_connections << connect(scheduler,
                                 &ValidationScheduler::validated,
                                 this,
                                 &FindingCountsLabel::refresh);
        m_connections << connect(scheduler,
                                 &QObject::destroyed,
                                 this,
                                 &FindingCountsLabel::refresh,
                                 Qt::QueuedConnection);
    }
    refresh();
}

QString FindingCountsLabel::countText(Severity severity, int count)
{
    switch (severity) {
    case Severity::Error:
        return tr("%n error(s)", nullptr, count);
    case Severity::Warning:
        return tr("%n warning(s)", nullptr, count);
    case Severity::Info:
        return tr("%n info(s)", nullptr, count);
    }
    return {};
}

QString FindingCountsLabel::countsText(const FindingCounts &counts)
{
    return tr("%1 · %2 · %3", "errors · warnings · infos")
        .arg(countText(Severity::Error, counts.errors),
             countText(Severity::Warning, counts.warnings),
             countText(Severity::Info, counts.infos));
}

void FindingCountsLabel::refresh()
{
    if (!m_scheduler) {
        clear();
        setToolTip({});
        return;
    }
    const QString counts = countsText(m_scheduler->counts());
    const auto &provider = m_scheduler->environment().platform.provider;
    setText(provider
                ? tr("%1 — %2", "finding counts — provider name").arg(counts, provider->name.text())
                : counts);
    setToolTip(
        provider
            ? tr("Findings of the last check, against the provider %1").arg(provider->name.text())
            : tr("Findings of the last check"));
}

void FindingCountsLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

} // namespace sd
