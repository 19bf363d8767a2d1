// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/textdiff.h"

#include <algorithm>
#include <vector>

namespace sd {

namespace {

// Beyond this many differing lines the middle is shown as replaced whole: the search keeps one
// row per step, so its memory grows with the square of the differences.
constexpr int maxEdits = 2000;

struct Lines
{
    std::vector<QByteArrayView> lines; ///< without their line break
    bool lastHasBreak = true;
};

Lines splitLines(QByteArrayView text)
{
    Lines out;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0) {
            out.lines.push_back(text.sliced(at));
            out.lastHasBreak = false;
            break;
        }
        out.lines.push_back(text.sliced(at, end - at));
        at = end + 1;
    }
    return out;
}

enum class Op : char { Same, Removed, Added };

struct Step
{
    Op op;
    int before; ///< line index in `before` (Same, Removed)
    int after;  ///< line index in `after` (Same, Added)
};

// Myers' O(ND) search over lines [aBegin, aEnd) and [bBegin, bEnd), `same(i, j)` comparing
// line i of the first text with line j of the second; appends the edit script.
template<typename Same>
void shortestEdit(
    int aBegin, int aEnd, int bBegin, int bEnd, const Same &same, std::vector<Step> &out)
{
    const int n = aEnd - aBegin;
    const int m = bEnd - bBegin;
    const int limit = std::min(n + m, maxEdits);
    const int offset = limit + 1;
    // v[offset + k]: the furthest x reached on diagonal k. Before step d, the part of it that
    // step d reads (diagonals -d-1 to d+1) is kept for the walk back.
    std::vector<int> v(size_t(2 * limit + 3), 0);
    std::vector<std::vector<int>> trace;
    auto before = [&](int d, int k) { return trace[size_t(d)][size_t(k + d + 1)]; };
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        trace.emplace_back(v.begin() + (offset - d - 1), v.begin() + (offset + d + 2));
        for (int k = -d; k <= d; k += 2) {
            const bool down = k == -d
                              || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]);
            int x = down ? v[size_t(offset + k + 1)] : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && same(aBegin + x, bBegin + y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) {
        for (int i = 0; i < n; ++i)
            out.push_back({Op::Removed, aBegin + i, -1});
        for (int j = 0; j < m; ++j)
            out.push_back({Op::Added, -1, bBegin + j});
        return;
    }
    // Walk back from the end: each step is a run of equal lines after one line removed or added.
    std::vector<Step> reversed;
    int x = n;
    int y = m;
    for (int d = found; d >= 0; --d) {
        const int k = x - y;
        const bool down = k == -d || (k != d && before(d, k - 1) < before(d, k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = before(d, prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            reversed.push_back({Op::Same, aBegin + x, bBegin + y});
        }
        if (d > 0) {
            if (down)
                reversed.push_back({Op::Added, -1, bBegin + prevY});
            else
                reversed.push_back({Op::Removed, aBegin + prevX, -1});
        }
        x = prevX;
        y = prevY;
    }
    out.insert(out.end(), reversed.rbegin(), reversed.rend());
}

} // namespace

QByteArray unifiedDiff(QByteArrayView before,
                       QByteArrayView after,
                       const QString &beforeName,
                       const QString &afterName,
                       int context)
{
    if (before == after)
        return {};
    const Lines a = splitLines(before);
    const Lines b = splitLines(after);
    const int n = int(a.lines.size());
    const int m = int(b.lines.size());
    // A last line without a break differs from the same line with one.
    auto sameLine = [&](int i, int j) {
        return a.lines[size_t(i)] == b.lines[size_t(j)]
               && (i + 1 < n || a.lastHasBreak) == (j + 1 < m || b.lastHasBreak);
    };
    int prefix = 0;
    while (prefix < n && prefix < m && sameLine(prefix, prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && sameLine(n - 1 - suffix, m - 1 - suffix))
        ++suffix;

    std::vector<Step> steps;
    steps.reserve(size_t(std::max(n, m)));
    for (int i = 0; i < prefix; ++i)
        steps.push_back({Op::Same, i, i});
    shortestEdit(prefix, n - suffix, prefix, m - suffix, sameLine, steps);
    for (int i = suffix; i > 0; --i)
        steps.push_back({Op::Same, n - i, m - i});

    QByteArray out;
    out += "--- " + beforeName.toUtf8() + '\n';
    out += "+++ " + afterName.toUtf8() + '\n';
    auto line = [&](char mark, const Lines &side, int index) {
        out += mark;
        out += side.lines[size_t(index)];
        out += '\n';
        if (index + 1 == int(side.lines.size()) && !side.lastHasBreak)
            out += "\\ No newline at end of file\n";
    };
    const int total = int(steps.size());
    int i = 0;
    while (i < total) {
        while (i < total && steps[size_t(i)].op == Op::Same)
            ++i;
        if (i == total)
            break;
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is no more than 2 * context unchanged lines from the next.
        const int start = std::max(0, i - context);
        int end = i;
        int sameRun = 0; // unchanged lines since the last change, up to `end`
        while (end < total) {
            if (steps[size_t(end)].op == Op::Same) {
                if (sameRun == 2 * context)
                    break; // the next change is far enough for a hunk of its own
                ++sameRun;
            } else {
                sameRun = 0;
            }
            ++end;
        }
        end -= std::max(0, sameRun - context);
        int aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        int aNext = 0, bNext = 0; // where each side is, for an empty side's start line
        for (int s = 0; s < start; ++s) {
            if (steps[size_t(s)].op != Op::Added)
                aNext = steps[size_t(s)].before + 1;
            if (steps[size_t(s)].op != Op::Removed)
                bNext = steps[size_t(s)].after + 1;
        }
        for (int s = start; s < end; ++s) {
            const Step &st = steps[size_t(s)];
            if (st.op != Op::Added) {
                if (aStart < 0)
                    aStart = st.before;
                ++aCount;
            }
            if (st.op != Op::Removed) {
                if (bStart < 0)
                    bStart = st.after;
                ++bCount;
            }
        }
        // diff -u numbers an empty side by the line before it.
        auto range = [](int begin, int next, int count) {
            const int first = count > 0 ? begin + 1 : next;
            return count == 1 ? QByteArray::number(first)
                              : QByteArray::number(first) + ',' + QByteArray::number(count);
        };
        out += "@@ -" + range(aStart, aNext, aCount) + " +" + range(bStart, bNext, bCount)
               + " @@\n";
        for (int s = start; s < end; ++s) {
            const Step &st = steps[size_t(s)];
            switch (st.op) {
            case Op::Same:
                line(' ', a, st.before);
                break;
            case Op::Removed:
                line('-', a, st.before);
                break;
            case Op::Added:
                line('+', b, st.after);
                break;
            }
        }
        i = end;
    }
    return out;
}

} // namespace sd
