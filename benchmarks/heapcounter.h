// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The heap of a benchmark binary that links heapcounter.cpp.

namespace sd::bench {

/** Bytes of the heap in use now. */
long long heapInUse();
/** The most bytes in use since the last resetHeapPeak(). */
long long heapPeak();
/** Starts measuring the peak from what is in use now. */
void resetHeapPeak();

} // namespace sd::bench
