// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/servicereader.h"

#include <limits>

#include <QVarLengthArray>

#include "model/domain/scalar.h"
#include "model/io/decodemessages.h"
#include "model/io/servicefields.h"
#include "model/tr.h"

namespace sd {

namespace {

// A field path built on the stack while reading and turned into text only when there is
// something to report.
struct PathSeg
{
    const PathSeg *parent = nullptr;
    QStringView key;      // a field name, or a map key when inMap
    qsizetype index = -1; // a list index when >= 0
    bool inMap = false;

    QString toString() const
    {
        QString head = parent ? parent->toString() : QString();
        if (index >= 0)
            return head + u'[' + QString::number(index) + u']';
        if (inMap)
            return head + u'[' + key + u']';
        return head.isEmpty() ? key.toString() : head + u'.' + key;
    }
};

bool isNullScalar(const Node &n)
{
    return n.isScalar() && resolveScalar(n) == ScalarType::Null;
}

bool isStringScalar(const Node &n)
{
    if (!n.isScalar())
        return false;
    const ScalarType t = resolveScalar(n);
    // kubectl sends a timestamp as a string.
    return t == ScalarType::String || t == ScalarType::Timestamp;
}

class Reader
{
public:
    explicit Reader(std::vector<ReadIssue> *issues)
        : m_issues(issues)
    {}

    void read(const Node &n, Field<QString> &f, const PathSeg &path)
    {
        if (isStringScalar(n))
            f.set(n.text());
        else
            keepRaw(n, f, path, ExpectedValue::String);
    }

    void read(const Node &n, Field<int> &f, const PathSeg &path)
    {
        if (n.isScalar() && resolveScalar(n) == ScalarType::Int) {
            const std::optional<qint64> v = n.isQuoted() ? std::nullopt
                                                         : plainScalarToInt(n.text());
            if (v && *v >= std::numeric_limits<int>::min()
                && *v <= std::numeric_limits<int>::max()) {
                f.set(int(*v));
                return;
            }
            f.setRaw(n);
            report(path, n, wrongTypeMessage(ExpectedValue::Integer, n));
            return;
        }
        keepRaw(n, f, path, ExpectedValue::Integer);
    }

    void read(const Node &n, Field<bool> &f, const PathSeg &path)
    {
        if (n.isScalar() && resolveScalar(n) == ScalarType::Bool && !n.isQuoted()) {
            if (const std::optional<bool> b = plainScalarToBool(n.text())) {
                f.set(*b);
                return;
            }
        }
        keepRaw(n, f, path, ExpectedValue::Boolean);
    }

    // An enum: a string that is not one of the values is kept raw without a read issue; the
    // validator reports it as the API server does ("Unsupported value").
    template<typename E>
    requires std::is_enum_v<E>
    void read(const Node &n, Field<E> &f, const PathSeg &path)
    {
        if (isStringScalar(n)) {
            if (const std::optional<E> e = parseEnum<E>(n.text()))
                f.set(*e);
            else
                f.setRaw(n);
            return;
        }
        keepRaw(n, f, path, ExpectedValue::String);
    }

    void read(const Node &n, Field<IntOrString> &f, const PathSeg &path)
    {
        if (n.isScalar()) {
            const ScalarType t = resolveScalar(n);
            if (t == ScalarType::Int && !n.isQuoted()) {
                const std::optional<qint64> v = plainScalarToInt(n.text());
                if (v && *v >= std::numeric_limits<int>::min()
                    && *v <= std::numeric_limits<int>::max()) {
                    f.set(IntOrString(int(*v)));
                    return;
                }
            } else if (t == ScalarType::String || t == ScalarType::Timestamp) {
                f.set(IntOrString(n.text()));
                return;
            }
        }
        keepRaw(n, f, path, ExpectedValue::IntOrString);
    }

    void read(const Node &n, Field<Node> &f, const PathSeg &) { f.set(n); }

    void read(const Node &n, Field<StringMap> &f, const PathSeg &path)
    {
        if (!n.isMapping()) {
            keepRaw(n, f, path, ExpectedValue::Object);
            return;
        }
        StringMap map;
        map.entries.reserve(n.entries().size());
        for (const Node::Entry &e : n.entries()) {
            StringMapEntry entry{e.key, {}, e.keyPos};
            read(e.value, entry.value, PathSeg{&path, e.key, -1, true});
            entry.value.setPos(e.value.pos());
            map.entries.push_back(std::move(entry));
        }
        reportDuplicates(n, path, true);
        f.set(std::move(map));
    }

