// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/serviceactions.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

#include "model/document/documentcommands.h"
#include "model/document/editorsession.h"
#include "model/document/manifestdocument.h"
#include "model/document/servicetemplates.h"
#include "model/document/validationscheduler.h"
#include "model/itemmodels/servicelistmodel.h"
#include "model/providers/profilematch.h"
#include "model/tr.h"
#include "widgets/servicelistpane.h"
#include "widgets/userprompts.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// Services and unreadable documents move among themselves; the other objects listed after them
// stay where the file has them.
bool isMovable(const QModelIndex &index)
{
    return index.isValid()
           && index.data(ServiceListModel::RowKindRole).value<ServiceListModel::RowKind>()
                  != ServiceListModel::RowKind::OtherObject;
}

} // namespace

ServiceActions::ServiceActions(QWidget *window,
                               EditorSession *session,
                               ServiceListPane *list,
                               UserPrompts *prompts,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_list(list)
    , m_prompts(prompts)
    , m_menu(new QMenu(window))
{
    m_blankAction = m_menu->addAction(QString(), this, &ServiceActions::addBlank);
    m_blankAction->setObjectName(u"addBlankServiceAction"_s);
    m_blankAction->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_templateMenu = m_menu->addMenu(QString());
    m_templateMenu->setObjectName(u"templateMenu"_s);
    for (const ServiceTemplate &t : serviceTemplates()) {
        QAction *action = m_templateMenu->addAction(QString());
        action->setData(t.id);
        action->setObjectName(u"template-"_s + t.id);
        connect(action, &QAction::triggered, this, [this, id = t.id] { addFromTemplate(id); });
    }
    m_duplicateAction = m_menu->addAction(QString(), this, &ServiceActions::duplicate);
    m_duplicateAction->setObjectName(u"duplicateAction"_s);
    m_duplicateAction->setShortcut(QKeySequence(u"Ctrl+D"_s));
    m_removeAction = m_menu->addAction(QString(), this, &ServiceActions::remove);
    m_removeAction->setObjectName(u"removeServiceAction"_s);
    // Delete in the list, not in a field of the form.
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_menu->addSeparator();
    m_moveUpAction = m_menu->addAction(QString(), this, [this] { move(-1); });
    m_moveUpAction->setObjectName(u"moveUpAction"_s);
    m_moveUpAction->setShortcut(QKeySequence(u"Ctrl+Shift+Up"_s));
    m_moveDownAction = m_menu->addAction(QString(), this, [this] { move(1); });
    m_moveDownAction->setObjectName(u"moveDownAction"_s);
    m_moveDownAction->setShortcut(QKeySequence(u"Ctrl+Shift+Down"_s));
    // Right-click in the list: add as well as change, so that an empty file says what to do.
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    list->addActions({m_blankAction,
                      m_templateMenu->menuAction(),
                      separator,
                      m_duplicateAction,
                      m_removeAction,
                      m_moveUpAction,
                      m_moveDownAction});
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ServiceActions::retranslateUi()
{
    m_menu->setTitle(tr("&Service"));
    m_blankAction->setText(tr("Add &Blank Service"));
    m_templateMenu->setTitle(tr("&Add from Template"));
    const std::vector<ServiceTemplate> templates = serviceTemplates();
    for (QAction *action : m_templateMenu->actions()) {
        for (const ServiceTemplate &t : templates) {
            if (t.id == action->data().toString()) {
                action->setText(t.name);
                action->setToolTip(t.description);
                action->setStatusTip(t.description);
            }
        }
    }
    m_duplicateAction->setText(tr("&Duplicate"));
    m_removeAction->setText(tr("&Remove"));
    m_moveUpAction->setText(tr("Move &Up"));
    m_moveDownAction->setText(tr("Move &Down"));
}

ServiceRef ServiceActions::currentService() const
{
    return m_session->services()->serviceAt(m_list->currentIndex().row());
}

void ServiceActions::selectService(ServiceRef ref)
{
    const int row = m_session->services()->rowOf(ref);
    if (row >= 0)
        m_list->selectRow(row);
}

void ServiceActions::update()
{
    const int row = m_list->currentIndex().row();
    const bool selected = m_session->document() && m_list->currentIndex().isValid();
    m_templateMenu->setEnabled(m_session->document() != nullptr);
    m_blankAction->setEnabled(m_session->document() != nullptr);
    m_duplicateAction->setEnabled(currentService().isValid());
    m_removeAction->setEnabled(selected);
    const ServiceListModel *list = m_session->services();
    const bool movable = selected && isMovable(m_list->currentIndex());
    m_moveUpAction->setEnabled(movable && isMovable(list->index(row - 1)));
    m_moveDownAction->setEnabled(movable && isMovable(list->index(row + 1)));
}

void ServiceActions::addFromTemplate(const QString &templateId)
{
    ManifestDocument *document = m_session->document();
    if (!document)
        return;
    for (ServiceTemplate &t : serviceTemplates()) {
        if (t.id != templateId)
            continue;
        if (t.id == u"https-lb-tls") {
            std::optional<Service> tailored = tailorHttps(std::move(t.service));
            if (!tailored)
                return;
            t.service = std::move(*tailored);
        }
        insert(std::move(t.service), UndoTr::tr("Add %1").arg(t.name));
        return;
    }
}

void ServiceActions::addBlank()
{
    ManifestDocument *document = m_session->document();
    if (!document)
        return;
    QStringList names;
    for (const ServiceRef ref : document->manifest().services())
        names << document->manifest().service(ref).name();
    QString name = u"my-service"_s;
    for (int n = 2; names.contains(name); ++n)
        name = u"my-service-%1"_s.arg(n);
    insert(blankService(name), UndoTr::tr("Add Blank Service"));
}

void ServiceActions::insert(Service service, const QString &text)
{
    ManifestDocument *document = m_session->document();
    // After the selected row's document, or at the end.
    const QModelIndex current = m_list->currentIndex();
    const int index = current.isValid()
                          ? current.data(ServiceListModel::DocumentIndexRole).toInt() + 1
                          : int(document->manifest().documents.size());
    auto *command = new InsertServiceCommand(document, index, std::move(service), text);
    const ServiceRef added = command->insertedService();
    document->undoStack()->push(command);
    selectService(added);
    Q_EMIT serviceAdded();
}

std::optional<Service> ServiceActions::tailorHttps(Service service)
{
    const ValidationScheduler *scheduler = m_session->scheduler();
    const ProviderProfile *profile = scheduler ? scheduler->environment().platform.provider.get()
                                               : nullptr;
    if (!profile)
        return service;
    const QString provider = profile->name.text().isEmpty() ? profile->id : profile->name.text();
    if (const std::optional<TlsRecipe> recipe = tlsRecipe(profile->id)) {
        const std::optional<QString> certificate
            = m_prompts->text(m_window,
                              tr("HTTPS at a load balancer on %1").arg(provider),
                              recipe->certificateLabel,
                              recipe->example);
        if (!certificate)
            return std::nullopt;
        // Left empty, the annotations still show where the certificate goes, and the findings
        // say that it is missing.
        return withTls(std::move(service), *recipe, *certificate);
    }
    if (selectVariant(*profile, service).tls.support.support == Support::No) {
        m_prompts->tell(m_window,
                        {QMessageBox::Information,
                         tr("HTTPS at a load balancer"),
                         tr("%1 does not terminate TLS for a Service.").arg(provider),
                         tr("The Service is added as it is; its load balancer passes TLS through "
                            "to the pods, which then serve HTTPS themselves. To end TLS before "
                            "the pods, use an Ingress or a Gateway."),
                         {}});
    }
    return service;
}

void ServiceActions::duplicate()
{
    ManifestDocument *document = m_session->document();
    const ServiceRef ref = currentService();
    if (!document || !ref.isValid())
        return;
    document->undoStack()->push(new DuplicateServiceCommand(document, ref));
    // The copy goes right after the original's document.
    selectService(ServiceRef{ref.document + 1, 0});
}

void ServiceActions::remove()
{
    ManifestDocument *document = m_session->document();
    const QModelIndex current = m_list->currentIndex();
    if (!document || !current.isValid())
        return;
    const int row = current.row();
    document->undoStack()->push(
        new RemoveDocumentCommand(document,
                                  current.data(ServiceListModel::DocumentIndexRole).toInt()));
    m_list->selectRow(std::min(row, m_session->services()->rowCount() - 1));
}

void ServiceActions::move(int delta)
{
    ManifestDocument *document = m_session->document();
    const ServiceListModel *list = m_session->services();
    const QModelIndex current = m_list->currentIndex();
    const int target = current.row() + delta;
    if (!document || !current.isValid() || !isMovable(current) || !isMovable(list->index(target)))
        return;
    const int from = current.data(ServiceListModel::DocumentIndexRole).toInt();
    const int to = list->index(target).data(ServiceListModel::DocumentIndexRole).toInt();
    if (from == to)
        return; // two items of one List document: they move with it
    document->undoStack()->push(new MoveDocumentCommand(document, from, to));
}

} // namespace sd
