// SPDX-License-Identifier: GPL-3.0-or-later
// The heap a benchmark uses: malloc and friends of this process (Qt's and the C++ library's
// included, as they call them through the dynamic linker, which finds these first) count the
// bytes in use and the most there were. glibc only.

#include "heapcounter.h"

// Under AddressSanitizer (the ci preset builds the benchmarks too) its own malloc must stay: the
// counts are then 0.
#if defined(__SANITIZE_ADDRESS__)
#define SD_COUNT_HEAP 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SD_COUNT_HEAP 0
#endif
#endif
#ifndef SD_COUNT_HEAP
#define SD_COUNT_HEAP 1
#endif

#include <atomic>
#include <cerrno>
#include <cstddef>

#include <malloc.h>

#if SD_COUNT_HEAP

extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
void *__libc_memalign(size_t alignment, size_t size);
void __libc_free(void *pointer);
}

namespace {

std::atomic<long long> inUse{0};
std::atomic<long long> peak{0};

void *counted(void *pointer)
{
    if (pointer) {
        const auto size = static_cast<long long>(malloc_usable_size(pointer));
        const long long now = inUse.fetch_add(size) + size;
        long long seen = peak.load();
        while (now > seen && !peak.compare_exchange_weak(seen, now)) {
        }
    }
    return pointer;
}

void uncount(void *pointer)
{
    if (pointer)
        inUse.fetch_sub(static_cast<long long>(malloc_usable_size(pointer)));
}

} // namespace

extern "C" {

void *malloc(size_t size)
{
    return counted(__libc_malloc(size));
}

void *calloc(size_t count, size_t size)
{
    return counted(__libc_calloc(count, size));
}

void *realloc(void *pointer, size_t size)
{
    uncount(pointer);
    void *moved = __libc_realloc(pointer, size);
    if (!moved && size > 0) { // the old block stays
        counted(pointer);
        return nullptr;
    }
    return counted(moved);
}

void free(void *pointer)
{
    uncount(pointer);
    __libc_free(pointer);
}

void *memalign(size_t alignment, size_t size)
{
    return counted(__libc_memalign(alignment, size));
}

void *aligned_alloc(size_t alignment, size_t size)
{
    return counted(__libc_memalign(alignment, size));
}

int posix_memalign(void **out, size_t alignment, size_t size)
{
    void *pointer = counted(__libc_memalign(alignment, size));
    if (!pointer)
        return ENOMEM;
    *out = pointer;
    return 0;
}

} // extern "C"

#endif // SD_COUNT_HEAP

namespace sd::bench {

#if SD_COUNT_HEAP
long long heapInUse()
{
    return inUse.load();
}

long long heapPeak()
{
    return peak.load();
}

void resetHeapPeak()
{
    peak.store(inUse.load());
}
#else
long long heapInUse()
{
    return 0;
}

long long heapPeak()
{
    return 0;
}

void resetHeapPeak() {}
#endif

} // namespace sd::bench
