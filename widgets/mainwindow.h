// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QMainWindow>

#include "model/document/manifest.h"
#include "model/document/servicechange.h"
#include "model/validation/environment.h"

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QTabWidget;
class QUndoGroup;

namespace sd {

class ConnectionPathView;
class DocumentSafety;
struct RecoveryEntry;
class RecoveryStore;
class EnvironmentToolBar;
class ExplanationPanel;
class ProxyHeaderView;
class ProtocolMixModel;
class ProviderCompatibilityModel;
class FindingCountsLabel;
class FindingsDock;
class FindingsModel;
class ManifestDocument;
class RecentFilesMenu;
class ServiceForm;
class ValidationScheduler;
class YamlPreviewDock;
class ServiceListModel;
class ServiceListPane;
class ServiceYamlPane;
class UserPrompts;

/**
 * The application window: one open manifest, its Services listed on the left, the form of the
 * selected one in the middle (with the file's own text of it on a second tab), the YAML it
 * exports as and the findings in docks, and where it will run (provider, nodes, Kubernetes
 * version, cluster) in a toolbar. Every edit is a command on the document's undo stack; the
 * ValidationScheduler revalidates after each and the findings, field markers and counts follow.
 *
 * Several files are several windows (File › New Window), each with its own document and undo
 * stack. Opens files from the menu, the recent list and by drag and drop; saves through
 * ManifestDocument::save; asks before unsaved changes are lost.
 *
 * Every question and message goes through a UserPrompts, which tests replace. Child widgets
 * have object names tests can find: "serviceList", "serviceForm", "centralTabs",
 * "serviceHeader", "yamlView", "documentSummary", "findingsDock", "yamlPreviewDock",
 * "environmentToolBar", "findingCounts", and every action ("newAction", "exportYamlAction", ...).
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
    ServiceForm *serviceForm() const { return m_form; }
    ValidationScheduler *scheduler() const { return m_scheduler; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    EnvironmentToolBar *environmentToolBar() const { return m_environmentBar; }
    /** The Service selected in the list, or an invalid ref. */
    ServiceRef currentService() const;
    /** Selects a Service in the list (and shows it in the form). */
    void selectService(ServiceRef ref);
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
    /** A new, empty untitled document, after asking about unsaved changes. */
    bool newDocument();
    /** Adds a Service made from a template after the selected one (one undo step). */
    void addServiceFromTemplate(const QString &templateId);
    /** Applies the Fix of a finding (a row of findingsModel()) as one undoable command. */
    bool applyFix(int findingRow);
    /** Writes the whole file, or only the selected Service, as YAML or JSON to `path`. */
    bool exportTo(const QString &path, bool json, bool selectedOnly);

    /** Saves to the document's path, or asks for one. Returns false if not saved. */
    bool save();
    /** Asks for a path and saves there. Returns false if not saved. */
    bool saveAs();
    /** Closes the document, after asking about unsaved changes. Returns false if cancelled. */
    bool closeDocument();

    /** Offers the unsaved changes that a session which ended without closing its documents
     *  left behind (at start-up, once the first file is open). */
    void offerRecovery();
    /** Where recovery copies are kept (tests give each their own folder). */
    void setRecoveryStore(const RecoveryStore &store);
    /** Recovery copies, changes on disk and overwrite checks of this window. */
    DocumentSafety *documentSafety() const;

    /** Restores the window geometry and splitter from QSettings. */
    void restoreSettings();

    /** Switches the user interface to a language code ("en", "ko"; empty: the system's) and
     *  says whether it has a catalogue for it. */
    using LanguageSwitcher = std::function<bool(const QString &code)>;
    /** How View › Language switches (the application installs its translators there), and the
     *  languages to offer. Without one, the menu is hidden. */
    static void setLanguageSwitcher(LanguageSwitcher switcher, const QStringList &languages);
    /** The language chosen in View › Language and stored in QSettings ("" for the system's). */
    static QString storedLanguage();

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
    void createDesignerActions();
    void updateServiceActions();
    void showFinding(ServiceRef ref, const FieldPath &path);
    void exportWithDialog(bool json, bool selectedOnly);
    void duplicateService();
    void removeService();
    void moveService(int delta);
    void applyEnvironment(const Environment &environment);
    void createLanguageMenu();
    void createTeachingDocks();
    void restoreRecovered(const RecoveryEntry &entry);
    bool openFile(const QString &path, bool offerRecovery);
    void updateConnection();
    void explainField(const FieldPath &path);
    QString workingDirectory() const;
    QString fileFilter() const;

    std::unique_ptr<UserPrompts> m_prompts;
    std::unique_ptr<ManifestDocument> m_document;
    ServiceListModel *m_serviceModel;
    QUndoGroup *m_undoGroup;

    QSplitter *m_splitter = nullptr;
    ServiceListPane *m_listPane = nullptr;
    ServiceYamlPane *m_yamlPane = nullptr;
    QTabWidget *m_centralTabs = nullptr;
    ServiceForm *m_form = nullptr;
    ValidationScheduler *m_scheduler = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    FindingsDock *m_findingsDock = nullptr;
    YamlPreviewDock *m_previewDock = nullptr;
    EnvironmentToolBar *m_environmentBar = nullptr;
    FindingCountsLabel *m_counts = nullptr;
    ExplanationPanel *m_explanationDock = nullptr;
    QDockWidget *m_connectionDock = nullptr;
    ConnectionPathView *m_pathView = nullptr;
    ProxyHeaderView *m_proxyView = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ProviderCompatibilityModel *m_compatibilityModel = nullptr;
    ProtocolMixModel *m_protocolMixModel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_readOnly = nullptr;
    DocumentSafety *m_safety = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_serviceMenu = nullptr;
    QMenu *m_templateMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_systemLanguageAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_newWindowAction = nullptr;
    QAction *m_exportYamlAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_exportServiceYamlAction = nullptr;
    QAction *m_exportServiceJsonAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
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
