// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

#include "model/domain/fieldpath.h"
#include "model/teaching/connectiontrace.h"

class QLabel;
class QTextBrowser;
class QVBoxLayout;

namespace sd {

/** What a trace shows that the Service could do better, with where to change it. */
struct TraceFinding
{
    /** Stable: "node-address", "no-local-endpoint-external", "no-local-endpoint-internal". */
    QString code;
    QString text;       ///< translated
    FieldPath field;    ///< the field of the form it is about
    QString value;      ///< a value to set `field` to; empty: none offered
    QString moveToNode; ///< a node to move an endpoint to; empty: none offered
};

/**
 * The result of a trace, for TraceView: whether and where the connection arrives, whose address
 * the pod sees, where the client's address still is, the PROXY header, the tracer's notes; and
 * the findings, each with a button that shows its field in the form and, where one helps, a
 * button that sets the field or moves an endpoint in the example cluster. Object names:
 * "traceResult" (the text), "traceFindings", and per finding "traceFinding-<code>" with its
 * buttons "traceShowField-<code>", "traceApply-<code>" and "traceMoveEndpoint-<code>".
 */
class TraceResultPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TraceResultPanel(QWidget *parent = nullptr);
    ~TraceResultPanel() override;

    /** The findings of `result`, a trace of `service`. */
    static std::vector<TraceFinding> findingsOf(const Service &service,
                                                const TraceRequest &request,
                                                const TraceResult &result);

    void setTrace(const TraceRequest &request,
                  const TraceResult &result,
                  const std::vector<TraceFinding> &findings);
    void clear();

Q_SIGNALS:
    void fieldRequested(const sd::FieldPath &path);
    void fieldEditRequested(const sd::FieldPath &path, const QString &value);
    void moveEndpointRequested(const QString &node);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showResult(const TraceRequest &request, const TraceResult &result);
    void showFindings(const std::vector<TraceFinding> &findings);

    QLabel *m_title;
    QTextBrowser *m_text;
    QWidget *m_findings;
    QVBoxLayout *m_findingsLayout;
};

} // namespace sd
