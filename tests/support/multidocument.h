// SPDX-License-Identifier: GPL-3.0-or-later
// A file of several documents in the styles people write: comments, a flow mapping, an explicit
// end marker, an empty document and no final newline.
#pragma once

#include <QByteArray>

namespace sd::test {

inline const QByteArray multiDocument = "# leading comment\n"
                                        "---\n"
                                        "apiVersion: apps/v1\n"
                                        "kind: Deployment\n"
                                        "metadata: {name: web}\n"
                                        "spec:\n"
                                        "  replicas: 2   # keep this comment\n"
                                        "---\n"
                                        "# the web Service\n"
                                        "apiVersion: v1\n"
                                        "kind: Service\n"
                                        "metadata:\n"
                                        "  name: web\n"
                                        "spec:\n"
                                        "  ports:\n"
                                        "  - {port: 80, targetPort: http}\n"
                                        "...\n"
                                        "---\n"
                                        "\n"
                                        "---\n"
                                        "apiVersion: v1\n"
                                        "kind: Service\n"
                                        "metadata:\n"
                                        "  name: dns\n"
                                        "spec:\n"
                                        "  ports:\n"
                                        "  - port: 53\n"
                                        "    protocol: UDP"; // no final newline

} // namespace sd::test
