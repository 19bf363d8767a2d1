// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/yamlcppparser.h"

#include <algorithm>
#include <exception>
#include <sstream>
#include <string>
#include <unordered_map>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "model/tr.h"

// yaml-cpp's events say neither how a scalar was quoted, nor what a tag looked like as written,
// nor the text of a null ("~", "null" and "" all arrive as OnNull). The events are recorded first
// and the tree built afterwards, so that each of these can be read back from the source at the
// event's mark, looking ahead at the next event where that decides it.

namespace sd {

using namespace Qt::StringLiterals;

namespace {

struct Event
{
    enum class Type : unsigned char {
        Scalar,
        Null,
        Alias,
        SequenceStart,
        SequenceEnd,
        MapStart,
        MapEnd
    };
    Type type = Type::Null;
    bool flow = false;
    int mark = -1; ///< yaml-cpp's byte offset in the chunk, or -1 for end events
    YAML::anchor_t anchor = 0;
    std::string tag;
    std::string value;
};

/** Our own reason to stop, thrown from the handler or the builder. */
struct Stop
{
    QString message;
    int mark = -1;
};

class Recorder final : public YAML::EventHandler
{
public:
    explicit Recorder(int maxDepth)
        : m_maxDepth(maxDepth)
    {}

    std::vector<Event> events;
    /** Collections opened and not closed; yaml-cpp 0.7 may end a document with some still open. */
    int openCollections() const { return m_depth; }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        add(Event::Type::Null, mark, anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        add(Event::Type::Alias, mark, anchor);
    }
    void OnScalar(const YAML::Mark &mark,
                  const std::string &tag,
                  YAML::anchor_t anchor,
                  const std::string &value) override
    {
        Event &e = add(Event::Type::Scalar, mark, anchor);
        e.tag = tag;
        e.value = value;
    }
    void OnSequenceStart(const YAML::Mark &mark,
                         const std::string &tag,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        start(Event::Type::SequenceStart, mark, tag, anchor, style);
    }
    void OnSequenceEnd() override { end(Event::Type::SequenceEnd); }
    void OnMapStart(const YAML::Mark &mark,
                    const std::string &tag,
                    YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        start(Event::Type::MapStart, mark, tag, anchor, style);
    }
    void OnMapEnd() override { end(Event::Type::MapEnd); }

private:
    Event &add(Event::Type type, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        Event &e = events.emplace_back();
        e.type = type;
        e.mark = mark.pos;
        e.anchor = anchor;
        return e;
    }
    void start(Event::Type type,
               const YAML::Mark &mark,
               const std::string &tag,
               YAML::anchor_t anchor,
               YAML::EmitterStyle::value style)
    {
        // Checked here, not after parsing, so that yaml-cpp's own recursion stops early too.
        if (++m_depth > m_maxDepth) {
            throw Stop{IoTr::tr("the document nests collections deeper than the limit of %1 levels")
                           .arg(m_maxDepth),
                       mark.pos};
        }
        Event &e = add(type, mark, anchor);
        e.tag = tag;
        e.flow = style == YAML::EmitterStyle::Flow;
    }
    void end(Event::Type type)
    {
        --m_depth;
        events.emplace_back().type = type;
    }

    int m_maxDepth;
    int m_depth = 0;
};

bool isBlankOrBreak(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class Builder
{
public:
    Builder(QByteArrayView in,
            const yamlstream::Chunk &chunk,
            qsizetype base,
            const std::vector<Event> &events,
            int maxDepth)
        : m_in(in)
        , m_base(base)
        , m_end(chunk.end)
        , m_events(events)
        , m_maxDepth(maxDepth)
        , m_aliasBudget(yamlstream::aliasNodeBudget(chunk.end - chunk.begin))
    {
        m_lineStarts.push_back(base > chunk.begin ? base : chunk.begin);
        m_firstLine = chunk.line;
        const char *d = in.data();
        for (qsizetype i = chunk.begin; i < chunk.end; ++i) {
            if (d[i] == '\n' || (d[i] == '\r' && (i + 1 >= chunk.end || d[i + 1] != '\n')))
                m_lineStarts.push_back(i + 1);
        }
    }

    Node build()
    {
        size_t i = 0;
        if (m_events.empty())
            return Node();
        return node(i, 0);
    }

    SourcePos pos(int mark)
    {
        const qsizetype off = m_base + std::max(mark, 0);
        const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), off);
        const int line = std::max(int(it - m_lineStarts.begin()) - 1, 0);
        // Columns count characters. Counting them from the start of the line for every event
        // made a long line quadratic: count from the last position on the same line instead
        // (yaml-cpp's marks mostly move forward).
        if (line == m_lastLine && off >= m_lastOffset) {
            m_lastColumn += yamlstream::countChars(m_in.data() + m_lastOffset, m_in.data() + off);
        } else if (line == m_lastLine) {
            m_lastColumn -= yamlstream::countChars(m_in.data() + off, m_in.data() + m_lastOffset);
        } else {
            m_lastLine = line;
            m_lastColumn = yamlstream::positionOf(m_in, off, m_lineStarts[size_t(line)], 1).column;
        }
        m_lastOffset = off;
        return SourcePos{m_firstLine + line, m_lastColumn};
    }

private:
    struct Anchor
    {
        Node node;
        qsizetype nodes = 0;
        int height = 0;
    };

