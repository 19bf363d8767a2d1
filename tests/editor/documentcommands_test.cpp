// SPDX-License-Identifier: GPL-3.0-or-later
// Inserting, duplicating, removing and moving documents as undo commands; the templates.

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include "model/document/documentcommands.h"
#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/document/servicetemplates.h"
#include "model/document/validationscheduler.h"
#include "model/io/manifestio.h"
#include "model/itemmodels/findingsmodel.h"
#include "model/itemmodels/servicelistmodel.h"
#include "model/providers/providerregistry.h"
#include "model/validation/validator.h"
#include "resources/resources.h"
#include "support/qtprinters.h"

using namespace Qt::StringLiterals;

namespace sd {
namespace {

// The first document has no `---` line and the file does not end with a line break, so that
// moving and appending must add both.
const QByteArray kFile = "# leading comment\n"
                         "apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n"
                         "spec:\n  clusterIP: 10.96.0.10\n  type: NodePort\n"
                         "  ports:\n  - {name: http, port: 80, nodePort: 30080}\n"
                         "---\n"
                         "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n"
                         "spec:\n  template:\n    metadata:\n      labels: {app: web}\n"
                         "    spec:\n      containers:\n      - name: web\n        ports:\n"
                         "        - {name: http, containerPort: 8080}\n"
                         "---\n"
                         "apiVersion: v1\nkind: Service\nmetadata: {name: b}   # flow style\n"
                         "spec:\n  selector: {app: nothing}\n  ports: [{port: 443, name: https}]";

std::unique_ptr<ManifestDocument> documentFrom(const QByteArray &bytes)
{
    ReadResult read = readManifest(bytes);
    EXPECT_FALSE(read.error.has_value());
    return std::make_unique<ManifestDocument>(std::move(read.manifest));
}

QStringList serviceNames(const Manifest &m)
{
    QStringList names;
    for (const ServiceRef ref : m.services())
        names << m.service(ref).name();
    return names;
}

// Saving and reading again gives the same documents: none merged, none split.
void expectReadsBack(const Manifest &m)
{
    const Manifest again = Manifest::fromBytes(m.toBytes());
    ASSERT_EQ(again.documents.size(), m.documents.size()) << m.toBytes().toStdString();
    EXPECT_EQ(serviceNames(again), serviceNames(m));
    for (const ServiceRef ref : m.services())
        EXPECT_EQ(again.service(ref), m.service(ref));
}

struct Models
{
    explicit Models(ManifestDocument *doc)
        : scheduler(doc)
    {
        list.setDocument(doc);
        findings.setScheduler(&scheduler);
    }
    ValidationScheduler scheduler;
    ServiceListModel list;
    FindingsModel findings;
    QAbstractItemModelTester listTester{&list,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester findingsTester{&findings,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal};
};

// Redo → check, undo → the original bytes, redo again → the same as the first time.
template<typename Check>
void roundTrip(ManifestDocument &doc, QUndoCommand *command, Check check)
{
    const QByteArray before = doc.bytes();
    doc.undoStack()->push(command);
    const QByteArray after = doc.bytes();
    check();
    expectReadsBack(doc.manifest());
    doc.undoStack()->undo();
    EXPECT_EQ(doc.bytes(), before);
    doc.undoStack()->redo();
    EXPECT_EQ(doc.bytes(), after);
    check();
    doc.undoStack()->undo();
    EXPECT_EQ(doc.bytes(), before);
}

TEST(DocumentCommands, InsertsAServiceAnywhere)
{
    auto doc = documentFrom(kFile);
    Models models(doc.get());
    const Service web = serviceTemplates().front().service;
    for (int index = 0; index <= 3; ++index) {
        QSignalSpy changed(doc.get(), &ManifestDocument::documentsChanged);
        auto *command = new InsertServiceCommand(doc.get(), index, web);
        EXPECT_EQ(command->text(), u"Add Service"_s);
        roundTrip(*doc, command, [&] {
            ASSERT_EQ(doc->manifest().documents.size(), 4u);
            EXPECT_EQ(doc->manifest().service(command->insertedService()), web);
            EXPECT_EQ(models.list.rowCount(), 4); // and the Deployment, last
            EXPECT_EQ(models.list.rowOf(command->insertedService()),
                      index < 2 ? 0 + (index > 0) : index - 1);
        });
        EXPECT_EQ(changed.count(), 4);
        const QList<int> first = changed.first().first().value<QList<int>>();
        ASSERT_EQ(first.size(), 3);
        EXPECT_EQ(first[2], index <= 2 ? 3 : 2);
    }
}

TEST(DocumentCommands, DuplicatesWithAFreeNameAndWithoutAllocatedValues)
{
    auto doc = documentFrom(kFile);
    Models models(doc.get());
    const ServiceRef a = doc->manifest().services().front();
    auto *command = new DuplicateServiceCommand(doc.get(), a);
    EXPECT_EQ(command->text(), u"Duplicate Service"_s);
    roundTrip(*doc, command, [&] {
        EXPECT_EQ(serviceNames(doc->manifest()), (QStringList{u"a"_s, u"a-copy"_s, u"b"_s}));
        const Service &copy = doc->manifest().service(ServiceRef{1, 0});
        EXPECT_FALSE(copy.spec.value().clusterIP.isSet());
        EXPECT_FALSE(copy.ports().front().value().nodePort.isSet());
        EXPECT_EQ(copy.ports().front().value().port.value(), 80);
        EXPECT_EQ(models.list.rowCount(), 4);
    });

    doc->undoStack()->push(new DuplicateServiceCommand(doc.get(), a));
    doc->undoStack()->push(new DuplicateServiceCommand(doc.get(), a));
    EXPECT_EQ(serviceNames(doc->manifest()),
              (QStringList{u"a"_s, u"a-copy-2"_s, u"a-copy"_s, u"b"_s}));

    Manifest m = Manifest::fromBytes("apiVersion: v1\nkind: Service\nmetadata:\n  name: "
                                     + QByteArray(63, 'x') + "\nspec:\n  clusterIP: None\n");
    const Service copy = duplicateService(m, m.services().front());
    EXPECT_EQ(copy.name(), QString(58, u'x') + u"-copy");
    EXPECT_EQ(copy.spec.value().clusterIP.value(), u"None"_s); // headless stays headless
}

TEST(DocumentCommands, RemovesAndMovesDocuments)
{
    auto doc = documentFrom(kFile);
    Models models(doc.get());
    auto *remove = new RemoveDocumentCommand(doc.get(), 0);
    EXPECT_EQ(remove->text(), u"Remove Service"_s);
    roundTrip(*doc, remove, [&] {
        EXPECT_EQ(serviceNames(doc->manifest()), QStringList{u"b"_s});
        EXPECT_EQ(models.list.rowCount(), 2);
    });
    EXPECT_EQ(RemoveDocumentCommand(doc.get(), 1).text(), u"Remove document"_s);

    // The last Service to the top, past the Deployment, then the first one down.
    auto *up = new MoveDocumentCommand(doc.get(), 2, 0);
    EXPECT_EQ(up->text(), u"Move up"_s);
    roundTrip(*doc, up, [&] {
        EXPECT_EQ(serviceNames(doc->manifest()), (QStringList{u"b"_s, u"a"_s}));
        EXPECT_EQ(doc->manifest().documents[1].resources.front().name, u"a"_s);
        EXPECT_EQ(models.list.serviceAt(0), (ServiceRef{0, 0}));
    });
    auto *down = new MoveDocumentCommand(doc.get(), 0, 1);
    EXPECT_EQ(down->text(), u"Move down"_s);
    roundTrip(*doc, down, [&] {
        EXPECT_EQ(doc->manifest().documents[0].resources.front().kind, u"Deployment"_s);
        EXPECT_EQ(serviceNames(doc->manifest()), (QStringList{u"a"_s, u"b"_s}));
    });
}

// Findings follow their Service to its new place, and the checks against the other documents
// see the change (the Deployment removed).
TEST(DocumentCommands, SchedulerFollowsTheDocuments)
{
    auto doc = documentFrom(kFile);
    Models models(doc.get());
    models.scheduler.validateNow();
    auto codes = [&](ServiceRef ref) {
        QStringList out;
        for (const Finding &f : models.scheduler.findings(ref))
            out << f.code;
        return out;
    };
    const ServiceRef b{2, 0};
    ASSERT_TRUE(codes(b).contains(u"selector-matches-no-pods"_s));
    QSignalSpy reset(&models.scheduler, &ValidationScheduler::servicesReset);

    doc->undoStack()->push(new MoveDocumentCommand(doc.get(), 2, 0));
    EXPECT_EQ(reset.count(), 1);
    // Before the next pass the findings are already at the new place.
    EXPECT_TRUE(codes(ServiceRef{0, 0}).contains(u"selector-matches-no-pods"_s));
    EXPECT_FALSE(codes(ServiceRef{1, 0}).contains(u"selector-matches-no-pods"_s));
    models.scheduler.validateNow();
    EXPECT_TRUE(codes(ServiceRef{0, 0}).contains(u"selector-matches-no-pods"_s));

    doc->undoStack()->undo();
    doc->undoStack()->push(new RemoveDocumentCommand(doc.get(), 1)); // the Deployment
    models.scheduler.validateNow();
    EXPECT_FALSE(codes(ServiceRef{1, 0}).contains(u"selector-matches-no-pods"_s));
    EXPECT_EQ(models.findings.rowCount(), models.scheduler.counts().total());
}

// An edit before a structural change undoes at the right Service, and a save in between keeps
// every step undoable to the original bytes.
TEST(DocumentCommands, MixesWithEditsAndSaves)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.yaml"_s);
    auto doc = documentFrom(kFile);
    const QByteArray original = doc->bytes();
    const ServiceRef b{2, 0};
    Service edited = doc->manifest().service(b);
    edited.metadata.value().name.set(u"b2"_s);
    doc->undoStack()->push(new SetServiceCommand(doc.get(), b, edited, u"Rename"_s));
    doc->undoStack()->push(new InsertServiceCommand(doc.get(), 0, serviceTemplates()[2].service));
    ASSERT_FALSE(doc->save(path).has_value());
    doc->undoStack()->push(new MoveDocumentCommand(doc.get(), 3, 1));
    EXPECT_EQ(serviceNames(doc->manifest()), (QStringList{u"dns"_s, u"b2"_s, u"a"_s}));
    expectReadsBack(doc->manifest());
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    // The Service edited before the save is written anew (SetServiceCommand cannot know the
    // bytes on disk any more); everything else is byte for byte the original.
    const Manifest before = Manifest::fromBytes(original);
    const Manifest now = Manifest::fromBytes(doc->bytes());
    ASSERT_EQ(now.documents.size(), 3u);
    EXPECT_EQ(now.service(b), before.service(b));
    EXPECT_EQ(doc->manifest().documents[0].text, before.documents[0].text);
    EXPECT_EQ(doc->manifest().documents[1].text, before.documents[1].text);
    EXPECT_FALSE(doc->isDocumentModified(0));
    EXPECT_TRUE(doc->isModified());
}

TEST(DocumentCommands, CreatesAnEmptyDocument)
{
    auto doc = ManifestDocument::createEmpty();
    Models models(doc.get());
    EXPECT_TRUE(doc->filePath().isEmpty());
    EXPECT_EQ(doc->displayName(), u"untitled"_s);
    EXPECT_TRUE(doc->manifest().documents.empty());
    EXPECT_TRUE(doc->save().has_value()); // no path yet
    for (const ServiceTemplate &t : serviceTemplates())
        doc->undoStack()->push(
            new InsertServiceCommand(doc.get(), int(doc->manifest().documents.size()), t.service));
    EXPECT_EQ(models.list.rowCount(), int(serviceTemplates().size()));
    expectReadsBack(doc->manifest());
    EXPECT_FALSE(doc->bytes().startsWith("---"));
    QTemporaryDir dir;
    EXPECT_FALSE(doc->save(dir.filePath(u"new.yaml"_s)).has_value());
    EXPECT_FALSE(doc->isModified());
}

Environment genericEnvironment()
{
    static const ProviderRegistry registry = ProviderRegistry::withBuiltIns(providerProfilesPath(),
                                                                            false,
                                                                            nullptr);
    Environment env;
    env.platform.provider = registry.find(u"generic"_s);
    env.platform.knownProviders = registry.profiles();
    return env;
}

TEST(ServiceTemplates, AreValidOnTheGenericProvider)
{
    const Environment env = genericEnvironment();
    ASSERT_TRUE(env.platform.provider);
    const std::vector<ServiceTemplate> templates = serviceTemplates();
    QStringList ids;
    for (const ServiceTemplate &t : templates) {
        ids << t.id;
        EXPECT_FALSE(t.name.isEmpty());
        EXPECT_FALSE(t.description.isEmpty());
        QStringList others;
        for (const Finding &f : validateService(t.service, env))
            others << severityName(f.severity) + u' ' + f.code + u' ' + f.path.toString();
        // The one hint allowed: SCTP (Diameter) is often multihomed, and Services do not carry
        // multihomed associations; the template's users should read that.
        if (t.id == u"sctp-diameter")
            others.removeOne(u"info platform-sctp-multihoming spec.ports[0].protocol"_s);
        EXPECT_EQ(others, QStringList()) << t.id.toStdString();
    }
    EXPECT_EQ(ids,
              (QStringList{u"web-http"_s,
                           u"https-lb-tls"_s,
                           u"dns"_s,
                           u"sctp-diameter"_s,
                           u"tcp-proxy-protocol"_s,
                           u"headless-statefulset"_s,
                           u"external-name"_s}));
}

} // namespace
} // namespace sd
