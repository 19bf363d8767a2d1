// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>

#include "model/domain/node.h"
#include "model/io/yamlemitter.h"

namespace sd {

/** The text patchYaml() made. */
struct YamlPatch
{
    QByteArray text;
    /** A part could not be changed in place without guessing (an alias, a layout the rules do
     *  not cover) and was written anew: the smallest node that holds the change. */
    bool rewroteNode = false;
};

/**
 * Changes YAML text in place so that the value `original` (a block mapping read from `text`, with
 * the positions the reader gave it) says `after` where it said `before`. `before` and `after` are
 * value trees as the writers make them (writeService()): only where they differ is the text
 * touched, and `original` says where that is.
 *
 * - A changed scalar changes that scalar's bytes alone, in its quoting style where the new value
 *   allows it; the rest of its line (a comment) stays.
 * - A new mapping entry goes after the entry that precedes it in `after` (kubectl's order), at the
 *   indentation of its neighbours, in the file's layout (layoutOf()); a removed one takes its lines
 *   with it, and the comment lines just above it at its own indentation.
 * - Sequence items are matched by value, so a moved item moves its text, comments included; an
 *   edited one is edited in place; a new one is written at its neighbours' indentation.
 * - Inside a flow collection (`{port: 80}`) scalars are replaced in place; a new or removed entry
 *   writes that flow collection anew, still in flow style.
 *
 * Line breaks written are `newline`. Returns nothing when `original` is not a block mapping or the
 * change cannot be placed at all (the caller then writes the whole object anew).
 */
std::optional<YamlPatch> patchYaml(const QByteArray &text,
                                   const Node &original,
                                   const Node &before,
                                   const Node &after,
                                   QByteArrayView newline = "\n");

/** How the block collections of `root` (read from `text`) are laid out: the indentation step of
 *  its nested mappings and whether its sequences are indented under their keys. kubectl's layout
 *  where `root` shows neither. */
YamlLayout layoutOf(const QByteArray &text, const Node &root);

} // namespace sd
