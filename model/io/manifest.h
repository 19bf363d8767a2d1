// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>

#include "model/domain/service.h"
#include "model/io/kubectlstream.h"
#include "model/io/servicereader.h"
#include "model/io/yamlparser.h"

namespace sd {

/** One Kubernetes object of a file: a v1 Service (editable) or anything else (kept as is). */
struct Resource
{
    QString apiVersion;
    QString kind;
    QString name;
    QString namespaceName;
    SourcePos pos;
    std::optional<Service> service; ///< set for a v1 Service
    /** The object as read, for every other kind (null for a Service): kept as is, never edited,
     *  so copies of a Manifest share it. */
    std::shared_ptr<const Node> other;
    SparseList<ReadIssue> issues; ///< values of the wrong type, duplicate keys

    bool isService() const { return service.has_value(); }
    /** The object as read for any kind but a Service; an empty node for a Service. */
    const Node &node() const
    {
        static const Node none;
        return other ? *other : none;
    }
};

/**
 * One YAML document of a file, with the bytes it was read from, so that saving writes it back
 * byte for byte unless it was edited.
 */
struct SourceDocument
{
    enum class Form {
        Empty,  ///< only comments, markers or blank lines
        Broken, ///< could not be read; `error` says why; its bytes are kept and saved as they were
        Object, ///< one object (`resources` has one entry)
        List,   ///< a `kind: List` or `v1 ServiceList`: `resources` are its items
    };

    Form form = Form::Empty;
    bool json = false;     ///< its value was written in JSON (`{` ...), so it is saved as JSON
    bool modified = false; ///< edited since it was read or saved
    /** Its Services were edited where `text` could not follow (a new document, JSON): saving
     *  writes it anew. Otherwise `text` is what saving writes, edits included. */
    bool textStale = false;
    KubectlDocument kubectl;    ///< what `kubectl apply -f` does with it, as read from the file
    QByteArray text;            ///< the document's bytes as read (its chunk of the file)
    qsizetype contentBegin = 0; ///< where its value starts in `text`
    qsizetype contentEnd = 0;   ///< one past the line where its value ends in `text`
    std::optional<YamlError> error;
    /** For a List: the list object (its items are `resources`); null for any other form. */
    std::shared_ptr<const Node> listNode;
    std::vector<Resource> resources;
};

/** A document's text and what is known about it: what an undo puts back. */
struct DocumentText
{
    QByteArray text;
    qsizetype contentBegin = 0;
    qsizetype contentEnd = 0;
    bool stale = false;

    static DocumentText of(const SourceDocument &doc)
    {
        return {doc.text, doc.contentBegin, doc.contentEnd, doc.textStale};
    }
    void applyTo(SourceDocument &doc) const
    {
        doc.text = text;
        doc.contentBegin = contentBegin;
        doc.contentEnd = contentEnd;
        doc.textStale = stale;
    }
};

/** Where a Service is in a Manifest. */
struct ServiceRef
{
    int document = -1;
    int resource = -1;

    bool isValid() const { return document >= 0; }
    friend bool operator==(const ServiceRef &, const ServiceRef &) = default;
};

/**
 * A manifest file in memory: every document in file order, the Services in it editable, all else
 * kept. Reading never throws and never loses bytes: a broken document is kept as text.
 */
class Manifest
{
public:
    /**
     * Reads a manifest from bytes (YAML or JSON, one or many documents). Documents are
     * independent once the stream is split, so a large stream is read by `threads` threads (0:
     * one per core, up to 8), each reading a run of documents of about equal bytes; the result
     * is the same with any number. Each document's tree goes once its objects are read.
     */
    static Manifest fromBytes(const QByteArray &bytes, int threads = 0);

    std::vector<SourceDocument> documents;
    QByteArray newline = "\n";            ///< the file's line break, used for what is written anew
    std::optional<YamlError> kubectlStop; ///< where `kubectl apply -f` stops reading the file

    /** The Services in file order. */
    std::vector<ServiceRef> services() const;
    const Service &service(ServiceRef ref) const;
    Service &service(ServiceRef ref);
    const Resource &resource(ServiceRef ref) const;
    /** Marks the document holding `ref` as edited where its text does not follow (the Service
     *  was changed directly): saving writes it anew in kubectl's style. */
    void markModified(ServiceRef ref);

    /** How updateText() brought a document's text along. */
    enum class TextEdit {
        InPlace,       ///< only the bytes of what changed
        NodeRewritten, ///< a part was written anew (YamlPatch::rewroteNode)
        Rewritten,     ///< the whole object is written anew when saved (textStale)
    };
    /**
     * Makes the text of the document holding `ref` say what its Service says now, where it said
     * what `before` says: comments, order and style kept (patchYaml()). Checked by reading the
     * result back; where the text cannot follow, the document is written anew when saved.
     */
    TextEdit updateText(ServiceRef ref, const Service &before);
    /** A document as saving writes it. */
    QByteArray documentText(int document) const;

    /** Documents that could not be read. */
    std::vector<const SourceDocument *> brokenDocuments() const;
    bool hasErrors() const { return !brokenDocuments().empty(); }

    /** The file as it should be saved: every document's text (documentText()). */
    QByteArray toBytes() const;

    enum class Format { Yaml, Json };
    /**
     * Everything as `kubectl apply -f` wants it, written anew in kubectl's style: YAML documents
     * separated by `---`, or JSON (one object, or a `v1 List` of all of them as kubectl prints
     * several). `only`, when given, limits it to those Services. Broken and empty documents are
     * left out, and so are those kubectl would not apply (SourceDocument::kubectl).
     */
    QByteArray exportAs(Format format,
                        const std::vector<ServiceRef> &only = {},
                        bool writeDefaults = false) const;
    /** The objects exportAs() writes, in order (for a JSON export, List items are flattened).
     *  With `writeDefaults`, Services are written with the API server's defaults filled in. */
    std::vector<Node> exportObjects(Format format,
                                    const std::vector<ServiceRef> &only = {},
                                    bool writeDefaults = false) const;
    /** Writes objects as exportAs() does; for exporting several files into one stream. */
    static QByteArray writeObjects(std::vector<Node> objects, Format format);

    /** The tree of one object as it would be written now. */
    Node objectNode(const Resource &resource, bool writeDefaults = false) const;
    /** One Service in kubectl's YAML style. */
    QByteArray serviceYaml(ServiceRef ref) const;
};

} // namespace sd