    /** What the source holds at a node's mark: its properties and where its content starts. */
    struct Look
    {
        QString tag;
        qsizetype content = 0;
    };

    char at(qsizetype i) const { return i < m_end ? m_in[i] : '\0'; }

    Look look(int mark, bool acrossLines) const
    {
        Look result;
        qsizetype p = m_base + mark;
        for (;;) {
            const char c = at(p);
            if (c != '&' && c != '!')
                break;
            const qsizetype begin = p;
            if (c == '!' && at(p + 1) == '<') {
                while (p < m_end && at(p) != '>')
                    ++p;
                ++p;
            } else {
                while (p < m_end && !isBlankOrBreak(at(p)) && at(p) != ',' && at(p) != ']'
                       && at(p) != '}')
                    ++p;
            }
            if (c == '!')
                result.tag = QString::fromUtf8(m_in.data() + begin, p - begin);
            for (;;) {
                const char w = at(p);
                if (w == ' ' || w == '\t') {
                    ++p;
                } else if (acrossLines && (w == '\n' || w == '\r')) {
                    ++p;
                } else if (acrossLines && w == '#') {
                    while (p < m_end && at(p) != '\n' && at(p) != '\r')
                        ++p;
                } else {
                    break;
                }
            }
        }
        result.content = p;
        return result;
    }

    QString tagOf(const Event &e, const Look &l) const
    {
        if (e.tag.empty() || e.tag == "?")
            return QString();
        if (!l.tag.isEmpty())
            return l.tag; // as written
        if (e.tag == "!")
            return QString(); // yaml-cpp's mark for a quoted scalar without a tag
        static const std::string core = "tag:yaml.org,2002:";
        if (e.tag.compare(0, core.size(), core) == 0)
            return u"!!"_s + QString::fromStdString(e.tag.substr(core.size()));
        return QString::fromStdString(e.tag);
    }

    QString nullText(size_t i) const
    {
        const Event &e = m_events[i];
        // An empty node carries the mark of the token after it; the next node then starts there.
        for (size_t j = i + 1; j < m_events.size(); ++j) {
            if (m_events[j].mark < 0)
                continue;
            if (m_events[j].mark == e.mark)
                return QString();
            break;
        }
        const qsizetype p = look(e.mark, false).content;
        for (const char *word : {"~", "null", "Null", "NULL"}) {
            const auto len = qsizetype(std::char_traits<char>::length(word));
            if (p + len <= m_end && m_in.sliced(p, len) == QByteArrayView(word, len)) {
                const char after = at(p + len);
                if (after == '\0' || isBlankOrBreak(after) || after == ',' || after == ']'
                    || after == '}' || after == ':' || after == '#') {
                    return QString::fromLatin1(word);
                }
            }
        }
        return QString();
    }

