// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ostream>

#include <QByteArray>
#include <QString>

// So that EXPECT_EQ on Qt strings prints text, not bytes.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QByteArray &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
