// SPDX-License-Identifier: GPL-3.0-or-later
// ValidationScheduler (dirty marking, debounce, undo, counts) and FindingsModel, the latter always
// wrapped in QAbstractItemModelTester.

#include <chrono>

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/validationscheduler.h"
#include "model/io/manifestio.h"
#include "model/itemmodels/findingsmodel.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

// a: valid. b: its second port has no name (an error with a Fix). c: a nodePort outside the
// default range (a warning while the cluster's range is unknown, an error once it is known).
const QByteArray kManifest = "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n"
                             "spec:\n  selector: {app: a}\n  ports:\n"
                             "  - {name: http, port: 80}\n  - {name: https, port: 443}\n"
                             "---\n"
                             "apiVersion: v1\nkind: Service\nmetadata: {name: b}\n"
                             "spec:\n  selector: {app: b}\n  ports:\n"
                             "  - {name: http, port: 80}\n  - {port: 443}\n"
                             "---\n"
                             "apiVersion: v1\nkind: Service\nmetadata: {name: c}\n"
                             "spec:\n  type: NodePort\n  selector: {app: c}\n  ports:\n"
                             "  - {port: 80, nodePort: 40000}\n";

std::unique_ptr<ManifestDocument> documentFrom(const QByteArray &bytes)
{
    ReadResult read = readManifest(bytes);
    EXPECT_FALSE(read.error.has_value());
    return std::make_unique<ManifestDocument>(std::move(read.manifest));
}

// "error port-name-required spec.ports[1].name", in the validator's order.
QStringList summary(const std::vector<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << severityName(f.severity) + u' ' + f.code + u' ' + f.path.toString();
    return out;
}

ServiceRef refAt(const ManifestDocument &doc, size_t i)
{
    return doc.manifest().services().at(i);
}

// Removes the name of port `index` of a Service, through the undo stack as the editor does.
void unnamePort(ManifestDocument &doc, ServiceRef ref, size_t index)
{
    Service edited = doc.manifest().service(ref);
    edited.spec.value().ports.value().at(index).value().name.clear();
    doc.undoStack()->push(new SetServiceCommand(&doc, ref, edited, u"Unname port"_s));
}

void rename(ManifestDocument &doc, ServiceRef ref, const QString &name)
{
    Service edited = doc.manifest().service(ref);
    edited.metadata.value().name.set(name);
    doc.undoStack()->push(new SetServiceCommand(&doc, ref, edited, u"Rename"_s));
}

Environment knownNodePortRange()
{
    Environment e;
    e.cluster.nodePortMin = 30000;
    e.cluster.nodePortMax = 32767;
    return e;
}

TEST(ValidationScheduler, FirstPassValidatesEveryService)
{
    auto doc = documentFrom(kManifest);
    ValidationScheduler scheduler(doc.get());
    EXPECT_EQ(scheduler.debounceInterval(), 50);
    EXPECT_EQ(scheduler.dirtyServices().size(), 3);
    EXPECT_TRUE(scheduler.hasPendingWork());
    QSignalSpy changed(&scheduler, &ValidationScheduler::findingsChanged);
    QSignalSpy counts(&scheduler, &ValidationScheduler::countsChanged);

    scheduler.validateNow();

    EXPECT_FALSE(scheduler.hasPendingWork());
    EXPECT_EQ(scheduler.lastPassSize(), 3);
    EXPECT_EQ(scheduler.passCount(), 1);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QList<ServiceRef>>(),
              (QList<ServiceRef>{refAt(*doc, 1), refAt(*doc, 2)}));
    EXPECT_EQ(counts.count(), 1);
    EXPECT_TRUE(scheduler.findings(refAt(*doc, 0)).empty());
    EXPECT_EQ(summary(scheduler.findings(refAt(*doc, 1))),
              QStringList{u"error port-name-required spec.ports[1].name"_s});
    EXPECT_EQ(summary(scheduler.findings(refAt(*doc, 2))),
              QStringList{u"warning node-port-out-of-range spec.ports[0].nodePort"_s});
    EXPECT_EQ(scheduler.counts(), (FindingCounts{1, 1, 0}));
    EXPECT_EQ(scheduler.errorCount(), 1);
    EXPECT_EQ(scheduler.warningCount(), 1);
    EXPECT_EQ(scheduler.infoCount(), 0);
    EXPECT_EQ(scheduler.allFindings().size(), 3u);
    EXPECT_TRUE(scheduler.findings(ServiceRef{}).empty());
}

