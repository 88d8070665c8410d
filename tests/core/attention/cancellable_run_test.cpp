// A run can be asked to stop from another thread, and says how far it got: it then throws
// Cancelled within milliseconds, and otherwise reaches progress 1 with the very numbers a
// run nobody watches gives.
#include "core/attention/attention.h"
#include "core/attention/variants.h"
#include "core/attention/weight_generation.h"
#include "core/base/cancellation.h"
#include "core/base/memory_reuse.h"
#include "core/base/seeded_random.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <iostream>
#include <string>
#include <thread>

using namespace al;

namespace {
using Clock = std::chrono::steady_clock;

// N tokens with random inputs, d_model wide, `heads` heads, the output projection on.
Sample randomSample(int tokens, int dModel, int heads) {
    Sample sample;
    for (int i = 0; i < tokens; ++i)
        sample.tokens.push_back("t" + std::to_string(i));
    sample.embeddings = uniformMatrix(1, "embeddings", tokens, dModel, 1.0);
    ModelConfig& c = sample.model.config;
    c.dModel = dModel;
    c.heads = heads;
    c.dK = c.dV = dModel / heads;
    c.outputProjection = true;
    sample.model.weights = generateWeights(c);
    return sample;
}

// Runs `work`, asking it to stop from another thread once its progress passed `at`; returns
// the seconds from the request to the Cancelled thrown (negative when it finished instead).
template <typename Work> double secondsToStop(Work work, double at) {
    Cancellation cancellation;
    std::atomic<bool> over{false};
    std::atomic<long long> requestedAt{0};
    std::thread watcher([&] {
        while (!over && cancellation.progress() < at)
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        requestedAt = Clock::now().time_since_epoch().count();
        cancellation.requestStop();
    });
    bool cancelled = false;
    try {
        work(cancellation);
    } catch (const Cancelled&) {
        cancelled = true;
    }
    const auto stoppedAt = Clock::now().time_since_epoch().count();
    over = true;
    watcher.join();
    if (!cancelled) return -1;
    return std::chrono::duration<double>(Clock::duration(stoppedAt - requestedAt.load())).count();
}
} // namespace

TEST_CASE("a run asked to stop throws Cancelled, before or during its passes", "[cancellation]") {
    auto json = test::validSampleJson(40, 8);
    json["model"] = {{"heads", 2}};
    const Sample sample = test::sampleFrom(json);
    const Trace trace = run(sample, KeptMatrices::FirstHead);
    Cancellation stopped;
    stopped.requestStop();
    CHECK_THROWS_AS(run(sample, KeptMatrices::FirstHead, ComputedHeads::All, stopped), Cancelled);
    CHECK_THROWS_AS(outputsOnly(sample, stopped), Cancelled);
    CHECK_THROWS_AS(runVariant(trace, trace.config, ComputedHeads::FirstOnly, stopped), Cancelled);
    CHECK_THROWS_AS(permutationDemo(trace, reversedOrder(40), PositionalEncoding::None, stopped), Cancelled);
    CHECK_THROWS_AS(trace.attention(1, stopped), Cancelled);
    // A cancelled computation leaves nothing half-made behind: asked again, the head is whole.
    CHECK(trace.attention(1)->weights == run(sample).attention(1)->weights);

    // Stopped half-way through, from another thread, as the window does: at N = 1024 the
    // run takes a good part of a second; the stop is seen within one block of work.
    const Sample large = randomSample(1024, 256, 4);
    const double seconds =
        secondsToStop([&](Cancellation& c) { run(large, KeptMatrices::FirstHead, ComputedHeads::All, c); }, 0.3);
    std::cout << "run stopped " << seconds * 1000 << " ms after the request (N = 1024, d_model 256, 4 heads)\n";
    CHECK(seconds >= 0);   // it was cancelled, not finished
    CHECK(seconds < 0.25); // within ~one block (milliseconds), with room for a loaded machine
}

TEST_CASE("progress goes forward to 1 and watching changes no number", "[cancellation]") {
    auto json = test::validSampleJson(300, 12);
    json["model"] = {{"heads", 3}, {"output_projection", true}, {"masks", {{{"kind", "causal"}}}}};
    const Sample sample = test::sampleFrom(json);
    const Trace quiet = run(sample, KeptMatrices::FirstHead);

    Cancellation watched;
    const Trace trace = run(sample, KeptMatrices::FirstHead, ComputedHeads::All, watched);
    CHECK(watched.progress() == 1.0);
    CHECK(trace.output == quiet.output);
    CHECK(trace.attention(0)->weights == quiet.attention(0)->weights);

    Cancellation recomputing;
    const std::shared_ptr<const HeadAttention> head = trace.attention(2, recomputing);
    CHECK(recomputing.progress() == 1.0);
    CHECK(head->scores == run(sample).attention(2)->scores);

    Cancellation variant, demo, outputs;
    ModelConfig dot = trace.config;
    dot.scoring = Scoring::Dot;
    CHECK(runVariant(trace, dot, ComputedHeads::All, variant).output == runVariant(trace, dot).output);
    CHECK(variant.progress() == 1.0);
    CHECK(outputsOnly(sample, outputs) == quiet.output);
    CHECK(outputs.progress() == 1.0);
    CHECK(permutationDemo(trace, reversedOrder(300), PositionalEncoding::None, demo).largestDifference < 1e-12);
    CHECK(demo.progress() == 1.0);
}

TEST_CASE("a progress share covers only its part", "[cancellation]") {
    const Sample sample = test::sampleFrom(test::validSampleJson(20, 4));
    Cancellation halves;
    outputsOnly(sample, halves, {0.0, 0.5});
    CHECK(halves.progress() == 0.5);
    outputsOnly(sample, halves, {0.5, 1.0});
    CHECK(halves.progress() == 1.0);
}

// The size limit's shape: run by hand (core_tests "[latency]"), 0.5 GB of memory. The time
// includes giving back the memory of the unfinished trace, as the app does it.
TEST_CASE("at N = 4096, d_model 512, 8 heads a run stops within 50 ms", "[.][latency]") {
    keepFreedMemoryForReuse();
    const Sample sample = randomSample(4096, 512, 8);
    for (double at : {0.02, 0.3, 0.7}) {
        const double seconds =
            secondsToStop([&](Cancellation& c) { run(sample, KeptMatrices::FirstHead, ComputedHeads::All, c); }, at);
        std::cout << "stopped " << seconds * 1000 << " ms after the request at progress " << at << '\n';
        CHECK(seconds >= 0);
        CHECK(seconds < 0.1); // ~50 ms measured with two cores shared by a busy machine
    }
}
