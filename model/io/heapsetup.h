// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sd {

/**
 * Lets the heap grow in large steps, for a program that may read a large manifest. The GNU C
 * library otherwise grows the heap of each reading thread by what the next allocation needs, a
 * system call (mprotect) each time: about 24,000 of them to read a 32 MB file. A step is address
 * space only; memory is taken when it is first written. No effect with other C libraries.
 * Call it once, at the start of main().
 */
void growHeapInLargeSteps();

} // namespace sd
