// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/kubectlstream.h"

#include <cctype>
#include <cstring>

#include "model/io/yamlcppparser.h"
#include "model/tr.h"

namespace sd {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// One part of the stream as kubectl's YAMLReader returns it: the bytes between two `---` lines.
struct Part
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// A directive line (`%YAML`, `%TAG`) in [begin, end) of a document, before its content, or -1.
qsizetype directiveIn(QByteArrayView in, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end;) {
        if (in[i] == '%' && (i == 0 || in[i - 1] == '\n' || in[i - 1] == '\r'))
            return i;
        ++i;
    }
    return -1;
}

// kubectl's YAMLOrJSONDecoder decodes a stream with encoding/json when its first character, after
// white space in the first 4096 bytes, is `{`. (A byte order mark was dropped before.)
bool isJsonStream(QByteArrayView in)
{
    const qsizetype begin = in.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype end = std::min(in.size(), begin + 4096);
    for (qsizetype i = begin; i < end; ++i) {
        if (isSpace(in[i]))
            continue;
        // U+0085 and U+00A0 are white space to Go too.
        if (in[i] == '\xC2' && i + 1 < end && (in[i + 1] == '\x85' || in[i + 1] == '\xA0')) {
            ++i;
            continue;
        }
        return in[i] == '{';
    }
    return false;
}

// encoding/json's grammar, for one value starting at `i` (after white space). Moves `i` past the
// value and returns -1, or returns the offset of the first byte that does not fit (the input's
// size where it ends too soon). Nesting is kept on a stack, not in recursion.
qsizetype jsonError(QByteArrayView in, qsizetype &i)
{
    const qsizetype n = in.size();
    const auto skipSpace = [&] {
        while (i < n && (in[i] == ' ' || in[i] == '\t' || in[i] == '\n' || in[i] == '\r'))
            ++i;
    };
    const auto isDigit = [&](qsizetype k) { return k < n && in[k] >= '0' && in[k] <= '9'; };
    const auto string = [&]() -> bool { // at '"'
        for (++i; i < n; ++i) {
            const auto c = uchar(in[i]);
            if (c == '"') {
                ++i;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c != '\\')
                continue;
            if (++i >= n || !std::strchr("\"\\/bfnrtu", in[i]))
                return false;
            if (in[i] == 'u') {
                for (int k = 0; k < 4; ++k) {
                    if (++i >= n || !std::isxdigit(uchar(in[i])))
                        return false;
                }
            }
        }
        return false;
    };
    const auto number = [&]() -> bool {
        if (in[i] == '-')
            ++i;
        if (!isDigit(i))
            return false;
        if (in[i] == '0')
            ++i;
        while (isDigit(i))
            ++i;
        if (i < n && in[i] == '.') {
            if (!isDigit(++i))
                return false;
            while (isDigit(i))
                ++i;
        }
        if (i < n && (in[i] == 'e' || in[i] == 'E')) {
            ++i;
            if (i < n && (in[i] == '+' || in[i] == '-'))
                ++i;
            if (!isDigit(i))
                return false;
            while (isDigit(i))
                ++i;
        }
        return true;
    };
    const auto literal = [&](QByteArrayView word) -> bool {
        for (const char c : word) {
            if (i >= n || in[i] != c)
                return false;
            ++i;
        }
        return true;
    };

    enum class Want { Value, ValueOrClose, Key, KeyOrClose, Colon, CommaOrClose };
    std::vector<char> open; // the closing bracket of each collection entered
    Want want = Want::Value;
    for (;;) {
        skipSpace();
        if (i >= n)
            return n;
        const char c = in[i];
        bool ended = false; // a value ended here
        if (want == Want::ValueOrClose && c == ']') {
            ++i;
            open.pop_back();
            ended = true;
        } else if (want == Want::KeyOrClose && c == '}') {
            ++i;
            open.pop_back();
            ended = true;
        } else if (want == Want::Value || want == Want::ValueOrClose) {
            if (c == '{' || c == '[') {
                open.push_back(c == '{' ? '}' : ']');
                ++i;
                want = c == '{' ? Want::KeyOrClose : Want::ValueOrClose;
                continue;
            }
            const bool ok = c == '"'                             ? string()
                            : c == '-' || (c >= '0' && c <= '9') ? number()
                            : c == 't'                           ? literal("true")
                            : c == 'f'                           ? literal("false")
                            : c == 'n'                           ? literal("null")
                                                                 : false;
            if (!ok)
                return std::min(i, n);
            ended = true;
        } else if (want == Want::Key || want == Want::KeyOrClose) {
            if (c != '"' || !string())
                return std::min(i, n);
            want = Want::Colon;
            continue;
        } else if (want == Want::Colon) {
            if (c != ':')
                return i;
            ++i;
            want = Want::Value;
            continue;
        } else if (c == ',') { // Want::CommaOrClose
            ++i;
            want = open.back() == '}' ? Want::Key : Want::Value;
            continue;
        } else if (c == open.back()) {
            ++i;
            open.pop_back();
            ended = true;
        } else {
            return i;
        }
        if (ended && open.empty())
            return -1;
        want = Want::CommaOrClose;
    }
}

