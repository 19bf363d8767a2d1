// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/providers/profilereader_p.h"

#include <algorithm>
#include <limits>

#include "model/domain/scalar.h"
#include "model/io/decodemessages.h"
#include "model/tr.h"

namespace sd::profileschema {

const EnumTable<Support> kSupport = {{u"yes", Support::Yes},
                                     {u"no", Support::No},
                                     {u"conditional", Support::Conditional},
                                     {u"unknown", Support::Unknown}};
const EnumTable<Outcome> kOutcome = {{u"rejected", Outcome::Rejected},
                                     {u"dropped", Outcome::Dropped},
                                     {u"ignored", Outcome::Ignored},
                                     {u"unknown", Outcome::Unknown}};
const EnumTable<Confidence> kConfidence = {{u"H", Confidence::High},
                                           {u"M", Confidence::Medium},
                                           {u"L", Confidence::Low}};

QString child(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString item(const QString &path, size_t index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString listText(Keys words)
{
    QStringList list;
    for (QStringView w : words)
        list.append(w.toString());
    return list.join(u", ");
}

SchemaReader::SchemaReader(QString file)
    : m_file(std::move(file))
{}

void SchemaReader::error(const QString &field, SourcePos pos, const QString &message)
{
    m_errors.push_back(ProfileError{m_file, pos.line, pos.column, field, message});
}

bool SchemaReader::checkMap(const Node &n, const QString &path, Keys allowed)
{
    if (!n.isMapping()) {
        error(path, n.pos(), wrongTypeMessage(ExpectedValue::Object, n));
        return false;
    }
    const std::vector<Node::Entry> &entries = n.entries();
    for (size_t i = 0; i < entries.size(); ++i) {
        const Node::Entry &e = entries[i];
        if (std::find(allowed.begin(), allowed.end(), QStringView(e.key)) == allowed.end()) {
            error(child(path, e.key),
                  e.keyPos,
                  ProvidersTr::tr("unknown key \"%1\"; the keys allowed here are: %2")
                      .arg(e.key, listText(allowed)));
        }
        checkDuplicate(entries, i, path);
    }
    return true;
}

void SchemaReader::checkDuplicate(const std::vector<Node::Entry> &entries,
                                  size_t i,
                                  const QString &path)
{
    for (size_t j = 0; j < i; ++j) {
        if (entries[j].key == entries[i].key) {
            error(child(path, entries[i].key),
                  entries[i].keyPos,
                  ProvidersTr::tr("duplicate key \"%1\" (first at line %2)")
                      .arg(entries[i].key)
                      .arg(entries[j].keyPos.line));
            return;
        }
    }
}

const Node *SchemaReader::required(const Node &map, const QString &path, QStringView key)
{
    const Node *v = map.find(key);
    if (!v)
        error(child(path, key), map.pos(), ProvidersTr::tr("missing required key \"%1\"").arg(key));
    return v;
}

bool SchemaReader::readString(const Node &n, const QString &path, QString &out)
{
    // Any scalar but null is text as written: `support: yes` and `equals: [true]` are words.
    if (!n.isScalar() || resolveScalar(n) == ScalarType::Null) {
        error(path, n.pos(), wrongTypeMessage(ExpectedValue::String, n));
        return false;
    }
    out = n.text();
    return true;
}

void SchemaReader::readId(const Node &n, const QString &path, QString &out)
{
    if (readString(n, path, out) && out.trimmed().isEmpty())
        error(path, n.pos(), ProvidersTr::tr("the value must not be empty"));
}

bool SchemaReader::readBool(const Node &n, const QString &path, bool &out)
{
    if (n.isScalar() && !n.isQuoted() && resolveScalar(n) == ScalarType::Bool) {
        if (const std::optional<bool> b = plainScalarToBool(n.text())) {
            out = *b;
            return true;
        }
    }
    error(path, n.pos(), wrongTypeMessage(ExpectedValue::Boolean, n));
    return false;
}

bool SchemaReader::readInt(const Node &n, const QString &path, int &out)
{
    if (n.isScalar() && !n.isQuoted() && resolveScalar(n) == ScalarType::Int) {
        const std::optional<qint64> v = plainScalarToInt(n.text());
        if (v && *v >= std::numeric_limits<int>::min() && *v <= std::numeric_limits<int>::max()) {
            out = int(*v);
            return true;
        }
    }
    error(path, n.pos(), wrongTypeMessage(ExpectedValue::Integer, n));
    return false;
}

void SchemaReader::readIntInRange(
    const Node &n, const QString &path, int &out, int minimum, int maximum)
{
    int value = 0;
    if (!readInt(n, path, value))
        return;
    if (value < minimum || value > maximum) {
        error(path,
              n.pos(),
              ProvidersTr::tr("%1 is out of range; expected %2 to %3")
                  .arg(value)
                  .arg(minimum)
                  .arg(maximum));
        return;
    }
    out = value;
}

void SchemaReader::readStrings(const Node &n, const QString &path, QStringList &out)
{
    if (!n.isSequence()) {
        wrongType(n, path, true);
        return;
    }
    out.clear();
    for (size_t i = 0; i < n.items().size(); ++i) {
        QString s;
        if (readString(n.items()[i], item(path, i), s))
            out.append(s);
    }
}

void SchemaReader::readStringPairs(const Node &n,
                                   const QString &path,
                                   std::vector<std::pair<QString, QString>> &out)
{
    if (!n.isMapping()) {
        wrongType(n, path, false);
        return;
    }
    out.clear();
    for (size_t i = 0; i < n.entries().size(); ++i) {
        const Node::Entry &e = n.entries()[i];
        checkDuplicate(n.entries(), i, path);
        // An empty value is written `""`; a null (`key:`) says nothing and is refused.
        QString value;
        if (readString(e.value, child(path, e.key), value))
            out.emplace_back(e.key, value);
    }
}

void SchemaReader::readChoice(const Node &n, const QString &path, Keys allowed, QString &out)
{
    QString text;
    if (!readString(n, path, text))
        return;
    if (std::find(allowed.begin(), allowed.end(), QStringView(text)) == allowed.end()) {
        error(path, n.pos(), unknownValueMessage(text, listText(allowed)));
        return;
    }
    out = text;
}

void SchemaReader::readChoices(const Node &n, const QString &path, Keys allowed, QStringList &out)
{
    readStrings(n, path, out);
    for (qsizetype i = 0; i < out.size() && size_t(i) < n.items().size(); ++i) {
        if (std::find(allowed.begin(), allowed.end(), QStringView(out[i])) == allowed.end())
            error(item(path, size_t(i)),
                  n.items()[size_t(i)].pos(),
                  unknownValueMessage(out[i], listText(allowed)));
    }
}

void SchemaReader::readText(const Node &n, const QString &path, LocalizedText &out)
{
    if (n.isScalar()) {
        readString(n, path, out.en);
        return;
    }
    if (!n.isMapping()) {
        error(path,
              n.pos(),
              ProvidersTr::tr("expected a string or an object with \"en\" and \"ko\", found %1")
                  .arg(describeValue(n)));
        return;
    }
    checkMap(n, path, {u"en", u"ko"});
    if (const Node *v = required(n, path, u"en"))
        readString(*v, child(path, u"en"), out.en);
    if (const Node *v = n.find(u"ko"))
        readString(*v, child(path, u"ko"), out.ko);
}

void SchemaReader::readAllOrNone(const Node &n, const QString &path, bool &out)
{
    if (n.isScalar() && !n.isQuoted() && resolveScalar(n) == ScalarType::Bool) {
        readBool(n, path, out);
    } else if (n.isScalar() && (n.text() == u"all" || n.text() == u"none")) {
        out = n.text() == u"all";
    } else {
        error(path,
              n.pos(),
              ProvidersTr::tr("expected true, false, all or none, found %1").arg(describeValue(n)));
    }
}

void SchemaReader::checkAmongValues(const Node &n,
                                    const QString &path,
                                    const QStringList &values,
                                    bool caseInsensitive)
{
    if (values.isEmpty() || !n.isSequence())
        return;
    const Qt::CaseSensitivity cs = caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (size_t i = 0; i < n.items().size(); ++i) {
        const Node &x = n.items()[i];
        if (x.isScalar() && !values.contains(x.text(), cs))
            error(item(path, i), x.pos(), notAmongValuesMessage(x.text()));
    }
}

QString SchemaReader::unknownValueMessage(const QString &value, const QString &allowed)
{
    return ProvidersTr::tr("unknown value \"%1\"; expected one of: %2").arg(value, allowed);
}

QString SchemaReader::notAmongValuesMessage(const QString &value)
{
    return ProvidersTr::tr("\"%1\" is not one of \"values\"").arg(value);
}

void SchemaReader::wrongType(const Node &n, const QString &path, bool list)
{
    error(path, n.pos(), wrongTypeMessage(list ? ExpectedValue::List : ExpectedValue::Object, n));
}

} // namespace sd::profileschema
