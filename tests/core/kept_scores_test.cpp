// run() keeping only the first head's scores and weights (as the app does) computes exactly
// the same trace: the same outputs to the last bit, and every other head's scores and
// weights, recomputed on request, equal to the kept ones; the trace file is the same text.
// Keeping the first head's weights alone (the lessons' variants) changes no number either.
#include "core/attention.h"
#include "core/trace_writer.h"
#include "core/transpose.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace al;

TEST_CASE("keeping only the first head's matrices changes no number of the trace", "[attention]") {
    for (const char* scoring : {"dot", "scaled_dot", "additive"}) {
        // 300 queries: more than one block of the unkept heads' scores.
        auto json = test::validSampleJson(300, 12);
        json["model"] = {{"heads", 3}, {"scoring", scoring}, {"temperature", 0.7},
                         {"masks", {{{"kind", "window"}, {"radius", 40}}}}};
        const Sample sample = test::sampleFrom(json);
        const Trace every = run(sample), first = run(sample, KeptMatrices::FirstHead);
        INFO(scoring);
        CHECK(first.heads[0].scores == every.heads[0].scores);
        CHECK(first.heads[0].weights == every.heads[0].weights);
        for (int h = 0; h < 3; ++h) {
            CHECK(recomputedHeadWeights(first, h) == every.heads[std::size_t(h)].weights);
            const HeadTrace again = recomputedHead(first, h);
            CHECK(again.scores == every.heads[std::size_t(h)].scores);
            CHECK(again.weights == every.heads[std::size_t(h)].weights);
            CHECK(again.output == every.heads[std::size_t(h)].output);
            CHECK(first.heads[std::size_t(h)].output == every.heads[std::size_t(h)].output);
            withHeadScores(first, h, [&](const Matrix& scores) { CHECK(scores == every.heads[std::size_t(h)].scores); });
        }
        CHECK(first.heads[1].scores.size() == 0);
        CHECK(first.heads[1].weights.size() == 0);
        CHECK(first.output == every.output);
        std::ostringstream a, b;
        writeTrace(a, every);
        writeTrace(b, first);
        CHECK(a.str() == b.str());
        CHECK(firstNonFiniteField(first).empty());

        const Trace none = run(sample, KeptMatrices::FirstHeadWeights); // as the lessons' variants run
        CHECK(none.heads[0].scores.size() == 0);
        CHECK(none.heads[0].weights == every.heads[0].weights);
        CHECK(none.output == every.output);
        withHeadScores(none, 0, [&](const Matrix& scores) { CHECK(scores == every.heads[0].scores); });
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
    CHECK(first.heads[0].scores == all.heads[0].scores);
    CHECK(first.heads[0].weights == all.heads[0].weights);
    CHECK(first.heads[0].output == all.heads[0].output);
    CHECK(first.heads[1].weights.size() == 0);
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
