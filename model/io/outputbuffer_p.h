// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the YAML and JSON writers (yamlemitter.cpp, jsonemitter.cpp): the buffer they write
// into and the UTF-16 to UTF-8 steps they share.

#include <algorithm>
#include <cstring>
#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QStringView>

namespace sd {

/**
 * The code point at `i`, advancing `i` past it: a surrogate pair is one code point, and a lone
 * surrogate reads as U+FFFD, so that what is written is always valid UTF-8.
 */
inline char32_t nextCodePoint(QStringView s, qsizetype &i)
{
    const char16_t c = s[i].unicode();
    ++i;
    if (QChar::isHighSurrogate(c) && i < s.size() && QChar::isLowSurrogate(s[i].unicode()))
        return QChar::surrogateToUcs4(c, s[i++].unicode());
    if (QChar::isSurrogate(c))
        return QChar::ReplacementCharacter;
    return c;
}

/** How many bytes UTF-8 takes for the code point `c`. */
inline int utf8Size(char32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/** Writes `c` as UTF-8 at `p`, which must have room for utf8Size(c) bytes; returns the end. */
inline char *putUtf8(char *p, char32_t c)
{
    if (c < 0x80) {
        *p++ = char(c);
    } else if (c < 0x800) {
        *p++ = char(0xC0 | (c >> 6));
        *p++ = char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        *p++ = char(0xE0 | (c >> 12));
        *p++ = char(0x80 | ((c >> 6) & 0x3F));
        *p++ = char(0x80 | (c & 0x3F));
    } else {
        *p++ = char(0xF0 | (c >> 18));
        *p++ = char(0x80 | ((c >> 12) & 0x3F));
        *p++ = char(0x80 | ((c >> 6) & 0x3F));
        *p++ = char(0x80 | (c & 0x3F));
    }
    return p;
}

/**
 * The document being written. Writes go through a raw pointer into one buffer that grows by
 * doubling: QByteArray's own append() and resize() are out-of-line calls with a detach check each,
 * and took a fifth of the time on large documents.
 */
class OutputBuffer final
{
public:
    void append(char c)
    {
        reserve(1);
        *m_end++ = c;
    }

    void append(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return; // memcpy() must not see the null pointer of an empty buffer
        reserve(bytes.size());
        std::memcpy(m_end, bytes.data(), size_t(bytes.size()));
        m_end += bytes.size();
    }

    void appendSpaces(qsizetype count)
    {
        if (count <= 0)
            return;
        reserve(count);
        std::memset(m_end, ' ', size_t(count));
        m_end += count;
    }

    // Straight into the buffer: QString::toUtf8() would allocate once per scalar.
    void appendUtf8(QStringView s)
    {
        reserve(3 * s.size()); // a UTF-16 unit never takes more than 3 bytes
        char *p = m_end;
        for (qsizetype i = 0; i < s.size();) {
            const char16_t c = s[i].unicode();
            if (c < 0x80) {
                *p++ = char(c);
                ++i;
            } else {
                p = putUtf8(p, nextCodePoint(s, i));
            }
        }
        m_end = p;
    }

    /** The bytes written; leaves the buffer empty. */
    QByteArray take()
    {
        m_data.resize(m_end - m_begin);
        m_begin = m_end = m_limit = nullptr;
        return std::move(m_data);
    }

private:
    void reserve(qsizetype count)
    {
        if (m_limit - m_end < count)
            grow(count);
    }

    void grow(qsizetype count)
    {
        const qsizetype used = m_end - m_begin;
        m_data.resize(std::max(used + count, 2 * m_data.size() + 1024));
        m_begin = m_data.data();
        m_end = m_begin + used;
        m_limit = m_begin + m_data.size();
    }

    QByteArray m_data;
    char *m_begin = nullptr;
    char *m_end = nullptr;
    char *m_limit = nullptr;
};

} // namespace sd
