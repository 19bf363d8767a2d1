// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/servicetext.h"

#include "model/io/servicewriter.h"
#include "model/io/yamlemitter.h"
#include "model/io/yamlparser.h"

namespace sd {

static_assert(std::is_same_v<FieldLines, YamlLines>,
              "the writer notes lines as the editor reads them");

QByteArray exportedYaml(const Service &service, FieldLines *lines)
{
    return lines ? emitYaml(writeService(service), lines) : emitYaml(writeService(service));
}

namespace {

// The last line a node reaches, as far as positions tell (a multi-line scalar counts its first).
int lastLine(const Node &n)
{
    int line = n.pos().line;
    for (const Node &item : n.items())
        line = std::max(line, lastLine(item));
    for (const Node::Entry &e : n.entries())
        line = std::max({line, e.keyPos.line, lastLine(e.value)});
    return line;
}

void noteLines(const Node &n, const FieldPath &path, FieldLines *lines)
{
    if (n.isMapping()) {
        for (const Node::Entry &e : n.entries()) {
            const FieldPath at = path.field(e.key);
            lines->insert(at, {e.keyPos.line, std::max(e.keyPos.line, lastLine(e.value))});
            noteLines(e.value, at, lines);
        }
    } else if (n.isSequence()) {
        for (size_t i = 0; i < n.items().size(); ++i) {
            const Node &item = n.items()[i];
            const FieldPath at = path.index(int(i));
            lines->insert(at, {item.pos().line, std::max(item.pos().line, lastLine(item))});
            noteLines(item, at, lines);
        }
    }
}

} // namespace

FieldLines sourceLines(const Manifest &manifest, ServiceRef ref)
{
    FieldLines lines;
    if (!ref.isValid() || size_t(ref.document) >= manifest.documents.size())
        return lines;
    const SourceDocument &doc = manifest.documents[size_t(ref.document)];
    if (doc.textStale)
        return lines;
    for (const YamlDocument &read : parseYaml(doc.text)) {
        if (read.error || !read.hasContent)
            continue;
        const Node *object = &read.root;
        if (doc.form == SourceDocument::Form::List) {
            const Node *items = read.root.isMapping() ? read.root.find(u"items") : nullptr;
            if (!items || !items->isSequence() || size_t(ref.resource) >= items->items().size())
                return lines;
            object = &items->items()[size_t(ref.resource)];
        }
        noteLines(*object, FieldPath(), &lines);
        break;
    }
    return lines;
}

std::pair<int, int> linesOf(const FieldLines &lines, const FieldPath &path, FieldPath *found)
{
    // A map key (`annotations[key]`) is a mapping key like a field's name in the text.
    FieldPath written;
    for (const FieldPath::Step &step : path.steps()) {
        written = step.kind == FieldPath::Step::Kind::Index ? written.index(step.index)
                                                            : written.field(step.name);
    }
    for (qsizetype n = written.size(); n > 0; --n) {
        const auto at = lines.constFind(written.left(n));
        if (at != lines.constEnd()) {
            if (found)
                *found = path.left(n);
            return *at;
        }
    }
    if (found)
        *found = FieldPath();
    return {0, 0};
}

} // namespace sd
