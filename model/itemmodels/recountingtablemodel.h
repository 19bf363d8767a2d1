// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace sd {

class ManifestDocument;

/**
 * A table of numbers about a whole ManifestDocument (charts read them): it follows its document
 * and recounts everything on any change, with a model reset. Derived models say how to count
 * in recount(), which reads document() (nullptr: no document).
 */
class RecountingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** Not owned; the model empties itself when the document is destroyed. */
    void setDocument(ManifestDocument *document);
    ManifestDocument *document() const;

protected:
    explicit RecountingTableModel(QObject *parent = nullptr);
    ~RecountingTableModel() override;

    /** Recounts inside a model reset. */
    void reset();
    /** Fills the rows from document(); called inside a model reset. */
    virtual void recount() = 0;

private:
    QPointer<ManifestDocument> m_document;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace sd
