// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QByteArrayView>
#include <QString>

#include "model/domain/node.h"

namespace sd {

/** A problem that stops one document (or the whole input) from being read. */
struct YamlError
{
    QString message; ///< translated diagnostic, lowercase, no final period: what is wrong and what was expected
    SourcePos pos; ///< where; line and column are 1-based and absolute in the file
};

/**
 * One YAML document of a stream, with the byte ranges that let a writer put unedited documents back
 * byte for byte and edited ones back in their place.
 *
 * The chunks of all documents tile the input: documents[0].begin == 0, documents[i].end ==
 * documents[i+1].begin, and the last one ends at the input's size. A chunk holds its own `---`
 * line (if any), the comments before and after its content, and its `...` line (if any).
 */
struct YamlDocument
{
    qsizetype begin = 0;        ///< chunk start (byte offset)
    qsizetype end = 0;          ///< chunk end (byte offset, exclusive)
    qsizetype contentBegin = 0; ///< first byte of the root node (== contentEnd when there is none)
    qsizetype contentEnd = 0;   ///< one past the end of the line holding the root node's last byte
    bool hasContent = false;    ///< false for an empty document (only comments, markers, blanks)
    Node root;                  ///< the document's value (when hasContent and no error)
    std::optional<YamlError> error; ///< set when this document could not be read; the others still are
};

struct YamlParseOptions
{
    int maxDepth = 256; ///< nesting deeper than this is an error, not a stack overflow
};

/**
 * Reads a YAML 1.2 stream (JSON included) from UTF-8 bytes.
 *
 * Never throws. A syntax error inside one document is reported on that document and does not stop
 * the others from being read. Input that is not UTF-8 text at all (invalid UTF-8, NUL or other
 * control bytes) gives one document whose error says where the first bad byte is.
 */
std::vector<YamlDocument> parseYaml(QByteArrayView utf8, const YamlParseOptions &options = {});

namespace yamlstream {
struct Chunk;
}

/**
 * A stream split into its documents (one pass over the bytes), each read when asked: what
 * parseYaml() does, a document at a time, so that a caller can keep what it needs of each and
 * let its tree go, or read several at once. read() is const and each call has its own reader:
 * threads may read different documents of one stream at the same time. The bytes must outlive
 * the stream.
 */
class YamlStream
{
public:
    explicit YamlStream(QByteArrayView utf8, const YamlParseOptions &options = {});
    ~YamlStream();

    /** The number of documents (one for input that is not text: its error). */
    size_t size() const { return m_size; }
    /** Documents `from` to `to` (exclusive), in order, each given to `take` as it is read: one
     *  reader for them all, whose cache of short strings they then share. */
    void read(size_t from,
              size_t to,
              const std::function<void(size_t, YamlDocument &&)> &take) const;
    /** Where the stream's documents are (the lines kubectl splits at, for input that is not
     *  text: there is then one document, its error). */
    const std::vector<yamlstream::Chunk> &chunks() const { return *m_chunks; }
    /** The first document at or after byte `offset` (size() when none): for splitting the
     *  documents by their bytes. */
    size_t documentAtOrAfter(qsizetype offset) const;

private:
    QByteArrayView m_in;
    YamlParseOptions m_options;
    bool m_ascii = false;
    std::optional<YamlError> m_textError;
    std::unique_ptr<std::vector<yamlstream::Chunk>> m_chunks;
    size_t m_size = 0;
};

} // namespace sd
