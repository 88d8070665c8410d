// The Elman RNN of MATH.md §11: its weights (the sample's block, else the seed), its hidden
// states against a loop written from the formula, and its exact influence against central
// differences, zero above the diagonal.
#include "core/base/seeded_random.h"
#include "core/rnn/elman_rnn.h"
#include "tests/support/test_samples.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace al;

namespace {

RnnWeights randomWeights(std::mt19937_64& rng, int dH, int dModel, double memory) {
    RnnWeights w;
    w.W_x = test::randomMatrix(rng, dH, dModel, 1.0 / std::sqrt(double(dModel)));
    w.W_h = test::randomMatrix(rng, dH, dH, memory / std::sqrt(double(dH)));
    w.b = test::randomMatrix(rng, 1, dH, 0.3);
    return w;
}

} // namespace

TEST_CASE("the hidden states follow h_t = tanh(W_x a_t + W_h h_(t-1) + b) step by step", "[rnn]") {
    std::mt19937_64 rng(11);
    for (const auto& [n, dH, dModel] : {std::tuple{1, 1, 1}, {5, 3, 4}, {9, 6, 2}}) {
        const RnnWeights w = randomWeights(rng, dH, dModel, 1.5);
        const Matrix a = test::randomMatrix(rng, n, dModel);
        const Matrix hidden = rnnHidden(w, a);
        REQUIRE(hidden.rows() == n);
        REQUIRE(hidden.cols() == dH);
        Vector h = Vector::Zero(dH); // h_{−1}
        for (int t = 0; t < n; ++t) {
            Vector next(dH);
            for (int i = 0; i < dH; ++i) {
                double sum = w.b(i);
                for (int m = 0; m < dModel; ++m)
                    sum += w.W_x(i, m) * a(t, m);
                for (int j = 0; j < dH; ++j)
                    sum += w.W_h(i, j) * h(j);
                next(i) = std::tanh(sum);
            }
            h = next;
            for (int i = 0; i < dH; ++i)
                CHECK(hidden(t, i) == Approx(h(i)).epsilon(1e-14).margin(1e-15));
        }
    }
}

TEST_CASE("the RNN's influence is the norm of each Jacobian block, as central differences find it, and 0 above "
          "the diagonal",
          "[rnn][influence]") {
    std::mt19937_64 rng(5);
    constexpr double step = 1e-6;
    double largest = 0;
    for (const auto& [n, dH, dModel, memory] :
         {std::tuple{1, 2, 3, 1.0}, {6, 3, 4, 0.5}, {8, 4, 2, 2.5}, {7, 5, 5, 1.0}, {10, 2, 3, 4.0}}) {
        const RnnWeights w = randomWeights(rng, dH, dModel, memory);
        Matrix a = test::randomMatrix(rng, n, dModel);
        const Matrix influence = rnnInfluence(w, rnnHidden(w, a));
        REQUIRE(influence.rows() == n);
        REQUIRE(influence.cols() == n);
        // ∂h_t/∂a_s column by column: row block t of d_h rows, column block s of d_model columns
        Matrix jacobian(n * dH, n * dModel);
        for (int s = 0; s < n; ++s)
            for (int m = 0; m < dModel; ++m) {
                const double original = a(s, m);
                a(s, m) = original + step;
                const Matrix plus = rnnHidden(w, a);
                a(s, m) = original - step;
                const Matrix minus = rnnHidden(w, a);
                a(s, m) = original;
                for (int t = 0; t < n; ++t)
                    jacobian.block(t * dH, s * dModel + m, dH, 1) = ((plus - minus) / (2 * step)).row(t).transpose();
            }
        for (int t = 0; t < n; ++t)
            for (int s = 0; s < n; ++s) {
                INFO("N = " << n << ", t = " << t << ", s = " << s);
                if (s > t) {
                    CHECK(influence(t, s) == 0.0); // exactly: h_t has not read a_s yet
                    continue;
                }
                const double expected = jacobian.block(t * dH, s * dModel, dH, dModel).norm();
                const double difference = std::abs(influence(t, s) - expected) / std::max(1.0, expected);
                largest = std::max(largest, difference);
                CHECK(difference <= 1e-6);
            }
    }
    INFO("largest difference from central differences " << largest);
    CHECK(largest > 0);
}

TEST_CASE("the influence fades with distance under a weak memory: each step multiplies by at most ‖W_h‖",
          "[rnn][influence]") {
    std::mt19937_64 rng(3);
    const RnnWeights w = randomWeights(rng, 4, 4, 0.3);
    const Matrix influence = rnnInfluence(w, rnnHidden(w, test::randomMatrix(rng, 12, 4)));
    const double shrink = w.W_h.operatorNorm(); // |tanh′| ≤ 1
    REQUIRE(shrink < 1);
    for (int t = 1; t < 12; ++t)
        for (int s = 0; s < t; ++s)
            CHECK(influence(t, s) <= shrink * influence(t - 1, s) * (1 + 1e-12));
}

