// SPDX-License-Identifier: GPL-3.0-or-later
// KeyValueModel over labels, selector and annotations; always wrapped in QAbstractItemModelTester.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/validationscheduler.h"
#include "model/io/manifestio.h"
#include "model/itemmodels/keyvaluemodel.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

using Target = KeyValueModel::Target;
using C = KeyValueModel::Column;

const QByteArray kFile = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"
                         "  labels:\n    app: web\n    tier: front\n    app: web2\n"
                         "    bad key!: x\n"
                         "  annotations:\n    service.kubernetes.io/topology-mode: Auto\n"
                         "    example.com/note: \"1\"\n"
                         "spec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n";

std::unique_ptr<ManifestDocument> documentFrom(const QByteArray &bytes)
{
    ReadResult read = readManifest(bytes);
    EXPECT_FALSE(read.error.has_value());
    return std::make_unique<ManifestDocument>(std::move(read.manifest));
}

struct Fixture
{
    explicit Fixture(Target target)
        : doc(documentFrom(kFile))
        , model(target)
    {
        model.setDocument(doc.get());
        model.setService(ref);
    }
    const Service &service() const { return doc->manifest().service(ref); }
    QString at(int row, int column) const { return model.index(row, column).data().toString(); }
    QStringList keys() const
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << at(row, C::KeyColumn);
        return out;
    }

    std::unique_ptr<ManifestDocument> doc;
    ServiceRef ref{0, 0};
    KeyValueModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST(KeyValueModel, ShowsEveryEntryAsWrittenAndMarksShadowedOnes)
{
    Fixture f(Target::Labels);
    EXPECT_EQ(f.model.listPath(), FieldPath(u"metadata.labels"_s));
    EXPECT_EQ(f.keys(), (QStringList{u"app"_s, u"tier"_s, u"app"_s, u"bad key!"_s}));
    EXPECT_EQ(f.at(0, C::ValueColumn), u"web"_s);
    EXPECT_EQ(f.at(2, C::ValueColumn), u"web2"_s);
    EXPECT_TRUE(f.model.index(0, 0).data(KeyValueModel::ShadowedRole).toBool());
    EXPECT_FALSE(f.model.index(2, 0).data(KeyValueModel::ShadowedRole).toBool());
    EXPECT_EQ(f.model.headerData(C::ValueColumn, Qt::Horizontal).toString(), u"Value"_s);

    Fixture s(Target::Selector);
    EXPECT_EQ(s.keys(), QStringList{u"app"_s});
    Fixture a(Target::Annotations);
    EXPECT_EQ(a.at(1, C::ValueColumn), u"1"_s);
}

TEST(KeyValueModel, EditsAreUndoableCommands)
{
    for (const Target target : {Target::Labels, Target::Selector, Target::Annotations}) {
        Fixture f(target);
        const Service original = f.service();
        const QByteArray bytes = f.doc->bytes();
        const int rows = f.model.rowCount();
        auto check = [&](auto edit, auto verify) {
            ASSERT_TRUE(edit());
            verify();
            f.doc->undoStack()->undo();
            EXPECT_EQ(f.service(), original);
            EXPECT_EQ(f.doc->bytes(), bytes);
            EXPECT_EQ(f.model.rowCount(), rows);
            f.doc->undoStack()->redo();
            verify();
            f.doc->undoStack()->undo();
        };
        check([&] { return f.model.setData(f.model.index(0, C::ValueColumn), u"new"_s); },
              [&] { EXPECT_EQ(f.at(0, C::ValueColumn), u"new"_s); });
        check([&] { return f.model.setData(f.model.index(0, C::KeyColumn), u"renamed"_s); },
              [&] { EXPECT_EQ(f.keys().front(), u"renamed"_s); });
        check([&] { return f.model.insertRows(rows, 2); },
              [&] {
                  EXPECT_EQ(f.model.rowCount(), rows + 2);
                  EXPECT_EQ(f.at(rows, C::KeyColumn), QString());
              });
        check([&] { return f.model.appendEntry(u"team"_s, u"a"_s) == rows; },
              [&] { EXPECT_EQ(f.keys().last(), u"team"_s); });
        check([&] { return f.model.removeRows(0, rows); },
              [&] { EXPECT_EQ(f.model.rowCount(), 0); });
        EXPECT_FALSE(f.model.setData(f.model.index(0, C::KeyColumn), u"  "_s)); // no empty key
    }
}

// Editing an entry that a later duplicate shadows changes nothing kubectl sees (nor what is
// written: the writer keeps only the last of duplicate keys), but it is still one undo step.
TEST(KeyValueModel, EditsShadowedEntries)
{
    Fixture f(Target::Labels);
    ASSERT_TRUE(f.model.setData(f.model.index(0, C::ValueColumn), u"old"_s));
    EXPECT_EQ(f.doc->undoStack()->count(), 1);
    EXPECT_EQ(f.doc->undoStack()->undoText(), u"Set label value"_s);
    EXPECT_EQ(f.at(0, C::ValueColumn), u"old"_s);
    EXPECT_TRUE(f.doc->bytes().contains("app: web2"));
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(f.model.setData(f.model.index(2, C::KeyColumn), u"version"_s));
    EXPECT_FALSE(f.model.index(0, 0).data(KeyValueModel::ShadowedRole).toBool());
    EXPECT_GE(changed.count(), 1);
}

TEST(KeyValueModel, ShowsTheFindingsOfEachRow)
{
    Fixture labels(Target::Labels);
    ValidationScheduler scheduler(labels.doc.get());
    labels.model.setScheduler(&scheduler);
    scheduler.validateNow();
    // The bad key, found by its place in the file.
    EXPECT_EQ(labels.model.index(3, 0).data(KeyValueModel::SeverityRole).toInt(),
              int(Severity::Error));
    EXPECT_FALSE(labels.model.index(1, 0).data(KeyValueModel::SeverityRole).isValid());

    // An entry added in the editor has no place in the file: found by its quoted key.
    ASSERT_EQ(labels.model.appendEntry(u"also bad!"_s, u"x"_s), 4);
    scheduler.validateNow();
    EXPECT_EQ(labels.model.index(4, 0).data(KeyValueModel::SeverityRole).toInt(),
              int(Severity::Error));
    EXPECT_FALSE(
        labels.model.index(4, 1).data(KeyValueModel::FindingsRole).toStringList().isEmpty());
    labels.doc->undoStack()->undo();
    scheduler.validateNow();
    EXPECT_EQ(labels.model.rowCount(), 4);

    KeyValueModel annotations(Target::Annotations);
    QAbstractItemModelTester tester(&annotations,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    annotations.setDocument(labels.doc.get());
    annotations.setScheduler(&scheduler);
    annotations.setService(labels.ref);
    // The topology annotations disagree: the finding is at metadata.annotations[<mode key>].
    ASSERT_EQ(annotations.appendEntry(u"service.kubernetes.io/topology-aware-hints"_s, u"Other"_s),
              2);
    scheduler.validateNow();
    EXPECT_TRUE(annotations.index(0, 0).data(KeyValueModel::SeverityRole).isValid());
    EXPECT_FALSE(annotations.index(1, 0).data(KeyValueModel::SeverityRole).isValid());
}

} // namespace
} // namespace sd