TEST(ValidationScheduler, AnEditMarksOnlyThatService)
{
    auto doc = documentFrom(kManifest);
    ValidationScheduler scheduler(doc.get());
    scheduler.validateNow();
    QSignalSpy changed(&scheduler, &ValidationScheduler::findingsChanged);

    unnamePort(*doc, refAt(*doc, 0), 1);
    EXPECT_EQ(scheduler.dirtyServices(), QList<ServiceRef>{refAt(*doc, 0)});
    EXPECT_TRUE(scheduler.isDirty(refAt(*doc, 0)));
    EXPECT_FALSE(scheduler.isDirty(refAt(*doc, 1)));
    scheduler.validateNow();

    EXPECT_EQ(scheduler.lastPassSize(), 1);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QList<ServiceRef>>(), QList<ServiceRef>{refAt(*doc, 0)});
    EXPECT_EQ(summary(scheduler.findings(refAt(*doc, 0))),
              QStringList{u"error port-name-required spec.ports[1].name"_s});
    EXPECT_EQ(scheduler.counts(), (FindingCounts{2, 1, 0}));

    // An edit that changes no finding revalidates the Service but announces nothing.
    rename(*doc, refAt(*doc, 2), u"c2"_s);
    scheduler.validateNow();
    EXPECT_EQ(scheduler.lastPassSize(), 1);
    EXPECT_EQ(changed.count(), 1);
}

TEST(ValidationScheduler, UndoRestoresTheFindings)
{
    auto doc = documentFrom(kManifest);
    ValidationScheduler scheduler(doc.get());
    scheduler.validateNow();
    const ServiceRef b = refAt(*doc, 1);
    const QStringList before = summary(scheduler.findings(b));
    const FindingCounts countsBefore = scheduler.counts();

    unnamePort(*doc, b, 0);
    scheduler.validateNow();
    EXPECT_EQ(summary(scheduler.findings(b)),
              (QStringList{u"error port-name-required spec.ports[0].name"_s,
                           u"error port-name-required spec.ports[1].name"_s}));
    EXPECT_EQ(scheduler.errorCount(), 2);

    doc->undoStack()->undo();
    scheduler.validateNow();
    EXPECT_EQ(summary(scheduler.findings(b)), before);
    EXPECT_EQ(scheduler.counts(), countsBefore);

    doc->undoStack()->redo();
    scheduler.validateNow();
    EXPECT_EQ(scheduler.errorCount(), 2);
}

TEST(ValidationScheduler, DebounceCoalescesEditsIntoOnePass)
{
    auto doc = documentFrom(kManifest);
    ValidationScheduler scheduler(doc.get());
    scheduler.validateNow();
    scheduler.setDebounceInterval(20);
    QSignalSpy validated(&scheduler, &ValidationScheduler::validated);
    QSignalSpy changed(&scheduler, &ValidationScheduler::findingsChanged);

    unnamePort(*doc, refAt(*doc, 0), 0);
    unnamePort(*doc, refAt(*doc, 0), 1);
    rename(*doc, refAt(*doc, 2), u"c2"_s);
    EXPECT_EQ(validated.count(), 0); // nothing runs while the user types

    ASSERT_TRUE(validated.wait(2000));
    QTest::qWait(40); // no second pass follows
    EXPECT_EQ(validated.count(), 1);
    EXPECT_EQ(scheduler.passCount(), 2);
    EXPECT_EQ(scheduler.lastPassSize(), 2);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QList<ServiceRef>>(), QList<ServiceRef>{refAt(*doc, 0)});
    EXPECT_EQ(scheduler.errorCount(), 3);
}

