// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QObject>

#include "model/document/servicechange.h"
#include "model/domain/service.h"

class QAction;
class QMenu;
class QWidget;

namespace sd {

class EditorSession;
class ServiceListPane;
class UserPrompts;

/**
 * The Service menu of a window: add a Service from a template after the selected one, duplicate,
 * remove and move the selected one, each one undo step. It works on the EditorSession and the
 * list of Services the window shows; the list's context menu offers the same actions.
 */
class ServiceActions final : public QObject
{
    Q_OBJECT

public:
    ServiceActions(QWidget *window,
                   EditorSession *session,
                   ServiceListPane *list,
                   UserPrompts *prompts,
                   QObject *parent = nullptr);

    QMenu *menu() const { return m_menu; }
    /** The Service selected in the list, or an invalid ref. */
    ServiceRef currentService() const;
    /** Selects a Service in the list. */
    void selectService(ServiceRef ref);

    void addFromTemplate(const QString &templateId);
    /** Adds a blank Service with a name no other Service of the file has. */
    void addBlank();
    /** Enables what the selection allows. */
    void update();
    void retranslateUi();

Q_SIGNALS:
    /** A Service was added: the window shows its form. */
    void serviceAdded();

private:
    void duplicate();
    void remove();
    void move(int delta);

    /** The HTTPS template as the chosen provider terminates TLS, with the certificate asked
     *  for; std::nullopt when the user cancels. */
    std::optional<Service> tailorHttps(Service service);
    void insert(Service service, const QString &text);

    QWidget *m_window;
    EditorSession *m_session;
    ServiceListPane *m_list;
    UserPrompts *m_prompts;
    QMenu *m_menu;
    QMenu *m_templateMenu;
    QAction *m_blankAction;
    QAction *m_duplicateAction;
    QAction *m_removeAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
};

} // namespace sd
