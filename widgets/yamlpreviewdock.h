// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

#include "model/document/servicetext.h"
#include "model/domain/fieldpath.h"

namespace sd {

struct Service;
class YamlView;

/**
 * The YAML of one Service exactly as it will be exported (writeService() and emitYaml(), as the
 * exporter writes it), read-only and highlighted. highlightPath() marks the lines of a field, so
 * that a finding can point at what it is about; the lines come from the writer as it writes. The
 * mark follows the field when the Service changes, and the view keeps its scroll position.
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
    FieldPath highlightedPath() const { return m_found; }

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
    void highlightPath(const sd::FieldPath &fieldPath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateMark();

    YamlView *m_view;
    FieldLines m_lines; // where each field of the YAML shown is
    FieldPath m_path;   // as asked
    FieldPath m_found;  // the part of it that was found
};

} // namespace sd
