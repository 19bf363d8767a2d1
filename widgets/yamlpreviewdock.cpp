// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/yamlpreviewdock.h"

#include <QEvent>
#include <QScrollBar>

#include "widgets/yamlview.h"

using namespace Qt::StringLiterals;

namespace sd {

YamlPreviewDock::YamlPreviewDock(QWidget *parent)
    : QDockWidget(parent)
    , m_view(new YamlView(this))
{
    setObjectName(u"yamlPreviewDock"_s); // for QMainWindow::saveState
    m_view->setObjectName(u"yamlPreview"_s);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAcceptDrops(false); // a file dropped here opens in the window
    setWidget(m_view);
    retranslateUi();
}

YamlPreviewDock::~YamlPreviewDock() = default;

void YamlPreviewDock::retranslateUi()
{
    setWindowTitle(tr("YAML Preview"));
    m_view->setPlaceholderText(tr("Select a Service to see the YAML that will be exported."));
}

void YamlPreviewDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void YamlPreviewDock::setService(const Service &service)
{
    m_lines.clear();
    const QByteArray yaml = exportedYaml(service, &m_lines);

    QScrollBar *vertical = m_view->verticalScrollBar();
    QScrollBar *horizontal = m_view->horizontalScrollBar();
    const int top = vertical->value();
    const int left = horizontal->value();
    m_view->setYaml(yaml);
    updateMark();
    vertical->setValue(top);
    horizontal->setValue(left);
}

void YamlPreviewDock::clear()
{
    m_lines.clear();
    m_view->setYaml({});
    updateMark();
}

void YamlPreviewDock::highlightPath(const FieldPath &fieldPath)
{
    m_path = fieldPath;
    updateMark();
    m_view->centerOnLine(m_view->markedFirstLine());
}

void YamlPreviewDock::updateMark()
{
    const auto [first, last] = linesOf(m_lines, m_path, &m_found);
    m_view->setMarkedLines(first, last);
}

} // namespace sd
