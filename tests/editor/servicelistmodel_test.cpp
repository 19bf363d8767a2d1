// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/io/manifestio.h"
#include "model/itemmodels/servicelistmodel.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

using RowKind = ServiceListModel::RowKind;

QString realWorld(const QString &name)
{
    return QDir(QStringLiteral(SD_REALWORLD_DIR)).filePath(name);
}

std::unique_ptr<ManifestDocument> documentFrom(const QByteArray &bytes)
{
    ReadResult read = readManifest(bytes);
    EXPECT_FALSE(read.error.has_value());
    return std::make_unique<ManifestDocument>(std::move(read.manifest));
}

// Every model is tested wrapped in the tester, which aborts on any broken model contract.
struct Fixture
{
    ServiceListModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

// The objects of other kinds in a manifest: they follow the Services in the list.
int otherObjects(const Manifest &m)
{
    int n = 0;
    for (const SourceDocument &doc : m.documents) {
        if (doc.form == SourceDocument::Form::Broken)
            continue;
        for (const Resource &r : doc.resources)
            n += r.isService() ? 0 : 1;
    }
    return n;
}

RowKind kindAt(const ServiceListModel &model, int row)
{
    return model.index(row).data(ServiceListModel::RowKindRole).value<RowKind>();
}

TEST(ServiceListModel, ListsTheServicesOfAFileInFileOrder)
{
    FileError error;
    auto doc = ManifestDocument::load(realWorld(u"034-istio-bookinfo-multidoc.yaml"_s), &error);
    ASSERT_TRUE(doc) << error.message.toStdString();
    Fixture f;
    f.model.setDocument(doc.get());

    const std::vector<ServiceRef> refs = doc->manifest().services();
    ASSERT_EQ(refs.size(), 4u);
    const int others = otherObjects(doc->manifest());
    ASSERT_GT(others, 0);
    ASSERT_EQ(f.model.rowCount(), 4 + others);
    // After the Services, the other objects, each with its kind and name, and no Service.
    for (int row = 4; row < f.model.rowCount(); ++row) {
        EXPECT_EQ(kindAt(f.model, row), RowKind::OtherObject);
        EXPECT_FALSE(f.model.serviceAt(row).isValid());
        EXPECT_FALSE(f.model.index(row).data().toString().isEmpty());
    }
    EXPECT_TRUE(f.model.index(4).data().toString().startsWith(u"ServiceAccount "_s)
                || f.model.index(4).data().toString().startsWith(u"Deployment "_s))
        << f.model.index(4).data().toString().toStdString();
    const QStringList names{u"details"_s, u"ratings"_s, u"reviews"_s, u"productpage"_s};
    for (int row = 0; row < 4; ++row) {
        const QModelIndex i = f.model.index(row);
        const Service &service = doc->manifest().service(refs[size_t(row)]);
        EXPECT_EQ(kindAt(f.model, row), RowKind::Service);
        EXPECT_EQ(i.data(ServiceListModel::ServiceRefRole).value<ServiceRef>(), refs[size_t(row)]);
        EXPECT_EQ(f.model.serviceAt(row), refs[size_t(row)]);
        EXPECT_EQ(f.model.rowOf(refs[size_t(row)]), row);
        EXPECT_EQ(i.data(Qt::DisplayRole).toString(), names[row]);
        EXPECT_EQ(i.data(ServiceListModel::NameRole).toString(), names[row]);
        EXPECT_EQ(i.data(ServiceListModel::ServiceTypeRole).toString(), u"ClusterIP"_s);
        EXPECT_EQ(i.data(ServiceListModel::PortCountRole).toInt(), int(service.ports().size()));
        EXPECT_EQ(i.data(ServiceListModel::LineRole).toInt(),
                  doc->manifest().resource(refs[size_t(row)]).pos.line);
        EXPECT_TRUE(i.data(ServiceListModel::ErrorRole).toString().isEmpty());
        const QString tip = i.data(Qt::ToolTipRole).toString();
        EXPECT_TRUE(tip.contains(u"ClusterIP"_s)) << tip.toStdString();
        EXPECT_TRUE(tip.contains(QString::number(i.data(ServiceListModel::LineRole).toInt())));
    }
    // The first Service of the file starts on line 32 (after the licence comment).
    EXPECT_EQ(f.model.index(0).data(ServiceListModel::LineRole).toInt(), 32);
}

TEST(ServiceListModel, NamesAServiceWithoutNameAndShowsItsNamespaceAndType)
{
    auto doc = documentFrom("apiVersion: v1\nkind: Service\nmetadata:\n  namespace: shop\n"
                            "spec:\n  type: NodePort\n  ports:\n  - port: 80\n  - port: 443\n");
    Fixture f;
    f.model.setDocument(doc.get());
    ASSERT_EQ(f.model.rowCount(), 1);
    const QModelIndex i = f.model.index(0);
    EXPECT_EQ(i.data(Qt::DisplayRole).toString(), u"(unnamed)"_s);
    EXPECT_TRUE(i.data(ServiceListModel::NameRole).toString().isEmpty());
    EXPECT_EQ(i.data(ServiceListModel::NamespaceRole).toString(), u"shop"_s);
    EXPECT_EQ(i.data(ServiceListModel::ServiceTypeRole).toString(), u"NodePort"_s);
    EXPECT_EQ(i.data(ServiceListModel::PortCountRole).toInt(), 2);
    const QString summary = i.data(ServiceListModel::SummaryRole).toString();
    EXPECT_TRUE(summary.startsWith(u"NodePort"_s)) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"shop"_s)) << summary.toStdString();
}

