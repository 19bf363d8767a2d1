// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QAbstractListModel>
#include <QPointer>

#include "model/document/servicechange.h"
#include "model/io/manifest.h"

namespace sd {

class ManifestDocument;

/**
 * The Services of a ManifestDocument, one row each, in file order; and, in their place among
 * them, one row for each document that could not be read (SourceDocument::Form::Broken), so that
 * the user sees that part of the file exists and what is wrong with it. After them, one row for
 * each object of another kind (a Deployment, a ConfigMap), in file order, so that the user can
 * select it and read or edit its text. Empty documents have no row.
 *
 * Read-only. Resets on ManifestDocument::manifestReset and documentsChanged (a document
 * inserted, removed or moved) and emits dataChanged for the row of a
 * Service on ManifestDocument::serviceChanged. The model never holds icons or colours: views map
 * RowKindRole to a warning icon (the model library does not depend on Qt Widgets).
 */
class ServiceListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    /** What a row stands for. */
    enum class RowKind {
        Service,        ///< a v1 Service; ServiceRefRole says which
        BrokenDocument, ///< a document that could not be read; ErrorRole says why
        OtherObject,    ///< an object of another kind; DisplayRole says "Kind name"
    };
    Q_ENUM(RowKind)

    enum Role {
        /** RowKind of the row. */
        RowKindRole = Qt::UserRole + 1,
        /** sd::ServiceRef of a Service row; an invalid ServiceRef for a broken document. */
        ServiceRefRole,
        /** 0-based index of the row's document in Manifest::documents. */
        DocumentIndexRole,
        /** metadata.name as written (empty when there is none); DisplayRole says "(unnamed)". */
        NameRole,
        /** metadata.namespace as written, or empty. */
        NamespaceRole,
        /** The effective type in the API's spelling ("ClusterIP" when spec.type is not set). */
        ServiceTypeRole,
        /** The number of items in spec.ports. */
        PortCountRole,
        /** 1-based line in the file where the Service, or the error, is. 0 when not known. */
        LineRole,
        /** 1-based column of the error of a broken document; 0 otherwise. */
        ColumnRole,
        /** A second, quieter line for two-line views: "ClusterIP · 2 ports · namespace web", or
         *  "line 12, column 5: <what is wrong>" for a broken document. */
        SummaryRole,
        /** For a broken document, the whole message: "document 3: line 12, column 5: <what is
         *  wrong>"; empty for a Service. */
        ErrorRole,
    };
    Q_ENUM(Role)

    explicit ServiceListModel(QObject *parent = nullptr);
    ~ServiceListModel() override;

    /** Shows the rows of `document` (which may be nullptr: no rows). Does not take ownership;
     *  the model empties itself when the document is destroyed. */
    void setDocument(ManifestDocument *document);
    ManifestDocument *document() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The row of a Service, or -1. */
    int rowOf(ServiceRef ref) const;
    /** The first row of a document (a Service in it, or the document that could not be read),
     *  or -1. */
    int firstRowOf(int document) const;
    /** The ServiceRef of a row; invalid for a broken document or a row out of range. */
    ServiceRef serviceAt(int row) const;

private:
    struct Row
    {
        RowKind kind;
        int document;
        int resource; // for a Service row
    };

    void rebuild();
    void onServiceChanged(const ServiceChange &change);
    QVariant serviceData(const Row &row, int role) const;
    QVariant brokenData(const Row &row, int role) const;
    QVariant otherData(const Row &row, int role) const;

    QPointer<ManifestDocument> m_document;
    std::vector<Row> m_rows;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace sd
