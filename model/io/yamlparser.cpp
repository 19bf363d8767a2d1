// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/yamlparser.h"

#include "model/io/yamlreader_p.h"

namespace sd {

using namespace yamlread;

namespace {

// Where kubectl (go-yaml) and this reader refuse a document that yaml-cpp 0.7 reads (a tab in
// the indentation, a block scalar whose first empty line has more spaces than its text) or both
// refuse it (a collection as a key), asking yaml-cpp would only let through what kubectl will not
// apply; and yaml-cpp reads many broken documents without a word. So it is not asked: it stays
// the reference the tests compare this reader with.
std::vector<YamlDocument> readStream(QByteArrayView utf8, const YamlParseOptions &options)
{
    std::vector<YamlDocument> docs;
    bool ascii = false;
    if (std::optional<YamlError> error = yamlstream::checkText(utf8, &ascii)) {
        YamlDocument doc;
        doc.end = utf8.size();
        doc.error = std::move(error);
        docs.push_back(std::move(doc));
        return docs;
    }
    const std::vector<yamlstream::Chunk> chunks = yamlstream::splitStream(utf8);
    docs.reserve(chunks.size());
    Reader reader(utf8, ascii, options);
    for (const yamlstream::Chunk &chunk : chunks) {
        YamlDocument doc;
        doc.begin = chunk.begin;
        doc.end = chunk.end;
        doc.hasContent = chunk.hasContent();
        doc.contentBegin = chunk.hasContent() ? chunk.contentBegin : chunk.bodyEnd();
        doc.contentEnd = chunk.hasContent() ? chunk.contentLineEnd : chunk.bodyEnd();
        try {
            reader.read(chunk, doc);
        } catch (const ParseFailure &failure) {
            doc.error = YamlError{failure.message, failure.pos};
            doc.root = Node();
        }
        docs.push_back(std::move(doc));
    }
    return docs;
}

} // namespace

std::vector<YamlDocument> parseYaml(QByteArrayView utf8, const YamlParseOptions &options)
{
    return readStream(utf8, options);
}

} // namespace sd
