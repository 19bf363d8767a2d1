// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include "model/domain/fieldpath.h"

class QComboBox;
class QTextBrowser;

namespace sd {

/**
 * The explanation texts (sd::explanation()) in a dock: a combo of every topic, so that
 * a student can browse, above the text of the chosen one. The other views point it at what the
 * user is looking at (a field, a finding). Follows the language of the installed translation.
 * Object name "explanationDock"; children "explanationTopic" (QComboBox) and "explanationText"
 * (QTextBrowser, links open in the browser).
 */
class ExplanationPanel final : public QDockWidget
{
    Q_OBJECT

public:
    explicit ExplanationPanel(QWidget *parent = nullptr);

    /** The topic shown, one of explanationTopics(). */
    QString topic() const { return m_topic; }
    /** The Markdown shown (empty when the text could not be read). */
    QString markdown() const { return m_markdown; }

public Q_SLOTS:
    /** Shows the topic; a topic that is not one of explanationTopics() is ignored. */
    void showTopic(const QString &topic);
    /** Shows the topic of a field (sd::topicForField()); keeps the current one when the field
     *  has none. */
    void showField(const sd::FieldPath &fieldPath, const QString &value = {});
    /** Shows the topic of a finding code (sd::topicForFindingCode()); keeps the current one when
     *  the code has none. */
    void showFinding(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillTopics();
    void load();

    QComboBox *m_topics;
    QTextBrowser *m_text;
    QString m_topic;
    QString m_markdown;
};

} // namespace sd
