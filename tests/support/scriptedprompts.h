// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <vector>

#include "widgets/userprompts.h"

namespace sd {

// Answers every question from a script and remembers every message, so no dialog ever opens.
class ScriptedPrompts final : public UserPrompts
{
public:
    std::vector<Message> told;
    std::vector<Message> asked;
    std::deque<QMessageBox::StandardButton> answers; // empty: Cancel
    std::deque<int> choices;                         // for choose(); empty: -1 (closed)
    std::vector<Message> chosen;                     // what choose() asked
    std::vector<QByteArray> diffs;                   // what showDiff() showed
    QString pathToOpen;
    QString pathToSave;
    int saveDialogs = 0;

    QMessageBox::StandardButton ask(QWidget *,
                                    const Message &message,
                                    QMessageBox::StandardButtons,
                                    QMessageBox::StandardButton) override
    {
        asked.push_back(message);
        if (answers.empty())
            return QMessageBox::Cancel;
        const QMessageBox::StandardButton answer = answers.front();
        answers.pop_front();
        return answer;
    }
    void tell(QWidget *, const Message &message) override { told.push_back(message); }
    int choose(QWidget *, const Message &message, const QList<Choice> &, int) override
    {
        chosen.push_back(message);
        if (choices.empty())
            return -1;
        const int choice = choices.front();
        choices.pop_front();
        return choice;
    }
    void showDiff(QWidget *, const QString &, const QByteArray &diff) override
    {
        diffs.push_back(diff);
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return pathToOpen;
    }
    /** What text() answers (std::nullopt: cancel), and what it was asked. */
    std::optional<QString> textAnswer;
    QStringList textLabels;
    std::optional<QString> text(QWidget *,
                                const QString &,
                                const QString &label,
                                const QString &) override
    {
        textLabels << label;
        return textAnswer;
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        ++saveDialogs;
        return pathToSave;
    }
};

} // namespace sd
