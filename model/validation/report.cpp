// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/validation/report.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <iterator>
#include <map>
#include <mutex>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/domain/parallelruns.h"
#include "model/tr.h"

namespace sd {

FileReport validateFile(const QString &path,
                        const ReadResult &read,
                        const Environment &environment,
                        int threads)
{
    FileReport report;
    report.path = path;
    const std::vector<FileError> errors = read.errors();
    if (!errors.empty())
        report.error = errors.front();
    for (const FileWarning &w : read.warnings)
        report.findings.push_back(
            Finding{Severity::Warning, w.code, ErrorType::None, {}, w.pos, w.message, std::nullopt});
    if (read.error)
        return report;
    const Manifest &m = read.manifest;
    const ManifestIndex index(m);
    std::vector<ServiceRef> refs = m.services();
    // What kubectl does not apply is not checked as if it were: its warning says why.
    std::erase_if(refs, [&](ServiceRef ref) {
        return m.documents[size_t(ref.document)].kubectl.use != KubectlUse::Applied;
    });
    // Each Service's report is made whole by the thread that checks it.
    report.documents.resize(refs.size());
    // Left to itself, it takes a thread for each 500 Services (fewer cost more than they save),
    // up to one per core.
    if (threads <= 0)
        threads = threadsFor(refs.size(), 500);
    const size_t runs = std::clamp<size_t>(runsFor(threads), 1, std::max<size_t>(refs.size(), 1));
    const std::vector<size_t> starts = evenStarts(refs.size(), runs);
    shareRuns(runs, threads, [&](size_t r) {
        for (size_t i = starts[r]; i < starts[r + 1]; ++i) {
            const ServiceRef ref = refs[i];
            const Resource &resource = m.resource(ref);
            DocumentReport &doc = report.documents[i];
            doc.index = ref.document;
            doc.item = m.documents[ref.document].form == SourceDocument::Form::List ? ref.resource
                                                                                    : -1;
            // Copying a literal counts no references: the threads would otherwise all count
            // those of the one "Service" string the reader shared among the documents.
            doc.kind = resource.kind == u"Service" ? u"Service"_qs : resource.kind;
            doc.name = resource.name;
            doc.namespaceName = resource.namespaceName;
            doc.line = resource.pos.line;
            doc.findings = validateInManifest(m, index, ref, environment);
        }
    });
    return report;
}

void checkRunHasObjects(std::vector<FileReport> &files)
{
    const auto noObjects = [](const Finding &f) { return f.code == u"no-objects"; };
    for (const FileReport &f : files) {
        if (!f.error && std::none_of(f.findings.begin(), f.findings.end(), noObjects))
            return; // this one holds objects
    }
    for (FileReport &f : files) {
        for (Finding &finding : f.findings) {
            if (noObjects(finding))
                finding.severity = Severity::Error;
        }
    }
}

ReportSummary summarize(const std::vector<FileReport> &files)
{
    ReportSummary s;
    const auto count = [&s](const Finding &finding) {
        switch (finding.severity) {
        case Severity::Error:
            ++s.errors;
            break;
        case Severity::Warning:
            ++s.warnings;
            break;
        case Severity::Info:
            ++s.infos;
            break;
        }
    };
    for (const FileReport &f : files) {
        if (f.error)
            ++s.errors;
        std::for_each(f.findings.begin(), f.findings.end(), count);
        for (const DocumentReport &d : f.documents)
            std::for_each(d.findings.begin(), d.findings.end(), count);
    }
    return s;
}

namespace {

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Error:
        return ValidationTr::tr("error");
    case Severity::Warning:
        return ValidationTr::tr("warning");
    case Severity::Info:
        return ValidationTr::tr("info");
    }
    return {};
}

QJsonValue orNull(int v)
{
    return v > 0 ? QJsonValue(v) : QJsonValue();
}