class KubectlReader
{
public:
    KubectlReader(QByteArrayView in, const std::vector<yamlstream::Chunk> &chunks, size_t documents)
        : m_in(in)
        , m_chunks(chunks)
    {
        m_result.documents.resize(documents);
        // The reader makes one document of each chunk, unless the input is not text at all.
        m_usable = m_chunks.size() == documents;
    }

    KubectlReading read()
    {
        if (!m_usable)
            return std::move(m_result);
        if (isJsonStream(m_in)) {
            readJson();
            return std::move(m_result);
        }
        const std::vector<Part> parts = split();
        size_t next = 0; // the first chunk not yet placed in a part
        for (const Part &part : parts) {
            if (!readPart(part, next))
                break;
        }
        // Whatever kubectl did not get to (after a stop) is not applied.
        if (m_result.stop) {
            for (size_t i = next; i < m_chunks.size(); ++i) {
                if (m_chunks[i].hasContent() && m_chunks[i].contentBegin >= m_stopPartBegin)
                    m_result.documents[i].use = KubectlUse::NotReached;
            }
        }
        return std::move(m_result);
    }

private:
    SourcePos position(qsizetype offset) const
    {
        return yamlstream::positionOf(m_in, offset, 0, 1);
    }

    // The line of an offset, counted on from the last one asked for (they only grow), so that
    // many ignored documents cost one pass over the input.
    int lineAt(qsizetype offset)
    {
        if (offset < m_lineOffset) {
            m_lineOffset = 0;
            m_line = 1;
        }
        for (; m_lineOffset < offset; ++m_lineOffset) {
            const char c = m_in[m_lineOffset];
            if (c == '\n'
                || (c == '\r'
                    && (m_lineOffset + 1 >= m_in.size() || m_in[m_lineOffset + 1] != '\n')))
                ++m_line;
        }
        return m_line;
    }

    void stop(qsizetype partBegin, qsizetype at, const QString &message)
    {
        m_stopPartBegin = partBegin;
        m_result.stop = YamlError{message, position(at)};
    }

    // encoding/json decodes one value after another, with only white space between them, and
    // stops at the first byte that is not JSON; the values before it are applied.
    void readJson()
    {
        qsizetype i = m_in.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        for (;;) {
            while (i < m_in.size() && isSpace(m_in[i]))
                ++i;
            if (i >= m_in.size())
                return;
            const qsizetype value = i;
            const qsizetype error = jsonError(m_in, i);
            if (error < 0)
                continue;
            QString found;
            if (error >= m_in.size()) {
                //: What a message found, put in place of its "%1 is not allowed here"
                found = IoTr::tr("the end of the file");
            } else {
                qsizetype length = 1;
                while (error + length < m_in.size() && (uchar(m_in[error + length]) & 0xC0) == 0x80)
                    ++length;
                found = u'\'' + QString::fromUtf8(m_in.sliced(error, length)) + u'\'';
            }
            //: %1 is what was found: 'a', '#', the end of the file
            stop(value,
                 std::min(error, m_in.size()),
                 IoTr::tr("kubectl reads a file whose first character is '{' as JSON, and this is "
                          "not JSON: %1 is not allowed here; kubectl applies nothing from here on; "
                          "write JSON, or put a comment line first so that kubectl reads the file "
                          "as YAML")
                     .arg(found));
            for (size_t k = 0; k < m_chunks.size(); ++k) {
                if (m_chunks[k].hasContent() && m_chunks[k].contentBegin >= value)
                    m_result.documents[k].use = KubectlUse::NotReached;
            }
            return;
        }
    }

    // kubectl's YAMLReader: lines end at a line feed (a CR before it is dropped); a line that
    // starts with `---` ends the part before it, or the stream where more than blanks and a
    // comment follow the `---`, dropping the part it was reading.
    std::vector<Part> split()
    {
        std::vector<Part> parts;
        const qsizetype n = m_in.size();
        // kubectl reads files through a decoder that drops a byte order mark.
        qsizetype lineBegin = m_in.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        qsizetype partBegin = lineBegin;
        // Only lines that start with `---` matter: the search goes from one to the next.
        lineBegin = dashesLineFrom(lineBegin);
        while (lineBegin < n) {
            qsizetype lineEnd = m_in.indexOf('\n', lineBegin);
            const qsizetype next = lineEnd < 0 ? n : lineEnd + 1;
            if (lineEnd < 0)
                lineEnd = n;
            qsizetype rest = lineBegin + 3;
            qsizetype restEnd = lineEnd;
            while (rest < restEnd && isSpace(m_in[rest]))
                ++rest;
            while (restEnd > rest && isSpace(m_in[restEnd - 1]))
                --restEnd;
            if (rest < restEnd && m_in[rest] != '#') {
                const QString text = QString::fromUtf8(m_in.sliced(rest, restEnd - rest));
                //: %1 is what follows the '---' on its line
                stop(partBegin,
                     lineBegin,
                     IoTr::tr("kubectl refuses this document separator: it takes every line "
                              "that starts with '---' for one, and allows only a comment after "
                              "it, not '%1' (\"invalid Yaml document separator\"); kubectl "
                              "applies nothing from here on, nor the document before this line; "
                              "put the content on the next line")
                         .arg(text.size() > 40 ? text.left(40) + u"..." : text));
                return parts; // without the part it was reading
            }
            // YAMLReader keeps a `---` line that comes before anything else of a part (at
            // the start of the file, or right after another `---` line): go-yaml then reads
            // it as the start of an explicit document.
            if (lineBegin != partBegin) {
                parts.push_back(Part{partBegin, lineBegin});
                partBegin = next;
            }
            lineBegin = dashesLineFrom(next);
        }
        parts.push_back(Part{partBegin, n});
        return parts;
    }

