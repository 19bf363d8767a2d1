// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QDialog>

#include "model/document/findinmanifest.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QMainWindow;
class QMenu;
class QTimer;

namespace sd {

class EditorSession;

/**
 * Edit › Find (Ctrl+F): finds a Service or a field of one by name or value (findInManifest())
 * as the user types, and shows the one chosen (Enter or a double click) in the form, the dialog
 * staying open for the next. Object names "findDialog", "findText", "findResults", "findCount".
 */
class FindDialog final : public QDialog
{
    Q_OBJECT

public:
    using Show = std::function<void(ServiceRef, const FieldPath &)>;

    FindDialog(QWidget *parent, EditorSession *session, Show show);
    ~FindDialog() override;

    /** Adds Find to `editMenu` (object name "findAction"); the dialog is made on first use. */
    static QAction *addTo(QMainWindow *window, QMenu *editMenu, EditorSession *session, Show show);

    /** Searches now (typing waits for a short pause). */
    void search();
    const std::vector<FindMatch> &matches() const { return m_matches; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void activate(int row);

    EditorSession *m_session;
    Show m_show;
    QLineEdit *m_text;
    QListWidget *m_results;
    QLabel *m_count;
    QTimer *m_pause;
    std::vector<FindMatch> m_matches;
};

} // namespace sd
