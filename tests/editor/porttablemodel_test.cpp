// SPDX-License-Identifier: GPL-3.0-or-later
// PortTableModel: edits as undo commands, placeholders, findings, suggestions, copy and paste;
// always wrapped in QAbstractItemModelTester.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include "model/document/documentcommands.h"
#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/validationscheduler.h"
#include "model/io/manifestio.h"
#include "model/itemmodels/porttablemodel.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

using C = PortTableModel::Column;

const QByteArray kFile = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                         "spec:\n  type: NodePort\n  selector: {app: web}\n  ports:\n"
                         "  - name: http\n    port: 80\n    targetPort: http\n"
                         "  - port: eighty   # wrong type\n"
                         "  - name: dns\n    protocol: UDP\n    port: 53\n    nodePort: 30053\n"
                         "---\n"
                         "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n"
                         "spec:\n  template:\n    metadata:\n      labels: {app: web, tier: a}\n"
                         "    spec:\n      containers:\n      - name: web\n        ports:\n"
                         "        - {name: http, containerPort: 8080}\n"
                         "        - {name: metrics, containerPort: 9090}\n"
                         "---\n"
                         "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: other}\n"
                         "spec:\n  template:\n    metadata:\n      labels: {app: other}\n"
                         "    spec:\n      containers:\n      - name: o\n        ports:\n"
                         "        - {name: admin, containerPort: 7000}\n";

std::unique_ptr<ManifestDocument> documentFrom(const QByteArray &bytes)
{
    ReadResult read = readManifest(bytes);
    EXPECT_FALSE(read.error.has_value());
    return std::make_unique<ManifestDocument>(std::move(read.manifest));
}

struct Fixture
{
    Fixture()
        : doc(documentFrom(kFile))
    {
        model.setDocument(doc.get());
        model.setService(ref);
    }
    const Service &service() const { return doc->manifest().service(ref); }
    QVariant at(int row, int column, int role = Qt::DisplayRole) const
    {
        return model.index(row, column).data(role);
    }
    bool set(int row, int column, const QVariant &value)
    {
        return model.setData(model.index(row, column), value);
    }

