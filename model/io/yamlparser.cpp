// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/yamlparser.h"

#include <algorithm>
#include <thread>

#include "model/domain/parallelruns.h"
#include "model/io/yamlreader_p.h"

namespace sd {

using namespace yamlread;

// Where kubectl (go-yaml) and this reader refuse a document that yaml-cpp 0.7 reads (a tab in
// the indentation, a block scalar whose first empty line has more spaces than its text) or both
// refuse it (a collection as a key), asking yaml-cpp would only let through what kubectl will not
// apply; and yaml-cpp reads many broken documents without a word. So it is not asked: it stays
// the reference the tests compare this reader with.

std::vector<YamlDocument> parseYaml(QByteArrayView utf8, const YamlParseOptions &options)
{
    const YamlStream stream(utf8, options);
    std::vector<YamlDocument> docs;
    docs.reserve(stream.size());
    stream.read(0, stream.size(), [&docs](size_t, YamlDocument &&doc) {
        docs.push_back(std::move(doc));
    });
    return docs;
}

YamlStream::YamlStream(QByteArrayView utf8, const YamlParseOptions &options)
    : m_in(utf8)
    , m_options(options)
{
    // The text check and the split each look at every byte, and neither needs the other: a
    // large stream is checked on a thread of its own while it is split (in two halves).
    const int threads = threadsForHalves(size_t(utf8.size()));
    std::thread checking;
    if (threads > 1)
        checking = std::thread([&] { m_textError = yamlstream::checkText(utf8, &m_ascii); });
    else
        m_textError = yamlstream::checkText(utf8, &m_ascii);
    m_chunks = std::make_unique<std::vector<yamlstream::Chunk>>(
        yamlstream::splitStream(utf8, threads));
    if (checking.joinable())
        checking.join();
    m_size = m_textError ? 1 : m_chunks->size();
}

YamlStream::~YamlStream() = default;

void YamlStream::read(size_t from,
                      size_t to,
                      const std::function<void(size_t, YamlDocument &&)> &take) const
{
    if (m_textError) {
        if (from == 0 && to > 0) {
            YamlDocument doc;
            doc.end = m_in.size();
            doc.error = m_textError;
            take(0, std::move(doc));
        }
        return;
    }
    Reader reader(m_in, m_ascii, m_options);
    for (size_t index = from; index < to; ++index) {
        const yamlstream::Chunk &chunk = (*m_chunks)[index];
        YamlDocument doc = yamlstream::documentOf(chunk);
        try {
            reader.read(chunk, doc);
        } catch (const ParseFailure &failure) {
            doc.error = YamlError{failure.message, failure.pos};
            doc.root = Node();
        }
        take(index, std::move(doc));
    }
}

size_t YamlStream::documentAtOrAfter(qsizetype offset) const
{
    const auto at = std::lower_bound(m_chunks->begin(),
                                     m_chunks->end(),
                                     offset,
                                     [](const yamlstream::Chunk &c, qsizetype o) {
                                         return c.begin < o;
                                     });
    return m_textError ? m_size : size_t(at - m_chunks->begin());
}

} // namespace sd
