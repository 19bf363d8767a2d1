// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMainWindow>

#include "model/document/editorsession.h"
#include "model/document/servicechange.h"
#include "model/validation/environment.h"
#include "widgets/documentactions.h"
#include "widgets/serviceactions.h"

class QLabel;
class QSplitter;
class QTabWidget;
class QUndoGroup;

namespace sd {

class DocumentActions;
class DocumentSafety;
class DocumentStatus;
class EditorSession;
class EnvironmentToolBar;
class FindingCountsLabel;
class FindingsDock;
class FindingsModel;
struct LanguageChoice;
class LanguageMenu;
class ManifestDocument;
class RecentFilesMenu;
class RecoveryStore;
class ServiceActions;
class ServiceForm;
class ServiceListModel;
class ServiceListPane;
class ServiceYamlPane;
class TeachingDocks;
class UserPrompts;
class ValidationScheduler;
class YamlPreviewDock;

/**
 * The application window: one open manifest (an EditorSession), its Services listed on the left,
 * the form of the selected one in the middle (with the file's own text of it on a second tab),
 * the YAML it exports as and the findings in docks, and where it will run (provider, nodes,
 * Kubernetes version, cluster) in a toolbar. The window lays these out and connects them; the
 * File menu is DocumentActions, the Service menu ServiceActions, the teaching docks
 * TeachingDocks, View › Language a LanguageMenu.
 *
 * Several files are several windows (File › New Window), each with its own session. Every
 * question and message goes through a UserPrompts, which tests replace. Child widgets have
 * object names tests can find: "serviceList", "serviceForm", "centralTabs", "serviceHeader",
 * "yamlView", "documentSummary", "findingsDock", "yamlPreviewDock", "environmentToolBar",
 * "findingCounts", "readOnlyIndicator", and every action ("newAction", "exportYamlAction", ...).
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

    EditorSession *session() const { return m_session; }
    /** The open document, or nullptr. */
    ManifestDocument *document() const { return m_session->document(); }
    ServiceListModel *serviceListModel() const { return m_session->services(); }
    ServiceForm *serviceForm() const { return m_form; }
    ValidationScheduler *scheduler() const { return m_session->scheduler(); }
    FindingsModel *findingsModel() const { return m_session->findings(); }
    EnvironmentToolBar *environmentToolBar() const { return m_environmentBar; }
    DocumentActions *documentActions() const { return m_documentActions; }
    RecentFilesMenu *recentFilesMenu() const { return m_documentActions->recentFiles(); }
    DocumentSafety *documentSafety() const { return m_documentActions->safety(); }
    /** The Service selected in the list, or an invalid ref. */
    ServiceRef currentService() const { return m_serviceActions->currentService(); }
    /** Selects a Service in the list (and shows it in the form). */
    void selectService(ServiceRef ref) { m_serviceActions->selectService(ref); }

    // The File and Service menus, for main() and tests.
    bool openFile(const QString &path) { return m_documentActions->openFile(path); }
    bool openUntitled(const QByteArray &bytes) { return m_documentActions->openUntitled(bytes); }
    /** Opens the first of `files` here and each other one in a window of its own (the command
     *  line's files). */
    void openFiles(const QStringList &files)
    {
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (i == 0)
                openFile(files[i]);
            else
                openWindow()->openFile(files[i]);
        }
    }
    bool newDocument() { return m_documentActions->newDocument(); }
    bool save() { return m_documentActions->save(); }
    bool saveAs() { return m_documentActions->saveAs(); }
    bool closeDocument() { return m_documentActions->closeDocument(); }
    bool exportTo(const QString &path, bool json, bool selectedOnly)
    {
        return m_documentActions->exportTo(path, json, selectedOnly);
    }
    void offerRecovery() { m_documentActions->offerRecovery(); }
    void setRecoveryStore(const RecoveryStore &store)
    {
        m_documentActions->setRecoveryStore(store);
    }
    void addServiceFromTemplate(const QString &id) { m_serviceActions->addFromTemplate(id); }
    /** Applies the Fix of a finding (a row of findingsModel()) as one undoable command. */
    bool applyFix(int findingRow);

    /** Offers View › Language (hidden without a choice). New windows take this one's. */
    void setLanguages(std::shared_ptr<const LanguageChoice> languages);
    /** Restores the window geometry and splitter from QSettings. */
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void createMenus();
    void retranslateUi();
    void documentChanged(ManifestDocument *document);
    void applyEnvironment(const Environment &environment);
    void showCurrent();
    void showFinding(ServiceRef ref, const FieldPath &path);
    void explainField(const FieldPath &path);
    void updateConnection();
    void saveSettings();
    DocumentActions *openWindow();

    std::unique_ptr<UserPrompts> m_prompts;
    EditorSession *m_session;
    QUndoGroup *m_undoGroup;
    std::shared_ptr<const LanguageChoice> m_languages;
    bool m_showPending = false; // an edit's views follow soon

    QSplitter *m_splitter = nullptr;
    ServiceListPane *m_listPane = nullptr;
    ServiceYamlPane *m_yamlPane = nullptr;
    QTabWidget *m_centralTabs = nullptr;
    ServiceForm *m_form = nullptr;
    FindingsDock *m_findingsDock = nullptr;
    YamlPreviewDock *m_previewDock = nullptr;
    EnvironmentToolBar *m_environmentBar = nullptr;
    DocumentStatus *m_status = nullptr;
    TeachingDocks *m_teaching = nullptr;
    DocumentActions *m_documentActions = nullptr;
    ServiceActions *m_serviceActions = nullptr;

    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace sd
