// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QByteArrayView>

#include "model/io/yamlparser.h"

namespace sd {

/** What `kubectl apply -f` does with one document of a stream. */
enum class KubectlUse {
    Applied,    ///< kubectl reads it (and skips it when it holds nothing)
    Ignored,    ///< kubectl never reads it, and says nothing about it
    NotReached, ///< kubectl stopped with an error before it, or in the part it is in
};

/** Why kubectl ignores a document. */
enum class IgnoredBecause {
    EndMarker,          ///< it follows a `...` line, and no `---` line came after that
    LoneCarriageReturn, ///< its `---` follows a lone CR, which kubectl does not take for a line end
};

struct KubectlDocument
{
    KubectlUse use = KubectlUse::Applied;
    IgnoredBecause because = IgnoredBecause::EndMarker; ///< for Ignored
    int afterLine = 0; ///< for Ignored: the line where the document kubectl reads instead ends
};

struct KubectlReading
{
    std::vector<KubectlDocument> documents; ///< one for each document of the stream, in order
    std::optional<YamlError> stop;          ///< where kubectl stops reading with an error
};

/**
 * What kubectl 1.32 makes of a stream of documents as YamlStream splits it.
 *
 * kubectl splits a stream into parts at every line (ended by a line feed) that starts with `---`
 * (k8s.io/apimachinery pkg/util/yaml, YAMLReader), and refuses the stream where such a line has
 * more than a comment after the `---` ("invalid Yaml document separator"), dropping the part it
 * was reading. Each part goes to go-yaml, which reads only its first document: what follows a
 * `...` line in the same part is ignored without a word, and a part whose first token is `...`
 * ("did not find expected node content") or that holds a directive without its `---` ("did not
 * find expected <document start>") stops the stream. Parts before the error are applied.
 *
 * A stream whose first character (after white space and a byte order mark) is `{` is not split
 * at all: kubectl decodes it as JSON values one after another (YAMLOrJSONDecoder), and stops at
 * the first byte that is not JSON (a key without quotes, a comment, a `---`).
 */
KubectlReading readAsKubectl(QByteArrayView utf8, const YamlStream &stream);

} // namespace sd