// The profile fact a provider finding is based on: {"text": ..., "confidence": "high"}, or null.
QJsonValue sourceJson(const Finding &finding)
{
    if (!finding.provenance)
        return QJsonValue();
    return QJsonObject{{u"text"_qs, finding.provenance->source},
                       {u"confidence"_qs, confidenceName(finding.provenance->confidence)}};
}

QJsonArray findingsJson(const std::vector<Finding> &list)
{
    QJsonArray findings;
    for (const Finding &finding : list) {
        findings.append(
            QJsonObject{{u"severity"_qs, severityName(finding.severity)},
                        {u"code"_qs, finding.code},
                        {u"type"_qs,
                         finding.type == ErrorType::None ? QJsonValue()
                                                         : QJsonValue(errorTypeName(finding.type))},
                        {u"path"_qs, finding.path.toString()},
                        {u"line"_qs, orNull(finding.pos.line)},
                        {u"column"_qs, orNull(finding.pos.column)},
                        {u"message"_qs, finding.message},
                        {u"fix"_qs, finding.fix ? QJsonValue(finding.fix->label) : QJsonValue()},
                        {u"source"_qs, sourceJson(finding)}});
    }
    return findings;
}

// `text` appended to `out` as UTF-8, without a QByteArray of its own in between: a text report
// is mostly this.
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype at = out.size();
    out.resize(at + text.size() * 3); // the most UTF-8 bytes a UTF-16 unit needs
    char *p = out.data() + at;
    qsizetype i = 0;
#if defined(__SSE2__)
    // Sixteen ASCII characters at a time: their low bytes are their UTF-8.
    const auto *units = reinterpret_cast<const __m128i *>(text.utf16());
    for (; i + 16 <= text.size(); i += 16, p += 16) {
        const __m128i a = _mm_loadu_si128(units + i / 8);
        const __m128i b = _mm_loadu_si128(units + i / 8 + 1);
        const __m128i high = _mm_and_si128(_mm_or_si128(a, b), _mm_set1_epi16(qint16(0xFF80)));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF)
            break;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(p), _mm_packus_epi16(a, b));
    }
#endif
    for (; i < text.size(); ++i) {
        const char32_t c = text[i].unicode();
        if (c < 0x80) {
            *p++ = char(c);
        } else if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
            *p++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                   && text[i + 1].isLowSurrogate()) {
            const char32_t u = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
            *p++ = char(0xF0 | (u >> 18));
            *p++ = char(0x80 | ((u >> 12) & 0x3F));
            *p++ = char(0x80 | ((u >> 6) & 0x3F));
            *p++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            *p++ = '?'; // a lone surrogate, written as QString::toUtf8() writes it
        } else {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
            *p++ = char(0x80 | (c & 0x3F));
        }
    }
    out.truncate(p - out.constData());
}

void appendNumber(QByteArray &out, int n)
{
    char digits[12];
    const auto [end, ec] = std::to_chars(std::begin(digits), std::end(digits), n);
    out.append(digits, end - digits);
}

// A field path in the API server's spelling, as FieldPath::toString() writes it.
void appendPath(QByteArray &out, const FieldPath &path)
{
    bool first = true;
    for (const FieldPath::Step &s : path.steps()) {
        switch (s.kind) {
        case FieldPath::Step::Kind::Field:
            if (!first)
                out += '.';
            appendUtf8(out, s.name);
            break;
        case FieldPath::Step::Kind::Index:
            out += '[';
            appendNumber(out, s.index);
            out += ']';
            break;
        case FieldPath::Step::Kind::Key:
            out += '[';
            appendUtf8(out, s.name);
            out += ']';
            break;
        }
        first = false;
    }
}

// The lines of a file's report, each finding on one: `path:line:column: severity: field: message`.
class TextLines
{
public:
    explicit TextLines(const QString &path)
        : m_path(path.toUtf8())
        , m_severities{severityText(Severity::Error).toUtf8(),
                       severityText(Severity::Warning).toUtf8(),
                       severityText(Severity::Info).toUtf8()}
    {}

