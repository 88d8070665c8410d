// Identities that must hold for every size and configuration, checked on many random
// cases (in the manner of Eigen's own tests).
#include "core/attention/attention.h"
#include "core/attention/lecture_form.h"
#include "core/attention/masks.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

using namespace al;

namespace {

constexpr int repetitions = 60;

// A random sample: N 1…12, d_model 1…10, heads 1…4, any scoring, normalisation and masks.
Sample randomSample(std::mt19937_64& rng, bool withMasks = true) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const int n = pick(1, 12), d = pick(1, 10);
    Sample s;
    s.title = "random";
    for (int i = 0; i < n; ++i)
        s.tokens.push_back("t" + std::to_string(i));
    s.embeddings = test::randomMatrix(rng, n, d);
    ModelConfig& c = s.model.config;
    c.dModel = d;
    c.heads = pick(1, 4);
    c.dK = pick(1, 5);
    c.dV = pick(1, 5);
    c.scoring = static_cast<Scoring>(pick(0, 2));
    c.normalization = pick(0, 3) == 0 ? Normalization::Relu : Normalization::Softmax;
    c.temperature = std::uniform_real_distribution<double>(0.2, 3.0)(rng);
    c.outputProjection = pick(0, 1) == 1;
    Weights& w = s.model.weights;
    w.W_q = test::randomMatrix(rng, c.heads * c.dK, d);
    w.W_k = test::randomMatrix(rng, c.heads * c.dK, d);
    w.W_v = test::randomMatrix(rng, c.heads * c.dV, d);
    if (c.outputProjection) w.W_o = test::randomMatrix(rng, d, c.heads * c.dV);
    if (c.scoring == Scoring::Additive) w.w_a = test::randomMatrix(rng, c.heads, c.dK);
    if (withMasks) {
        if (pick(0, 2) == 0) s.model.masks.emplace_back(std::in_place_type<CausalMask>);
        if (pick(0, 2) == 0) s.model.masks.emplace_back(std::in_place_type<PaddingMask>, pick(1, n));
        if (pick(0, 2) == 0) s.model.masks.emplace_back(std::in_place_type<WindowMask>, pick(0, 3));
        if (pick(0, 3) == 0) {
            CustomMask custom{MaskMatrix(n, n)};
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j)
                    custom.matrix(i, j) = pick(0, 2) != 0;
            s.model.masks.emplace_back(std::in_place_type<CustomMask>, std::move(custom));
        }
    }
    return s;
}

} // namespace

TEST_CASE("softmax rows sum to 1 over allowed keys and masked weights are exactly 0", "[properties]") {
    std::mt19937_64 rng(1);
    for (int r = 0; r < repetitions; ++r) {
        Sample s = randomSample(rng);
        s.model.config.normalization = Normalization::Softmax;
        const Trace t = run(s);
        for (int head = 0; head < int(t.heads.size()); ++head)
            for (int i = 0; i < t.tokenCount(); ++i) {
                const HeadAttention& h = *t.attention(head); // kept by run()
                const bool fullyMasked = std::count(t.fullyMaskedQueries.begin(), t.fullyMaskedQueries.end(), i) > 0;
                CHECK(fullyMasked == !t.mask.row(i).any());
                CHECK(std::abs(h.weights.row(i).sum() - (fullyMasked ? 0.0 : 1.0)) < 1e-12);
                for (int j = 0; j < t.tokenCount(); ++j) {
                    if (!t.mask(i, j)) CHECK(h.weights(i, j) == 0.0);
                    CHECK(h.weights(i, j) >= 0.0);
                }
            }
    }
}

TEST_CASE("without positional encoding, permuting tokens permutes the outputs", "[properties]") {
    std::mt19937_64 rng(2);
    for (int r = 0; r < repetitions; ++r) {
        const Sample s = randomSample(rng, false);
        const int n = s.tokenCount();
        std::vector<int> order(std::size_t(n), 0);
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), rng);
        Sample permuted = s;
        for (int i = 0; i < n; ++i)
            permuted.embeddings.row(i) = s.embeddings.row(order[std::size_t(i)]);
        const Trace a = run(s), b = run(permuted);
        for (int i = 0; i < n; ++i) {
            const int from = order[std::size_t(i)];
            CHECK((b.output.row(i) - a.output.row(from)).cwiseAbs().maxCoeff() < 1e-10);
            for (int j = 0; j < n; ++j)
                CHECK(std::abs(b.attention(0)->weights(i, j) - a.attention(0)->weights(from, order[std::size_t(j)])) <
                      1e-12);
        }
    }
}