// A timer-driven pass over many Services works in slices, returning to the event loop between
// them; validated() comes once, at the end. With a zero budget every slice validates one Service,
// however fast the machine.
TEST(ValidationScheduler, LongPassesRunInSlices)
{
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i) {
        bytes += "---\napiVersion: v1\nkind: Service\nmetadata: {name: s" + QByteArray::number(i)
                 + "}\nspec:\n  ports:\n  - {port: 80}\n  - {port: 81}\n";
    }
    auto doc = documentFrom(bytes);
    ValidationScheduler scheduler(doc.get());
    EXPECT_EQ(scheduler.sliceBudget(), std::chrono::milliseconds(16));
    scheduler.setSliceBudget(std::chrono::microseconds(0));
    scheduler.setDebounceInterval(0);
    QSignalSpy validated(&scheduler, &ValidationScheduler::validated);
    ASSERT_TRUE(validated.wait(20000));
    EXPECT_EQ(validated.count(), 1);
    EXPECT_FALSE(scheduler.hasPendingWork());
    EXPECT_EQ(scheduler.errorCount(), 6000);
    EXPECT_EQ(scheduler.passCount(), 3000);
    EXPECT_EQ(scheduler.lastPassSize(), 1);
}

// validateNow() does the whole pass at once, whatever the budget.
TEST(ValidationScheduler, ValidateNowIgnoresTheSliceBudget)
{
    auto doc = documentFrom(kManifest);
    ValidationScheduler scheduler(doc.get());
    scheduler.setSliceBudget(std::chrono::microseconds(0));
    scheduler.validateNow();
    EXPECT_FALSE(scheduler.hasPendingWork());
    EXPECT_EQ(scheduler.passCount(), 1);
    EXPECT_EQ(scheduler.lastPassSize(), 3);
}

TEST(ValidationScheduler, NewEnvironmentRevalidatesEveryService)
{
    auto doc = documentFrom(kManifest);
    ValidationScheduler scheduler(doc.get());
    scheduler.validateNow();

    scheduler.setEnvironment(knownNodePortRange());
    EXPECT_EQ(scheduler.dirtyServices().size(), 3);
    scheduler.validateNow();
    EXPECT_EQ(scheduler.lastPassSize(), 3);
    EXPECT_EQ(summary(scheduler.findings(refAt(*doc, 2))),
              QStringList{u"error node-port-out-of-range spec.ports[0].nodePort"_s});
    EXPECT_EQ(scheduler.counts(), (FindingCounts{2, 0, 0}));
}

TEST(ValidationScheduler, ManifestResetMarksEveryServiceAndKeepsFindings)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto doc = documentFrom(kManifest);
    ValidationScheduler scheduler(doc.get());
    scheduler.validateNow();
    QSignalSpy reset(&scheduler, &ValidationScheduler::servicesReset);

    ASSERT_FALSE(doc->save(dir.filePath(u"m.yaml"_s)).has_value());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(scheduler.dirtyServices().size(), 3);
    EXPECT_EQ(scheduler.counts(), (FindingCounts{1, 1, 0})); // no flicker to zero
    scheduler.validateNow();
    EXPECT_EQ(scheduler.counts(), (FindingCounts{1, 1, 0}));
}

TEST(ValidationScheduler, DestroyedDocumentEmptiesIt)
{
    auto doc = documentFrom(kManifest);
    ValidationScheduler scheduler(doc.get());
    scheduler.validateNow();
    doc.reset();
    EXPECT_EQ(scheduler.document(), nullptr);
    EXPECT_TRUE(scheduler.allFindings().empty());
    EXPECT_EQ(scheduler.counts(), FindingCounts{});
    scheduler.validateNow();
}

