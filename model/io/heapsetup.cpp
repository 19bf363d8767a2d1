// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/io/heapsetup.h"

#if __has_include(<malloc.h>)
#include <malloc.h>
#endif

namespace sd {

void growHeapInLargeSteps()
{
#if defined(__GLIBC__) && defined(M_TOP_PAD)
    // Also the size each new heap of a thread starts with (up to the 64 MB such a heap can have).
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
#endif
}

} // namespace sd