TEST(ServiceListModel, ListsBrokenDocumentsInTheirPlace)
{
    const QByteArray bytes = "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n"
                             "---\n"
                             "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n"
                             "---\n"
                             "apiVersion: v1\nkind: Service\nmetadata:\n  name: [b\n"
                             "---\n"
                             "apiVersion: v1\nkind: Service\nmetadata:\n  name: d\n";
    auto doc = documentFrom(bytes);
    ASSERT_EQ(doc->manifest().brokenDocuments().size(), 1u);
    const YamlError parseError = *doc->manifest().documents.at(2).error;

    Fixture f;
    f.model.setDocument(doc.get());
    ASSERT_EQ(f.model.rowCount(), 4); // a, the broken document, d, then the ConfigMap
    EXPECT_EQ(kindAt(f.model, 0), RowKind::Service);
    EXPECT_EQ(kindAt(f.model, 1), RowKind::BrokenDocument);
    EXPECT_EQ(kindAt(f.model, 2), RowKind::Service);
    EXPECT_EQ(kindAt(f.model, 3), RowKind::OtherObject);

    const QModelIndex broken = f.model.index(1);
    EXPECT_FALSE(broken.data(ServiceListModel::ServiceRefRole).value<ServiceRef>().isValid());
    EXPECT_FALSE(f.model.serviceAt(1).isValid());
    EXPECT_EQ(broken.data(ServiceListModel::DocumentIndexRole).toInt(), 2);
    EXPECT_EQ(broken.data(ServiceListModel::LineRole).toInt(), parseError.pos.line);
    EXPECT_EQ(broken.data(ServiceListModel::ColumnRole).toInt(), parseError.pos.column);
    EXPECT_GE(parseError.pos.line, 11);
    // Numbered as the user counts documents in the file: the third one.
    EXPECT_EQ(broken.data(ServiceListModel::ErrorRole).toString(),
              u"document 3: line %1, column %2: %3"_s.arg(parseError.pos.line)
                  .arg(parseError.pos.column)
                  .arg(parseError.message));
    EXPECT_EQ(broken.data(Qt::DisplayRole).toString(), u"Document 3 could not be read"_s);
    EXPECT_TRUE(broken.data(Qt::ToolTipRole).toString().contains(parseError.message));
    EXPECT_EQ(f.model.index(2).data(Qt::DisplayRole).toString(), u"d"_s);
}

TEST(ServiceListModel, EmitsDataChangedForAnEditedService)
{
    FileError error;
    auto doc = ManifestDocument::load(realWorld(u"034-istio-bookinfo-multidoc.yaml"_s), &error);
    ASSERT_TRUE(doc);
    Fixture f;
    f.model.setDocument(doc.get());
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);

    const ServiceRef ref = doc->manifest().services().at(2);
    Service edited = doc->manifest().service(ref);
    edited.metadata.value().name.set(u"reviews-renamed"_s);
    doc->undoStack()->push(new SetServiceCommand(doc.get(), ref, edited, u"Rename"_s));

    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().row(), 2);
    EXPECT_EQ(f.model.index(2).data().toString(), u"reviews-renamed"_s);

    doc->undoStack()->undo();
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(f.model.index(2).data().toString(), u"reviews"_s);
    EXPECT_EQ(reset.count(), 0);
}

TEST(ServiceListModel, ResetsWhenTheDocumentIsSavedReplacedOrDestroyed)
{
    QFile original(realWorld(u"034-istio-bookinfo-multidoc.yaml"_s));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    auto doc = documentFrom(original.readAll());
    Fixture f;
    f.model.setDocument(doc.get());
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_FALSE(doc->save(dir.filePath(u"saved.yaml"_s)).has_value());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(f.model.rowCount(), 4 + otherObjects(doc->manifest()));

    auto other = documentFrom("apiVersion: v1\nkind: Service\nmetadata:\n  name: only\n");
    f.model.setDocument(other.get());
    EXPECT_EQ(reset.count(), 2);
    EXPECT_EQ(f.model.rowCount(), 1);

    other.reset();
    EXPECT_EQ(reset.count(), 3);
    EXPECT_EQ(f.model.rowCount(), 0);
    EXPECT_EQ(f.model.document(), nullptr);

    // The old document no longer reaches the model.
    const ServiceRef ref = doc->manifest().services().at(0);
    doc->undoStack()->push(
        new SetServiceCommand(doc.get(), ref, doc->manifest().service(ref), u"Same"_s));
    EXPECT_EQ(f.model.rowCount(), 0);
}

// Every real-world file: one row per Service, per broken document and per other object, and the
// tester is happy.
TEST(ServiceListModel, ReadsEveryRealWorldFile)
{
    const QStringList files = QDir(QStringLiteral(SD_REALWORLD_DIR))
                                  .entryList({u"*.yaml"_s, u"*.yml"_s, u"*.json"_s}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        FileError error;
        auto doc = ManifestDocument::load(realWorld(file), &error);
        if (!doc)
            continue; // a file-level error is the loader's business, tested there
        Fixture f;
        f.model.setDocument(doc.get());
        const size_t expected = doc->manifest().services().size()
                                + doc->manifest().brokenDocuments().size()
                                + size_t(otherObjects(doc->manifest()));
        EXPECT_EQ(size_t(f.model.rowCount()), expected);
        for (int row = 0; row < f.model.rowCount(); ++row)
            EXPECT_FALSE(f.model.index(row).data().toString().isEmpty());
    }
}

} // namespace
} // namespace sd