struct Fixture
{
    FindingsModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

TEST(FindingsModel, ShowsEveryFindingWithItsRoles)
{
    auto doc = documentFrom(kManifest);
    ValidationScheduler scheduler(doc.get());
    Fixture f;
    f.model.setScheduler(&scheduler);
    EXPECT_EQ(f.model.rowCount(), 0);
    EXPECT_EQ(f.model.columnCount(), int(FindingsModel::ColumnCount));
    scheduler.validateNow();
    ASSERT_EQ(f.model.rowCount(), 2);

    const QModelIndex error = f.model.index(0, FindingsModel::MessageColumn);
    EXPECT_EQ(error.data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));
    EXPECT_EQ(error.data(FindingsModel::CodeRole).toString(), u"port-name-required"_s);
    EXPECT_EQ(error.data(FindingsModel::PathRole).value<FieldPath>(),
              FieldPath(u"spec.ports[1].name"_s));
    EXPECT_EQ(error.data(FindingsModel::ServiceRefRole).value<ServiceRef>(), refAt(*doc, 1));
    // The port without a name has no name field: the finding points at the port, line 17.
    EXPECT_EQ(error.data(FindingsModel::LineRole).toInt(), 17);
    EXPECT_GT(error.data(FindingsModel::ColumnRole).toInt(), 0);
    EXPECT_TRUE(error.data(FindingsModel::HasFixRole).toBool());
    EXPECT_EQ(error.data(FindingsModel::FixLabelRole).toString(), u"Name the port"_s);
    const QString message = scheduler.findings(refAt(*doc, 1)).front().message;
    EXPECT_EQ(error.data().toString(), message);
    EXPECT_TRUE(error.data(Qt::ToolTipRole).toString().startsWith(message));
    EXPECT_EQ(f.model.index(0, FindingsModel::SeverityColumn).data().toString(), u"Error"_s);
    EXPECT_EQ(f.model.index(0, FindingsModel::ServiceColumn).data().toString(), u"b"_s);
    EXPECT_EQ(f.model.index(0, FindingsModel::PathColumn).data().toString(),
              u"spec.ports[1].name"_s);
    EXPECT_EQ(f.model.index(0, FindingsModel::LineColumn).data().toInt(), 17);
    EXPECT_EQ(f.model.headerData(FindingsModel::MessageColumn, Qt::Horizontal).toString(),
              u"Message"_s);

    const QModelIndex warning = f.model.index(1, FindingsModel::SeverityColumn);
    EXPECT_EQ(warning.data(FindingsModel::SeverityRole).toInt(), int(Severity::Warning));
    EXPECT_EQ(warning.data().toString(), u"Warning"_s);
    EXPECT_EQ(f.model.serviceAt(1), refAt(*doc, 2));
    ASSERT_NE(f.model.findingAt(1), nullptr);
    EXPECT_EQ(f.model.findingAt(1)->code, u"node-port-out-of-range"_s);
    EXPECT_EQ(f.model.findingAt(2), nullptr);
    EXPECT_EQ(f.model.firstRowOf(refAt(*doc, 2)), 1);
    EXPECT_EQ(f.model.firstRowOf(refAt(*doc, 0)), -1);
}

TEST(FindingsModel, FollowsEditsUndoAndResets)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto doc = documentFrom(kManifest);
    ValidationScheduler scheduler(doc.get());
    scheduler.validateNow();
    Fixture f;
    f.model.setScheduler(&scheduler);
    ASSERT_EQ(f.model.rowCount(), 2);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);

    // A new finding of a, the first Service, goes before those of b.
    unnamePort(*doc, refAt(*doc, 0), 0);
    scheduler.validateNow();
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 0);
    EXPECT_EQ(f.model.rowCount(), 3);
    EXPECT_EQ(f.model.serviceAt(0), refAt(*doc, 0));
    EXPECT_EQ(f.model.firstRowOf(refAt(*doc, 1)), 1);

    // A second finding of b is appended to its block; the first changes in place.
    unnamePort(*doc, refAt(*doc, 1), 0);
    scheduler.validateNow();
    ASSERT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted.at(1).at(1).toInt(), 2);
    EXPECT_EQ(f.model.rowCount(), 4);
    EXPECT_EQ(f.model.index(1, FindingsModel::PathColumn).data().toString(),
              u"spec.ports[0].name"_s);
    EXPECT_EQ(f.model.index(2, FindingsModel::PathColumn).data().toString(),
              u"spec.ports[1].name"_s);

    doc->undoStack()->undo();
    scheduler.validateNow();
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(1).toInt(), 2);
    EXPECT_EQ(f.model.rowCount(), 3);
    doc->undoStack()->undo();
    scheduler.validateNow();
    EXPECT_EQ(removed.count(), 2);
    EXPECT_EQ(f.model.rowCount(), 2);

    // A rename shows in the Service column at once, before any pass.
    changed.clear();
    rename(*doc, refAt(*doc, 2), u"c2"_s);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().column(), int(FindingsModel::ServiceColumn));
    EXPECT_EQ(f.model.index(1, FindingsModel::ServiceColumn).data().toString(), u"c2"_s);

    // Same number of findings, other text: changed in place.
    changed.clear();
    scheduler.setEnvironment(knownNodePortRange());
    scheduler.validateNow();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(f.model.index(1, 0).data(FindingsModel::SeverityRole).toInt(), int(Severity::Error));

    EXPECT_EQ(reset.count(), 0);
    ASSERT_FALSE(doc->save(dir.filePath(u"m.yaml"_s)).has_value());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(f.model.rowCount(), 2);
    scheduler.validateNow();
    EXPECT_EQ(f.model.rowCount(), 2);

    f.model.setScheduler(nullptr);
    EXPECT_EQ(f.model.rowCount(), 0);
}

