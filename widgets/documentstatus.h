// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLabel;
class QMainWindow;

namespace sd {

class DocumentSafety;
class EditorSession;
class FindingCountsLabel;

/**
 * What a window says about its open file: the title (the file's name, modified mark, read-only
 * or deleted on disk), and in the status bar a summary of what the file holds, a read-only
 * indicator with the reason as its tooltip, and the counts of findings.
 */
class DocumentStatus final : public QObject
{
    Q_OBJECT

public:
    DocumentStatus(QMainWindow *window, EditorSession *session, DocumentSafety *safety);

    /** Follows a new document (or none). Says once per document, in the status bar, when an
     *  edit could not keep the file's text as it was (ManifestDocument::textRewritten). */
    void documentChanged();
    void updateTitle();
    void updateSummary();

private:
    QMainWindow *m_window;
    EditorSession *m_session;
    DocumentSafety *m_safety;
    QLabel *m_summary;
    QLabel *m_readOnly;
    FindingCountsLabel *m_counts;
    bool m_toldRewritten = false;
};

} // namespace sd
