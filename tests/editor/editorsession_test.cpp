// SPDX-License-Identifier: GPL-3.0-or-later
// What one window edits, without the window: applying a finding's fix.
#include <gtest/gtest.h>

#include "model/document/editorsession.h"
#include "model/document/manifestdocument.h"
#include "model/document/validationscheduler.h"
#include "model/itemmodels/findingsmodel.h"
#include "support/qtprinters.h"

using namespace sd;
using namespace Qt::StringLiterals;

TEST(EditorSession, AnAppliedFixsFindingGoesFromTheListAtOnce)
{
    EditorSession session;
    FileError error;
    session.setDocument(ManifestDocument::fromBytes("apiVersion: v1\n"
                                                    "kind: Service\n"
                                                    "metadata: {name: web}\n"
                                                    "spec:\n"
                                                    "  ports:\n"
                                                    "  - {name: http, port: 80}\n"
                                                    "  - {port: 443}\n",
                                                    &error));
    session.scheduler()->validateNow();
    FindingsModel *findings = session.findings();
    ASSERT_EQ(findings->rowCount(), 1);
    EXPECT_TRUE(findings->index(0, 0).data(FindingsModel::HasFixRole).toBool());
    const std::optional<QString> label = session.applyFix(0);
    ASSERT_TRUE(label.has_value());
    // No pause for typing, no event loop: the list is up to date when the fix returns.
    EXPECT_EQ(findings->rowCount(), 0);
    const Manifest &m = session.document()->manifest();
    EXPECT_FALSE(m.service(m.services()[0]).ports()[1].value().name.value().isEmpty());
}