    Node node(size_t &i, int depth)
    {
        if (i >= m_events.size())
            throw Stop{IoTr::tr("yaml-cpp ended the document inside a collection"), -1};
        const Event &e = m_events[i++];
        Node result;
        switch (e.type) {
        case Event::Type::Scalar: {
            const Look l = look(e.mark, !e.value.empty());
            Node::Style style = Node::Style::Plain;
            switch (at(l.content)) {
            case '"':
                style = Node::Style::DoubleQuoted;
                break;
            case '\'':
                style = Node::Style::SingleQuoted;
                break;
            case '|':
                style = Node::Style::Literal;
                break;
            case '>':
                style = Node::Style::Folded;
                break;
            default:
                break;
            }
            if (e.tag == "!" && style == Node::Style::Plain && l.tag.isEmpty())
                style = Node::Style::DoubleQuoted; // quoted, though the source does not show how
            result = Node::scalar(QString::fromStdString(e.value), style, pos(e.mark));
            result.setTag(tagOf(e, l));
            break;
        }
        case Event::Type::Null:
            result = Node::scalar(nullText(i - 1), Node::Style::Plain, pos(e.mark));
            break;
        case Event::Type::Alias: {
            const auto it = m_anchors.find(e.anchor);
            if (it == m_anchors.end())
                throw Stop{IoTr::tr("an alias refers to an anchor not defined before it"), e.mark};
            if (depth + it->second.height > m_maxDepth) {
                throw Stop{IoTr::tr("an alias would nest collections deeper than the limit of %1 "
                                    "levels")
                               .arg(m_maxDepth),
                           e.mark};
            }
            m_aliasNodes += it->second.nodes;
            if (m_aliasNodes > m_aliasBudget) {
                throw Stop{IoTr::tr("the aliases of this document expand to more than %1 nodes")
                               .arg(m_aliasBudget),
                           e.mark};
            }
            result = it->second.node;
            result.setPos(pos(e.mark));
            return result; // an alias has no anchor of its own
        }
        case Event::Type::SequenceStart:
            result = Node::sequence(e.flow ? Node::Style::Flow : Node::Style::Plain, pos(e.mark));
            result.setTag(tagOf(e, look(e.mark, true)));
            while (i < m_events.size() && m_events[i].type != Event::Type::SequenceEnd)
                result.append(node(i, depth + 1));
            if (i >= m_events.size())
                throw Stop{IoTr::tr("yaml-cpp ended the document inside a sequence"), -1};
            ++i;
            break;
        case Event::Type::MapStart:
            result = Node::mapping(e.flow ? Node::Style::Flow : Node::Style::Plain, pos(e.mark));
            result.setTag(tagOf(e, look(e.mark, true)));
            while (i < m_events.size() && m_events[i].type != Event::Type::MapEnd) {
                const int keyMark = m_events[i].mark;
                Node key = node(i, depth + 1);
                if (key.isMapping()) {
                    throw Stop{IoTr::tr("a mapping key must be a scalar; a mapping as a key is not "
                                        "supported"),
                               keyMark};
                }
                if (key.isSequence()) {
                    throw Stop{IoTr::tr(
                                   "a mapping key must be a scalar; a sequence as a key is not "
                                   "supported"),
                               keyMark};
                }
                Node value = node(i, depth + 1);
                result.insert(key.text(), std::move(value), key.pos());
            }
            if (i >= m_events.size())
                throw Stop{IoTr::tr("yaml-cpp ended the document inside a mapping"), -1};
            ++i;
            break;
        case Event::Type::SequenceEnd:
        case Event::Type::MapEnd:
            throw Stop{IoTr::tr("yaml-cpp reported the end of a collection that was not open"), -1};
        }
        if (e.anchor != 0) {
            Anchor a;
            measure(result, a.nodes, a.height);
            a.node = result;
            m_anchors[e.anchor] = std::move(a);
        }
        return result;
    }

    static void measure(const Node &n, qsizetype &count, int &height)
    {
        ++count;
        int h = n.isScalar() ? 0 : 1;
        for (const Node &item : n.items()) {
            int child = 0;
            measure(item, count, child);
            h = std::max(h, child + 1);
        }
        for (const Node::Entry &entry : n.entries()) {
            int child = 0;
            measure(entry.value, count, child);
            h = std::max(h, child + 1);
        }
        height = h;
    }

    QByteArrayView m_in;
    qsizetype m_base;
    qsizetype m_end;
    const std::vector<Event> &m_events;
    int m_maxDepth;
    qsizetype m_aliasBudget;
    qsizetype m_aliasNodes = 0;
    int m_firstLine = 1;
    std::vector<qsizetype> m_lineStarts;
    // pos()'s last answer: the line (an index into m_lineStarts), byte offset and column.
    int m_lastLine = -1;
    qsizetype m_lastOffset = 0;
    int m_lastColumn = 1;
    std::unordered_map<YAML::anchor_t, Anchor> m_anchors;
};

// yaml-cpp's messages are lower-case English fragments ("illegal map value"), already in the style
// of ours; they are kept as they are and only said to be yaml-cpp's.
QString fromYamlCpp(const std::string &msg)
{
    QString text = QString::fromStdString(msg).trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty())
        return IoTr::tr("yaml-cpp reported an error without a message");
    //: %1 is yaml-cpp's own message, in English: "illegal map value"
    return IoTr::tr("%1 (reported by yaml-cpp)").arg(text);
}