    template<typename T>
    void read(const Node &n, Field<List<T>> &f, const PathSeg &path)
    {
        if (!n.isSequence()) {
            keepRaw(n, f, path, ExpectedValue::List);
            return;
        }
        List<T> &list = f.setInPlace();
        list.resize(n.items().size());
        for (size_t i = 0; i < n.items().size(); ++i) {
            read(n.items()[i], list[i], PathSeg{&path, {}, qsizetype(i)});
            list[i].setPos(n.items()[i].pos());
        }
    }

    // An object of the model (ObjectMeta, ServicePort, ...): known fields by the field table,
    // the rest kept in extras.
    template<typename S>
    requires requires(S s) { s.extras; }
    void read(const Node &n, Field<S> &f, const PathSeg &path)
    {
        if (!n.isMapping()) {
            keepRaw(n, f, path, ExpectedValue::Object);
            return;
        }
        S &obj = f.setInPlace();
        readObject(n, obj, obj.extras, path);
    }

    template<typename S>
    void readObject(const Node &n, S &obj, Extras &extras, const PathSeg &path)
    {
        // One look at the entries for each field; the entries no field took are the extras.
        const std::vector<Node::Entry> &entries = n.entries();
        QVarLengthArray<bool, 32> known(qsizetype(entries.size()), false);
        fields::visit(obj, [&](QStringView key, auto &field) {
            const Node *value = nullptr; // the last of duplicate keys counts, as for kubectl
            for (size_t i = 0; i < entries.size(); ++i) {
                if (entries[i].key == key) {
                    value = &entries[i].value;
                    known[qsizetype(i)] = true;
                }
            }
            if (value) {
                read(*value, field, PathSeg{&path, key});
                field.setPos(value->pos());
            }
        });
        for (size_t i = 0; i < entries.size(); ++i) {
            if (!known[qsizetype(i)] && !hasLaterDuplicate(n, entries[i]))
                extras.push_back(entries[i]);
        }
        reportDuplicates(n, path, false);
    }

private:
    template<typename T>
    void keepRaw(const Node &n, Field<T> &f, const PathSeg &path, ExpectedValue expected)
    {
        f.setRaw(n);
        // A null means "not set" to the API server; keeping it is enough.
        if (!isNullScalar(n))
            report(path, n, wrongTypeMessage(expected, n));
    }

    void report(const PathSeg &path, const Node &n, const QString &message)
    {
        if (m_issues)
            m_issues->push_back(ReadIssue{path.toString(), n.pos(), message});
    }

    static bool hasLaterDuplicate(const Node &map, const Node::Entry &e)
    {
        return &e
               != &*std::find_if(map.entries().rbegin(),
                                 map.entries().rend(),
                                 [&](const Node::Entry &x) { return x.key == e.key; });
    }

    void reportDuplicates(const Node &map, const PathSeg &path, bool inMap)
    {
        const auto &entries = map.entries();
        for (size_t i = 1; i < entries.size(); ++i) {
            for (size_t j = 0; j < i; ++j) {
                if (entries[j].key == entries[i].key) {
                    if (m_issues) {
                        m_issues->push_back(ReadIssue{
                            PathSeg{&path, entries[i].key, -1, inMap}.toString(),
                            entries[i].keyPos,
                            IoTr::tr(
                                "duplicate key \"%1\" (first at line %2); kubectl keeps the last "
                                "value, strict YAML parsers reject the file")
                                .arg(entries[i].key)
                                .arg(entries[j].keyPos.line)});
                    }
                    break;
                }
            }
        }
    }

    std::vector<ReadIssue> *m_issues;
};

} // namespace

void readService(const Node &root, Service &service, std::vector<ReadIssue> *issues)
{
    service.pos = root.pos();
    if (!root.isMapping())
        return;
    Reader reader(issues);
    const PathSeg top;
    reader.readObject(root, service, service.extras, top);
}

Service readService(const Node &root, std::vector<ReadIssue> *issues)
{
    Service service;
    readService(root, service, issues);
    return service;
}

} // namespace sd
