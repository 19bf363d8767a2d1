// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The typed reading of a profile tree, shared by the profile loader's files: strings, booleans,
// integers, lists and maps of the YAML value tree, each error collected with its field path and
// position instead of stopping at the first. Not part of the model's interface.

#include <initializer_list>
#include <utility>
#include <vector>

#include <QString>
#include <QStringList>

#include "model/domain/node.h"
#include "model/providers/profile.h"
#include "model/providers/profileloader.h"

namespace sd::profileschema {

using Keys = std::initializer_list<QStringView>;

template<typename E>
using EnumTable = std::initializer_list<std::pair<QStringView, E>>;

extern const EnumTable<Support> kSupport;
extern const EnumTable<Outcome> kOutcome;
extern const EnumTable<Confidence> kConfidence;

/** `path.key`, or `key` at the top. */
QString child(const QString &path, QStringView key);
/** `path[index]`. */
QString item(const QString &path, size_t index);
QString listText(Keys words);

template<typename E>
QString listText(EnumTable<E> table)
{
    QStringList list;
    for (const auto &[text, value] : table)
        list.append(text.toString());
    return list.join(u", ");
}

class SchemaReader
{
public:
    explicit SchemaReader(QString file);

    std::vector<ProfileError> &errors() { return m_errors; }
    void error(const QString &field, SourcePos pos, const QString &message);

    /** True when @p n is a mapping (reported otherwise); reports unknown and duplicate keys. */
    bool checkMap(const Node &n, const QString &path, Keys allowed);
    void checkDuplicate(const std::vector<Node::Entry> &entries, size_t i, const QString &path);
    const Node *required(const Node &map, const QString &path, QStringView key);

    bool readString(const Node &n, const QString &path, QString &out);
    void readId(const Node &n, const QString &path, QString &out);
    bool readBool(const Node &n, const QString &path, bool &out);
    bool readInt(const Node &n, const QString &path, int &out);
    void readIntInRange(const Node &n, const QString &path, int &out, int minimum, int maximum);
    void readStrings(const Node &n, const QString &path, QStringList &out);
    /** A map of strings to strings, in the order written. */
    void readStringPairs(const Node &n,
                         const QString &path,
                         std::vector<std::pair<QString, QString>> &out);
    void readChoice(const Node &n, const QString &path, Keys allowed, QString &out);
    /** A list of strings, each one of @p allowed. */
    void readChoices(const Node &n, const QString &path, Keys allowed, QStringList &out);
    void readText(const Node &n, const QString &path, LocalizedText &out);
    /** `true`, `false`, `all` (true) or `none` (false). */
    void readAllOrNone(const Node &n, const QString &path, bool &out);

    /** The value of @p key in @p map, when there is one, read by the type of @p out (a string,
     *  a boolean, a list of strings, a text, a map of strings); `path.key` names it in errors. */
    template<typename T>
    void optional(const Node &map, const QString &path, QStringView key, T &out)
    {
        if (const Node *x = map.find(key))
            readAs(*x, child(path, key), out);
    }

    template<typename T, typename ReadItem>
    void readList(const Node &n, const QString &path, std::vector<T> &out, ReadItem readItem)
    {
        if (!n.isSequence()) {
            wrongType(n, path, true);
            return;
        }
        out.resize(n.items().size());
        for (size_t i = 0; i < n.items().size(); ++i)
            readItem(n.items()[i], item(path, i), out[i]);
    }

    template<typename E>
    void readEnum(const Node &n, const QString &path, EnumTable<E> table, E &out)
    {
        QString text;
        if (!readString(n, path, text))
            return;
        for (const auto &[name, value] : table) {
            if (name == text) {
                out = value;
                return;
            }
        }
        error(path, n.pos(), unknownValueMessage(text, listText(table)));
    }

    /** Each item of the list @p n must be one of @p values (when there are values). */
    void checkAmongValues(const Node &n,
                          const QString &path,
                          const QStringList &values,
                          bool caseInsensitive);

    static QString unknownValueMessage(const QString &value, const QString &allowed);
    static QString notAmongValuesMessage(const QString &value);

private:
    void wrongType(const Node &n, const QString &path, bool list);
    void readAs(const Node &n, const QString &path, QString &out) { readString(n, path, out); }
    void readAs(const Node &n, const QString &path, bool &out) { readBool(n, path, out); }
    void readAs(const Node &n, const QString &path, QStringList &out) { readStrings(n, path, out); }
    void readAs(const Node &n, const QString &path, LocalizedText &out) { readText(n, path, out); }
    void readAs(const Node &n, const QString &path, std::vector<std::pair<QString, QString>> &out)
    {
        readStringPairs(n, path, out);
    }

    QString m_file;
    std::vector<ProfileError> m_errors;
};

} // namespace sd::profileschema
