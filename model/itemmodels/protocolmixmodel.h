// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QList>

#include "model/itemmodels/recountingtablemodel.h"

namespace sd {

class ManifestDocument;

/**
 * The mix of protocols over all ports of all Services of the open file, in two groups of rows:
 * first one row per protocol (TCP, UDP, SCTP, always all three; a port without a protocol is
 * TCP), then one row per appProtocol: "none" first (always there), then every value written, in
 * alphabetical order. A protocol or appProtocol of the wrong type (a decode error reported
 * elsewhere) is not counted.
 *
 * Columns: the label and the number of ports. Charts map the first group with
 * `firstRow = 0, rowCount = protocolRowCount()` and the second from `protocolRowCount()`.
 *
 * Read-only. Resets on ManifestDocument::serviceChanged, documentsChanged and manifestReset.
 */
class ProtocolMixModel final : public RecountingTableModel
{
    Q_OBJECT

public:
    enum Column {
        LabelColumn, ///< "TCP", "http", or "no appProtocol" (translated)
        CountColumn, ///< the number of ports, an int
        ColumnCount
    };
    Q_ENUM(Column)

    enum class Group { Protocol, AppProtocol };
    Q_ENUM(Group)

    enum Role {
        /** Group of the row. */
        GroupRole = Qt::UserRole + 1,
        /** The value as the API spells it: "TCP", "kubernetes.io/h2c"; empty for "none". */
        KeyRole,
    };
    Q_ENUM(Role)

    explicit ProtocolMixModel(QObject *parent = nullptr);
    ~ProtocolMixModel() override;

    /** The number of protocol rows (3), where the appProtocol rows start. */
    static constexpr int protocolRowCount() { return 3; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The count of a row, or 0. */
    int count(int row) const;
    /** The row of a value of a group (KeyRole), or -1. */
    int rowOf(Group group, const QString &key) const;

private:
    struct Row
    {
        Group group;
        QString key;
        int count = 0;
    };

    void recount() override;

    std::vector<Row> m_rows;
};

} // namespace sd
