// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMainWindow>

class QAction;
class QLabel;
class QSplitter;
class QUndoGroup;

namespace sd {

class ManifestDocument;
class RecentFilesMenu;
class ServiceListModel;
class ServiceListPane;
class ServiceYamlPane;
class UserPrompts;

/**
 * The application window: one open manifest at a time, its Services listed on the left and the
 * YAML of the selected one on the right. Opens files from the menu, the recent list and by drag
 * and drop; saves through ManifestDocument::save; asks before unsaved changes are lost.
 *
 * Every question and message goes through a UserPrompts, which tests replace. Child widgets
 * have object names tests can find: "serviceList", "serviceHeader", "yamlView",
 * "documentSummary".
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /** A window that asks with real message boxes and file dialogs. */
    explicit MainWindow(QWidget *parent = nullptr);
    /** A window that asks through `prompts` (tests answer without dialogs). */
    explicit MainWindow(std::unique_ptr<UserPrompts> prompts, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** The open document, or nullptr. */
    ManifestDocument *document() const { return m_document.get(); }
    ServiceListModel *serviceListModel() const { return m_serviceModel; }
    RecentFilesMenu *recentFilesMenu() const { return m_recentMenu; }

    /**
     * Opens a file in place of the current document, after asking about unsaved changes. When
     * the file cannot be read, says why (and where) and keeps the current document. Opening a
     * file some of whose documents are broken succeeds, and says which documents they are.
     * Returns true if the file was opened.
     */
    bool openFile(const QString &path);
    /** Opens `bytes` as a new untitled document (saving it asks for a path). */
    bool openUntitled(const QByteArray &bytes);

    /** Saves to the document's path, or asks for one. Returns false if not saved. */
    bool save();
    /** Asks for a path and saves there. Returns false if not saved. */
    bool saveAs();
    /** Closes the document, after asking about unsaved changes. Returns false if cancelled. */
    bool closeDocument();

    /** Restores the window geometry and splitter from QSettings. */
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void retranslateUi();
    void openWithDialog();
    void setDocument(std::unique_ptr<ManifestDocument> document);
    bool maybeSave();
    bool saveTo(const QString &path);
    void reportBrokenDocuments();
    void showCurrent();
    void updateTitle();
    void updateSummary();
    void saveSettings();
    QString workingDirectory() const;
    QString fileFilter() const;

    std::unique_ptr<UserPrompts> m_prompts;
    std::unique_ptr<ManifestDocument> m_document;
    ServiceListModel *m_serviceModel;
    QUndoGroup *m_undoGroup;

    QSplitter *m_splitter = nullptr;
    ServiceListPane *m_listPane = nullptr;
    ServiceYamlPane *m_yamlPane = nullptr;
    QLabel *m_summary = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace sd