TEST_CASE("with sinusoidal positions, permuting tokens no longer permutes the outputs", "[properties]") {
    // "天涯若比邻" holds only without positional encoding: with it, order matters.
    auto json = test::validSampleJson(4, 4);
    json["model"]["positional_encoding"] = {{"kind", "sinusoidal"}};
    json["model"]["seed"] = 3;
    const Sample s = test::sampleFrom(json);
    Sample swapped = s;
    swapped.embeddings.row(0) = s.embeddings.row(3);
    swapped.embeddings.row(3) = s.embeddings.row(0);
    const Trace a = run(s), b = run(swapped);
    CHECK((b.output.row(0) - a.output.row(3)).cwiseAbs().maxCoeff() > 1e-3);
}

TEST_CASE("each head equals single-head attention on its segment of the weights", "[properties]") {
    std::mt19937_64 rng(3);
    for (int r = 0; r < repetitions; ++r) {
        const Sample s = randomSample(rng);
        const Trace t = run(s);
        const ModelConfig& c = s.model.config;
        for (int h = 0; h < c.heads; ++h) {
            Sample single = s;
            single.model.config.heads = 1;
            single.model.config.outputProjection = false;
            single.model.weights.W_q = s.model.weights.W_q.middleRows(h * c.dK, c.dK);
            single.model.weights.W_k = s.model.weights.W_k.middleRows(h * c.dK, c.dK);
            single.model.weights.W_v = s.model.weights.W_v.middleRows(h * c.dV, c.dV);
            single.model.weights.W_o = Matrix{};
            if (c.scoring == Scoring::Additive) single.model.weights.w_a = s.model.weights.w_a.row(h);
            const Trace one = run(single);
            CHECK(test::largestDifference(one.attention(0)->weights, t.attention(h)->weights) < 1e-12);
            CHECK(test::largestDifference(one.output, t.heads[std::size_t(h)].output) < 1e-12);
            CHECK(test::largestDifference(one.output, t.concat.middleCols(h * c.dV, c.dV)) < 1e-12);
        }
    }
}

TEST_CASE("the lecture's column form is the transpose of the row form", "[properties]") {
    std::mt19937_64 rng(4);
    for (int r = 0; r < repetitions; ++r) {
        const Sample s = randomSample(rng);
        const Trace t = run(s);
        for (int h = 0; h < t.config.heads; ++h) {
            const LectureForm f = lectureForm(t, h);
            const HeadTrace& head = t.heads[std::size_t(h)];
            CHECK(f.I.rows() == t.config.dModel);
            CHECK(f.I.cols() == t.tokenCount());
            CHECK(Matrix(f.A.transpose()) == t.attention(h)->scores);
            CHECK(test::largestDifference(f.O.transpose(), head.output) < 1e-12);
            if (t.config.scoring != Scoring::Additive) {
                // A = KᵀQ (times the scaling): A(j, i) = kʲ·qⁱ, column i belongs to query i
                const double scale =
                    (t.config.scoring == Scoring::ScaledDot ? 1 / std::sqrt(double(t.config.dK)) : 1.0) /
                    t.config.temperature;
                CHECK(test::largestDifference(f.K.transpose() * f.Q * scale, f.A) < 1e-12);
            }
        }
    }
}

TEST_CASE("scores of magnitude 1e6 give finite weights", "[properties]") {
    std::mt19937_64 rng(5);
    for (int r = 0; r < repetitions; ++r) {
        Sample s = randomSample(rng);
        s.model.config.normalization = Normalization::Softmax;
        s.model.config.scoring = Scoring::Dot;
        s.model.config.temperature = 1;
        s.embeddings *= 1e3; // q·k ~ 1e6 (weights are N(0, 1))
        const Trace t = run(s);
        INFO("largest score " << t.attention(0)->scores.cwiseAbs().maxCoeff());
        CHECK(firstNonFiniteField(t).empty());
        for (int h = 0; h < int(t.heads.size()); ++h)
            for (int i = 0; i < t.tokenCount(); ++i)
                if (t.mask.row(i).any()) CHECK(std::abs(t.attention(h)->weights.row(i).sum() - 1) < 1e-12);
    }
}

TEST_CASE("overflowing inputs are reported, not hidden", "[properties]") {
    auto json = test::validSampleJson(2, 2);
    json["embeddings"] = {{1e200, 1e200}, {1e200, -1e200}};
    json["model"]["scoring"] = "dot";
    const Trace t = run(test::sampleFrom(json));
    CHECK_FALSE(firstNonFiniteField(t).empty());
}
