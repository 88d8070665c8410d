#include "core/memory_reuse.h"

#include <cstdint>
#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace al {

namespace {
constexpr std::size_t largestReusedBlock = 32 << 20, hugePage = 2 << 20;
}

void keepFreedMemoryForReuse() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, int(largestReusedBlock)); // blocks up to 32 MiB come from the heap
    mallopt(M_TRIM_THRESHOLD, 512 << 20); // and up to 512 MiB of freed heap stays for reuse
#endif
}

void preferHugePages(void* data, std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes < largestReusedBlock) return; // heap memory, reused warm
    // madvise wants whole pages: the 2 MiB-aligned part of the block.
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + hugePage - 1) & ~(hugePage - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(hugePage - 1);
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

} // namespace al
