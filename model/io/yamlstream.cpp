// SPDX-License-Identifier: GPL-3.0-or-later
// What both YAML readers share: the text check and the split of a stream into documents.
#include <bit>
#include <thread>

#include "model/io/yamlreader_p.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sd {

using namespace yamlread;

namespace yamlstream {

qsizetype skipAsciiText(const char *data, qsizetype from, qsizetype size)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i del = _mm_set1_epi8(0x7f);
    for (; i + 16 <= size; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        // A signed compare: bytes of 0x80 and above are negative, so below a space too.
        const __m128i low = _mm_cmplt_epi8(v, space);
        const __m128i breaks = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab),
                                                         _mm_cmpeq_epi8(v, lf)),
                                            _mm_cmpeq_epi8(v, cr));
        const int stops = _mm_movemask_epi8(
            _mm_or_si128(_mm_andnot_si128(breaks, low), _mm_cmpeq_epi8(v, del)));
        if (stops != 0)
            return i + std::countr_zero(unsigned(stops));
    }
#endif
    for (; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x7f || (c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
            return i;
    }
    return size;
}

qsizetype nextLineStartingWith(
    const char *data, qsizetype from, qsizetype size, char first, char orFirst)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i wanted = _mm_set1_epi8(first);
    const __m128i alsoWanted = _mm_set1_epi8(orFirst);
    for (; i + 17 <= size; i += 16) {
        const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + 1));
        const __m128i starts = _mm_or_si128(_mm_cmpeq_epi8(next, wanted),
                                            _mm_cmpeq_epi8(next, alsoWanted));
        const int hits = _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(here, lf), starts));
        if (hits != 0)
            return i + std::countr_zero(unsigned(hits)) + 1;
    }
#endif
    for (; i + 1 < size; ++i) {
        if (data[i] == '\n' && (data[i + 1] == first || data[i + 1] == orFirst))
            return i + 1;
    }
    return size;
}

