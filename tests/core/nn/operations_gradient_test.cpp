// The hand-written backward passes of the row-wise operations (linear, LayerNorm, ReLU,
// GELU, embedding, cross-entropy) against central finite differences, on several shapes.
// Each objective is Σ dOut ⊙ op(x, θ) with a random dOut; the gradients are added into
// arrays that already hold numbers, so a backward pass that overwrites fails too.
#include "core/nn/activation.h"
#include "core/nn/cross_entropy.h"
#include "core/nn/embedding.h"
#include "core/nn/layer_norm.h"
#include "core/nn/linear.h"
#include "operation_fixtures.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

using namespace al;
using namespace al::nn;
using namespace al::nn::testing;

namespace {
std::string shape(int rows, int in, int out) {
    return std::to_string(rows) + " × " + std::to_string(in) + " → " + std::to_string(out);
}
// Uniform in ±[0.05, 3): no entry within the finite difference's reach of ReLU's kink at 0.
Matrix awayFromZero(std::uint64_t seed, int rows, int cols) {
    const Matrix u = randomMatrix(seed, "pre", rows, cols);
    return u.unaryExpr([](double x) { return (x < 0 ? -1.0 : 1.0) * (0.05 + 2.95 * std::abs(x)); });
}
} // namespace

TEST_CASE("linear: the backward pass is the gradient of the forward pass", "[nn][gradient]") {
    GradientReport report("linear");
    std::uint64_t seed = 1;
    for (int rows : {1, 2, 5, 9})
        for (int in : {3, 8})
            for (int out : {1, 4, 16}) {
                ++seed;
                LinearOperation linear = makeLinear(in, out, seed);
                Matrix x = randomMatrix(seed, "x", rows, in);
                const Matrix dOut = randomMatrix(seed, "dOut", rows, out);
                const Objective objective = [&] {
                    return weightedSum(dOut, linearForward(x, linear.weights, linear.slots));
                };
                Matrix dX;
                const Tensors grads = addedGradients(
                    linear.weights, [&](Tensors& g) { dX = linearBackward(dOut, x, linear.weights, linear.slots, g); });
                report.check(compareGradients(linear.weights, grads, objective), shape(rows, in, out));
                report.check(compareGradient("input", x, dX, objective), shape(rows, in, out));
            }
    report.print();
}

TEST_CASE("layer norm: the backward pass is the gradient of the forward pass", "[nn][gradient]") {
    GradientReport report("layer norm");
    std::uint64_t seed = 100;
    for (int rows : {1, 2, 5, 9})
        for (int width : {2, 4, 8, 12}) {
            ++seed;
            LayerNormOperation norm = makeLayerNorm(width, seed);
            // Rows with an offset and a spread of their own, as a residual stream has.
            Matrix x = randomMatrix(seed, "x", rows, width, 2.0);
            x.col(0).array() += 3.0;
            const Matrix dOut = randomMatrix(seed, "dOut", rows, width);
            const Objective objective = [&] {
                LayerNormCache cache;
                return weightedSum(dOut, layerNormForward(x, norm.weights, norm.slots, cache));
            };
            LayerNormCache cache;
            layerNormForward(x, norm.weights, norm.slots, cache);
            Matrix dX;
            const Tensors grads = addedGradients(
                norm.weights, [&](Tensors& g) { dX = layerNormBackward(dOut, x, cache, norm.weights, norm.slots, g); });
            report.check(compareGradients(norm.weights, grads, objective), shape(rows, width, width));
            report.check(compareGradient("input", x, dX, objective), shape(rows, width, width));
        }
    report.print();
}

