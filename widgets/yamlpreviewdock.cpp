// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/yamlpreviewdock.h"

#include <algorithm>
#include <vector>

#include <QEvent>
#include <QScrollBar>

#include "model/io/servicewriter.h"
#include "model/io/yamlemitter.h"
#include "model/io/yamlparser.h"
#include "widgets/yamlview.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// One step of a field path: `ports` in `spec.ports[1]` (a name), `1` or `example.com/key` (in
// brackets: an index, or a key that may hold dots). `end` is where the step ends in the path.
struct Step
{
    QString key;
    bool bracketed = false;
    qsizetype end = 0;
};

std::vector<Step> stepsOf(QStringView path)
{
    std::vector<Step> steps;
    qsizetype i = 0;
    while (i < path.size()) {
        if (path[i] == u'.') {
            ++i;
        } else if (path[i] == u'[') {
            const qsizetype close = path.indexOf(u']', i + 1);
            const qsizetype end = close < 0 ? path.size() : close + 1;
            steps.push_back(
                {path.mid(i + 1, (close < 0 ? end : close) - i - 1).toString(), true, end});
            i = end;
        } else {
            qsizetype end = i;
            while (end < path.size() && path[end] != u'.' && path[end] != u'[')
                ++end;
            steps.push_back({path.mid(i, end - i).toString(), false, end});
            i = end;
        }
    }
    return steps;
}

// The last line a node's text takes: the deepest line of anything in it, and the lines a block
// scalar runs on below its indicator.
int lastLineOf(const Node &node, int line)
{
    line = std::max(line, node.pos().line);
    if (node.style() == Node::Style::Literal || node.style() == Node::Style::Folded) {
        const QString &text = node.text();
        line += int(text.count(u'\n')) + (text.endsWith(u'\n') || text.isEmpty() ? 0 : 1);
    }
    for (const Node &item : node.items())
        line = lastLineOf(item, line);
    for (const Node::Entry &entry : node.entries())
        line = lastLineOf(entry.value, std::max(line, entry.keyPos.line));
    return line;
}

struct Located
{
    int first = 0;
    int last = 0;
    qsizetype pathLength = 0; // how much of the path was found
};

// Walks `path` down from `root` as far as the YAML has it.
Located locate(const Node &root, QStringView path)
{
    Located found;
    const Node *node = &root;
    for (const Step &step : stepsOf(path)) {
        const Node *next = nullptr;
        int line = 0;
        if (node->isMapping()) {
            // The last of duplicate keys, as Node::find() and kubectl take it.
            for (const Node::Entry &entry : node->entries()) {
                if (entry.key == step.key) {
                    next = &entry.value;
                    line = entry.keyPos.line;
                }
            }
        } else if (node->isSequence() && step.bracketed) {
            bool ok = false;
            const int index = step.key.toInt(&ok);
            if (ok && index >= 0 && index < int(node->items().size())) {
                next = &node->items()[size_t(index)];
                line = next->pos().line;
            }
        }
        if (!next || line <= 0)
            break;
        node = next;
        found = {line, lastLineOf(*next, line), step.end};
    }
    return found;
}

} // namespace

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
    const QByteArray yaml = emitYaml(writeService(service));
    // Read back what is shown, for the line of each field: the writer's tree has no positions.
    std::vector<YamlDocument> documents = parseYaml(yaml);
    m_root = !documents.empty() && documents.front().hasContent && !documents.front().error
                 ? std::move(documents.front().root)
                 : Node();

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
    m_root = Node();
    m_view->setYaml({});
    updateMark();
}

void YamlPreviewDock::highlightPath(const QString &fieldPath)
{
    m_path = fieldPath;
    updateMark();
    m_view->centerOnLine(m_view->markedFirstLine());
}

void YamlPreviewDock::updateMark()
{
    const Located found = m_path.isEmpty() ? Located{} : locate(m_root, m_path);
    m_found = m_path.left(found.pathLength);
    m_view->setMarkedLines(found.first, found.last);
}

} // namespace sd