    void error(QByteArray &out, const FileError &e) const
    {
        place(out, e.pos);
        out += m_severities[0];
        out += ": ";
        appendUtf8(out, e.message);
        out += '\n';
    }

    void finding(QByteArray &out, const Finding &finding) const
    {
        place(out, finding.pos);
        const Severity s = finding.severity;
        out += m_severities[s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2];
        out += ": ";
        if (!finding.path.isEmpty()) {
            appendPath(out, finding.path);
            out += ": ";
        }
        appendUtf8(out, finding.message);
        out += '\n';
    }

private:
    void place(QByteArray &out, SourcePos pos) const
    {
        out += m_path;
        if (pos.isValid()) {
            out += ':';
            appendNumber(out, pos.line);
            out += ':';
            appendNumber(out, pos.column);
        }
        out += ": ";
    }

    QByteArray m_path;
    QByteArray m_severities[3];
};

} // namespace

bool writeReportText(const std::vector<FileReport> &files,
                     const std::function<bool(QByteArrayView)> &write)
{
    // Written as UTF-8 as it goes: a report of 50,000 findings is tens of megabytes, which as one
    // QString would be twice that and copied again to be encoded. A file of many documents is
    // written in runs of documents, which several threads share; each run goes out as soon as
    // the runs before it have, and its memory is free for the next (the report is never whole
    // in memory, nor copied to be joined).
    std::atomic<bool> ok{true};
    QByteArray out;
    const auto flush = [&] {
        ok = ok && write(out);
        out.clear();
    };
    for (const FileReport &f : files) {
        const TextLines lines(f.path);
        if (f.error)
            lines.error(out, *f.error);
        for (const Finding &finding : f.findings)
            lines.finding(out, finding);
        flush();
        const int threads = threadsFor(f.documents.size(), 2000);
        const size_t runs = runsFor(threads);
        const std::vector<size_t> starts = evenStarts(f.documents.size(), runs);
        std::vector<std::optional<QByteArray>> written(runs); // a run's text, once made
        size_t nextToWrite = 0;
        std::mutex writing;
        shareRuns(runs, threads, [&](size_t r) {
            if (!ok)
                return;
            QByteArray text;
            for (size_t d = starts[r]; d < starts[r + 1]; ++d) {
                for (const Finding &finding : f.documents[d].findings)
                    lines.finding(text, finding);
            }
            const std::lock_guard lock(writing);
            written[r] = std::move(text);
            for (; nextToWrite < runs && written[nextToWrite]; ++nextToWrite) {
                ok = ok && write(*written[nextToWrite]);
                written[nextToWrite].reset();
            }
        });
    }
    const ReportSummary s = summarize(files);
    appendUtf8(out,
               ValidationTr::tr("%1 error(s), %2 warning(s), %3 info(s)")
                   .arg(s.errors)
                   .arg(s.warnings)
                   .arg(s.infos));
    out += '\n';
    flush();
    return ok;
}

QByteArray reportText(const std::vector<FileReport> &files)
{
    QByteArray out;
    writeReportText(files, [&](QByteArrayView piece) {
        out += piece;
        return true;
    });
    return out;
}

