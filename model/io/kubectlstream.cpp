// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/kubectlstream.h"

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

class KubectlReader
{
public:
    KubectlReader(QByteArrayView in, const std::vector<YamlDocument> &documents)
        : m_in(in)
        , m_chunks(yamlstream::splitStream(in))
    {
        m_result.documents.resize(documents.size());
        // parseYaml() makes one document of each chunk, unless the input is not text at all.
        m_usable = m_chunks.size() == documents.size();
    }

    KubectlReading read()
    {
        if (!m_usable)
            return std::move(m_result);
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
        while (lineBegin < n) {
            qsizetype lineEnd = m_in.indexOf('\n', lineBegin);
            const qsizetype next = lineEnd < 0 ? n : lineEnd + 1;
            if (lineEnd < 0)
                lineEnd = n;
            if (lineEnd - lineBegin >= 3 && m_in.sliced(lineBegin, 3) == "---") {
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
                         Tr::tr("kubectl refuses this document separator: it takes every line "
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
            }
            lineBegin = next;
        }
        parts.push_back(Part{partBegin, n});
        return parts;
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
                const qsizetype lead = std::max(c.begin, part.begin);
                const bool markerHere = c.marker >= lead && c.marker < part.end;
                if (!markerHere) {
                    const qsizetype leadEnd = contentHere        ? c.contentBegin
                                              : c.endMarker >= 0 ? c.endMarker
                                                                 : c.end;
                    const qsizetype directive = directiveIn(m_in, lead, std::min(leadEnd, part.end));
                    if (directive >= 0) {
                        stop(part.begin,
                             directive,
                             Tr::tr("kubectl cannot read a directive ('%YAML', '%TAG'): it splits "
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
                         Tr::tr("kubectl cannot read a document that starts with the end marker "
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
    std::vector<yamlstream::Chunk> m_chunks;
    KubectlReading m_result;
    bool m_usable = false;
    qsizetype m_stopPartBegin = 0;
    qsizetype m_lineOffset = 0;
    int m_line = 1;
};

} // namespace

KubectlReading readAsKubectl(QByteArrayView utf8, const std::vector<YamlDocument> &documents)
{
    return KubectlReader(utf8, documents).read();
}

} // namespace sd
