// Times run(): the whole trace, every intermediate kept, for N from 16 to 4096.
// Figures only (time and GFLOP/s); no pass/fail. Run with: make bench
#include "core/attention.h"
#include "core/memory_reuse.h"
#include "core/seeded_random.h"
#include "core/weight_generation.h"

#include <benchmark/benchmark.h>

namespace {

// A sample of N random tokens with a model of the given size; weights from the seed.
al::Sample benchmarkSample(int tokens, int dModel, int heads, bool causal) {
    al::Sample sample;
    sample.title = "benchmark";
    for (int i = 0; i < tokens; ++i) sample.tokens.push_back("t" + std::to_string(i));
    sample.embeddings = al::uniformMatrix(1, "embeddings", tokens, dModel, 1.0);
    al::ModelConfig& c = sample.model.config;
    c.dModel = dModel;
    c.heads = heads;
    c.dK = c.dV = dModel / heads;
    c.outputProjection = heads > 1;
    if (causal) sample.model.masks.emplace_back(std::in_place_type<al::CausalMask>);
    sample.model.weights = al::generateWeights(c);
    return sample;
}

// Multiply-adds counted twice: projections, scores, weighted sums, output projection.
double flops(int n, int d, int heads, bool projection) {
    const double N = n, D = d, inner = double(d); // H·d_k = H·d_v = d_model here
    double total = 3 * 2 * N * D * inner;          // Q, K, V
    total += heads * 2 * N * N * (inner / heads);  // α = q·k for every head
    total += heads * 2 * N * N * (inner / heads);  // b = Σ α′ v
    if (projection) total += 2 * N * inner * D;   // W_o
    return total;
}

void runTrace(benchmark::State& state) {
    const int n = int(state.range(0)), d = int(state.range(1)), heads = int(state.range(2));
    const bool causal = state.range(3) != 0;
    const al::Sample sample = benchmarkSample(n, d, heads, causal);
    for (auto _ : state) benchmark::DoNotOptimize(al::run(sample));
    state.counters["GFLOP"] = benchmark::Counter(flops(n, d, heads, heads > 1) * 1e-9 * double(state.iterations()),
                                                   benchmark::Counter::kIsRate);
    state.SetLabel("N=" + std::to_string(n) + " d_model=" + std::to_string(d) + " H=" + std::to_string(heads) +
                   (causal ? " causal" : ""));
}

} // namespace

// {N, d_model, heads, causal}
BENCHMARK(runTrace)
    ->Args({16, 64, 1, 0})
    ->Args({64, 128, 2, 0})
    ->Args({256, 256, 4, 0})
    ->Args({256, 256, 4, 1})
    ->Args({1024, 512, 8, 0})
    ->Args({1024, 512, 8, 1})
    ->Args({1024, 256, 16, 0})
    ->Args({4096, 512, 8, 0})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

int main(int argc, char** argv) {
    al::keepFreedMemoryForReuse(); // as the app does
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