TEST_CASE("layer norm: each row has mean β and the γ-scaled unit variance, with the cached μ and 1/σ",
          "[nn][gradient]") {
    LayerNormOperation norm = makeLayerNorm(6, 7);
    norm.weights.vector(norm.slots.weight).setOnes();
    norm.weights.vector(norm.slots.bias).setZero();
    const Matrix x = randomMatrix(7, "x", 4, 6, 5.0);
    LayerNormCache cache;
    const Matrix out = layerNormForward(x, norm.weights, norm.slots, cache);
    for (int r = 0; r < 4; ++r) {
        const double mean = x.row(r).mean();
        const double variance = (x.row(r).array() - mean).square().mean();
        CHECK(cache.mean(r) == Approx(mean).epsilon(1e-14));
        CHECK(cache.rstd(r) == Approx(1 / std::sqrt(variance + layerNormEpsilon)).epsilon(1e-14));
        CHECK(std::abs(out.row(r).mean()) < 1e-14);
        CHECK(out.row(r).squaredNorm() / 6 == Approx(variance / (variance + layerNormEpsilon)).epsilon(1e-13));
    }
}

TEST_CASE("activations: ReLU and exact GELU backward passes are their derivatives", "[nn][gradient]") {
    for (Activation activation : {Activation::Relu, Activation::Gelu}) {
        GradientReport report(std::string("activation ") + std::string(name(activation)));
        std::uint64_t seed = 200;
        for (int rows : {1, 2, 5, 9})
            for (int cols : {3, 16}) {
                ++seed;
                Matrix pre = awayFromZero(seed, rows, cols);
                const Matrix dOut = randomMatrix(seed, "dOut", rows, cols);
                const Objective objective = [&] { return weightedSum(dOut, activationForward(activation, pre)); };
                report.check(compareGradient("input", pre, activationBackward(activation, dOut, pre), objective),
                             shape(rows, cols, cols));
            }
        report.print();
    }
}

TEST_CASE("activations: values at known points, and ReLU's derivative at 0 is 0 as in PyTorch", "[nn]") {
    Matrix x(1, 5);
    x << -2.0, -0.5, 0.0, 0.5, 2.0;
    const Matrix relu = activationForward(Activation::Relu, x);
    CHECK(relu(0, 0) == 0.0);
    CHECK(relu(0, 2) == 0.0);
    CHECK(relu(0, 4) == 2.0);
    const Matrix gelu = activationForward(Activation::Gelu, x);
    // x·Φ(x), Φ(2) = 0.9772498680518208 and Φ(0.5) = 0.6914624612740131.
    CHECK(gelu(0, 4) == Approx(2 * 0.9772498680518208).epsilon(1e-15));
    CHECK(gelu(0, 0) == Approx(-2 * (1 - 0.9772498680518208)).epsilon(1e-13));
    CHECK(gelu(0, 3) == Approx(0.5 * 0.6914624612740131).epsilon(1e-15));
    CHECK(gelu(0, 2) == 0.0);
    const Matrix ones = Matrix::Ones(1, 5);
    CHECK(activationBackward(Activation::Relu, ones, x)(0, 2) == 0.0);
    CHECK(activationBackward(Activation::Relu, ones, x)(0, 3) == 1.0);
    CHECK(activationBackward(Activation::Gelu, ones, x)(0, 2) == 0.5); // Φ(0) + 0·φ(0)
}

TEST_CASE("embedding: rows are looked up, and a repeated id collects every row's gradient", "[nn][gradient]") {
    GradientReport report("embedding");
    std::uint64_t seed = 300;
    const std::vector<std::vector<int>> sequences{{0}, {2, 2}, {1, 4, 1, 0, 1}, {3, 0, 3, 3, 2, 1, 0, 4, 4}};
    for (const std::vector<int>& ids : sequences)
        for (int width : {4, 8}) {
            ++seed;
            EmbeddingOperation embedding = makeEmbedding(5, width, seed);
            const int rows = int(ids.size());
            const Matrix dOut = randomMatrix(seed, "dOut", rows, width);
            const Matrix out = embeddingForward(ids, embedding.weights, embedding.table);
            for (int i = 0; i < rows; ++i)
                CHECK(out.row(i) == embedding.weights.matrix(embedding.table).row(ids[std::size_t(i)]));
            const Objective objective = [&] {
                return weightedSum(dOut, embeddingForward(ids, embedding.weights, embedding.table));
            };
            const Tensors grads = addedGradients(embedding.weights,
                                                 [&](Tensors& g) { embeddingBackward(dOut, ids, embedding.table, g); });
            report.check(compareGradients(embedding.weights, grads, objective), shape(rows, 5, width));
        }
    report.print();
}

