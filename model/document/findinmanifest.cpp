// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/document/findinmanifest.h"

#include "model/domain/node.h"
#include "model/io/servicewriter.h"

namespace sd {

namespace {

const FieldPath &namePath()
{
    static const FieldPath path(u"metadata.name");
    return path;
}

// The maps whose keys are data (labels, annotations, the selector), not field names.
bool isKeyed(const FieldPath &path)
{
    static const FieldPath labels(u"metadata.labels");
    static const FieldPath annotations(u"metadata.annotations");
    static const FieldPath selector(u"spec.selector");
    return path == labels || path == annotations || path == selector;
}

struct Search
{
    const QString &text;
    size_t limit;
    ServiceRef ref;
    QString name;
    std::vector<FindMatch> &out;

    bool full() const { return out.size() >= limit; }
    bool holds(const QString &s) const { return s.contains(text, Qt::CaseInsensitive); }

    void walk(const Node &node, const FieldPath &path)
    {
        if (full())
            return;
        if (node.isScalar()) {
            if (holds(node.text()) && !(path == namePath()))
                out.push_back({ref, path, name, node.text()});
            return;
        }
        if (node.isSequence()) {
            for (size_t i = 0; i < node.items().size() && !full(); ++i)
                walk(node.items()[i], path.index(int(i)));
            return;
        }
        const bool keyed = isKeyed(path);
        for (const Node::Entry &entry : node.entries()) {
            if (full())
                return;
            const FieldPath child = keyed ? path.key(entry.key) : path.field(entry.key);
            if (holds(entry.key)
                && (keyed || !entry.value.isScalar() || !holds(entry.value.text()))) {
                // A key that holds the text: the field itself (once, even if the value does too).
                out.push_back(
                    {ref, child, name, entry.value.isScalar() ? entry.value.text() : QString()});
                if (entry.value.isScalar())
                    continue;
            }
            walk(entry.value, child);
        }
    }
};

} // namespace

std::vector<FindMatch> findInManifest(const Manifest &manifest, const QString &text, size_t limit)
{
    std::vector<FindMatch> out;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return out;
    for (const ServiceRef ref : manifest.services()) {
        if (out.size() >= limit)
            break;
        const Service &service = manifest.service(ref);
        Search search{needle, limit, ref, service.name(), out};
        if (search.holds(service.name()))
            out.push_back({ref, namePath(), service.name(), service.name()});
        search.walk(writeService(service), FieldPath());
    }
    return out;
}

} // namespace sd
