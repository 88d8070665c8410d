// Variants, the permutation demo, the cost counts and the √d_k statistics.
#include "core/attention/attention.h"
#include "core/attention/attention_cost.h"
#include "core/attention/dot_product_statistics.h"
#include "core/attention/masks.h"
#include "core/attention/variants.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;

TEST_CASE("a trace rebuilt as a sample runs to the same trace", "[variants]") {
    for (const char* positional : {"none", "sinusoidal", "learned"}) {
        auto json = test::validSampleJson(5, 4);
        json["model"] = {{"heads", 2},
                         {"scoring", "additive"},
                         {"positional_encoding", {{"kind", positional}}},
                         {"masks", {{{"kind", "causal"}}, {{"kind", "window"}, {"radius", 1}}}}};
        const Trace original = run(test::sampleFrom(json));
        const Trace again = run(sampleFromTrace(original));
        CHECK(again.mask == original.mask);
        CHECK(again.output == original.output);
        CHECK(again.attention(1)->weights == original.attention(1)->weights);
        CHECK(runVariant(original, original.config).output == original.output);
    }
}

TEST_CASE("a variant changes only what was asked", "[variants]") {
    const Trace original = run(test::sampleFrom(test::validSampleJson(4, 4)));
    ModelConfig dot = original.config;
    dot.scoring = Scoring::Dot;
    const Trace variant = runVariant(original, dot);
    CHECK(variant.weights.W_q == original.weights.W_q);
    // scaled dot = dot / √d_k, so the dot scores are exactly twice the scaled ones (d_k = 4)
    CHECK(test::largestDifference(variant.attention(0)->scores, 2.0 * original.attention(0)->scores) < 1e-15);
}

TEST_CASE("the permutation demo: equivariant without positions, not with them", "[variants]") {
    auto json = test::validSampleJson(6, 4);
    json["model"]["masks"] = {{{"kind", "causal"}}}; // dropped by the demo
    const Trace t = run(test::sampleFrom(json));
    const auto order = reversedOrder(6);
    CHECK(order == std::vector<int>{5, 4, 3, 2, 1, 0});
    const PermutationDemo without = permutationDemo(t, order, PositionalEncoding::None);
    CHECK(without.largestDifference < 1e-12);
    const PermutationDemo with = permutationDemo(t, order, PositionalEncoding::Sinusoidal);
    CHECK(with.largestDifference > 1e-3);
    CHECK(with.original.rows() == 6);
    CHECK_THROWS_AS(permutationDemo(t, {0, 1}, PositionalEncoding::None), std::invalid_argument);
}

TEST_CASE("pair counts agree with the masks they stand for", "[variants]") {
    for (int n : {1, 2, 7, 40})
        for (int w : {0, 1, 3, 100}) {
            CHECK(windowAttentionPairs(n, w) == buildMask(WindowMask{w}, n).cast<int>().sum());
            CHECK(causalAttentionPairs(n) == buildMask(CausalMask{}, n).cast<int>().sum());
            CHECK(fullAttentionPairs(n) == std::int64_t(n) * n);
        }
}

TEST_CASE("q·k spreads as √d_k, and divided by √d_k it does not", "[variants]") {
    for (int dK : {4, 64, 256}) {
        const RowVector products = randomDotProducts(dK, 4000, 1);
        const double mean = products.mean();
        const double variance = (products.array() - mean).square().mean();
        INFO("d_k " << dK << ": variance " << variance);
        CHECK(std::abs(variance / dK - 1.0) < 0.1); // variance d_k, within sampling error
    }
    const RowVector unscaled = softmax(randomDotProducts(256, 10, 2));
    const RowVector scaled = softmax(randomDotProducts(256, 10, 2) / 16.0);
    CHECK(unscaled.maxCoeff() > 0.9); // nearly one-hot
    CHECK(scaled.maxCoeff() < unscaled.maxCoeff());
    CHECK(std::abs(scaled.sum() - 1.0) < 1e-12);
}
