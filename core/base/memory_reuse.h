#pragma once
// Every recomputation builds a new trace: at N = 1024 with 8 heads that is 130 MB of new
// matrices. By default glibc maps each such block fresh from the kernel and unmaps it on
// free, so every recomputation page-faults all of it again (a third of run()'s time).
// This keeps freed blocks of up to 32 MiB in the process for the next trace instead.
// Call once at start-up, before the first trace.
namespace al {

void keepFreedMemoryForReuse();

} // namespace al
