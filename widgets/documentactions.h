// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QKeySequence>
#include <QObject>

#include "model/document/servicechange.h"

class QAction;
class QMenu;
class QMimeData;
class QWidget;

namespace sd {

class DocumentSafety;
class EditorSession;
class ManifestDocument;
class RecentFilesMenu;
struct RecoveryEntry;
class RecoveryStore;
class UserPrompts;

/**
 * The File menu of a window and what it does with the open file: new, open (from the menu, the
 * recent list or a drop), save, save as, export, close, quit; asking before unsaved changes are
 * lost, saying why a file cannot be read or written, offering what a crashed session left
 * behind, and following the file on disk (DocumentSafety).
 *
 * It works on an EditorSession and asks through a UserPrompts; the window passes both in and
 * shows what it reports (statusMessage, titleChanged).
 */
class DocumentActions final : public QObject
{
    Q_OBJECT

public:
    /** Makes a new window, with its DocumentActions (for New Window, and for restoring another
     *  file's changes). */
    using WindowFactory = std::function<DocumentActions *()>;

    DocumentActions(QWidget *window,
                    EditorSession *session,
                    UserPrompts *prompts,
                    WindowFactory newWindow,
                    QObject *parent = nullptr);
    ~DocumentActions() override;

    /** The File menu (the window puts it in its menu bar). */
    QMenu *menu() const { return m_fileMenu; }
    RecentFilesMenu *recentFiles() const { return m_recentMenu; }
    DocumentSafety *safety() const { return m_safety; }
    /** The Service that "Export the Selected Service" writes. */
    void setCurrentService(std::function<ServiceRef()> current);

    bool openFile(const QString &path, bool offerRecovery = true);
    /** The first local file a drag carries (what a drop on the window opens), or empty. */
    static QString droppedFile(const QMimeData *mime);
    bool openUntitled(const QByteArray &bytes);
    bool newDocument();
    bool save();
    bool saveAs();
    bool closeDocument();
    /** Asks about unsaved changes (and a file deleted on disk); whether to go on. */
    bool maybeSave();
    bool exportTo(const QString &path, bool json, bool selectedOnly);
    void offerRecovery();
    void setRecoveryStore(const RecoveryStore &store);

    void retranslateUi();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    /** The file's name or its state on disk changed: the title follows. */
    void titleChanged();
    /** The document is about to be saved or asked about: edits still in a view's hands must
     *  reach it now. */
    void aboutToWrite();

private:
    void createActions();
    void openWithDialog();
    bool saveTo(const QString &path);
    void exportWithDialog(bool json, bool selectedOnly);
    void reportBrokenDocuments();
    void reportKubectlReading();
    void restore(const RecoveryEntry &entry);
    void documentChanged(ManifestDocument *document);
    QString workingDirectory() const;
    QString fileFilter() const;

    QWidget *m_window;
    EditorSession *m_session;
    UserPrompts *m_prompts;
    WindowFactory m_newWindow;
    std::function<ServiceRef()> m_currentService;
    DocumentSafety *m_safety;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_newWindowAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportYamlAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_exportServiceYamlAction = nullptr;
    QAction *m_exportServiceJsonAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
};

/** A model's message ("cannot open the file: ...") as a sentence for a message box. */
QString asSentence(QString text);
/** Sets the platform's shortcuts for a standard key, or `fallback` where it has none, and the
 *  action's object name (for tests). */
void setStandardShortcuts(QAction *action,
                          const QString &name,
                          QKeySequence::StandardKey key,
                          const QString &fallback);

} // namespace sd