TEST_CASE("embedding: an id outside the table is refused with a message", "[nn]") {
    EmbeddingOperation embedding = makeEmbedding(3, 4, 1);
    CHECK_THROWS_WITH(embeddingForward({0, 3}, embedding.weights, embedding.table),
                      Catch::Contains("token id 3") && Catch::Contains("3 rows"));
}

TEST_CASE("cross-entropy: the backward pass is the gradient of the summed loss", "[nn][gradient]") {
    GradientReport report("cross-entropy");
    std::uint64_t seed = 400;
    for (int rows : {1, 2, 5, 9})
        for (int classes : {2, 3, 16}) {
            ++seed;
            Matrix logits = randomMatrix(seed, "logits", rows, classes, 4.0);
            std::vector<int> targets;
            for (int r = 0; r < rows; ++r)
                targets.push_back((r * 7 + int(seed)) % classes);
            const double scale = 0.7;
            const Objective objective = [&] { return scale * crossEntropySum(logits, targets); };
            const Matrix dLogits = crossEntropyBackward(softmaxRows(logits), targets, scale);
            report.check(compareGradient("logits", logits, dLogits, objective), shape(rows, classes, 1));
        }
    report.print();
}

TEST_CASE("cross-entropy: probabilities sum to 1 and the loss stays finite and exact for huge logits", "[nn]") {
    Matrix logits(3, 3);
    logits << 1000.0, 0.0, -1000.0, // would overflow exp without the shift
        -800.0, -800.0, -800.0,     // would underflow to 0/0 without it
        1e300, 1e300 - 1e284, 0.0;  // far beyond any exp
    const Matrix p = softmaxRows(logits);
    CHECK(p.allFinite());
    for (int r = 0; r < 3; ++r)
        CHECK(p.row(r).sum() == Approx(1.0).epsilon(1e-15));
    CHECK(p(1, 0) == Approx(1.0 / 3).epsilon(1e-15));
    CHECK(crossEntropySum(logits.topRows(1), {1}) == Approx(1000.0).epsilon(1e-15));
    CHECK(crossEntropySum(logits.middleRows(1, 1), {2}) == Approx(std::log(3.0)).epsilon(1e-14));
    const double loss = crossEntropySum(logits, {0, 0, 2});
    CHECK(std::isfinite(loss));
    CHECK(crossEntropyBackward(p, {0, 0, 2}, 1.0).allFinite());
    CHECK_THROWS_WITH(crossEntropySum(logits, {0, 3, 0}), Catch::Contains("target 3"));
}

TEST_CASE("the finite-difference check catches a gradient that is off by 1e-5 or that overwrites", "[nn][gradient]") {
    LinearOperation linear = makeLinear(3, 2, 9);
    Matrix x = randomMatrix(9, "x", 2, 3);
    const Matrix dOut = randomMatrix(9, "dOut", 2, 2);
    const Objective objective = [&] { return weightedSum(dOut, linearForward(x, linear.weights, linear.slots)); };
    Tensors grads =
        addedGradients(linear.weights, [&](Tensors& g) { linearBackward(dOut, x, linear.weights, linear.slots, g); });
    for (const GradientDifference& difference : compareGradients(linear.weights, grads, objective))
        CHECK(difference.passed());
    grads.values()[4] += 1e-5;
    const std::vector<GradientDifference> off = compareGradients(linear.weights, grads, objective);
    CHECK_FALSE(off[0].passed());
    CHECK(off[0].largestAbsolute == Approx(1e-5).epsilon(1e-3));
    CHECK(off[1].passed());
    // A backward pass that assigns instead of adding loses the numbers already there.
    const Tensors overwritten = addedGradients(linear.weights, [&](Tensors& g) {
        g.setZero();
        linearBackward(dOut, x, linear.weights, linear.slots, g);
    });
    for (const GradientDifference& difference : compareGradients(linear.weights, overwritten, objective))
        CHECK_FALSE(difference.passed());
}