QByteArray reportJson(const std::vector<FileReport> &files)
{
    QJsonArray jsonFiles;
    for (const FileReport &f : files) {
        QJsonObject file;
        file[u"path"] = f.path;
        if (f.error) {
            file[u"error"] = QJsonObject{{u"message"_qs, f.error->message},
                                         {u"line"_qs, orNull(f.error->pos.line)},
                                         {u"column"_qs, orNull(f.error->pos.column)}};
        } else {
            file[u"error"] = QJsonValue();
        }
        file[u"findings"] = findingsJson(f.findings);
        QJsonArray docs;
        for (const DocumentReport &d : f.documents) {
            const QJsonArray findings = findingsJson(d.findings);
            docs.append(QJsonObject{{u"index"_qs, d.index},
                                    {u"item"_qs, d.item >= 0 ? QJsonValue(d.item) : QJsonValue()},
                                    {u"kind"_qs, d.kind},
                                    {u"name"_qs, d.name},
                                    {u"namespace"_qs, d.namespaceName},
                                    {u"line"_qs, orNull(d.line)},
                                    {u"findings"_qs, findings}});
        }
        file[u"documents"] = docs;
        jsonFiles.append(file);
    }
    const ReportSummary s = summarize(files);
    const QJsonObject root{{u"files"_qs, jsonFiles},
                           {u"summary"_qs,
                            QJsonObject{{u"errors"_qs, s.errors},
                                        {u"warnings"_qs, s.warnings},
                                        {u"infos"_qs, s.infos}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray reportSarif(const std::vector<FileReport> &files, const QString &toolVersion)
{
    std::map<QString, int> ruleIndex;
    QJsonArray rules;
    QJsonArray results;
    auto addResult = [&](const QString &ruleId,
                         const QString &level,
                         const QString &message,
                         const QString &uri,
                         SourcePos pos,
                         const std::optional<Provenance> &provenance = std::nullopt) {
        if (!ruleIndex.contains(ruleId)) {
            ruleIndex[ruleId] = int(rules.size());
            rules.append(QJsonObject{{u"id"_qs, ruleId}});
        }
        QJsonObject physical{{u"artifactLocation"_qs, QJsonObject{{u"uri"_qs, uri}}}};
        if (pos.isValid()) {
            physical[u"region"] = QJsonObject{{u"startLine"_qs, pos.line},
                                              {u"startColumn"_qs, pos.column}};
        }
        QJsonObject result{{u"ruleId"_qs, ruleId},
                           {u"ruleIndex"_qs, ruleIndex[ruleId]},
                           {u"level"_qs, level},
                           {u"message"_qs, QJsonObject{{u"text"_qs, message}}},
                           {u"locations"_qs,
                            QJsonArray{QJsonObject{{u"physicalLocation"_qs, physical}}}}};
        if (provenance) {
            result[u"properties"] = QJsonObject{{u"source"_qs, provenance->source},
                                                {u"confidence"_qs,
                                                 confidenceName(provenance->confidence)}};
        }
        results.append(result);
    };
    for (const FileReport &f : files) {
        if (f.error)
            addResult(u"unreadable-file"_qs, u"error"_qs, f.error->message, f.path, f.error->pos);
        const auto add = [&](const Finding &finding) {
            const QString level = finding.severity == Severity::Error     ? u"error"_qs
                                  : finding.severity == Severity::Warning ? u"warning"_qs
                                                                          : u"note"_qs;
            const QString text = finding.path.isEmpty()
                                     ? finding.message
                                     : finding.path.toString() + u": " + finding.message;
            addResult(finding.code, level, text, f.path, finding.pos, finding.provenance);
        };
        std::for_each(f.findings.begin(), f.findings.end(), add);
        for (const DocumentReport &d : f.documents)
            std::for_each(d.findings.begin(), d.findings.end(), add);
    }
    const QJsonObject driver{{u"name"_qs, u"service-designer-cli"_qs},
                             {u"version"_qs, toolVersion},
                             {u"informationUri"_qs,
                              u"https://kubernetes.io/docs/concepts/services-networking/service/"_qs},
                             {u"rules"_qs, rules}};
    const QJsonObject run{{u"tool"_qs, QJsonObject{{u"driver"_qs, driver}}},
                          {u"results"_qs, results}};
    const QJsonObject root{{u"$schema"_qs, u"https://json.schemastore.org/sarif-2.1.0.json"_qs},
                           {u"version"_qs, u"2.1.0"_qs},
                           {u"runs"_qs, QJsonArray{run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sd
