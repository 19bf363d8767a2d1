// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QLabel;
class QModelIndex;

namespace sd {

class ManifestDocument;
class YamlView;

/**
 * The right-hand side of the window: a one-line header (name, type, ports, namespace) over the
 * YAML of one row of a ServiceListModel. For a Service that is Manifest::serviceYaml(); for a
 * document that could not be read, its text exactly as in the file with the error line marked.
 * Child object names: "serviceHeader", "yamlView".
 */
class ServiceYamlPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceYamlPane(QWidget *parent = nullptr);
    ~ServiceYamlPane() override;

    /** Shows row `index` of a ServiceListModel over `document`. With no document, or no valid
     *  index, shows a hint instead. Call again after a change or a language switch. While the
     *  pane is hidden (another tab), it only notes what to show when it is shown. */
    void showRow(const ManifestDocument *document, const QModelIndex &index);

    YamlView *yamlView() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void render();

    QLabel *m_header;
    YamlView *m_view;
    QPointer<const ManifestDocument> m_document;
    QPersistentModelIndex m_index;
    bool m_stale = false;
};

} // namespace sd
