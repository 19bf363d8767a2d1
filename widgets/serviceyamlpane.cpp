// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/serviceyamlpane.h"

#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/document/documentcommands.h"
#include "model/document/manifestdocument.h"
#include "model/document/servicetext.h"
#include "model/document/validationscheduler.h"
#include "model/itemmodels/servicelistmodel.h"
#include "widgets/sourceeditor.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// The 1-based line of the file on which a document's chunk starts.
int firstLineOf(const Manifest &manifest, int document)
{
    int line = 1;
    for (int i = 0; i < document; ++i)
        line += int(manifest.documentText(i).count('\n'));
    return line;
}

} // namespace

ServiceYamlPane::ServiceYamlPane(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_editor(new SourceEditor(this))
    , m_problem(new QLabel(this))
{
    m_header->setObjectName(u"serviceHeader"_s);
    m_header->setContentsMargins(10, 8, 10, 8);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editor->setObjectName(u"sourceEditor"_s);
    m_editor->setFrameShape(QFrame::NoFrame);
    m_editor->setAcceptDrops(false); // a file dropped here opens in the window
    m_problem->setObjectName(u"sourceProblem"_s);
    m_problem->setContentsMargins(10, 4, 10, 4);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    connect(m_editor, &SourceEditor::textEdited, this, &ServiceYamlPane::takeTypedText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_editor);
    layout->addWidget(m_problem);
}

ServiceYamlPane::~ServiceYamlPane() = default;

void ServiceYamlPane::showRow(ManifestDocument *document, const QModelIndex &index)
{
    if (document != m_document)
        m_editedDocument = -1;
    m_document = document;
    m_index = index;
    m_stale = true;
    // Rendered now if it is (or will be, once the window shows) the tab on top; else when shown.
    if (isVisibleTo(window()))
        render();
}

void ServiceYamlPane::setScheduler(const ValidationScheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    if (scheduler) {
        connect(scheduler,
                &ValidationScheduler::findingsChanged,
                this,
                &ServiceYamlPane::updateMarkers);
    }
    updateMarkers();
}

void ServiceYamlPane::flushPendingEdit()
{
    m_editor->flushPendingEdit();
}

void ServiceYamlPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        render();
}

int ServiceYamlPane::shownDocument() const
{
    if (!m_document || !m_index.isValid())
        return -1;
    if (const auto ref = m_index.data(ServiceListModel::ServiceRefRole).value<ServiceRef>();
        ref.isValid())
        return ref.document;
    return m_index.data(ServiceListModel::DocumentIndexRole).toInt();
}

void ServiceYamlPane::render()
{
    m_stale = false;
    if (m_document)
        m_document->syncText();
    const ManifestDocument *document = m_document;
    const QModelIndex index = m_index;
    m_header->setVisible(document != nullptr);
    const int doc = shownDocument();
    if (doc < 0 || size_t(doc) >= document->manifest().documents.size()) {
        const QString none = document ? tr("No Services in %1").arg(document->displayName())
                                      : QString();
        m_header->setText(u"<b>%1</b>"_s.arg(none.toHtmlEscaped()));
        m_editor->setPlaceholderText(
            document ? tr("This file holds no v1 Service.")
                     : tr("Open a manifest with File › Open, or drop a YAML file here."));
        m_editor->setSourceText({});
        m_editor->setReadOnly(true);
        m_editor->setError(0, {});
        m_problem->hide();
        m_editedDocument = -1;
        return;
    }
    const Manifest &manifest = document->manifest();
    const QColor quiet = palette().color(QPalette::PlaceholderText);
    QString header = u"<b>%1</b>&nbsp;&nbsp;&nbsp;<span style=\"color:%2\">%3</span>"_s
                         .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(),
                              quiet.name(),
                              index.data(ServiceListModel::SummaryRole).toString().toHtmlEscaped());
    const SourceDocument &source = manifest.documents[size_t(doc)];
    if (source.form == SourceDocument::Form::Broken)
        header += u"<br>"_s
                  + tr("It is kept in the file and saved as it is until you fix it here.")
                        .toHtmlEscaped();
    m_header->setText(header);
    m_editor->setReadOnly(false);
    m_editor->setFirstLineNumber(firstLineOf(manifest, doc));
    // What the user is typing stays until it reads; anything else shows the document.
    if (doc != m_editedDocument) {
        m_editedDocument = -1;
        m_editor->setSourceText(manifest.documentText(doc));
        m_problem->hide();
        m_editor->setError(0, {});
        if (source.error) {
            const QByteArray &text = source.text;
            // An error found only at the end of a document (an unclosed bracket) is reported where
            // the next one starts: mark the document's last line then.
            const int lines = std::max(1, int(text.count('\n')) + (text.endsWith('\n') ? 0 : 1));
            const int line = std::clamp(source.error->pos.line - firstLineOf(manifest, doc) + 1,
                                        1,
                                        lines);
            m_editor->setError(line, source.error->message);
            m_editor->centerCursor();
        }
    }
    updateMarkers();
}

void ServiceYamlPane::takeTypedText()
{
    const int doc = shownDocument();
    if (!m_document || doc < 0)
        return;
    const QByteArray text = m_editor->sourceText();
    const Manifest read = Manifest::fromBytes(text);
    for (const SourceDocument &d : read.documents) {
        if (d.error) {
            // Not yet: the rest of the window keeps what it has.
            m_editedDocument = doc;
            m_editor->setError(d.error->pos.line, d.error->message);
            m_problem->setText(tr("Line %1, column %2: %3")
                                   .arg(m_editor->firstLineNumber() + d.error->pos.line - 1)
                                   .arg(d.error->pos.column)
                                   .arg(d.error->message));
            m_problem->show();
            return;
        }
    }
    m_editedDocument = -1;
    m_editor->setError(0, {});
    m_problem->hide();
    m_document->syncText();
    if (text != m_document->manifest().documentText(doc))
        m_document->undoStack()->push(new EditDocumentTextCommand(m_document, doc, text));
}

void ServiceYamlPane::updateMarkers()
{
    if (!isVisibleTo(window())) {
        m_stale = true; // brought up to date when shown
        return;
    }
    QMap<int, Severity> markers;
    const ServiceRef ref = m_index.isValid()
                               ? m_index.data(ServiceListModel::ServiceRefRole).value<ServiceRef>()
                               : ServiceRef();
    if (m_document && m_scheduler && ref.isValid() && m_editedDocument < 0) {
        m_document->syncText();
        const FieldLines lines = sourceLines(m_document->manifest(), ref);
        for (const Finding &f : m_scheduler->findings(ref)) {
            const int line = linesOf(lines, f.path).first;
            if (line <= 0)
                continue;
            // The most severe finding of a line marks it (Error < Warning < Info).
            if (!markers.contains(line) || int(f.severity) < int(markers.value(line)))
                markers.insert(line, f.severity);
        }
    }
    m_editor->setLineMarkers(markers);
}

} // namespace sd
