// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/explanationpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "model/providers/profileloader.h"
#include "model/teaching/explanations.h"
#include "resources/resources.h"

namespace sd {

namespace {

QString language()
{
    return explanationLanguage(currentLanguage());
}

} // namespace

ExplanationPanel::ExplanationPanel(QWidget *parent)
    : QDockWidget(parent)
    , m_topics(new QComboBox)
    , m_text(new QTextBrowser)
{
    setObjectName(QStringLiteral("explanationDock"));
    m_topics->setObjectName(QStringLiteral("explanationTopic"));
    m_topics->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topics->setMinimumContentsLength(16);
    m_text->setObjectName(QStringLiteral("explanationText"));
    m_text->setReadOnly(true);
    m_text->setOpenExternalLinks(true);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_topics);
    layout->addWidget(m_text, 1);
    setWidget(body);

    const QStringList topics = explanationTopics();
    if (!topics.isEmpty())
        m_topic = topics.first();
    connect(m_topics, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showTopic(m_topics->itemData(index).toString());
    });
    retranslateUi();
}

void ExplanationPanel::showTopic(const QString &topic)
{
    if (!explanationTopics().contains(topic))
        return;
    m_topic = topic;
    {
        const QSignalBlocker blocker(m_topics);
        m_topics->setCurrentIndex(m_topics->findData(topic));
    }
    load();
}

void ExplanationPanel::showField(const FieldPath &fieldPath, const QString &value)
{
    const QString topic = topicForField(fieldPath, value);
    if (!topic.isEmpty())
        showTopic(topic);
}

void ExplanationPanel::showFinding(const QString &code)
{
    const QString topic = topicForFindingCode(code);
    if (!topic.isEmpty())
        showTopic(topic);
}

void ExplanationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void ExplanationPanel::retranslateUi()
{
    setWindowTitle(tr("Explanation"));
    m_topics->setToolTip(tr("Choose a topic to read about"));
    fillTopics();
    load();
}

void ExplanationPanel::fillTopics()
{
    const QSignalBlocker blocker(m_topics);
    m_topics->clear();
    const QString lang = language();
    for (const QString &topic : explanationTopics()) {
        const auto text = explanation(topic, lang, explanationsPath());
        m_topics->addItem(text ? text->title : topic, topic);
    }
    m_topics->setCurrentIndex(m_topics->findData(m_topic));
}

void ExplanationPanel::load()
{
    const auto text = explanation(m_topic, language(), explanationsPath());
    m_markdown = text ? text->markdown : QString();
    if (text)
        m_text->setMarkdown(m_markdown);
    else
        m_text->setPlainText(tr("The explanation of “%1” could not be read.").arg(m_topic));
}

} // namespace sd
