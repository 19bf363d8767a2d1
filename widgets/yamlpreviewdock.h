// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include "model/domain/node.h"

namespace sd {

struct Service;
class YamlView;

/**
 * The YAML of one Service exactly as it will be exported (writeService() and emitYaml(), as the
 * exporter writes it), read-only and highlighted. highlightPath() marks the lines of a field, so
 * that a finding can point at what it is about; the mark follows the field when the Service
 * changes, and the view keeps its scroll position.
 * Child object name: "yamlPreview".
 */
class YamlPreviewDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit YamlPreviewDock(QWidget *parent = nullptr);
    ~YamlPreviewDock() override;

    YamlView *yamlView() const { return m_view; }
    /** The part of the last highlightPath() argument that names a field of the YAML shown
     *  (`spec.ports[1]` for `spec.ports[1].appProtocol` when that is not set), or empty. */
    QString highlightedPath() const { return m_found; }

public Q_SLOTS:
    /** Shows `service` in place of what was shown, at the same scroll position. */
    void setService(const sd::Service &service);
    /** Shows no Service. */
    void clear();
    /**
     * Marks the lines of a field, given by its path as findings have it (`spec.ports[1].port`,
     * `metadata.annotations[example.com/key]`, `spec.selector`), and scrolls to them. Where the
     * field is not in the YAML, marks the nearest enclosing field that is; an empty path clears
     * the mark.
     */
    void highlightPath(const QString &fieldPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateMark();

    YamlView *m_view;
    Node m_root;     // the YAML shown, read back, with the line of every node
    QString m_path;  // as asked
    QString m_found; // the part of it that was found
};

} // namespace sd
