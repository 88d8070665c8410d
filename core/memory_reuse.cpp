#include "core/memory_reuse.h"

#include <cstdint>
#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace al {

namespace {
constexpr std::size_t largestReusedBlock = 32 << 20;
}

void keepFreedMemoryForReuse() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, int(largestReusedBlock)); // blocks up to 32 MiB come from the heap
    mallopt(M_TRIM_THRESHOLD, 512 << 20); // and up to 512 MiB of freed heap stays for reuse
#endif
}

} // namespace al