// A pass over many Services inserts each slice's rows as one block, in file order: never a
// reset, so a view keeps its place while the findings of a large file arrive.
TEST(FindingsModel, ManyChangedServicesArriveAsOneBlockPerSlice)
{
    // Half of them still more than ValidationScheduler::kBulkChanges.
    const int n = 2 * ValidationScheduler::kBulkChanges + 10;
    QByteArray bytes;
    for (int i = 0; i < n; ++i) {
        bytes += "---\napiVersion: v1\nkind: Service\nmetadata: {name: s" + QByteArray::number(i)
                 + "}\nspec:\n  ports:\n  - {port: 80}\n  - {port: 81}\n";
    }
    auto doc = documentFrom(bytes);
    ValidationScheduler scheduler(doc.get());
    Fixture f;
    f.model.setScheduler(&scheduler);
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy ranges(&scheduler, &ValidationScheduler::findingsAboutToChange);
    scheduler.validateNow();
    EXPECT_EQ(reset.count(), 0);
    const int rows = 2 * n;       // two unnamed ports each
    ASSERT_EQ(ranges.count(), 1); // validateNow() runs the pass in one slice
    EXPECT_EQ(ranges.at(0).at(0).toInt(), 0);
    EXPECT_EQ(ranges.at(0).at(1).toInt(), n - 1);
    EXPECT_EQ(ranges.at(0).at(2).toInt(), rows);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), rows - 1);
    EXPECT_EQ(f.model.rowCount(), rows);
    EXPECT_EQ(f.model.serviceAt(f.model.rowCount() - 1), doc->manifest().services().back());
    for (int row = 0; row < rows; ++row)
        EXPECT_EQ(f.model.serviceAt(row), doc->manifest().services().at(row / 2)) << row;

    // Every other Service names its first port: one finding fewer for each. The range covers
    // them all, the rows go at its end, and each row then shows its own Service's findings.
    for (size_t i = 0; i < size_t(n); i += 2) {
        Service named = doc->manifest().service(refAt(*doc, i));
        named.spec.value().ports.value().at(0).value().name.set(u"http"_s);
        doc->undoStack()->push(new SetServiceCommand(doc.get(), refAt(*doc, i), named, u"Name"_s));
    }
    reset.clear();
    QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
    scheduler.validateNow();
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(f.model.rowCount(), rows - n / 2);
    for (int row = 0; row < f.model.rowCount(); ++row) {
        const ServiceRef ref = f.model.serviceAt(row);
        const std::vector<Finding> &own = scheduler.findings(ref);
        const int first = f.model.firstRowOf(ref);
        ASSERT_GE(first, 0);
        EXPECT_EQ(f.model.index(row, 0).data(FindingsModel::CodeRole).toString(),
                  own.at(size_t(row - first)).code)
            << row;
    }

    doc.reset();
    EXPECT_EQ(f.model.rowCount(), 0);
}

} // namespace
} // namespace sd