    // The start of the first line that starts with `---`, from the line that starts at
    // `lineBegin` on, or the input's size.
    qsizetype dashesLineFrom(qsizetype lineBegin) const
    {
        const char *d = m_in.data();
        const qsizetype n = m_in.size();
        for (qsizetype at = lineBegin;; at = yamlstream::nextLineStartingWith(d, at, n, '-', '-')) {
            if (at + 3 > n)
                return n;
            if (d[at] == '-' && d[at + 1] == '-' && d[at + 2] == '-')
                return at;
        }
    }

    // go-yaml reads the first document of a part: marks the chunks in it, from `next` on, and
    // leaves `next` on the first chunk that goes on into a later part. False where kubectl stops.
    bool readPart(const Part &part, size_t &next)
    {
        bool first = true; // still looking for the document go-yaml reads
        qsizetype firstEnd = -1;
        for (; next < m_chunks.size() && m_chunks[next].begin < part.end; ++next) {
            const yamlstream::Chunk &c = m_chunks[next];
            // Content that started in an earlier part (after a line kubectl takes for `---` and
            // YAML does not) counts as read there.
            const bool contentHere = c.hasContent() && c.contentBegin < part.end;
            if (!first) {
                if (contentHere && c.contentBegin >= part.begin) {
                    KubectlDocument &doc = m_result.documents[next];
                    doc.use = KubectlUse::Ignored;
                    doc.because = m_chunks[next - 1].endMarker >= 0
                                      ? IgnoredBecause::EndMarker
                                      : IgnoredBecause::LoneCarriageReturn;
                    doc.afterLine = lineAt(firstEnd);
                }
            } else {
                // A directive needs its `---` in the same part, and kubectl took that line.
                const qsizetype lead = std::max<qsizetype>(c.begin, part.begin);
                const bool markerHere = c.marker >= lead && c.marker < part.end;
                if (!markerHere) {
                    const qsizetype leadEnd = contentHere        ? c.contentBegin
                                              : c.endMarker >= 0 ? c.endMarker
                                                                 : c.end;
                    const qsizetype directive = directiveIn(m_in, lead, std::min(leadEnd, part.end));
                    if (directive >= 0) {
                        stop(part.begin,
                             directive,
                             IoTr::tr(
                                 "kubectl cannot read a directive ('%YAML', '%TAG'): it splits "
                                 "the file at the '---' line after it, which leaves the "
                                 "directive without a document (\"did not find expected "
                                 "<document start>\"); kubectl applies nothing from here on; "
                                 "remove the directive"));
                        return false;
                    }
                }
                if (contentHere) {
                    first = false;
                    firstEnd = c.endMarker >= 0 ? c.endMarker : c.end;
                } else if (c.endMarker >= part.begin && c.endMarker < part.end && markerHere) {
                    first = false; // `---` then `...`: an empty document
                    firstEnd = c.endMarker;
                } else if (c.endMarker >= part.begin && c.endMarker < part.end) {
                    stop(part.begin,
                         c.endMarker,
                         IoTr::tr(
                             "kubectl cannot read a document that starts with the end marker "
                             "'...' (\"did not find expected node content\"); kubectl applies "
                             "nothing from here on; remove this line, or put '---' before what "
                             "follows it"));
                    return false;
                } else if (c.end < part.end) {
                    // An empty document, then more after a `---` that kubectl did not split at.
                    first = false;
                    firstEnd = c.end;
                }
            }
            if (c.end > part.end)
                break; // the rest of this chunk is in the next part
        }
        return true;
    }

    QByteArrayView m_in;
    const std::vector<yamlstream::Chunk> &m_chunks;
    KubectlReading m_result;
    bool m_usable = false;
    qsizetype m_stopPartBegin = 0;
    qsizetype m_lineOffset = 0;
    int m_line = 1;
};

} // namespace

KubectlReading readAsKubectl(QByteArrayView utf8, const YamlStream &stream)
{
    return KubectlReader(utf8, stream.chunks(), stream.size()).read();
}

} // namespace sd
