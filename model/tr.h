// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace sd {

/** `Tr::tr()` for translatable text outside QObjects (model messages, CLI output). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sd)
};

} // namespace sd
