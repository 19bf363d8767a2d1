// SPDX-License-Identifier: GPL-3.0-or-later
// The text report: what each line says, byte for byte, however long the file and whatever script
// its messages are in.
#include <gtest/gtest.h>

#include "model/validation/report.h"

namespace {

using namespace sd;
using namespace Qt::StringLiterals;

// The report as a QString, the plain way, for comparison.
QByteArray expectedText(const FileReport &file)
{
    QString out;
    const auto line = [&](const Finding &f) {
        out += file.path;
        if (f.pos.isValid())
            out += u':' + QString::number(f.pos.line) + u':' + QString::number(f.pos.column);
        out += u": "_s;
        out += f.severity == Severity::Error     ? u"error"_s
               : f.severity == Severity::Warning ? u"warning"_s
                                                 : u"info"_s;
        out += u": "_s;
        if (!f.path.isEmpty())
            out += f.path.toString() + u": "_s;
        out += f.message + u'\n';
    };
    for (const Finding &f : file.findings)
        line(f);
    for (const DocumentReport &d : file.documents) {
        for (const Finding &f : d.findings)
            line(f);
    }
    const ReportSummary s = summarize({file});
    out += u"%1 error(s), %2 warning(s), %3 info(s)\n"_s.arg(s.errors).arg(s.warnings).arg(s.infos);
    return out.toUtf8();
}

Finding finding(Severity severity, const FieldPath &path, SourcePos pos, const QString &message)
{
    return Finding{severity, u"code"_s, ErrorType::None, path, pos, message, std::nullopt};
}

// A file with findings of its own and enough documents for the report to be written by several
// threads. Messages long and short, ASCII and not: Hangul, a character outside the BMP (a
// surrogate pair in UTF-16), a lone surrogate (written as '?', as QString::toUtf8() does), and a
// path with a map key and a list index.
FileReport manyDocuments()
{
    const QString messages[] = {
        u"x"_s,
        u"spec.ports[0].port: must be between 1 and 65535, inclusive (a long ASCII line)"_s,
        u"포트 번호는 1에서 65535 사이여야 합니다: 80000"_s,
        u"ASCII first, then 한국어, then ASCII again for sixteen or more characters"_s,
        u"an emoji \U0001F680 in the middle of a message of some length"_s,
        u"lone "_s + QChar(0xD800) + u" surrogate, and more text after it"_s,
        QString(),
    };
    FileReport file;
    file.path = u"dir/파일.yaml"_s;
    file.findings.push_back(finding(Severity::Warning, {}, {}, u"the file holds no objects"_s));
    for (int d = 0; d < 5000; ++d) {
        DocumentReport doc;
        doc.index = d;
        for (int k = 0; k < d % 3; ++k) {
            const FieldPath path = k == 0 ? FieldPath(u"spec.ports"_s).index(d % 7).field(u"name"_s)
                                          : FieldPath(u"metadata.annotations"_s).key(u"키/a.b"_s);
            doc.findings.push_back(finding(Severity(d % 3),
                                           d % 5 == 0 ? FieldPath() : path,
                                           SourcePos{d + 1, k + 1},
                                           messages[size_t(d + k) % std::size(messages)]));
        }
        file.documents.push_back(std::move(doc));
    }
    return file;
}

TEST(ReportText, EveryLineAsUtf8InFileOrder)
{
    const FileReport file = manyDocuments();
    const QByteArray text = reportText({file});
    EXPECT_EQ(text, expectedText(file));
    EXPECT_TRUE(text.contains("dir/\xed\x8c\x8c\xec\x9d\xbc.yaml:2:1: warning: "));
    EXPECT_TRUE(text.contains("lone ? surrogate"));
    EXPECT_TRUE(text.contains("\xf0\x9f\x9a\x80 in the middle"));
}

// The pieces, joined in the order they come, are the whole text; once one cannot be written, no
// other is asked to be.
TEST(ReportText, WrittenInPiecesInOrder)
{
    const FileReport file = manyDocuments();
    QByteArray joined;
    int pieces = 0;
    EXPECT_TRUE(writeReportText({file}, [&](QByteArrayView piece) {
        joined += piece;
        ++pieces;
        return true;
    }));
    EXPECT_EQ(joined, reportText({file}));
    EXPECT_GT(pieces, 2);

    int calls = 0;
    EXPECT_FALSE(writeReportText({file}, [&](QByteArrayView) {
        ++calls;
        return calls < 2;
    }));
    EXPECT_EQ(calls, 2);
}

TEST(ReportText, OneFileWithoutDocuments)
{
    FileReport file;
    file.path = u"a.yaml"_s;
    file.error = FileError{u"cannot open the file: 없음"_s, {}};
    EXPECT_EQ(reportText({file}),
              "a.yaml: error: cannot open the file: \xec\x97\x86\xec\x9d\x8c\n"
              "1 error(s), 0 warning(s), 0 info(s)\n");
}

} // namespace
