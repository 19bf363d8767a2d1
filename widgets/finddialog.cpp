// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/finddialog.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>

#include "model/document/editorsession.h"
#include "model/document/manifestdocument.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr size_t shownAtMost = 200;

// Calls `update` whenever the watched widget gets a LanguageChange event.
class OnLanguageChange final : public QObject
{
public:
    OnLanguageChange(QObject *watched, std::function<void()> update)
        : QObject(watched)
        , m_update(std::move(update))
    {
        watched->installEventFilter(this);
        m_update();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_update();
        return false;
    }

private:
    std::function<void()> m_update;
};

} // namespace

FindDialog::FindDialog(QWidget *parent, EditorSession *session, Show show)
    : QDialog(parent)
    , m_session(session)
    , m_show(std::move(show))
    , m_text(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_count(new QLabel(this))
    , m_pause(new QTimer(this))
{
    setObjectName(u"findDialog"_s);
    m_text->setObjectName(u"findText"_s);
    m_text->setClearButtonEnabled(true);
    m_results->setObjectName(u"findResults"_s);
    m_results->setUniformItemSizes(true);
    m_count->setObjectName(u"findCount"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_count);
    layout->addWidget(m_results, 1);
    resize(560, 420);

    // A short pause after the last keystroke: a search over 10,000 Services is not free.
    m_pause->setSingleShot(true);
    m_pause->setInterval(120);
    connect(m_pause, &QTimer::timeout, this, &FindDialog::search);
    connect(m_text, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_pause->isActive())
            search();
        activate(std::max(0, m_results->currentRow()));
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        activate(m_results->row(item));
    });
    retranslateUi();
}

FindDialog::~FindDialog() = default;

QAction *FindDialog::addTo(QMainWindow *window, QMenu *editMenu, EditorSession *session, Show show)
{
    editMenu->addSeparator();
    auto *action = editMenu->addAction(QString());
    action->setObjectName(u"findAction"_s);
    action->setShortcut(QKeySequence::Find);
    auto dialog = std::make_shared<QPointer<FindDialog>>();
    QObject::connect(action, &QAction::triggered, window, [=] {
        if (!*dialog)
            *dialog = new FindDialog(window, session, show);
        FindDialog *d = *dialog;
        d->show();
        d->raise();
        d->activateWindow();
        d->m_text->setFocus();
        d->m_text->selectAll();
        d->search(); // the file may have changed since
    });
    new OnLanguageChange(window, [action] { action->setText(tr("&Find...")); });
    return action;
}

void FindDialog::search()
{
    m_pause->stop();
    m_matches.clear();
    m_results->clear();
    const ManifestDocument *document = m_session->document();
    if (document)
        m_matches = findInManifest(document->manifest(), m_text->text(), shownAtMost + 1);
    const bool more = m_matches.size() > shownAtMost;
    if (more)
        m_matches.resize(shownAtMost);
    for (const FindMatch &m : m_matches) {
        const QString name = m.serviceName.isEmpty() ? tr("(unnamed)") : m.serviceName;
        const QString where = m.value.isEmpty() ? m.path.toString()
                                                : tr("%1: %2").arg(m.path.toString(), m.value);
        auto *item = new QListWidgetItem(tr("%1 · %2").arg(name, where), m_results);
        item->setToolTip(where);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    if (m_text->text().trimmed().isEmpty())
        m_count->setText(tr("Type a Service's name, a field's name or a value."));
    else if (m_matches.empty())
        m_count->setText(tr("Nothing found."));
    else if (more)
        m_count->setText(
            tr("The first %1 places found; type more to narrow them.").arg(shownAtMost));
    else
        m_count->setText(tr("%n place(s) found.", nullptr, int(m_matches.size())));
}

void FindDialog::activate(int row)
{
    if (row < 0 || size_t(row) >= m_matches.size() || !m_session->document())
        return;
    const FindMatch &m = m_matches[size_t(row)];
    const auto services = m_session->document()->manifest().services();
    if (std::find(services.begin(), services.end(), m.service) == services.end()) {
        search(); // the file changed under the list
        return;
    }
    m_show(m.service, m.path);
}

void FindDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void FindDialog::retranslateUi()
{
    setWindowTitle(tr("Find"));
    m_text->setPlaceholderText(tr("Find a Service or a field by name or value"));
    search();
}

} // namespace sd