int countLineFeeds(const char *data, qsizetype from, qsizetype to)
{
    int count = 0;
    qsizetype i = from;
#if defined(__SSE2__)
    // Each block's LFs as ones, summed by the sum of absolute differences (a processor without
    // a population count instruction would otherwise call a library function per block).
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i one = _mm_set1_epi8(1);
    __m128i sums = _mm_setzero_si128();
    for (; i + 16 <= to; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        sums = _mm_add_epi64(sums,
                             _mm_sad_epu8(_mm_and_si128(_mm_cmpeq_epi8(v, lf), one),
                                          _mm_setzero_si128()));
    }
    count += int(_mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
#endif
    for (; i < to; ++i)
        count += data[i] == '\n' ? 1 : 0;
    return count;
}

int countChars(const char *begin, const char *end)
{
    int n = 0;
    for (const char *p = begin; p < end; ++p) {
        if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

std::optional<YamlError> checkText(QByteArrayView utf8, bool *ascii)
{
    if (utf8.size() > maxStreamSize) {
        return YamlError{IoTr::tr("the input is %1 MB; a YAML stream can be at most %2 MB")
                             .arg(utf8.size() / (1024 * 1024))
                             .arg(maxStreamSize / (1024 * 1024)),
                         {}};
    }
    const auto *d = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    qsizetype i = hasBom(utf8) ? 3 : 0;
    bool allAscii = true;

    // Where a byte is, worked out only for the error reported.
    const auto where = [&](qsizetype at) { return positionOf(utf8, at, 0, 1); };

    while ((i = skipAsciiText(utf8.data(), i, n)) < n) {
        const unsigned char c = d[i];
        if (c < 0x80) {
            if (c == 0x7f) { // DEL is text to YAML readers; the other stops here are controls
                ++i;
                continue;
            }
            const SourcePos pos = where(i);
            if (c == 0) {
                //: %1 is a position ("line 3, column 7"), %2 the byte offset in the file
                return YamlError{IoTr::tr("the input contains a NUL byte at %1 (offset %2); it "
                                          "looks like binary data, not YAML text")
                                     .arg(lineColumn(pos), QString::number(i)),
                                 pos};
            }
            //: %1 is the character's code in hexadecimal (0007), %2 a position
            //: ("line 3, column 7"), %3 the byte offset in the file
            return YamlError{IoTr::tr("the input contains the control character U+%1 at %2 "
                                      "(offset %3); it looks like binary data, not YAML text")
                                 .arg(QString::number(c, 16).rightJustified(4, u'0'),
                                      lineColumn(pos),
                                      QString::number(i)),
                             pos};
        }
        allAscii = false;
        int length = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0; // overlong otherwise
            else if (c == 0xED)
                hi = 0x9F; // UTF-16 surrogates otherwise
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // above U+10FFFF otherwise
        } else {
            const SourcePos pos = where(i);
            if (c <= 0xBF) {
                //: %1 is the byte in hexadecimal (0x80), %2 its position ("line 3, column 7"),
                //: %3 its byte offset in the file
                return YamlError{IoTr::tr("the input is not valid UTF-8: the byte %1 at %2 (offset "
                                          "%3) is a continuation byte without a lead byte")
                                     .arg(hexByte(c), lineColumn(pos), QString::number(i)),
                                 pos};
            }
            //: %1 is the byte in hexadecimal (0xFF), %2 its position ("line 3, column 7"),
            //: %3 its byte offset in the file
            return YamlError{IoTr::tr("the input is not valid UTF-8: the byte %1 at %2 (offset %3) "
                                      "can never appear in UTF-8 text")
                                 .arg(hexByte(c), lineColumn(pos), QString::number(i)),
                             pos};
        }
        if (i + length > n) {
            const SourcePos pos = where(i);
            //: %1 is the byte in hexadecimal (0xC3), %2 its position ("line 3, column 7"),
            //: %3 its byte offset in the file, %4 the length of the sequence it starts (2 to 4)
            return YamlError{IoTr::tr("the input is not valid UTF-8: the byte %1 at %2 (offset %3) "
                                      "starts a %4-byte sequence that the end of the input cuts "
                                      "short")
                                 .arg(hexByte(c),
                                      lineColumn(pos),
                                      QString::number(i),
                                      QString::number(length)),
                             pos};
        }
        for (int k = 1; k < length; ++k) {
            const unsigned char cc = d[i + k];
            const bool ok = k == 1 ? (cc >= lo && cc <= hi) : (cc >= 0x80 && cc <= 0xBF);
            if (!ok) {
                const SourcePos pos = where(i);
                //: %1 is the byte in hexadecimal (0xE0), %2 its position ("line 3, column 7"),
                //: %3 its byte offset in the file, %4 the length of the sequence it starts
                //: (2 to 4), %5 which byte of the sequence is wrong (2 to 4), %6 that byte in
                //: hexadecimal
                return YamlError{IoTr::tr(
                                     "the input is not valid UTF-8: the byte %1 at %2 (offset "
                                     "%3) starts a %4-byte sequence whose byte %5 is %6, which "
                                     "is not allowed there")
                                     .arg(hexByte(c),
                                          lineColumn(pos),
                                          QString::number(i),
                                          QString::number(length),
                                          QString::number(k + 1),
                                          hexByte(cc)),
                                 pos};
            }
        }
        i += length;
    }
    if (ascii)
        *ascii = allAscii;
    return std::nullopt;
}

YamlDocument documentOf(const Chunk &chunk)
{
    YamlDocument doc;
    doc.begin = chunk.begin;
    doc.end = chunk.end;
    doc.hasContent = chunk.hasContent();
    doc.contentBegin = chunk.hasContent() ? chunk.contentBegin : chunk.bodyEnd();
    doc.contentEnd = chunk.hasContent() ? chunk.contentLineEnd : chunk.bodyEnd();
    return doc;
}

namespace {

// One past the LF of the last line in [from, to) that holds content (a byte that is not blank
// and does not start a comment), or -1 when none does; `from` and `to` are line starts, or `to`
// the end of input, and lines end at LF.
qsizetype lastContentLineEnd(const char *d, qsizetype from, qsizetype to)
{
    for (qsizetype end = to; end > from;) {
        const qsizetype textEnd = d[end - 1] == '\n' ? end - 1 : end;
        qsizetype begin = textEnd;
        while (begin > from && d[begin - 1] != '\n')
            --begin;
        qsizetype k = begin;
        while (k < textEnd && isBlank(d[k]))
            ++k;
        if (k < textEnd && d[k] != '#')
            return end;
        end = begin;
    }
    return -1;
}

// The documents of the lines [from, n), `from` a line start, numbering its first line 1; the
// line that `n` starts is `line`'s when done.
std::vector<Chunk> splitRange(
    QByteArrayView utf8, qsizetype from, qsizetype n, bool lfOnly, int &line)
{
    std::vector<Chunk> chunks;
    const char *d = utf8.data();
    Chunk cur;
    cur.begin = qint32(from);
    bool sawMarker = false;
    qsizetype i = from == 0 && hasBom(utf8) ? 3 : from;
    line = 1;

    const auto startChunk = [&](qsizetype at, int atLine) {
        cur = Chunk{};
        cur.begin = at;
        cur.line = atLine;
        sawMarker = false;
    };

    while (i < n) {
        // Within a document's content only a line that starts with `-` or `.` can change what
        // is known of it (a marker ends it); the lines up to the next such line are taken at
        // once: their count, and the end of the last that holds content.
        if (lfOnly && cur.hasContent() && d[i] != '-' && d[i] != '.') {
            const qsizetype to = nextLineStartingWith(d, i, n, '-', '.');
            const qsizetype last = lastContentLineEnd(d, i, to);
            if (last >= 0)
                cur.contentLineEnd = qint32(last);
            line += countLineFeeds(d, i, to);
            i = to;
            continue;
        }
        const qsizetype lineBegin = i;
        qsizetype lineEnd = i;
        if (lfOnly) {
            const void *lf = std::memchr(d + i, '\n', size_t(n - i));
            lineEnd = lf ? static_cast<const char *>(lf) - d : n;
        } else {
            while (lineEnd < n && !isBreak(d[lineEnd]))
                ++lineEnd;
        }
        qsizetype next = lineEnd;
        if (next < n)
            next += (d[next] == '\r' && next + 1 < n && d[next + 1] == '\n') ? 2 : 1;

        // First byte on the line that is not blank, and whether it starts real content.
        const auto noteContent = [&](qsizetype from) {
            qsizetype k = from;
            while (k < lineEnd && isBlank(d[k]))
                ++k;
            if (k == lineEnd || d[k] == '#')
                return;
            if (cur.contentBegin < 0)
                cur.contentBegin = k;
            cur.contentLineEnd = next;
        };

        if (isMarkerLine(utf8, lineBegin, '-')) {
            if (sawMarker || cur.hasContent()) {
                cur.end = lineBegin;
                chunks.push_back(cur);
                startChunk(lineBegin, line);
            }
            sawMarker = true;
            cur.marker = lineBegin;
            cur.markerLine = line;
            noteContent(lineBegin + 3);
        } else if (isMarkerLine(utf8, lineBegin, '.')) {
            cur.endMarker = lineBegin;
            cur.end = next;
            chunks.push_back(cur);
            startChunk(next, next > lineEnd ? line + 1 : line);
        } else if (d[lineBegin] == '%' && !sawMarker && !cur.hasContent()) {
            // A directive (%YAML, %TAG or a reserved one): accepted and skipped.
        } else {
            noteContent(lineBegin);
        }
        i = next;
        if (next > lineEnd)
            ++line;
    }
    if (cur.begin < n || chunks.empty()) {
        cur.end = qint32(n);
        chunks.push_back(cur);
    }
    return chunks;
}

} // namespace

std::vector<Chunk> splitStream(QByteArrayView utf8, int threads)
{
    const qsizetype n = utf8.size();
    if (n > maxStreamSize)
        return std::vector<Chunk>(1);
    const char *d = utf8.data();
    // Without a CR in the stream, a line ends at the next LF, which memchr() finds many bytes at
    // a time.
    const bool lfOnly = n == 0 || std::memchr(d, '\r', size_t(n)) == nullptr;
    // In two halves, the second from the first `---` line past the middle: a marker line starts
    // a document whatever comes before it, unless all that came since the last document is
    // blank lines and comments, which then go with the second half's first document.
    qsizetype cut = n;
    if (threads > 1 && lfOnly) {
        for (qsizetype at = n / 2; (at = nextLineStartingWith(d, at, n, '-', '-')) < n;) {
            if (isMarkerLine(utf8, at, '-')) {
                cut = at;
                break;
            }
        }
    }
    std::vector<Chunk> second;
    int secondLines = 1;
    std::thread helper;
    if (cut < n)
        helper = std::thread([&] { second = splitRange(utf8, cut, n, lfOnly, secondLines); });
    int lines = 1;
    std::vector<Chunk> chunks = splitRange(utf8, 0, cut, lfOnly, lines);
    if (cut < n) {
        helper.join();
        for (Chunk &c : second) {
            c.line += lines - 1;
            if (c.marker >= 0)
                c.markerLine += lines - 1;
        }
        const Chunk &last = chunks.back();
        if (last.end == cut && last.marker < 0 && last.endMarker < 0 && !last.hasContent()) {
            second.front().begin = last.begin;
            second.front().line = last.line;
            chunks.pop_back();
        }
        chunks.insert(chunks.end(), second.begin(), second.end());
    }
    chunks.shrink_to_fit(); // kept while the documents are read, which is when memory peaks
    return chunks;
}

SourcePos positionOf(QByteArrayView utf8, qsizetype offset, qsizetype from, int line)
{
    const char *d = utf8.data();
    qsizetype lineStart = from;
    offset = std::min(offset, utf8.size());
    for (qsizetype i = from; i < offset; ++i) {
        if (d[i] == '\n' || (d[i] == '\r' && (i + 1 >= utf8.size() || d[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    if (lineStart == 0 && hasBom(utf8))
        lineStart = std::min<qsizetype>(3, offset);
    return SourcePos{line, countChars(d + lineStart, d + offset) + 1};
}

} // namespace yamlstream

} // namespace sd
