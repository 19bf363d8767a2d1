// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QString>

#include "model/domain/service.h"

namespace sd {

/** A value the API server would refuse to decode: a wrong type at a field path. */
struct ReadIssue
{
    QString path;    ///< as the API server prints it: `spec.ports[0].port`
    SourcePos pos;   ///< where the value stands
    QString message; ///< translated, e.g. `expected an integer, found the string "eighty"`

    friend bool operator==(const ReadIssue &, const ReadIssue &) = default;
};

/**
 * Reads a v1 Service from its value tree. Never fails: a value of the wrong type is kept raw in
 * its field (so saving writes it back) and reported in `issues`; unknown fields are kept in the
 * `extras` of the object they stand in. Scalars mean what they mean to kubectl (YAML 1.1).
 */
Service readService(const Node &root, std::vector<ReadIssue> *issues = nullptr);
/** The same, into `service` as constructed: a Service is large, and is then made where it
 *  stays. */
void readService(const Node &root, Service &service, std::vector<ReadIssue> *issues = nullptr);

} // namespace sd