    std::unique_ptr<ManifestDocument> doc;
    ServiceRef ref{0, 0};
    PortTableModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST(PortTableModel, ShowsThePortsAsWrittenWithDefaultsAsPlaceholders)
{
    Fixture f;
    ASSERT_EQ(f.model.rowCount(), 3);
    ASSERT_EQ(f.model.columnCount(), 6);
    EXPECT_EQ(f.at(0, C::NameColumn).toString(), u"http"_s);
    EXPECT_EQ(f.at(0, C::PortColumn).toString(), u"80"_s);
    EXPECT_EQ(f.at(0, C::TargetPortColumn).toString(), u"http"_s);
    EXPECT_FALSE(f.at(0, C::ProtocolColumn).isValid());
    EXPECT_FALSE(f.at(0, C::ProtocolColumn, PortTableModel::IsSetRole).toBool());
    EXPECT_EQ(f.at(0, C::ProtocolColumn, PortTableModel::PlaceholderRole).toString(), u"TCP"_s);
    EXPECT_EQ(f.at(0, C::NodePortColumn, PortTableModel::PlaceholderRole).toString(), u"auto"_s);
    EXPECT_EQ(f.at(1, C::PortColumn).toString(), u"eighty"_s); // raw, as written
    EXPECT_FALSE(f.at(1, C::TargetPortColumn, PortTableModel::PlaceholderRole).isValid());
    EXPECT_EQ(f.at(2, C::ProtocolColumn).toString(), u"UDP"_s);
    EXPECT_EQ(f.at(2, C::TargetPortColumn, PortTableModel::PlaceholderRole).toString(), u"53"_s);
    EXPECT_EQ(f.at(2, C::NodePortColumn).toString(), u"30053"_s);
    EXPECT_EQ(f.model.headerData(C::TargetPortColumn, Qt::Horizontal).toString(), u"Target port"_s);
    EXPECT_TRUE(f.model.flags(f.model.index(0, 0)) & Qt::ItemIsEditable);
}

TEST(PortTableModel, EditsAreUndoableCommands)
{
    Fixture f;
    const Service original = f.service();
    const QByteArray bytes = f.doc->bytes();
    struct Edit
    {
        int row;
        C column;
        QVariant value;
        QString label;
        std::function<bool(const ServicePort &)> check;
    };
    const std::vector<Edit> edits = {
        {0,
         C::NameColumn,
         u"web"_s,
         u"Set port name"_s,
         [](const ServicePort &p) { return p.name.value() == u"web"; }},
        {0,
         C::ProtocolColumn,
         u"sctp"_s,
         u"Set port protocol"_s,
         [](const ServicePort &p) { return p.protocol.value() == Protocol::SCTP; }},
        {0,
         C::AppProtocolColumn,
         u"kubernetes.io/h2c"_s,
         u"Set app protocol"_s,
         [](const ServicePort &p) { return p.appProtocol.value() == u"kubernetes.io/h2c"; }},
        {1,
         C::PortColumn,
         8080,
         u"Set port number"_s,
         [](const ServicePort &p) { return p.port.value() == 8080; }},
        {1,
         C::PortColumn,
         u" 81 "_s,
         u"Set port number"_s,
         [](const ServicePort &p) { return p.port.value() == 81; }},
        {0,
         C::TargetPortColumn,
         u"8080"_s,
         u"Set target port"_s,
         [](const ServicePort &p) { return p.targetPort.value() == IntOrString(8080); }},
        {0,
         C::TargetPortColumn,
         u"metrics"_s,
         u"Set target port"_s,
         [](const ServicePort &p) { return p.targetPort.value() == IntOrString(u"metrics"_s); }},
        {0,
         C::TargetPortColumn,
         QString(),
         u"Set target port"_s,
         [](const ServicePort &p) { return !p.targetPort.isSet(); }},
        {2,
         C::NodePortColumn,
         u""_s,
         u"Set node port"_s,
         [](const ServicePort &p) { return !p.nodePort.isSet(); }},
    };
    for (const Edit &e : edits) {
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        ASSERT_TRUE(f.set(e.row, e.column, e.value)) << e.label.toStdString();
        EXPECT_EQ(f.doc->undoStack()->undoText(), e.label);
        EXPECT_TRUE(e.check(f.service().ports()[size_t(e.row)].value())) << e.label.toStdString();
        EXPECT_GE(changed.count(), 1);
        EXPECT_EQ(f.model.rowCount(), 3);
        f.doc->undoStack()->undo();
        EXPECT_EQ(f.service(), original);
        EXPECT_EQ(f.doc->bytes(), bytes);
        f.doc->undoStack()->redo();
        EXPECT_TRUE(e.check(f.service().ports()[size_t(e.row)].value()));
        EXPECT_EQ(f.model.data(f.model.index(e.row, e.column), Qt::EditRole).toString(),
                  e.column == C::ProtocolColumn ? e.value.toString().toUpper()
                                                : e.value.toString().trimmed());
        f.doc->undoStack()->undo();
    }
    // Input of the wrong shape changes nothing.
    EXPECT_FALSE(f.set(0, C::PortColumn, u"eighty"_s));
    EXPECT_FALSE(f.set(0, C::NodePortColumn, u"auto-ish"_s));
    EXPECT_FALSE(f.set(0, C::ProtocolColumn, u"HTTP"_s));
    // The same value again is no step.
    EXPECT_TRUE(f.set(0, C::NameColumn, u"http"_s));
    EXPECT_EQ(f.doc->undoStack()->index(), 0);
    EXPECT_FALSE(f.doc->isModified());
}

TEST(PortTableModel, InsertsRemovesAndMovesRowsUndoably)
{
    Fixture f;
    const QByteArray bytes = f.doc->bytes();
    auto names = [&] {
        QStringList out;
        for (int row = 0; row < f.model.rowCount(); ++row)
            out << f.at(row, C::NameColumn).toString();
        return out;
    };
    ASSERT_TRUE(f.model.insertRows(1, 2));
    EXPECT_EQ(f.doc->undoStack()->undoText(), u"Add 2 port(s)"_s);
    EXPECT_EQ(names(), (QStringList{u"http"_s, QString(), QString(), QString(), u"dns"_s}));
    f.doc->undoStack()->undo();
    EXPECT_EQ(names(), (QStringList{u"http"_s, QString(), u"dns"_s}));
    EXPECT_EQ(f.doc->bytes(), bytes);

    QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
    ASSERT_TRUE(f.model.removeRows(0, 2));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(names(), QStringList{u"dns"_s});
    f.doc->undoStack()->undo();
    EXPECT_EQ(names(), (QStringList{u"http"_s, QString(), u"dns"_s}));

    ASSERT_TRUE(f.model.moveRows({}, 2, 1, {}, 0));
    EXPECT_EQ(names(), (QStringList{u"dns"_s, u"http"_s, QString()}));
    EXPECT_EQ(f.doc->undoStack()->undoText(), u"Move 1 port(s)"_s);
    ASSERT_TRUE(f.model.moveRows({}, 0, 1, {}, 3));
    EXPECT_EQ(names(), (QStringList{u"http"_s, QString(), u"dns"_s}));
    EXPECT_FALSE(f.model.moveRows({}, 0, 1, {}, 1)); // onto itself
    f.doc->undoStack()->undo();
    f.doc->undoStack()->undo();
    EXPECT_EQ(f.doc->bytes(), bytes);
}

TEST(PortTableModel, CopiesAndPastesPortsAsYaml)
{
    Fixture f;
    const QByteArray yaml = f.model.copyRows({0, 2});
    EXPECT_EQ(yaml,
              "- name: http\n  port: 80\n  targetPort: http\n"
              "- name: dns\n  nodePort: 30053\n  port: 53\n  protocol: UDP\n");
    ASSERT_TRUE(f.model.pasteRows(3, yaml));
    EXPECT_EQ(f.doc->undoStack()->undoText(), u"Paste 2 port(s)"_s);
    ASSERT_EQ(f.model.rowCount(), 5);
    EXPECT_EQ(f.service().ports()[3], f.service().ports()[0]);
    EXPECT_EQ(f.service().ports()[4], f.service().ports()[2]);
    EXPECT_EQ(f.model.copyRows({3, 4}), yaml);
    // One port's mapping, and through QMimeData.
    std::unique_ptr<QMimeData> mime(f.model.mimeData({f.model.index(1, 0)}));
    EXPECT_EQ(mime->data(PortTableModel::mimeType()), "- port: eighty\n");
    ASSERT_TRUE(f.model.dropMimeData(mime.get(), Qt::CopyAction, 0, 0, {}));
    EXPECT_EQ(f.at(0, C::PortColumn).toString(), u"eighty"_s);
    EXPECT_TRUE(f.model.pasteRows(0, "{name: one, port: 1}"));
    EXPECT_EQ(f.at(0, C::NameColumn).toString(), u"one"_s);
    // Not ports: nothing changes.
    const int steps = f.doc->undoStack()->count();
    EXPECT_FALSE(f.model.pasteRows(0, "just text"));
    EXPECT_FALSE(f.model.pasteRows(0, "[unclosed"));
    EXPECT_FALSE(f.model.pasteRows(0, "[]"));
    EXPECT_EQ(f.doc->undoStack()->count(), steps);
}

TEST(PortTableModel, ShowsTheFindingsOfEachCell)
{
    Fixture f;
    ValidationScheduler scheduler(f.doc.get());
    f.model.setScheduler(&scheduler);
    scheduler.validateNow();
    // The second port: no name in a Service of several ports, and a port that is not a number.
    EXPECT_EQ(f.at(1, C::NameColumn, PortTableModel::SeverityRole).toInt(), int(Severity::Error));
    EXPECT_EQ(f.at(1, C::PortColumn, PortTableModel::SeverityRole).toInt(), int(Severity::Error));
    EXPECT_FALSE(f.at(1, C::PortColumn, PortTableModel::FindingsRole).toStringList().isEmpty());
    EXPECT_FALSE(f.at(0, C::NameColumn, PortTableModel::SeverityRole).isValid());
    EXPECT_TRUE(f.at(0, C::NameColumn, PortTableModel::FindingsRole).toStringList().isEmpty());

    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(f.set(1, C::NameColumn, u"web"_s));
    ASSERT_TRUE(f.set(1, C::PortColumn, 8080));
    scheduler.validateNow();
    EXPECT_FALSE(f.at(1, C::NameColumn, PortTableModel::SeverityRole).isValid());
    EXPECT_FALSE(f.at(1, C::PortColumn, PortTableModel::SeverityRole).isValid());
    f.doc->undoStack()->undo();
    f.doc->undoStack()->undo();
    scheduler.validateNow();
    EXPECT_EQ(f.at(1, C::PortColumn, PortTableModel::SeverityRole).toInt(), int(Severity::Error));
    EXPECT_GE(changed.count(), 4);
}

TEST(PortTableModel, SuggestsAppProtocolsAndTheSelectedPodsPortNames)
{
    Fixture f;
    EXPECT_EQ(f.at(0, C::AppProtocolColumn, PortTableModel::SuggestionsRole).toStringList(),
              (QStringList{u"http"_s,
                           u"https"_s,
                           u"kubernetes.io/h2c"_s,
                           u"kubernetes.io/ws"_s,
                           u"kubernetes.io/wss"_s}));
    const QStringList descriptions
        = f.at(0, C::AppProtocolColumn, PortTableModel::SuggestionDescriptionsRole).toStringList();
    ASSERT_EQ(descriptions.size(), 5);
    EXPECT_FALSE(descriptions.contains(QString()));
    EXPECT_EQ(f.at(0, C::TargetPortColumn, PortTableModel::SuggestionsRole).toStringList(),
              (QStringList{u"http"_s, u"metrics"_s}));
    EXPECT_TRUE(f.at(0, C::NameColumn, PortTableModel::SuggestionsRole).toStringList().isEmpty());
}

TEST(PortTableModel, FollowsTheServiceWhenDocumentsMoveAndEmptiesWhenItGoes)
{
    Fixture f;
    f.doc->undoStack()->push(new MoveDocumentCommand(f.doc.get(), 0, 2));
    EXPECT_EQ(f.model.service(), (ServiceRef{2, 0}));
    EXPECT_EQ(f.model.rowCount(), 3);
    ASSERT_TRUE(f.set(0, C::NameColumn, u"moved"_s));
    EXPECT_EQ(f.doc->manifest().service(ServiceRef{2, 0}).ports()[0].value().name.value(),
              u"moved"_s);
    f.doc->undoStack()->push(new RemoveDocumentCommand(f.doc.get(), 2));
    EXPECT_FALSE(f.model.service().isValid());
    EXPECT_EQ(f.model.rowCount(), 0);
    EXPECT_FALSE(f.model.insertRows(0, 1));
}

TEST(PortTableModel, PlaceholdersFollowTheType)
{
    Fixture f;
    Service edited = f.service();
    edited.spec.value().type.set(ServiceType::ClusterIP);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.doc->undoStack()->push(new SetServiceCommand(f.doc.get(), f.ref, edited, u"Edit"_s));
    EXPECT_FALSE(f.at(0, C::NodePortColumn, PortTableModel::PlaceholderRole).isValid());
    EXPECT_EQ(changed.count(), 1);
}

} // namespace
} // namespace sd
