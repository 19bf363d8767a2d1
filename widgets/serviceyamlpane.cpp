// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/serviceyamlpane.h"

#include <QLabel>
#include <QVBoxLayout>

#include "model/document/manifestdocument.h"
#include "model/itemmodels/servicelistmodel.h"
#include "widgets/yamlview.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// The 1-based line of the file on which a document's chunk starts.
int firstLineOf(const Manifest &manifest, int document)
{
    int line = 1;
    for (int i = 0; i < document; ++i)
        line += int(manifest.documents[size_t(i)].text.count('\n'));
    return line;
}

} // namespace

ServiceYamlPane::ServiceYamlPane(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_view(new YamlView(this))
{
    m_header->setObjectName(u"serviceHeader"_s);
    m_header->setContentsMargins(10, 8, 10, 8);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(u"yamlView"_s);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAcceptDrops(false); // a file dropped here opens in the window

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_view);
}

ServiceYamlPane::~ServiceYamlPane() = default;

void ServiceYamlPane::showRow(const ManifestDocument *document, const QModelIndex &index)
{
    m_document = document;
    m_index = index;
    m_stale = true;
    // Rendered now if it is (or will be, once the window shows) the tab on top; else when shown.
    if (isVisibleTo(window()))
        render();
}

void ServiceYamlPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        render();
}

void ServiceYamlPane::render()
{
    m_stale = false;
    const ManifestDocument *document = m_document;
    const QModelIndex index = m_index;
    m_header->setVisible(document != nullptr);
    if (!document || !index.isValid()) {
        const QString none = document ? tr("No Services in %1").arg(document->displayName())
                                      : QString();
        m_header->setText(u"<b>%1</b>"_s.arg(none.toHtmlEscaped()));
        m_view->setPlaceholderText(
            document ? tr("This file holds no v1 Service.")
                     : tr("Open a manifest with File › Open, or drop a YAML file here."));
        m_view->setYaml({});
        return;
    }
    const QColor quiet = palette().color(QPalette::PlaceholderText);
    QString header = u"<b>%1</b>&nbsp;&nbsp;&nbsp;<span style=\"color:%2\">%3</span>"_s
                         .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(),
                              quiet.name(),
                              index.data(ServiceListModel::SummaryRole).toString().toHtmlEscaped());
    const Manifest &manifest = document->manifest();
    if (const auto ref = index.data(ServiceListModel::ServiceRefRole).value<ServiceRef>();
        ref.isValid()) {
        m_header->setText(header);
        m_view->setYaml(manifest.serviceYaml(ref));
        return;
    }
    // A document that could not be read: its text as it is in the file, the error line marked.
    const int doc = index.data(ServiceListModel::DocumentIndexRole).toInt();
    header += u"<br>"_s + tr("It is kept in the file and saved as it is.").toHtmlEscaped();
    m_header->setText(header);
    const QByteArray &text = manifest.documents.at(size_t(doc)).text;
    m_view->setYaml(text);
    // An error found only at the end of a document (an unclosed bracket) is reported where the
    // next one starts: mark the document's last line then.
    const int lines = std::max(1, int(text.count('\n')) + (text.endsWith('\n') ? 0 : 1));
    if (const int line = index.data(ServiceListModel::LineRole).toInt(); line > 0)
        m_view->setErrorLine(std::clamp(line - firstLineOf(manifest, doc) + 1, 1, lines));
}

} // namespace sd
