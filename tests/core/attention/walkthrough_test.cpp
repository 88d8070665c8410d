// The walkthrough's per-key terms must be the trace's own numbers, and add up to them.
#include "core/attention/attention.h"
#include "core/attention/walkthrough.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;

namespace {
void requireConsistent(const Trace& t, int query, int head) {
    const QueryWalkthrough w = walkthrough(t, query, head);
    const HeadTrace& h = t.heads[std::size_t(head)];
    REQUIRE(int(w.keys.size()) == t.tokenCount());
    RowVector sum = RowVector::Zero(t.config.dV);
    double expSum = 0;
    for (const KeyTerm& k : w.keys) {
        CHECK(k.score == t.attention(head)->scores(query, k.key));
        CHECK(k.weight == t.attention(head)->weights(query, k.key));
        CHECK(std::abs(k.sum * w.scale - k.score) <= 1e-12 * std::max(1.0, std::abs(k.score)));
        CHECK(k.allowed == (t.mask(query, k.key) != 0));
        if (t.config.normalization == Normalization::Softmax && !w.fullyMasked) {
            CHECK(std::abs(k.exponential / w.expSum - k.weight) < 1e-15);
            expSum += k.exponential;
        }
        sum += k.weightedValue;
    }
    if (t.config.normalization == Normalization::Softmax) CHECK(std::abs(expSum - w.expSum) < 1e-12);
    CHECK((sum - w.output).cwiseAbs().maxCoeff() < 1e-12);
    CHECK(w.output == RowVector(h.output.row(query)));
}
} // namespace

TEST_CASE("walkthrough terms add up to the trace", "[walkthrough]") {
    for (const char* scoring : {"dot", "scaled_dot", "additive"})
        for (const char* normalization : {"softmax", "relu"}) {
            INFO(scoring << " / " << normalization);
            auto json = test::validSampleJson(5, 4);
            json["model"] = {{"heads", 2},
                             {"scoring", scoring},
                             {"normalization", normalization},
                             {"temperature", 1.5},
                             {"masks", {{{"kind", "window"}, {"radius", 1}}}}};
            const Trace t = run(test::sampleFrom(json));
            for (int q = 0; q < 5; ++q)
                for (int h = 0; h < 2; ++h)
                    requireConsistent(t, q, h);
        }
}

TEST_CASE("walkthrough of the dot product shows each q_d·k_d", "[walkthrough]") {
    auto json = test::validSampleJson(2, 2);
    json["embeddings"] = {{1, 2}, {3, 4}};
    json["model"] = {{"scoring", "dot"},
                     {"weights", {{"W_q", {{1, 0}, {0, 1}}}, {"W_k", {{1, 0}, {0, 1}}}, {"W_v", {{1, 0}, {0, 1}}}}}};
    const QueryWalkthrough w = walkthrough(run(test::sampleFrom(json)), 0);
    // α₀,₁ = q⁰·k¹ = 1×3 + 2×4 = 11
    CHECK(w.keys[1].products(0) == 3.0);
    CHECK(w.keys[1].products(1) == 8.0);
    CHECK(w.keys[1].sum == 11.0);
    CHECK(w.scale == 1.0);
    CHECK(w.maxScore == 11.0);
    CHECK(w.keys[1].exponential == 1.0); // e^{α − μ} with α = μ
}

TEST_CASE("a fully masked query has zero weights and is reported", "[walkthrough]") {
    auto json = test::validSampleJson(3, 2);
    json["model"]["masks"] = {{{"kind", "custom"}, {"matrix", {{1, 1, 1}, {0, 0, 0}, {1, 0, 1}}}}};
    const Trace t = run(test::sampleFrom(json));
    CHECK(t.fullyMaskedQueries == std::vector<int>{1});
    const QueryWalkthrough w = walkthrough(t, 1);
    CHECK(w.fullyMasked);
    CHECK(w.expSum == 0.0);
    CHECK(w.output.cwiseAbs().maxCoeff() == 0.0);
    CHECK_THROWS_AS(walkthrough(t, 3), std::out_of_range);
    CHECK_THROWS_AS(walkthrough(t, 0, 1), std::out_of_range);
}
