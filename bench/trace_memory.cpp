// Peak resident memory of one trace at the size limit's shape, N = 4096 tokens, d_model
// 512, 8 heads, kept as the app keeps it (the first head's scores; every head's weights).
// Prints the peak resident set in MiB (getrusage), for bench/report.py.
#include "core/attention.h"
#include "core/memory_reuse.h"
#include "core/seeded_random.h"
#include "core/weight_generation.h"

#include <sys/resource.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    const int tokens = argc > 1 ? std::stoi(argv[1]) : 4096, dModel = 512, heads = 8;
    al::keepFreedMemoryForReuse();
    al::Sample sample;
    for (int i = 0; i < tokens; ++i) sample.tokens.push_back("t" + std::to_string(i));
    sample.embeddings = al::uniformMatrix(1, "embeddings", tokens, dModel, 1.0);
    al::ModelConfig& c = sample.model.config;
    c.dModel = dModel;
    c.heads = heads;
    c.dK = c.dV = dModel / heads;
    c.outputProjection = true;
    sample.model.weights = al::generateWeights(c);
    const al::Trace trace = al::run(sample, al::KeptScores::FirstHead);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"tokens\": %d, \"heads\": %d, \"peak_rss_mib\": %.1f, \"checksum\": %.6f}\n", tokens, heads,
                double(usage.ru_maxrss) / 1024.0, trace.output.sum());
}
