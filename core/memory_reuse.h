#pragma once
// Every recomputation builds a new trace: at N = 1024 with 8 heads that is 130 MB of new
// matrices. By default glibc maps each such block fresh from the kernel and unmaps it on
// free, so every recomputation page-faults all of it again (a third of run()'s time).
#include <cstddef>

namespace al {

// Keeps freed blocks of up to 32 MiB (glibc's largest) in the process for the next trace
// instead. Call once at start-up, before the first trace.
void keepFreedMemoryForReuse();

// Larger blocks are still mapped fresh each time: asks the kernel to back this one, not yet
// touched, with 2 MiB pages, so that filling it faults 512 times less (N = 4096: 0.4 s of
// 1.2 s). A hint: without transparent huge pages nothing changes.
void preferHugePages(void* data, std::size_t bytes);

} // namespace al