TEST_CASE("the RNN's weights come from the sample's rnn block where it gives them, else from the seed", "[rnn]") {
    auto json = test::validSampleJson(3, 4);
    json["model"]["seed"] = 42;
    SECTION("no block: d_h = d_model, every weight from the seed, U(-1/sqrt(d_h), 1/sqrt(d_h))") {
        const RnnWeights w = rnnWeightsOf(test::sampleFrom(json));
        CHECK(w.hiddenSize() == 4);
        CHECK(w.W_x == uniformMatrix(42, "rnn.W_x", 4, 4, 0.5));
        CHECK(w.W_h == uniformMatrix(42, "rnn.W_h", 4, 4, 0.5));
        CHECK(Matrix(w.b) == uniformMatrix(42, "rnn.b", 1, 4, 0.5));
        CHECK(w.W_h.cwiseAbs().maxCoeff() <= 0.5);
    }
    SECTION("hidden_size alone sets d_h for the seed's weights") {
        json["rnn"] = {{"hidden_size", 9}};
        const RnnWeights w = rnnWeightsOf(test::sampleFrom(json));
        CHECK(w.W_x == uniformMatrix(42, "rnn.W_x", 9, 4, 1.0 / 3));
        CHECK(w.W_h == uniformMatrix(42, "rnn.W_h", 9, 9, 1.0 / 3));
        CHECK(w.b.size() == 9);
    }
    SECTION("a given W_h sets d_h and is used as is; the rest from the seed") {
        json["rnn"] = {{"W_h", {{1, 2}, {3, 4}}}};
        const RnnWeights w = rnnWeightsOf(test::sampleFrom(json));
        CHECK(w.hiddenSize() == 2);
        CHECK(w.W_h == (Matrix(2, 2) << 1, 2, 3, 4).finished());
        CHECK(w.W_x == uniformMatrix(42, "rnn.W_x", 2, 4, 1 / std::sqrt(2.0)));
        CHECK(Matrix(w.b) == uniformMatrix(42, "rnn.b", 1, 2, 1 / std::sqrt(2.0)));
    }
    SECTION("a whole block is used as is") {
        json["rnn"] = {{"hidden_size", 1}, {"W_x", {{1, 2, 3, 4}}}, {"W_h", {{0.5}}}, {"b", {-1}}};
        const RnnWeights w = rnnWeightsOf(test::sampleFrom(json));
        CHECK(w.W_x == (Matrix(1, 4) << 1, 2, 3, 4).finished());
        CHECK(w.W_h(0, 0) == 0.5);
        CHECK(w.b(0) == -1);
    }
}

TEST_CASE("long sequences of wide inputs, whose sources are taken in several chunks, give the chain rule's norms",
          "[rnn][influence]") {
    // d_h · d_model = 16384 doubles per block: the sources are taken 16 at a time.
    std::mt19937_64 rng(17);
    const int n = 34, dH = 8, dModel = 2048;
    const RnnWeights w = randomWeights(rng, dH, dModel, 1.0);
    const Matrix hidden = rnnHidden(w, test::randomMatrix(rng, n, dModel));
    const Matrix influence = rnnInfluence(w, hidden);
    double largest = 0;
    for (int s = 0; s < n; ++s) {
        // ∂h_t/∂a_s = D_t W_h … D_{s+1} W_h D_s W_x, one source at a time
        auto D = [&](int t) { return Vector((1.0 - hidden.row(t).array().square()).matrix().transpose()); };
        Matrix chain = D(s).asDiagonal() * w.W_x;
        for (int t = s; t < n; ++t) {
            if (t > s) chain = D(t).asDiagonal() * (w.W_h * chain);
            largest = std::max(largest, std::abs(influence(t, s) - chain.norm()) / std::max(1.0, chain.norm()));
        }
        for (int t = 0; t < s; ++t)
            CHECK(influence(t, s) == 0.0);
    }
    INFO("largest difference " << largest);
    CHECK(largest < 1e-12);
}

TEST_CASE("the RNN's influence stops when asked to, with Cancelled", "[rnn][influence]") {
    std::mt19937_64 rng(2);
    const RnnWeights w = randomWeights(rng, 3, 3, 1.0);
    const Matrix hidden = rnnHidden(w, test::randomMatrix(rng, 6, 3));
    Cancellation cancellation;
    cancellation.requestStop();
    CHECK_THROWS_AS(rnnInfluence(w, hidden, cancellation), Cancelled);
}
