// SPDX-License-Identifier: GPL-3.0-or-later
// The open document: undo gives back the original bytes; saving goes through QSaveFile.
#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include "model/document/manifestdocument.h"
#include "model/document/servicecommands.h"
#include "model/io/manifestio.h"
#include "support/modelprinters.h"
#include "support/multidocument.h"
#include "support/qtprinters.h"

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

const QByteArray &multi = test::multiDocument;

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST(ManifestDocument, UndoRestoresTheOriginalBytes)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("m.yaml"), multi);
    FileError error;
    std::unique_ptr<ManifestDocument> doc = ManifestDocument::load(path, &error);
    ASSERT_TRUE(doc);
    const ServiceRef web = doc->manifest().services()[0];
    Service edited = doc->manifest().service(web);
    edited.metadata.value().name.set(QStringLiteral("www"));
    doc->undoStack()->push(new SetServiceCommand(doc.get(), web, edited, QStringLiteral("Rename")));
    EXPECT_TRUE(doc->isModified());
    EXPECT_EQ(doc->manifest().service(web).name(), u"www");
    EXPECT_NE(doc->bytes(), multi);
    doc->undoStack()->undo();
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(doc->bytes(), multi);
    doc->undoStack()->redo();

    const QString out = dir.filePath(QStringLiteral("out.yaml"));
    ASSERT_FALSE(doc->save(out));
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(doc->filePath(), out);
    QFile saved(out);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    EXPECT_TRUE(bytes.contains("  name: www\n"));
    // After a save, undo must write the document anew: its old bytes are no longer on disk.
    doc->undoStack()->undo();
    EXPECT_TRUE(doc->bytes().contains("  name: web\n"));
    EXPECT_TRUE(doc->isModified());
}

TEST(ManifestDocument, FailedSaveLeavesTheOldFile)
{
    QTemporaryDir dir;
    const QString path = writeTemp(dir, QStringLiteral("m.yaml"), multi);
    FileError error;
    std::unique_ptr<ManifestDocument> doc = ManifestDocument::load(path, &error);
    ASSERT_TRUE(doc);
    // A path in a folder that does not exist cannot be written.
    const std::optional<QString> e = doc->save(dir.filePath(QStringLiteral("no/such/dir/x.yaml")));
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->contains(u"does not exist")) << e->toStdString();
    EXPECT_EQ(doc->filePath(), path);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), multi);
}
