// attentionInfluence against central differences of the whole layer (run() on nudged inputs),
// on random samples of every option, and its zeros where the mask hides a key.
#include "core/attention/attention.h"
#include "core/attention/attention_influence.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace al;

namespace {

constexpr double step = 1e-6;      // central differences: error about 1e-10 · |b| / h² … ≈ 1e-9
constexpr double tolerance = 1e-6; // relative to max(1, |I|)

int pick(std::mt19937_64& rng, int low, int high) {
    return std::uniform_int_distribution<int>(low, high)(rng);
}

// A sample with a random choice of every option of the model; weights from a random seed.
nlohmann::json randomSampleJson(std::mt19937_64& rng) {
    const int n = pick(rng, 1, 7), dModel = pick(rng, 1, 6), heads = pick(rng, 1, 3);
    nlohmann::json sample = test::validSampleJson(n, dModel);
    sample["embeddings"] = test::toJson(test::randomMatrix(rng, n, dModel));
    nlohmann::json& model = sample["model"];
    model["heads"] = heads;
    model["d_k"] = pick(rng, 1, 4);
    model["d_v"] = pick(rng, 1, 4);
    model["scoring"] = std::vector<const char*>{"dot", "scaled_dot", "additive"}[std::size_t(pick(rng, 0, 2))];
    model["normalization"] = pick(rng, 0, 2) == 0 ? "relu" : "softmax";
    model["temperature"] = std::uniform_real_distribution<double>(0.4, 2.5)(rng);
    model["positional_encoding"] = {
        {"kind", std::vector<const char*>{"none", "sinusoidal", "learned"}[std::size_t(pick(rng, 0, 2))]}};
    model["output_projection"] = pick(rng, 0, 1) == 1;
    model["seed"] = pick(rng, 1, 1000000);
    nlohmann::json masks = nlohmann::json::array();
    if (pick(rng, 0, 2) == 0) masks.push_back({{"kind", "causal"}});
    if (pick(rng, 0, 3) == 0) masks.push_back({{"kind", "padding"}, {"valid_length", pick(rng, 1, n)}});
    if (pick(rng, 0, 3) == 0) masks.push_back({{"kind", "window"}, {"radius", pick(rng, 0, 2)}});
    if (pick(rng, 0, 2) == 0) { // random cells, the first query fully masked
        auto cells =
            std::vector<std::vector<int>>(static_cast<std::size_t>(n), std::vector<int>(static_cast<std::size_t>(n)));
        for (int i = 1; i < n; ++i)
            for (int j = 0; j < n; ++j)
                cells[std::size_t(i)][std::size_t(j)] = pick(rng, 0, 3) > 0;
        masks.push_back({{"kind", "custom"}, {"matrix", cells}});
    }
    model["masks"] = masks;
    return sample;
}

// ∂bᵗ/∂a_s by central differences for every t and s at once: row block t, column block s,
// (N·d_out) × (N·d_model).
Matrix centralDifferences(Sample sample) {
    const Eigen::Index n = sample.embeddings.rows(), dModel = sample.embeddings.cols();
    const Eigen::Index dOut = outputsOnly(sample).cols();
    Matrix jacobian(n * dOut, n * dModel);
    for (Eigen::Index s = 0; s < n; ++s)
        for (Eigen::Index m = 0; m < dModel; ++m) {
            const double original = sample.embeddings(s, m);
            sample.embeddings(s, m) = original + step;
            const Matrix plus = outputsOnly(sample);
            sample.embeddings(s, m) = original - step;
            const Matrix minus = outputsOnly(sample);
            sample.embeddings(s, m) = original;
            const Matrix column = (plus - minus) / (2 * step); // N × d_out: ∂b/∂a_s[m]
            for (Eigen::Index t = 0; t < n; ++t)
                jacobian.block(t * dOut, s * dModel + m, dOut, 1) = column.row(t).transpose();
        }
    return jacobian;
}

} // namespace

TEST_CASE("the attention influence is the norm of each Jacobian block, as central differences find it", "[influence]") {
    std::mt19937_64 rng(20261130);
    double largest = 0;
    for (int trial = 0; trial < 40; ++trial) {
        const nlohmann::json json = randomSampleJson(rng);
        INFO("sample " << json.dump());
        const Sample sample = test::sampleFrom(json);
        const Trace trace = run(sample);
        const Matrix influence = attentionInfluence(trace);
        const Matrix jacobian = centralDifferences(sample);
        const Eigen::Index n = sample.tokenCount(), dModel = sample.embeddings.cols(), dOut = trace.output.cols();
        REQUIRE(influence.rows() == n);
        REQUIRE(influence.cols() == n);
        for (Eigen::Index t = 0; t < n; ++t)
            for (Eigen::Index s = 0; s < n; ++s) {
                const double expected = jacobian.block(t * dOut, s * dModel, dOut, dModel).norm();
                const double difference = std::abs(influence(t, s) - expected) / std::max(1.0, expected);
                largest = std::max(largest, difference);
                INFO("t = " << t << ", s = " << s);
                CHECK(difference <= tolerance);
            }
    }
    INFO("largest difference from central differences " << largest);
    CHECK(largest > 0); // the comparison did compare numbers
}

TEST_CASE("a key the mask hides from a query has no influence on its output, exactly", "[influence]") {
    std::mt19937_64 rng(7);
    int hidden = 0;
    for (int trial = 0; trial < 30; ++trial) {
        nlohmann::json json = randomSampleJson(rng);
        json["model"]["masks"].push_back({{"kind", "causal"}});
        const Trace trace = run(test::sampleFrom(json));
        const Matrix influence = attentionInfluence(trace);
        for (int t = 0; t < trace.tokenCount(); ++t)
            for (int s = 0; s < trace.tokenCount(); ++s)
                if (s != t && !trace.mask(t, s)) {
                    CHECK(influence(t, s) == 0.0);
                    ++hidden;
                }
    }
    CHECK(hidden > 100);
}

TEST_CASE("with one token under dot-product softmax, the output moves only through the values", "[influence]") {
    // N = 1: α′ = 1 whatever the scores, so b = W_o W_v x and I = ‖W_o W_v‖_F.
    nlohmann::json json = test::validSampleJson(1, 3);
    json["model"] = {{"heads", 1}, {"output_projection", true}};
    const Sample sample = test::sampleFrom(json);
    const Matrix influence = attentionInfluence(run(sample));
    REQUIRE(influence.rows() == 1);
    CHECK(influence(0, 0) ==
          Approx((sample.model.weights.W_o * sample.model.weights.W_v).norm()).epsilon(1e-14).margin(0));
}

TEST_CASE("the influence refuses a trace without every head", "[influence]") {
    nlohmann::json json = test::validSampleJson(3, 4);
    json["model"] = {{"heads", 2}};
    const Trace firstHead = run(test::sampleFrom(json), KeptMatrices::FirstHead, ComputedHeads::FirstOnly);
    CHECK_THROWS_AS(attentionInfluence(firstHead), std::invalid_argument);
}

TEST_CASE("the influence stops when asked to, with Cancelled", "[influence]") {
    nlohmann::json json = test::validSampleJson(20, 4);
    json["model"] = {{"heads", 2}};
    const Trace trace = run(test::sampleFrom(json));
    Cancellation cancellation;
    cancellation.requestStop();
    CHECK_THROWS_AS(attentionInfluence(trace, cancellation), Cancelled);
}
