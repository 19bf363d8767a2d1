// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/manifest.h"

#include <algorithm>

#include "model/domain/defaults.h"
#include "model/domain/parallelruns.h"
#include "model/domain/scalar.h"
#include "model/io/kubectlstream.h"
#include "model/io/servicewriter.h"
#include "model/io/yamlemitter.h"
#include "model/io/yamlpatch.h"

namespace sd {

namespace {

QString stringAt(const Node &object, QStringView key)
{
    const Node *n = object.isMapping() ? object.find(key) : nullptr;
    return n && n->isScalar() && resolveScalar(*n) == ScalarType::String ? n->text() : QString();
}

bool isList(const Node &root)
{
    const Node *items = root.isMapping() ? root.find(u"items") : nullptr;
    return items && items->isSequence() && stringAt(root, u"kind").endsWith(u"List");
}

// Fills `r`, as constructed, with the object: a Resource (and its Service) is large, and made
// where it stays.
void readResource(Resource &r, Node object)
{
    r.apiVersion = stringAt(object, u"apiVersion");
    r.kind = stringAt(object, u"kind");
    r.pos = object.pos();
    if (const Node *meta = object.isMapping() ? object.find(u"metadata") : nullptr) {
        r.name = stringAt(*meta, u"name");
        if (r.name.isEmpty())
            r.name = stringAt(*meta, u"generateName");
        r.namespaceName = stringAt(*meta, u"namespace");
    }
    // Only the core Service is ours: `serving.knative.dev/v1 Service` is another kind. A Service
    // without apiVersion is still shown (and the validator says what is missing).
    if (r.kind == u"Service" && (r.apiVersion == u"v1" || r.apiVersion.isEmpty())
        && object.isMapping()) {
        std::vector<ReadIssue> issues;
        readService(object, r.service.emplace(), &issues);
        r.issues = SparseList<ReadIssue>(std::move(issues));
    } else {
        r.other = std::make_shared<const Node>(std::move(object));
    }
}

Resource makeResource(Node object)
{
    Resource r;
    readResource(r, std::move(object));
    return r;
}

// `bytes[begin, begin + size)` without a copy: the result shares the file's buffer (kept alive,
// and left unchanged, by Qt's reference count; a change to either copies it first). Raw data
// that `bytes` does not own is copied, since its lifetime is not ours to extend.
QByteArray sharedSlice(const QByteArray &bytes, qsizetype begin, qsizetype size)
{
    QByteArray shared = bytes;
    QByteArray::DataPointer &d = shared.data_ptr();
    if (!d.d_ptr() || size == 0)
        return bytes.mid(begin, size);
    d.ptr += begin;
    d.size = size;
    return shared;
}

// The document of the stream as the model keeps it: its bytes, its objects read, its tree gone
// (but for a List's own object), with what kubectl does with it.
SourceDocument sourceDocument(const QByteArray &bytes, YamlDocument d, KubectlDocument kubectl)
{
    SourceDocument doc;
    doc.kubectl = kubectl;
    doc.text = sharedSlice(bytes, d.begin, d.end - d.begin);
    doc.contentBegin = d.contentBegin - d.begin;
    doc.contentEnd = d.contentEnd - d.begin;
    if (d.error) {
        doc.form = SourceDocument::Form::Broken;
        doc.error = std::move(d.error);
    } else if (!d.hasContent) {
        doc.form = SourceDocument::Form::Empty;
    } else {
        const char first = doc.contentBegin < doc.text.size() ? doc.text.at(doc.contentBegin) : 0;
        doc.json = first == '{' || first == '[';
        if (isList(d.root)) {
            doc.form = SourceDocument::Form::List;
            // The items move to the resources; exporting writes them from there.
            Node *items = d.root.find(u"items");
            doc.resources.reserve(items->items().size());
            for (Node &item : items->items())
                readResource(doc.resources.emplace_back(), std::move(item));
            items->items().clear();
            doc.listNode = std::make_shared<const Node>(std::move(d.root));
        } else {
            doc.form = SourceDocument::Form::Object;
            readResource(doc.resources.emplace_back(), std::move(d.root));
        }
    }
    return doc;
}

QByteArray detectNewline(const QByteArray &bytes)
{
    const qsizetype lf = bytes.indexOf('\n');
    return lf > 0 && bytes.at(lf - 1) == '\r' ? QByteArray("\r\n") : QByteArray("\n");
}

QByteArray withNewlines(QByteArray text, const QByteArray &newline)
{
    if (newline != "\n")
        text.replace("\n", newline);
    return text;
}

} // namespace

Manifest Manifest::fromBytes(const QByteArray &bytes, int threads)
{
    Manifest m;
    m.newline = detectNewline(bytes);
    const YamlStream stream(bytes);
    KubectlReading kubectl = readAsKubectl(bytes, stream);
    m.kubectlStop = std::move(kubectl.stop);
    m.documents.resize(stream.size());
    // What kubectl does with each document goes to its slot now, and its list before the
    // documents are read (memory peaks at the end of reading).
    for (size_t i = 0; i < m.documents.size(); ++i)
        m.documents[i].kubectl = kubectl.documents[i];
    kubectl.documents = std::vector<KubectlDocument>();
    // The documents are cut into runs of about equal bytes, which the threads share; each
    // document goes to its own slot. A small stream is not worth a thread, nor a short run,
    // whose reader's cache of short strings shares little with the others'.
    constexpr size_t minBytesPerRun = 256 * 1024;
    threads = threadsFor(size_t(bytes.size()),
                         minBytesPerRun,
                         threads > 0 ? threads : usableCores());
    const size_t runs = std::clamp<size_t>(size_t(bytes.size()) / minBytesPerRun,
                                           size_t(threads),
                                           runsFor(threads));
    std::vector<size_t> runStart{0};
    for (size_t r = 1; r < runs; ++r)
        runStart.push_back(
            std::max(runStart.back(),
                     stream.documentAtOrAfter(bytes.size() * qsizetype(r) / qsizetype(runs))));
    runStart.push_back(stream.size());
    shareRuns(runs, threads, [&](size_t r) {
        stream.read(runStart[r], runStart[r + 1], [&](size_t i, YamlDocument &&doc) {
            m.documents[i] = sourceDocument(bytes, std::move(doc), m.documents[i].kubectl);
        });
    });
    return m;
}

std::vector<ServiceRef> Manifest::services() const
{
    std::vector<ServiceRef> refs;
    for (size_t d = 0; d < documents.size(); ++d) {
        for (size_t r = 0; r < documents[d].resources.size(); ++r) {
            if (documents[d].resources[r].isService())
                refs.push_back(ServiceRef{int(d), int(r)});
        }
    }
    return refs;
}

const Resource &Manifest::resource(ServiceRef ref) const
{
    return documents.at(ref.document).resources.at(ref.resource);
}

const Service &Manifest::service(ServiceRef ref) const
{
    return *resource(ref).service;
}

Service &Manifest::service(ServiceRef ref)
{
    return *documents.at(ref.document).resources.at(ref.resource).service;
}

void Manifest::markModified(ServiceRef ref)
{
    documents.at(ref.document).modified = true;
    documents.at(ref.document).textStale = true;
}

std::vector<const SourceDocument *> Manifest::brokenDocuments() const
{
    std::vector<const SourceDocument *> broken;
    for (const SourceDocument &d : documents) {
        if (d.form == SourceDocument::Form::Broken)
            broken.push_back(&d);
    }
    return broken;
}

Node Manifest::objectNode(const Resource &resource, bool writeDefaults) const
{
    if (!resource.service)
        return resource.node();
    return writeService(writeDefaults ? withDefaults(*resource.service) : *resource.service);
}

namespace {

// A lone CR ends a line too (YAML reads it so; old Mac files have nothing else).
bool endsWithLineBreak(const QByteArray &text)
{
    return text.endsWith('\n') || text.endsWith('\r');
}

// kubectl reads a stream that starts with `{` as JSON, which has no `---`: a YAML export of
// several documents whose first is written in flow style (`{}`) starts with a `---` instead.
QByteArray withoutJsonLook(QByteArray yaml)
{
    if (yaml.startsWith('{') && yaml.contains("\n---\n"))
        yaml.prepend("---\n");
    return yaml;
}

// An export holds what `kubectl apply -f` of the file applies, and nothing it would not.
bool isExported(const SourceDocument &doc)
{
    return (doc.form == SourceDocument::Form::Object || doc.form == SourceDocument::Form::List)
           && doc.kubectl.use == KubectlUse::Applied;
}

Node documentNode(const Manifest &m, const SourceDocument &doc, bool writeDefaults = false)
{
    if (doc.form == SourceDocument::Form::List) {
        Node list = *doc.listNode;
        Node *items = list.find(u"items");
        *items = Node::sequence();
        for (const Resource &r : doc.resources)
            items->append(m.objectNode(r, writeDefaults));
        return list;
    }
    return m.objectNode(doc.resources.front(), writeDefaults);
}

} // namespace

QByteArray Manifest::documentText(int index) const
{
    const SourceDocument &doc = documents.at(size_t(index));
    if (!doc.textStale || doc.resources.empty())
        return doc.text;
    QByteArray header = doc.text.left(doc.contentBegin);
    // Content that stood on the `---` line (`--- {...}`) now starts on a line of its own.
    if (!header.isEmpty() && !endsWithLineBreak(header))
        header += newline;
    const Node node = documentNode(*this, doc);
    return header + (doc.json ? withNewlines(emitJson(node), newline) : emitYaml(node, newline))
           + doc.text.mid(doc.contentEnd);
}

QByteArray Manifest::toBytes() const
{
    QByteArray out;
    for (size_t d = 0; d < documents.size(); ++d) {
        // A document read from a file ends with a line break unless it ends the file; one moved
        // or added after it must still start on a line of its own.
        if (!out.isEmpty() && !endsWithLineBreak(out))
            out += newline;
        out += documentText(int(d));
    }
    return out;
}

namespace {

// The one document with content that `text` holds, read as the reader reads a file.
std::optional<YamlDocument> readAlone(const QByteArray &text)
{
    std::vector<YamlDocument> parsed = parseYaml(text);
    std::optional<YamlDocument> found;
    for (YamlDocument &d : parsed) {
        if (d.error)
            return std::nullopt;
        if (d.hasContent) {
            if (found)
                return std::nullopt;
            found = std::move(d);
        }
    }
    return found;
}

// The object of a document (or of a List's item) as read.
const Node *objectIn(const YamlDocument &doc, SourceDocument::Form form, int resource)
{
    if (form == SourceDocument::Form::Object)
        return resource == 0 ? &doc.root : nullptr;
    const Node *items = doc.root.isMapping() ? doc.root.find(u"items") : nullptr;
    if (!items || !items->isSequence() || size_t(resource) >= items->items().size())
        return nullptr;
    return &items->items()[size_t(resource)];
}

} // namespace

Manifest::TextEdit Manifest::updateText(ServiceRef ref, const Service &before)
{
    SourceDocument &doc = documents.at(size_t(ref.document));
    auto stale = [&] {
        doc.textStale = true;
        return TextEdit::Rewritten;
    };
    if (doc.textStale || doc.json || doc.contentBegin >= doc.contentEnd)
        return stale();
    const std::optional<YamlDocument> read = readAlone(doc.text);
    const Node *original = read ? objectIn(*read, doc.form, ref.resource) : nullptr;
    if (!original)
        return stale();
    const Node after = writeService(service(ref));
    const std::optional<YamlPatch> patch
        = patchYaml(doc.text, *original, writeService(before), after, newline);
    if (!patch)
        return stale();
    // What the text says now must be what the Service says, or it is not used.
    const std::optional<YamlDocument> check = readAlone(patch->text);
    const Node *object = check ? objectIn(*check, doc.form, ref.resource) : nullptr;
    if (!object)
        return stale();
    const Resource reread = makeResource(*object);
    if (!reread.service || !(writeService(*reread.service) == after))
        return stale();
    doc.text = patch->text;
    doc.contentBegin = check->contentBegin;
    doc.contentEnd = check->contentEnd;
    return patch->rewroteNode ? TextEdit::NodeRewritten : TextEdit::InPlace;
}

QByteArray Manifest::exportAs(Format format,
                              const std::vector<ServiceRef> &only,
                              bool writeDefaults) const
{
    if (format == Format::Json && only.empty()) {
        // More than one object make one List, written an object at a time as the YAML below, so
        // that only one tree is alive at a time. A List's items join it (exportObjects()).
        size_t count = 0;
        for (const SourceDocument &doc : documents) {
            if (isExported(doc))
                count += doc.form == SourceDocument::Form::List ? doc.resources.size() : 1;
        }
        if (count != 1) {
            auto doc = documents.begin();
            size_t item = 0;
            return emitJsonList([&](const std::function<void(const Node &)> &emit) {
                for (; doc != documents.end(); ++doc, item = 0) {
                    if (!isExported(*doc))
                        continue;
                    if (doc->form != SourceDocument::Form::List) {
                        emit(documentNode(*this, *doc++, writeDefaults));
                        return true;
                    }
                    if (item < doc->resources.size()) {
                        emit(objectNode(doc->resources[item++], writeDefaults));
                        return true;
                    }
                }
                return false;
            });
        }
    }
    if (format == Format::Json || !only.empty())
        return writeObjects(exportObjects(format, only, writeDefaults), format);
    // YAML documents are independent: write each as soon as it is built, so that only one tree
    // is alive at a time.
    QByteArray out;
    bool first = true;
    for (const SourceDocument &doc : documents) {
        if (!isExported(doc))
            continue;
        if (!first)
            out += "---\n";
        first = false;
        out += emitYaml(documentNode(*this, doc, writeDefaults));
    }
    return withoutJsonLook(std::move(out));
}

std::vector<Node> Manifest::exportObjects(Format format,
                                          const std::vector<ServiceRef> &only,
                                          bool writeDefaults) const
{
    std::vector<Node> objects;
    if (!only.empty()) {
        for (ServiceRef ref : only)
            objects.push_back(objectNode(resource(ref), writeDefaults));
    } else {
        for (const SourceDocument &doc : documents) {
            if (isExported(doc)) {
                // JSON output wraps everything in one List, as kubectl prints several objects, so
                // a List's items join it instead of nesting.
                if (format == Format::Json && doc.form == SourceDocument::Form::List) {
                    for (const Resource &r : doc.resources)
                        objects.push_back(objectNode(r, writeDefaults));
                } else {
                    objects.push_back(documentNode(*this, doc, writeDefaults));
                }
            }
        }
    }
    return objects;
}

QByteArray Manifest::writeObjects(std::vector<Node> objects, Format format)
{
    if (format == Format::Json) {
        if (objects.size() == 1)
            return emitJson(objects.front());
        Node list = Node::mapping();
        list.insert(QStringLiteral("apiVersion"), Node::string(QStringLiteral("v1")));
        Node items = Node::sequence();
        for (Node &o : objects)
            items.append(std::move(o));
        list.insert(QStringLiteral("items"), std::move(items));
        list.insert(QStringLiteral("kind"), Node::string(QStringLiteral("List")));
        Node meta = Node::mapping();
        meta.insert(QStringLiteral("resourceVersion"), Node::string(QString()));
        list.insert(QStringLiteral("metadata"), std::move(meta));
        return emitJson(list);
    }

    QByteArray out;
    for (size_t i = 0; i < objects.size(); ++i) {
        if (i > 0)
            out += "---\n";
        out += emitYaml(objects[i]);
    }
    return withoutJsonLook(std::move(out));
}

QByteArray Manifest::serviceYaml(ServiceRef ref) const
{
    return emitYaml(objectNode(resource(ref)));
}

} // namespace sd
