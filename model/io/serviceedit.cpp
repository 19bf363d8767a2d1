// SPDX-License-Identifier: GPL-3.0-or-later
// Edits by field path work on the Service's value tree (writeService()), which has a place for
// every field, and read the result back (readService()), which checks every value's type: the
// one reader decides what a value means, here as for a file.
#include "model/io/serviceedit.h"

#include <QSet>

#include "model/io/servicefields.h"
#include "model/io/servicereader.h"
#include "model/io/servicewriter.h"
#include "model/io/yamlparser.h"
#include "model/tr.h"

namespace sd {

namespace {

using Step = FieldPath::Step;
using Steps = std::vector<Step>;

template<typename T>
struct IsList : std::false_type
{};
template<typename T>
struct IsList<std::vector<Field<T>>> : std::true_type
{
    using Item = T;
};

template<typename T>
concept HasFields = requires(T &t)
{
    fields::visit(t, [](QStringView, auto &) {});
};

/** Whether `steps` from `i` name something inside a value of type T. */
template<typename T>
bool known(const Steps &steps, size_t i)
{
    if (i == steps.size())
        return true;
    const Step &step = steps[i];
    if constexpr (std::is_same_v<T, Node>) {
        return true; // status: kept as written, anything goes
    } else if constexpr (std::is_same_v<T, StringMap>) {
        return step.kind == Step::Kind::Key && i + 1 == steps.size();
    } else if constexpr (IsList<T>::value) {
        return step.kind == Step::Kind::Index && known<typename IsList<T>::Item>(steps, i + 1);
    } else if constexpr (HasFields<T>) {
        if (step.kind != Step::Kind::Field)
            return false;
        bool found = false;
        T probe{};
        fields::visit(probe, [&](QStringView name, auto &field) {
            using Value = std::remove_cvref_t<decltype(field.value())>;
            if (!found && name == step.name)
                found = known<Value>(steps, i + 1);
        });
        return found;
    } else {
        return false; // a scalar has nothing inside
    }
}

QString spelled(const Steps &steps, size_t count)
{
    FieldPath path;
    for (size_t i = 0; i < count && i < steps.size(); ++i) {
        const Step &s = steps[i];
        path = s.kind == Step::Kind::Field   ? path.field(s.name)
               : s.kind == Step::Kind::Index ? path.index(s.index)
                                             : path.key(s.name);
    }
    return path.toString();
}

Node *entryValue(Node &map, const QString &key)
{
    return map.find(key);
}

/** `[name=http]` on a list: the index of the item whose `name` is `http`. */
std::optional<ServiceEditError> resolveSelectors(Steps &steps, const Node &root)
{
    const Node *at = &root;
    for (size_t i = 0; i < steps.size() && at; ++i) {
        Step &step = steps[i];
        if (step.kind == Step::Kind::Key && at->isSequence() && step.name.contains(u'=')) {
            const QString field = step.name.section(u'=', 0, 0);
            const QString wanted = step.name.section(u'=', 1);
            int found = -1;
            for (size_t j = 0; j < at->items().size(); ++j) {
                const Node *v = at->items()[j].isMapping() ? at->items()[j].find(field) : nullptr;
                if (v && v->isScalar() && v->text() == wanted)
                    found = int(j);
            }
            if (found < 0) {
                return ServiceEditError{IoTr::tr("%1 has no item whose %2 is '%3'")
                                            .arg(spelled(steps, i), field, wanted)};
            }
            step = Step{Step::Kind::Index, {}, found};
        }
        if (step.kind == Step::Kind::Index)
            at = at->isSequence() && size_t(step.index) < at->items().size()
                     ? &at->items()[size_t(step.index)]
                     : nullptr;
        else
            at = at->isMapping() ? at->find(step.name) : nullptr;
    }
    return std::nullopt;
}

std::variant<Node, ServiceEditError> parseValue(const QString &text)
{
    if (text.isEmpty())
        return Node::string(QString());
    const QByteArray utf8 = text.toUtf8();
    std::vector<YamlDocument> docs = parseYaml(utf8);
    if (docs.size() != 1 || docs[0].error || !docs[0].hasContent) {
        const QString why = !docs.empty() && docs[0].error ? docs[0].error->message
                                                           : IoTr::tr("not one YAML value");
        return ServiceEditError{IoTr::tr("the value '%1' cannot be read: %2").arg(text, why)};
    }
    Node value = std::move(docs[0].root);
    if (value.isMapping() && value.style() != Node::Style::Flow) {
        return ServiceEditError{
            IoTr::tr("the value '%1' is not a scalar or flow value: write a map as {key: value}")
                .arg(text)};
    }
    return value;
}

// A new, empty place for what `next` steps into.
Node emptyFor(const Step &next)
{
    return next.kind == Step::Kind::Index ? Node::sequence() : Node::mapping();
}

std::optional<ServiceEditError> setAt(Node &root, const Steps &steps, Node value)
{
    Node *at = &root;
    for (size_t i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        const bool last = i + 1 == steps.size();
        if (step.kind == Step::Kind::Index) {
            if (!at->isSequence())
                *at = Node::sequence();
            auto &items = at->items();
            if (step.index < 0 || size_t(step.index) > items.size()) {
                return ServiceEditError{IoTr::tr("%1 is out of range: the list has %2 items")
                                            .arg(spelled(steps, i + 1))
                                            .arg(items.size())};
            }
            if (size_t(step.index) == items.size())
                items.push_back(last ? Node() : emptyFor(steps[i + 1]));
            at = &items[size_t(step.index)];
        } else {
            if (!at->isMapping())
                *at = Node::mapping();
            Node *next = entryValue(*at, step.name);
            if (!next) {
                at->insert(step.name, last ? Node() : emptyFor(steps[i + 1]));
                next = &at->entries().back().value;
            }
            at = next;
        }
    }
    *at = std::move(value);
    return std::nullopt;
}

std::optional<ServiceEditError> removeAt(Node &root, const Steps &steps)
{
    std::vector<Node *> chain{&root};
    for (size_t i = 0; i + 1 < steps.size(); ++i) {
        Node *at = chain.back();
        const Step &step = steps[i];
        Node *next = nullptr;
        if (step.kind == Step::Kind::Index)
            next = at->isSequence() && size_t(step.index) < at->items().size()
                       ? &at->items()[size_t(step.index)]
                       : nullptr;
        else
            next = at->isMapping() ? entryValue(*at, step.name) : nullptr;
        if (!next)
            return ServiceEditError{
                IoTr::tr("%1 is not set: nothing to remove").arg(spelled(steps, steps.size()))};
        chain.push_back(next);
    }
    Node *parent = chain.back();
    const Step &step = steps.back();
    bool removed = false;
    if (step.kind == Step::Kind::Index) {
        if (parent->isSequence() && size_t(step.index) < parent->items().size()) {
            parent->items().erase(parent->items().begin() + step.index);
            removed = true;
        }
    } else if (parent->isMapping()) {
        removed = std::erase_if(parent->entries(),
                                [&](const Node::Entry &e) { return e.key == step.name; })
                  > 0;
    }
    if (!removed)
        return ServiceEditError{
            IoTr::tr("%1 is not set: nothing to remove").arg(spelled(steps, steps.size()))};
    // A map whose last key went (labels, annotations, a selector) goes too.
    if (step.kind == Step::Kind::Key && parent->entries().empty() && chain.size() >= 2) {
        Steps up(steps.begin(), steps.end() - 1);
        return removeAt(root, up);
    }
    return std::nullopt;
}

QSet<QString> issuePaths(const Node &tree)
{
    std::vector<ReadIssue> issues;
    readService(tree, &issues);
    QSet<QString> paths;
    for (const ReadIssue &i : issues)
        paths.insert(i.path);
    return paths;
}

} // namespace

std::variant<Service, ServiceEditError> applyServiceEdits(const Service &service,
                                                          const std::vector<ServiceEdit> &edits)
{
    Node tree = writeService(service);
    const QSet<QString> before = issuePaths(tree);
    for (const ServiceEdit &edit : edits) {
        Steps steps = FieldPath::parse(edit.path).steps();
        if (steps.empty() || edit.path.trimmed().isEmpty())
            return ServiceEditError{IoTr::tr("a field path is missing")};
        if (auto e = resolveSelectors(steps, tree))
            return *e;
        if (!known<Service>(steps, 0) || steps.front().kind != Step::Kind::Field
            || steps.front().name == u"apiVersion" || steps.front().name == u"kind") {
            return ServiceEditError{
                IoTr::tr("%1 is not a field of a v1 Service that can be edited").arg(edit.path)};
        }
        std::optional<ServiceEditError> error;
        if (edit.kind == ServiceEdit::Kind::Remove) {
            error = removeAt(tree, steps);
        } else {
            std::variant<Node, ServiceEditError> value = parseValue(edit.value);
            if (auto *e = std::get_if<ServiceEditError>(&value))
                return *e;
            error = setAt(tree, steps, std::get<Node>(std::move(value)));
        }
        if (error)
            return *error;
    }
    std::vector<ReadIssue> issues;
    Service edited = readService(tree, &issues);
    for (const ReadIssue &issue : issues) {
        if (!before.contains(issue.path))
            return ServiceEditError{issue.path + QStringLiteral(": ") + issue.message};
    }
    return edited;
}

} // namespace sd
