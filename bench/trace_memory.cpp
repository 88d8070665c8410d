// Peak resident memory of one trace at the size limit's shape, N = 4096 tokens, d_model
// 512, 8 heads, kept as the app keeps it (the first head's scores and weights).
// Prints the peak resident set in MiB (getrusage), for bench/report.py.
#include "bench/random_sample.h"
#include "core/attention/attention.h"
#include "core/base/memory_reuse.h"

#include <sys/resource.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    const int tokens = argc > 1 ? std::stoi(argv[1]) : 4096, dModel = 512, heads = 8;
    al::keepFreedMemoryForReuse();
    const al::Sample sample = al::bench::randomSample(tokens, dModel, heads);
    const al::Trace trace = al::run(sample, al::KeptMatrices::FirstHead);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"tokens\": %d, \"heads\": %d, \"peak_rss_mib\": %.1f, \"checksum\": %.6f}\n", tokens, heads,
                double(usage.ru_maxrss) / 1024.0, trace.output.sum());
}
