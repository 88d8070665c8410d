// Tiny cases worked out by hand, with exact expected values.
// Two tokens a⁰ = [1, 0], a¹ = [0, 1] and identity weights, so q = k = v = a:
// q⁰·k⁰ = 1, q⁰·k¹ = 0, and softmax gives α′₀ = [e/(e+1), 1/(e+1)].
#include "core/attention/attention.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;
using Catch::Matchers::WithinAbs;

namespace {
nlohmann::json identitySample() {
    nlohmann::json s = test::validSampleJson(2, 2);
    s["embeddings"] = {{1, 0}, {0, 1}};
    s["model"]["weights"] = {{"W_q", {{1, 0}, {0, 1}}}, {"W_k", {{1, 0}, {0, 1}}}, {"W_v", {{1, 0}, {0, 1}}}};
    return s;
}
const double e = std::exp(1.0);
} // namespace

TEST_CASE("dot scoring and softmax, by hand", "[hand]") {
    auto json = identitySample();
    json["model"]["scoring"] = "dot";
    const Trace t = run(test::sampleFrom(json));
    const HeadAttention& h = *t.attention(0);
    CHECK(h.scores(0, 0) == 1.0);
    CHECK(h.scores(0, 1) == 0.0);
    CHECK_THAT(h.weights(0, 0), WithinAbs(e / (e + 1), 1e-15));
    CHECK_THAT(h.weights(0, 1), WithinAbs(1 / (e + 1), 1e-15));
    CHECK_THAT(h.weights(1, 1), WithinAbs(e / (e + 1), 1e-15));
    // b⁰ = α′₀,₀ v⁰ + α′₀,₁ v¹ = [e/(e+1), 1/(e+1)]
    CHECK_THAT(t.output(0, 0), WithinAbs(e / (e + 1), 1e-15));
    CHECK_THAT(t.output(0, 1), WithinAbs(1 / (e + 1), 1e-15));
    CHECK(t.concat == t.output); // one head, no projection: b = c
}

TEST_CASE("scaled dot divides by √d_k, temperature divides after", "[hand]") {
    auto json = identitySample();
    const Trace scaled = run(test::sampleFrom(json));
    CHECK_THAT(scaled.attention(0)->scores(0, 0), WithinAbs(1 / std::sqrt(2.0), 1e-16));
    json["model"]["temperature"] = 4;
    const Trace tempered = run(test::sampleFrom(json));
    CHECK_THAT(tempered.attention(0)->scores(0, 0), WithinAbs(1 / std::sqrt(2.0) / 4, 1e-16));
    const double s = 1 / std::sqrt(2.0) / 4;
    CHECK_THAT(tempered.attention(0)->weights(0, 0), WithinAbs(std::exp(s) / (std::exp(s) + 1), 1e-15));
}

TEST_CASE("additive scoring is w_a · tanh(q + k)", "[hand]") {
    auto json = identitySample();
    json["model"]["scoring"] = "additive";
    json["model"]["weights"]["w_a"] = {{1, 1}};
    const Trace t = run(test::sampleFrom(json));
    // q⁰ + k⁰ = [2, 0] → tanh 2 + tanh 0;  q⁰ + k¹ = [1, 1] → 2 tanh 1, then / √2
    CHECK_THAT(t.attention(0)->scores(0, 0), WithinAbs(std::tanh(2.0), 1e-15));
    CHECK_THAT(t.attention(0)->scores(0, 1), WithinAbs(2 * std::tanh(1.0), 1e-15));
}

TEST_CASE("relu normalisation keeps positive scores, unnormalised", "[hand]") {
    auto json = identitySample();
    json["embeddings"] = {{1, 0}, {-1, 0}};
    json["model"]["scoring"] = "dot";
    json["model"]["normalization"] = "relu";
    const Trace t = run(test::sampleFrom(json));
    // scores [[1, −1], [−1, 1]] → α′ = [[1, 0], [0, 1]]
    CHECK(t.attention(0)->weights(0, 0) == 1.0);
    CHECK(t.attention(0)->weights(0, 1) == 0.0);
    CHECK(t.attention(0)->scores(0, 1) == -1.0);
}

TEST_CASE("causal mask: the first query attends only to itself", "[hand]") {
    auto json = identitySample();
    json["model"]["masks"] = {{{"kind", "causal"}}};
    const Trace t = run(test::sampleFrom(json));
    CHECK(t.attention(0)->weights(0, 0) == 1.0);
    CHECK(t.attention(0)->weights(0, 1) == 0.0);
    CHECK(t.attention(0)->scores(0, 1) == 0.0); // scores are kept before the mask
    CHECK(t.mask(0, 1) == 0);
    CHECK(t.mask(1, 0) == 1);
}

TEST_CASE("output projection applies W_o to the concatenation", "[hand]") {
    auto json = identitySample();
    json["model"]["output_projection"] = true;
    json["model"]["weights"]["W_o"] = {{0, 1}, {1, 0}}; // swaps the two entries
    const Trace t = run(test::sampleFrom(json));
    CHECK(t.output(0, 0) == t.concat(0, 1));
    CHECK(t.output(0, 1) == t.concat(0, 0));
}

TEST_CASE("sinusoidal positions, by hand", "[hand]") {
    auto json = identitySample();
    json["model"]["positional_encoding"] = {{"kind", "sinusoidal"}};
    const Trace t = run(test::sampleFrom(json));
    // d_model = 2: e^i = [sin(i), cos(i)]
    CHECK(t.positional(0, 0) == 0.0);
    CHECK(t.positional(0, 1) == 1.0);
    CHECK_THAT(t.positional(1, 0), WithinAbs(std::sin(1.0), 1e-16));
    CHECK_THAT(t.positional(1, 1), WithinAbs(std::cos(1.0), 1e-16));
    CHECK_THAT(t.x(1, 0), WithinAbs(std::sin(1.0), 1e-16));
    CHECK_THAT(t.x(1, 1), WithinAbs(1 + std::cos(1.0), 1e-16));
}

TEST_CASE("two heads split q, k, v into consecutive segments", "[hand]") {
    auto json = identitySample();
    json["model"]["heads"] = 2;
    json["model"]["output_projection"] = false;
    const Trace t = run(test::sampleFrom(json));
    REQUIRE(t.heads.size() == 2);
    CHECK(t.config.dK == 1);
    // head 0 sees the first coordinate, head 1 the second
    CHECK(t.heads[0].q(0, 0) == 1.0);
    CHECK(t.heads[1].q(0, 0) == 0.0);
    CHECK(t.heads[1].q(1, 0) == 1.0);
    // head 1: q⁰ = 0, so query 0 scores both keys 0 and attends uniformly
    CHECK(t.attention(1)->weights(0, 0) == 0.5);
    CHECK(t.concat.cols() == 2);
}