// The offset just after the last character of a document's last line with content (a trailing
// comment left out): where an error found at the end of the document, or after its content, is
// shown, so that it is inside the document and not on the next one's `---` line. Comments are
// found by their look: a '#' after a blank, outside the quotes that start a token on that line.
qsizetype endOfContent(QByteArrayView utf8, const yamlstream::Chunk &chunk)
{
    const char *d = utf8.data();
    qsizetype end = chunk.contentLineEnd;
    if (end > chunk.begin && d[end - 1] == '\n')
        --end;
    if (end > chunk.begin && d[end - 1] == '\r')
        --end;
    qsizetype lineBegin = end;
    while (lineBegin > chunk.begin && d[lineBegin - 1] != '\n' && d[lineBegin - 1] != '\r')
        --lineBegin;
    char quote = 0;
    for (qsizetype i = lineBegin; i < end; ++i) {
        const char c = d[i];
        const bool afterBlank = i == lineBegin || d[i - 1] == ' ' || d[i - 1] == '\t';
        if (quote == '"' && c == '\\') {
            ++i;
        } else if (quote == '\'' && c == '\'' && i + 1 < end && d[i + 1] == '\'') {
            ++i;
        } else if (quote != 0) {
            if (c == quote)
                quote = 0;
        } else if ((c == '"' || c == '\'')
                   && (afterBlank || d[i - 1] == '[' || d[i - 1] == '{' || d[i - 1] == ','
                       || d[i - 1] == ':')) {
            quote = c;
        } else if (c == '#' && afterBlank) {
            end = i;
            break;
        }
    }
    while (end > lineBegin && (d[end - 1] == ' ' || d[end - 1] == '\t'))
        --end;
    return end;
}

} // namespace

namespace yamlstream {

YamlDocument parseChunkWithYamlCpp(QByteArrayView utf8,
                                   const Chunk &chunk,
                                   const YamlParseOptions &options)
{
    YamlDocument doc = documentOf(chunk);
    if (!chunk.hasContent())
        return doc;

    const QByteArrayView bytes = utf8.sliced(chunk.begin, chunk.end - chunk.begin);
    // yaml-cpp skips a byte order mark and counts its marks from the byte after it.
    const bool bom = bytes.startsWith(QByteArrayView("\xEF\xBB\xBF", 3));
    const qsizetype base = chunk.begin + (bom ? 3 : 0);
    const int maxDepth = std::max(1, options.maxDepth);
    const auto errorAt = [&](const QString &message, int mark) {
        doc.root = Node();
        const qsizetype offset = mark >= 0 ? std::min(base + mark, endOfContent(utf8, chunk))
                                           : chunk.begin;
        doc.error = YamlError{message, positionOf(utf8, offset, chunk.begin, chunk.line)};
    };
    try {
        std::istringstream stream(std::string(bytes.data(), size_t(bytes.size())));
        YAML::Parser parser(stream);
        Recorder recorder(maxDepth);
        parser.HandleNextDocument(recorder);
        if (recorder.openCollections() > 0) {
            throw Stop{IoTr::tr("the document ends inside a flow collection that is not closed"),
                       int(bytes.size() - (bom ? 3 : 0))};
        }
        Recorder extra(maxDepth);
        if (parser.HandleNextDocument(extra) && !extra.events.empty()) {
            throw Stop{IoTr::tr("yaml-cpp read a second document where a document marker was not "
                                "expected"),
                       extra.events.front().mark};
        }
        doc.root = Builder(utf8, chunk, base, recorder.events, maxDepth).build();
    } catch (const Stop &stop) {
        errorAt(stop.message, stop.mark);
    } catch (const YAML::DeepRecursion &e) {
        //: %1 is a number of levels
        errorAt(IoTr::tr("the document nests too deeply for yaml-cpp (%1 levels)").arg(e.depth()),
                e.mark.is_null() ? -1 : e.mark.pos);
    } catch (const YAML::Exception &e) {
        errorAt(fromYamlCpp(e.msg), e.mark.is_null() ? -1 : e.mark.pos);
    } catch (const std::exception &e) {
        //: %1 is the text of a C++ exception, in English
        errorAt(IoTr::tr("yaml-cpp failed: %1").arg(QString::fromLocal8Bit(e.what())), -1);
    } catch (...) {
        errorAt(IoTr::tr("yaml-cpp failed with an unknown exception"), -1);
    }
    return doc;
}

} // namespace yamlstream

std::vector<YamlDocument> parseYamlWithYamlCpp(QByteArrayView utf8, const YamlParseOptions &options)
{
    std::vector<YamlDocument> docs;
    if (std::optional<YamlError> error = yamlstream::checkText(utf8)) {
        YamlDocument doc;
        doc.end = utf8.size();
        doc.error = std::move(error);
        docs.push_back(std::move(doc));
        return docs;
    }
    for (const yamlstream::Chunk &chunk : yamlstream::splitStream(utf8))
        docs.push_back(yamlstream::parseChunkWithYamlCpp(utf8, chunk, options));
    return docs;
}

} // namespace sd
