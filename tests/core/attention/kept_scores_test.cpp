// run() keeping only the first head's scores and weights (as the app does) computes exactly
// the same trace: the same outputs to the last bit, and every other head's scores and
// weights, computed on request by Trace::attention, equal to the kept ones; the trace file is
// the same text. Keeping none (outputsOnly) changes no number either.
#include "core/attention/attention.h"
#include "core/attention/transpose.h"
#include "core/io/trace_writer.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <limits>
#include <memory>
#include <sstream>
#include <thread>

using namespace al;

namespace {
// The largest |a − b| over all entries (+∞ when the shapes differ), for the message of a
// comparison that must be exact: it says how far apart two matrices are, not only that they are.
double largestAbsoluteDifference(const Matrix& a, const Matrix& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) return std::numeric_limits<double>::infinity();
    return a.size() ? (a - b).cwiseAbs().maxCoeff() : 0.0;
}

// Head h of `computed` (matrices computed on request) against those `every` kept: the same bits.
void requireSameAttention(const Trace& computed, const Trace& every, int h) {
    const std::shared_ptr<const HeadAttention> again = computed.attention(h), kept = every.attention(h);
    INFO("head " << h << ": largest difference of the scores " << largestAbsoluteDifference(again->scores, kept->scores)
                 << ", of the weights " << largestAbsoluteDifference(again->weights, kept->weights));
    CHECK(again->scores.rows() == computed.tokenCount());
    CHECK(again->scores == kept->scores);
    CHECK(again->weights == kept->weights);
    CHECK(again->scoresFinite == kept->scoresFinite);
    CHECK(again->weightsFinite == kept->weightsFinite);
}
} // namespace

TEST_CASE("keeping only the first head's matrices changes no number of the trace", "[attention]") {
    for (const char* scoring : {"dot", "scaled_dot", "additive"}) {
        // 300 queries: more than one block of the unkept heads' scores.
        auto json = test::validSampleJson(300, 12);
        json["model"] = {{"heads", 3},
                         {"scoring", scoring},
                         {"temperature", 0.7},
                         {"masks", {{{"kind", "window"}, {"radius", 40}}}}};
        const Sample sample = test::sampleFrom(json);
        const Trace every = run(sample), first = run(sample, KeptMatrices::FirstHead);
        INFO(scoring);
        CHECK(first.attention(0) == first.attention(0)); // kept: the very same matrices each time
        for (int h = 0; h < 3; ++h) {
            requireSameAttention(first, every, h);
            CHECK(first.heads[std::size_t(h)].output == every.heads[std::size_t(h)].output);
        }
        CHECK(first.output == every.output);
        std::ostringstream a, b;
        writeTrace(a, every);
        writeTrace(b, first);
        CHECK(a.str() == b.str());
        CHECK(firstNonFiniteField(first).empty());

        const Trace none = run(sample, KeptMatrices::None); // as outputsOnly runs
        for (int h = 0; h < 3; ++h)
            requireSameAttention(none, every, h);
        CHECK(none.output == every.output);
    }
}

TEST_CASE("matrices computed on request are shared while held and let go after", "[attention]") {
    auto json = test::validSampleJson(50, 8);
    json["model"] = {{"heads", 2}, {"masks", {{{"kind", "causal"}}}}};
    const Trace trace = run(test::sampleFrom(json), KeptMatrices::FirstHead);
    std::weak_ptr<const HeadAttention> released;
    {
        const std::shared_ptr<const HeadAttention> held = trace.attention(1);
        CHECK(trace.attention(1) == held); // one computation for everyone holding it
        released = held;
    }
    CHECK(released.expired()); // nobody holds it: its memory went
    const Trace copy = trace;  // a copy shares what was kept
    CHECK(copy.attention(0) == trace.attention(0));
    CHECK(copy.attention(1)->weights == trace.attention(1)->weights);
    CHECK_THROWS_AS(trace.attention(2), std::out_of_range);
    CHECK_THROWS_AS(trace.attention(-1), std::out_of_range);
}

TEST_CASE("threads asking for the same head at once get the same matrices", "[attention]") {
    auto json = test::validSampleJson(400, 8);
    json["model"] = {{"heads", 4}};
    const Sample sample = test::sampleFrom(json);
    const Trace every = run(sample), shared = run(sample, KeptMatrices::FirstHead);
    std::vector<std::shared_ptr<const HeadAttention>> got(8);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < got.size(); ++t)
        threads.emplace_back([&, t] { got[t] = shared.attention(1 + int(t % 3)); });
    for (std::thread& thread : threads)
        thread.join();
    for (std::size_t t = 0; t < got.size(); ++t) {
        const int h = 1 + int(t % 3);
        INFO("head " << h << ": largest difference "
                     << largestAbsoluteDifference(got[t]->weights, every.attention(h)->weights));
        CHECK(got[t]->weights == every.attention(h)->weights);
        CHECK(got[t] == shared.attention(h)); // still held by got: one copy for all
    }
}

TEST_CASE("the tiled transpose is the transpose, for every shape around its tile", "[attention]") {
    for (int rows : {1, 31, 32, 33, 70})
        for (int cols : {1, 5, 32, 65}) {
            const Matrix m = Matrix::Random(rows, cols);
            CHECK(transposed(m) == Matrix(m.transpose()));
        }
}

TEST_CASE("computing the first head alone gives that head exactly as the whole run does", "[attention]") {
    auto json = test::validSampleJson(40, 12);
    json["model"] = {{"heads", 3}, {"scoring", "additive"}, {"masks", {{{"kind", "causal"}}}}};
    const Sample sample = test::sampleFrom(json);
    const Trace all = run(sample), first = run(sample, KeptMatrices::FirstHead, ComputedHeads::FirstOnly);
    requireSameAttention(first, all, 0);
    CHECK(first.heads[0].output == all.heads[0].output);
    CHECK(first.heads.size() == 1); // only the head computed is there
    CHECK_THROWS_AS(first.attention(1), std::out_of_range);
    CHECK(first.output.size() == 0);
}

TEST_CASE("outputs alone, keeping no N × N matrix, are the whole run's outputs bit for bit", "[attention]") {
    for (const char* scoring : {"scaled_dot", "additive"}) {
        auto json = test::validSampleJson(300, 12); // 300 queries: several blocks
        json["model"] = {{"heads", 3}, {"scoring", scoring}, {"masks", {{{"kind", "causal"}}}}};
        const Sample sample = test::sampleFrom(json);
        INFO(scoring);
        CHECK(outputsOnly(sample) == run(sample).output);
    }
}
