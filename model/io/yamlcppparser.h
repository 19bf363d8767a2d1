// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <optional>
#include <vector>

#include <QByteArrayView>

#include "model/io/yamlparser.h"

namespace sd {

/**
 * Reads a YAML stream with yaml-cpp (driving its event parser) into the same documents, byte ranges
 * and value trees as parseYaml().
 *
 * It is the reference the fast reader is tested against, and is not used to read files: it is
 * more than ten times slower than parseYaml(), and it accepts what kubectl refuses. Never throws:
 * every yaml-cpp exception becomes the YamlError of the document it happened in, and so does
 * nesting deeper than options.maxDepth.
 *
 * Differences from parseYaml() that are yaml-cpp 0.7's own: it reads many broken documents without
 * a word (an unclosed quote, a line without ':' at the end of a mapping, a tab in the indentation),
 * an empty node's position is where yaml-cpp looked for it, a tag on an otherwise empty top-level
 * node is lost, and contentEnd is found lexically (the last line that is not blank or a comment).
 */
std::vector<YamlDocument> parseYamlWithYamlCpp(QByteArrayView utf8,
                                               const YamlParseOptions &options = {});

/** What both YAML readers share: the text check and the split of a stream into documents. */
namespace yamlstream {

/** The most bytes a stream may have: offsets in it are 32 bits. (A manifest file is at most
 *  maxManifestFileSize, far less.) */
constexpr qsizetype maxStreamSize = std::numeric_limits<qint32>::max();

/** One document's bytes as found by splitStream(), before anything is parsed. Offsets are 32
 *  bits (a stream is at most maxStreamSize bytes): the list of them is kept while the documents
 *  are read, which is when memory peaks. */
struct Chunk
{
    qint32 begin = 0;           ///< first byte (a BOM at the start of the input belongs here)
    qint32 end = 0;             ///< one past the last byte
    qint32 line = 1;            ///< 1-based line of `begin`
    qint32 markerLine = 0;      ///< 1-based line of `marker`
    qint32 marker = -1;         ///< offset of this document's `---`, or -1
    qint32 endMarker = -1;      ///< offset of this document's `...`, or -1
    qint32 contentBegin = -1;   ///< first byte that is not blank, comment, directive or marker
    qint32 contentLineEnd = -1; ///< one past the last line holding such a byte (with its break)

    bool hasContent() const { return contentBegin >= 0; }
    /** Where the document's nodes may be: up to the `...` line or the end of the chunk. */
    qsizetype bodyEnd() const { return endMarker >= 0 ? endMarker : end; }
};

/** A document with `chunk`'s byte ranges, before anything of it is read. */
YamlDocument documentOf(const Chunk &chunk);

/**
 * Checks that the input is text a YAML reader may look at: valid UTF-8 without NUL or other C0
 * control characters (tab, CR and LF are fine). Returns the first problem, or nothing.
 * Sets *ascii (when given) to whether every byte is below 0x80. Input over maxStreamSize is
 * refused whole.
 */
std::optional<YamlError> checkText(QByteArrayView utf8, bool *ascii = nullptr);

/**
 * Splits a stream into document chunks by its lines alone: a line that starts with `---` or `...`
 * followed by a space, tab or line break (or the end) is a marker. A `---` opens a new chunk unless
 * the current one has neither content nor a `---` yet; a `...` ends the current chunk after its
 * line.
 * The chunks tile the input; an empty input gives one empty chunk, and so does input over
 * maxStreamSize (which checkText() refuses). With `threads` above 1, a stream without CR is
 * split in two halves at once; the chunks are the same.
 */
std::vector<Chunk> splitStream(QByteArrayView utf8, int threads = 1);

/** The first offset from `from` on whose byte is not ASCII text (0x80 and above, a C0 control
 *  other than tab, LF and CR, or DEL), or `size` when there is none. Sixteen bytes at a time
 *  where the processor allows: the text checks spend nearly all their time here. */
qsizetype skipAsciiText(const char *data, qsizetype from, qsizetype size);

/** The offset of the first line after `from` whose first byte is `first` or `orFirst` (the
 *  offset of that byte), or `size` when there is none. Lines end at LF. */
qsizetype nextLineStartingWith(
    const char *data, qsizetype from, qsizetype size, char first, char orFirst);

/** How many LF bytes [from, to) holds. */
int countLineFeeds(const char *data, qsizetype from, qsizetype to);

/** The number of characters in UTF-8 text: its bytes that are not continuation bytes. */
int countChars(const char *begin, const char *end);

/** The 1-based position of a byte offset, counting from a known line start `from` on `line`. */
SourcePos positionOf(QByteArrayView utf8, qsizetype offset, qsizetype from, int line);

/** Parses one chunk of `utf8` with yaml-cpp; positions and ranges are absolute in `utf8`. */
YamlDocument parseChunkWithYamlCpp(QByteArrayView utf8,
                                   const Chunk &chunk,
                                   const YamlParseOptions &options);

/** How many nodes the aliases of one document may add before reading stops (a billion laughs). */
inline qsizetype aliasNodeBudget(qsizetype chunkBytes)
{
    return 100000 + 4 * chunkBytes;
}

} // namespace yamlstream
} // namespace sd
