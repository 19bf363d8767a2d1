// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

#include "model/domain/fieldpath.h"
#include "model/io/manifest.h"

namespace sd {

/**
 * What one undo step did to one Service, as ManifestDocument announces it: which Service, which
 * field, and how. Listeners update exactly what is at or below `path` and never compare copies
 * to find out.
 *
 * A command that changes several fields announces one change per field. Every change is
 * announced twice, before (ManifestDocument::serviceAboutToChange) and after
 * (ManifestDocument::serviceChanged), so item models can bracket row changes as Qt asks.
 */
struct ServiceChange
{
    enum class Kind : quint8 {
        /** The value at `path` changed; lists and maps at or below it kept their length. */
        Value,
        /** `count` items were inserted into the list or map at `path`, the first at `first`. */
        RowsInserted,
        /** `count` items from `first` were removed from the list or map at `path`. */
        RowsRemoved,
        /** `count` items from `first` moved to before the item that was at `destination`
         *  (QAbstractItemModel::moveRows' convention). */
        RowsMoved,
        /** The value at `path` was replaced by one of another shape (a list of another length,
         *  a map with other keys); `path` empty: the whole Service. */
        Reset,
    };

    ServiceRef service;
    FieldPath path;
    Kind kind = Kind::Value;
    int first = -1;
    int count = 0;
    int destination = -1;

    /** Whether what is at `field` may be different after this change: the change is at, above
     *  or below it. */
    bool concerns(const FieldPath &field) const
    {
        return path.isAtOrBelow(field) || field.isAtOrBelow(path);
    }
};

} // namespace sd

Q_DECLARE_METATYPE(sd::ServiceChange)
