// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/domain/fieldpath.h"

#include <QHash>
#include <QStringBuilder>

namespace sd {

namespace {

// The field names of a Service, as its findings' paths spell them. The validator makes the path
// of every finding from text, and a name found here is shared (its text is static) rather than
// allocated; any other name is allocated.
QString fieldName(QStringView name)
{
    static const QHash<QStringView, QString> known = [] {
        QHash<QStringView, QString> names;
        for (const QString &n : {QStringLiteral("allocateLoadBalancerNodePorts"),
                                 QStringLiteral("annotations"),
                                 QStringLiteral("apiVersion"),
                                 QStringLiteral("appProtocol"),
                                 QStringLiteral("clientIP"),
                                 QStringLiteral("clusterIP"),
                                 QStringLiteral("clusterIPs"),
                                 QStringLiteral("externalIPs"),
                                 QStringLiteral("externalName"),
                                 QStringLiteral("externalTrafficPolicy"),
                                 QStringLiteral("finalizers"),
                                 QStringLiteral("generateName"),
                                 QStringLiteral("generation"),
                                 QStringLiteral("healthCheckNodePort"),
                                 QStringLiteral("internalTrafficPolicy"),
                                 QStringLiteral("ipFamilies"),
                                 QStringLiteral("ipFamilyPolicy"),
                                 QStringLiteral("kind"),
                                 QStringLiteral("labels"),
                                 QStringLiteral("loadBalancerClass"),
                                 QStringLiteral("loadBalancerIP"),
                                 QStringLiteral("loadBalancerSourceRanges"),
                                 QStringLiteral("metadata"),
                                 QStringLiteral("name"),
                                 QStringLiteral("namespace"),
                                 QStringLiteral("nodePort"),
                                 QStringLiteral("ownerReferences"),
                                 QStringLiteral("port"),
                                 QStringLiteral("ports"),
                                 QStringLiteral("protocol"),
                                 QStringLiteral("publishNotReadyAddresses"),
                                 QStringLiteral("resourceVersion"),
                                 QStringLiteral("selector"),
                                 QStringLiteral("sessionAffinity"),
                                 QStringLiteral("sessionAffinityConfig"),
                                 QStringLiteral("spec"),
                                 QStringLiteral("status"),
                                 QStringLiteral("targetPort"),
                                 QStringLiteral("timeoutSeconds"),
                                 QStringLiteral("trafficDistribution"),
                                 QStringLiteral("type")})
            names.insert(n, n); // the view is of the literal's static text
        return names;
    }();
    const auto it = known.constFind(name);
    return it != known.cend() ? *it : name.toString();
}

} // namespace

FieldPath::FieldPath(const QString &text)
    : FieldPath(parse(text))
{}

FieldPath::FieldPath(std::vector<Step> steps)
{
    if (!steps.empty())
        m_steps = std::make_shared<const std::vector<Step>>(std::move(steps));
}

const std::vector<FieldPath::Step> &FieldPath::noSteps()
{
    static const std::vector<Step> none;
    return none;
}

FieldPath FieldPath::parse(QStringView text)
{
    std::vector<Step> steps;
    steps.reserve(4); // spec.ports[1].name
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
            steps.push_back(std::move(step));
            at = std::min(n, close + 1);
            continue;
        }
        qsizetype end = at;
        while (end < n && text[end] != u'.' && text[end] != u'[')
            ++end;
        steps.push_back(Step{Step::Kind::Field, fieldName(text.sliced(at, end - at)), -1});
        at = end;
    }
    return FieldPath(std::move(steps));
}

FieldPath FieldPath::field(const QString &name) const
{
    std::vector<Step> more = steps();
    more.push_back(Step{Step::Kind::Field, name, -1});
    return FieldPath(std::move(more));
}

FieldPath FieldPath::index(int index) const
{
    std::vector<Step> more = steps();
    more.push_back(Step{Step::Kind::Index, {}, index});
    return FieldPath(std::move(more));
}

FieldPath FieldPath::key(const QString &key) const
{
    std::vector<Step> more = steps();
    more.push_back(Step{Step::Kind::Key, key, -1});
    return FieldPath(std::move(more));
}

FieldPath FieldPath::parent() const
{
    return left(size() - 1);
}

FieldPath FieldPath::left(qsizetype count) const
{
    count = std::clamp<qsizetype>(count, 0, size());
    if (count == size())
        return *this;
    return FieldPath(std::vector<Step>(steps().begin(), steps().begin() + count));
}

bool FieldPath::isAtOrBelow(const FieldPath &ancestor) const
{
    return ancestor.size() <= size()
           && std::equal(ancestor.steps().begin(), ancestor.steps().end(), steps().begin());
}

bool FieldPath::startsWith(std::initializer_list<QStringView> fields) const
{
    if (qsizetype(fields.size()) > size())
        return false;
    qsizetype i = 0;
    for (QStringView f : fields) {
        const Step &s = at(i++);
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
    for (const Step &s : steps()) {
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
    for (const FieldPath::Step &s : path.steps())
        seed = qHashMulti(seed, int(s.kind), s.name, s.index);
    return seed;
}

} // namespace sd
