// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace sd {

/**
 * A path to a field of an object, as the Kubernetes API server prints it in its errors:
 * `spec.ports[1].targetPort`, `metadata.annotations[example.com/key]`, `spec.ipFamilies[0]`.
 * Parsed once (from a finding, a command line, a setting) and then compared and walked as steps;
 * nothing else in the program takes a path string apart.
 *
 * A step is a field name, a list index (`[1]`) or a map key (`[name]`). Keys may hold dots and
 * slashes; a key runs to the `]` that ends the step (followed by `.`, `[` or the end).
 */
class FieldPath
{
public:
    struct Step
    {
        enum class Kind : quint8 { Field, Index, Key };
        Kind kind = Kind::Field;
        QString name; ///< the field's name or the key
        int index = -1;

        friend bool operator==(const Step &, const Step &) = default;
    };

    FieldPath() = default;
    /** Parses the API server's spelling. Implicit, so a finding can be made from the text its
     *  rule prints; every such conversion parses once, here. */
    FieldPath(const QString &text); // NOLINT(google-explicit-constructor)
    FieldPath(const char16_t *text) // NOLINT(google-explicit-constructor)
        : FieldPath(QString::fromUtf16(text))
    {}
    static FieldPath parse(QStringView text);

    /** This path and one more step. */
    FieldPath field(const QString &name) const;
    FieldPath index(int index) const;
    FieldPath key(const QString &key) const;
    /** Without the last step (empty for an empty path). */
    FieldPath parent() const;
    /** The first `count` steps. */
    FieldPath left(qsizetype count) const;

    bool isEmpty() const { return steps().empty(); }
    qsizetype size() const { return qsizetype(steps().size()); }
    const Step &at(qsizetype i) const { return steps()[size_t(i)]; }
    const Step &last() const { return steps().back(); }
    const std::vector<Step> &steps() const { return m_steps ? *m_steps : noSteps(); }

    /** Whether this path is `ancestor` or a path inside it (`spec.ports[1].name` is at or
     *  below `spec.ports[1]`, `spec.ports` and the empty path). */
    bool isAtOrBelow(const FieldPath &ancestor) const;
    /** Whether the path starts with these field names (`{"spec", "ports"}`). */
    bool startsWith(std::initializer_list<QStringView> fields) const;

    /** For a path in `spec.ports[i]`: i. */
    std::optional<int> portIndex() const;
    /** For a path in `spec.ports[i]`: the field of the port (`targetPort`), or an empty string
     *  for the port itself. */
    QString portField() const;
    /** The key of a map entry path (`metadata.annotations[key]`), or nothing. */
    std::optional<QString> mapKey() const;

    /** The API server's spelling. */
    QString toString() const;

    friend bool operator==(const FieldPath &a, const FieldPath &b)
    {
        return a.m_steps == b.m_steps || a.steps() == b.steps();
    }
    friend size_t qHash(const FieldPath &path, size_t seed);

private:
    explicit FieldPath(std::vector<Step> steps);
    static const std::vector<Step> &noSteps();

    // Shared by the copies, which are many (each finding has one, and the rules hand out the
    // common ones ready-made): a path never changes once made. nullptr for the empty path.
    std::shared_ptr<const std::vector<Step>> m_steps;
};

size_t qHash(const FieldPath &path, size_t seed = 0);

} // namespace sd

Q_DECLARE_METATYPE(sd::FieldPath)
