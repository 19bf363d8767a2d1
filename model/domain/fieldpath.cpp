// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/fieldpath.h"

#include <QStringBuilder>

namespace sd {

FieldPath::FieldPath(const QString &text)
    : FieldPath(parse(text))
{}

FieldPath FieldPath::parse(QStringView text)
{
    FieldPath path;
    qsizetype at = 0;
    const qsizetype n = text.size();
    while (at < n) {
        if (text[at] == u'.') {
            ++at;
            continue;
        }
        if (text[at] == u'[') {
            // The step ends at the `]` followed by the end, a `.` or a `[`.
            qsizetype close = at + 1;
            for (;; ++close) {
                close = text.indexOf(u']', close);
                if (close < 0 || close + 1 == n || text[close + 1] == u'.'
                    || text[close + 1] == u'[')
                    break;
            }
            if (close < 0)
                close = n; // unclosed: the rest is the key
            const QStringView inside = text.sliced(at + 1, close - at - 1);
            bool number = !inside.isEmpty();
            for (QChar c : inside)
                number = number && c.isDigit();
            Step step;
            if (number) {
                step.kind = Step::Kind::Index;
                step.index = inside.toInt();
            } else {
                step.kind = Step::Kind::Key;
                step.name = inside.toString();
            }
            path.m_steps.push_back(std::move(step));
            at = std::min(n, close + 1);
            continue;
        }
        qsizetype end = at;
        while (end < n && text[end] != u'.' && text[end] != u'[')
            ++end;
        path.m_steps.push_back(Step{Step::Kind::Field, text.sliced(at, end - at).toString(), -1});
        at = end;
    }
    return path;
}

FieldPath FieldPath::field(const QString &name) const
{
    FieldPath p = *this;
    p.m_steps.push_back(Step{Step::Kind::Field, name, -1});
    return p;
}

FieldPath FieldPath::index(int index) const
{
    FieldPath p = *this;
    p.m_steps.push_back(Step{Step::Kind::Index, {}, index});
    return p;
}

FieldPath FieldPath::key(const QString &key) const
{
    FieldPath p = *this;
    p.m_steps.push_back(Step{Step::Kind::Key, key, -1});
    return p;
}

FieldPath FieldPath::parent() const
{
    return left(size() - 1);
}

FieldPath FieldPath::left(qsizetype count) const
{
    FieldPath p;
    count = std::clamp<qsizetype>(count, 0, size());
    p.m_steps.assign(m_steps.begin(), m_steps.begin() + count);
    return p;
}

bool FieldPath::isAtOrBelow(const FieldPath &ancestor) const
{
    return ancestor.size() <= size()
           && std::equal(ancestor.m_steps.begin(), ancestor.m_steps.end(), m_steps.begin());
}

bool FieldPath::startsWith(std::initializer_list<QStringView> fields) const
{
    if (qsizetype(fields.size()) > size())
        return false;
    qsizetype i = 0;
    for (QStringView f : fields) {
        const Step &s = m_steps[size_t(i++)];
        if (s.kind != Step::Kind::Field || s.name != f)
            return false;
    }
    return true;
}

std::optional<int> FieldPath::portIndex() const
{
    if (size() >= 3 && startsWith({u"spec", u"ports"}) && at(2).kind == Step::Kind::Index)
        return at(2).index;
    return std::nullopt;
}

QString FieldPath::portField() const
{
    if (!portIndex() || size() < 4 || at(3).kind != Step::Kind::Field)
        return {};
    return at(3).name;
}

std::optional<QString> FieldPath::mapKey() const
{
    if (!isEmpty() && last().kind == Step::Kind::Key)
        return last().name;
    return std::nullopt;
}

QString FieldPath::toString() const
{
    QString out;
    for (const Step &s : m_steps) {
        switch (s.kind) {
        case Step::Kind::Field:
            if (!out.isEmpty())
                out += u'.';
            out += s.name;
            break;
        case Step::Kind::Index:
            out += u'[' % QString::number(s.index) % u']';
            break;
        case Step::Kind::Key:
            out += u'[' % s.name % u']';
            break;
        }
    }
    return out;
}

size_t qHash(const FieldPath &path, size_t seed)
{
    for (const FieldPath::Step &s : path.m_steps)
        seed = qHashMulti(seed, int(s.kind), s.name, s.index);
    return seed;
}

} // namespace sd
