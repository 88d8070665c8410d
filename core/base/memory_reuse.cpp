#include "core/base/memory_reuse.h"

#include <cstdlib> // defines __GLIBC__ on glibc systems

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace al {

void keepFreedMemoryForReuse() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20);  // blocks up to 32 MiB come from the heap (glibc's maximum)
    mallopt(M_TRIM_THRESHOLD, 512 << 20); // and up to 512 MiB of freed heap stays for reuse
#endif
}

} // namespace al
