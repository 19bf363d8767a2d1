// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "model/document/validationscheduler.h"

// A validation pass now, and what follows it in the window's event loop: the chart models
// recount after the pass's signal has returned, not inside it.
inline void validateAndSettle(sd::ValidationScheduler &scheduler)
{
    scheduler.validateNow();
    QCoreApplication::processEvents();
}
