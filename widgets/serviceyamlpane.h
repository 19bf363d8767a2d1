// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QLabel;
class QModelIndex;

namespace sd {

class ManifestDocument;
class SourceEditor;
class ValidationScheduler;

/**
 * The "In the File" tab: a one-line header (name, type, ports, namespace) over the text of the
 * document that holds one row of a ServiceListModel, exactly as the file has it (with the edits
 * made since), in an editor. What the user types becomes an undo step of the document once it
 * reads as YAML (EditDocumentTextCommand), and the form, the findings and the preview follow;
 * until then the error is marked at its line and said under the text, and the rest of the window
 * keeps the last state that read. The margin marks the lines the findings are about.
 * Child object names: "serviceHeader", "sourceEditor", "sourceProblem".
 */
class ServiceYamlPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceYamlPane(QWidget *parent = nullptr);
    ~ServiceYamlPane() override;

    /** Shows row `index` of a ServiceListModel over `document`. With no document, or no valid
     *  index, shows a hint instead. Call again after a change or a language switch. While the
     *  pane is hidden (another tab), it only notes what to show when it is shown. */
    void showRow(ManifestDocument *document, const QModelIndex &index);
    /** Where the margin's findings come from. */
    void setScheduler(const ValidationScheduler *scheduler);

    SourceEditor *editor() const { return m_editor; }
    /** Makes typing that was not taken yet an undo step now (before a save or an undo). */
    void flushPendingEdit();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void takeTypedText();
    void updateMarkers();
    int shownDocument() const;

    QLabel *m_header;
    SourceEditor *m_editor;
    QLabel *m_problem;
    QPointer<ManifestDocument> m_document;
    QPointer<const ValidationScheduler> m_scheduler;
    QPersistentModelIndex m_index;
    int m_editedDocument = -1; ///< the document whose typed text does not read yet
    bool m_stale = false;
};

} // namespace sd
