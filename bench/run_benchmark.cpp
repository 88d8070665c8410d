// Times run(): the whole trace, every intermediate kept, for N = 64 … 4096 with d_model 512
// and 8 heads, without and with a (causal) mask; and, for the same N, the best speed of a
// plain Eigen matrix product of the trace's largest shape, (N × 512)·(512 × 512): the
// machine's own peak, measured in the same run. bench/report.py turns the JSON output of
// this program into the table of `make bench`.
#include "bench/random_sample.h"
#include "core/attention/attention.h"
#include "core/base/memory_reuse.h"
#include "core/base/seeded_random.h"

#include <benchmark/benchmark.h>

namespace {

constexpr int dModel = 512, heads = 8;

// Multiply-adds counted twice: Q, K, V, the scores, the weighted sums, W_o (as PyTorch
// does the same products, the same count serves both).
double traceFlops(double n) {
    const double d = dModel;
    return 3 * 2 * n * d * d + 2 * (2 * n * n * d) + 2 * n * d * d;
}

void trace(benchmark::State& state) {
    const int n = int(state.range(0));
    const bool causal = state.range(1) != 0;
    const al::Sample sample = al::bench::randomSample(n, dModel, heads, causal);
    for (auto _ : state)
        benchmark::DoNotOptimize(al::run(sample));
    state.counters["flops"] = traceFlops(n);
    state.SetLabel(causal ? "causal" : "none");
}

void matrixProduct(benchmark::State& state) {
    const int n = int(state.range(0));
    const al::Matrix a = al::uniformMatrix(2, "a", n, dModel, 1.0), b = al::uniformMatrix(3, "b", dModel, dModel, 1.0);
    al::Matrix c(n, dModel);
    for (auto _ : state) {
        c.noalias() = a * b;
        benchmark::DoNotOptimize(c.data());
    }
    state.counters["flops"] = 2.0 * n * dModel * dModel;
}

} // namespace

// {N, masked}
BENCHMARK(trace)->ArgsProduct({{64, 256, 1024, 4096}, {0, 1}})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(matrixProduct)
    ->Arg(64)
    ->Arg(256)
    ->Arg(1024)
    ->Arg(4096)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ReportAggregatesOnly(false);

int main(int argc, char** argv) {
    al::keepFreedMemoryForReuse(); // as the app does
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
