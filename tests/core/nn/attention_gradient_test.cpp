// Multi-head attention's and the feed-forward network's hand-written backward passes
// against central finite differences: every weight, bias and input, on queries R × d and
// keys/values C × d of several sizes (R ≠ C is cross-attention), several head counts, and
// full, causal, padding and arbitrary masks, including a query with no allowed key.
#include "core/base/seeded_random.h"
#include "core/nn/feed_forward.h"
#include "core/nn/multi_head_attention.h"
#include "operation_fixtures.h"

#include <catch2/catch.hpp>

#include <string>

using namespace al;
using namespace al::nn;
using namespace al::nn::testing;

namespace {

enum class MaskKind { Full, Causal, Padding, ArbitraryWithEmptyRow };

const char* maskName(MaskKind kind) {
    switch (kind) {
    case MaskKind::Full:
        return "full";
    case MaskKind::Causal:
        return "causal";
    case MaskKind::Padding:
        return "padding";
    case MaskKind::ArbitraryWithEmptyRow:
        return "arbitrary, row 0 empty";
    }
    return "";
}

MaskMatrix makeMask(MaskKind kind, int rows, int cols, std::uint64_t seed) {
    switch (kind) {
    case MaskKind::Full:
        return fullMask(rows, cols);
    case MaskKind::Causal:
        return causalMask(rows, cols);
    case MaskKind::Padding: {
        MaskMatrix mask = fullMask(rows, cols);
        const int valid = (cols + 1) / 2; // keys [valid, C) are padding
        mask.rightCols(cols - valid).setZero();
        return mask;
    }
    case MaskKind::ArbitraryWithEmptyRow: {
        SeededRandom random(seed, "mask");
        MaskMatrix mask(rows, cols);
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < cols; ++j)
                mask(i, j) = random.nextUniform() < 0.6 ? 1 : 0;
        mask.row(0).setZero();
        return mask;
    }
    }
    return {};
}

std::string attentionShape(int rows, int cols, int width, int heads, MaskKind kind) {
    return "R " + std::to_string(rows) + ", C " + std::to_string(cols) + ", d " + std::to_string(width) + ", H " +
           std::to_string(heads) + ", " + maskName(kind) + " mask";
}

struct HeadCount {
    int width;
    int heads;
};
const HeadCount headCounts[] = {{4, 1}, {4, 2}, {8, 4}, {12, 1}, {12, 2}, {12, 4}};

} // namespace

TEST_CASE("cross-attention: the backward pass is the gradient, for every mask and shape", "[nn][gradient]") {
    GradientReport report("multi-head attention, queries and keys/values apart");
    std::uint64_t seed = 1000;
    for (int rows : {1, 2, 5, 9})
        for (int cols : {1, 2, 5, 9})
            for (MaskKind kind :
                 {MaskKind::Full, MaskKind::Causal, MaskKind::Padding, MaskKind::ArbitraryWithEmptyRow}) {
                ++seed;
                const auto [width, heads] = headCounts[seed % std::size(headCounts)];
                AttentionOperation attention = makeAttention(width, seed);
                Matrix queries = randomMatrix(seed, "queries", rows, width);
                Matrix keysValues = randomMatrix(seed, "keysValues", cols, width);
                const MaskMatrix mask = makeMask(kind, rows, cols, seed);
                const Matrix dOut = randomMatrix(seed, "dOut", rows, width);
                const Objective objective = [&] {
                    SublayerTrace trace;
                    attentionForward(queries, keysValues, mask, heads, attention.weights, attention.slots, trace);
                    return weightedSum(dOut, trace.sublayerOutput);
                };
                SublayerTrace trace;
                attentionForward(queries, keysValues, mask, heads, attention.weights, attention.slots, trace);
                Matrix dQueries, dKeysValues;
                const Tensors grads = addedGradients(attention.weights, [&](Tensors& g) {
                    dKeysValues = addedInputGradient(cols, width, [&](Matrix& dKv) {
                        dQueries = attentionBackward(dOut, queries, keysValues, trace, heads, attention.weights,
                                                     attention.slots, g, dKv);
                    });
                });
                const std::string shape = attentionShape(rows, cols, width, heads, kind);
                report.check(compareGradients(attention.weights, grads, objective), shape);
                report.check(compareGradient("queries", queries, dQueries, objective), shape);
                report.check(compareGradient("keys and values", keysValues, dKeysValues, objective), shape);
            }
    report.print();
}

TEST_CASE("self-attention: the same matrix as queries and keys/values gets the sum of both gradients",
          "[nn][gradient]") {
    GradientReport report("multi-head self-attention");
    std::uint64_t seed = 2000;
    for (int rows : {1, 2, 5, 9})
        for (MaskKind kind : {MaskKind::Full, MaskKind::Causal, MaskKind::ArbitraryWithEmptyRow})
            for (const HeadCount& count : headCounts) {
                ++seed;
                AttentionOperation attention = makeAttention(count.width, seed);
                Matrix x = randomMatrix(seed, "x", rows, count.width);
                const MaskMatrix mask = makeMask(kind, rows, rows, seed);
                const Matrix dOut = randomMatrix(seed, "dOut", rows, count.width);
                const Objective objective = [&] {
                    SublayerTrace trace;
                    attentionForward(x, x, mask, count.heads, attention.weights, attention.slots, trace);
                    return weightedSum(dOut, trace.sublayerOutput);
                };
                SublayerTrace trace;
                attentionForward(x, x, mask, count.heads, attention.weights, attention.slots, trace);
                Matrix dX = Matrix::Zero(rows, count.width);
                const Tensors grads = addedGradients(attention.weights, [&](Tensors& g) {
                    dX += attentionBackward(dOut, x, x, trace, count.heads, attention.weights, attention.slots, g, dX);
                });
                const std::string shape = attentionShape(rows, rows, count.width, count.heads, kind);
                report.check(compareGradients(attention.weights, grads, objective), shape);
                report.check(compareGradient("input", x, dX, objective), shape);
            }
    report.print();
}

TEST_CASE("feed-forward network: the backward pass is the gradient, with ReLU and with GELU", "[nn][gradient]") {
    for (Activation activation : {Activation::Relu, Activation::Gelu}) {
        GradientReport report(std::string("feed-forward, ") + std::string(name(activation)));
        std::uint64_t seed = 3000;
        for (int rows : {1, 2, 5, 9})
            for (int width : {4, 8, 12})
                for (int hidden : {3, 16}) {
                    ++seed;
                    FeedForwardOperation network = makeFeedForward(width, hidden, seed);
                    Matrix x = randomMatrix(seed, "x", rows, width);
                    const Matrix dOut = randomMatrix(seed, "dOut", rows, width);
                    const Objective objective = [&] {
                        SublayerTrace trace;
                        feedForwardForward(x, activation, network.weights, network.slots, trace);
                        return weightedSum(dOut, trace.sublayerOutput);
                    };
                    SublayerTrace trace;
                    feedForwardForward(x, activation, network.weights, network.slots, trace);
                    // Central differences straddling ReLU's kink would be wrong, not the backward pass.
                    REQUIRE(trace.hiddenPre.cwiseAbs().minCoeff() > 10 * finiteDifferenceStep);
                    Matrix dX;
                    const Tensors grads = addedGradients(network.weights, [&](Tensors& g) {
                        dX = feedForwardBackward(dOut, x, trace, activation, network.weights, network.slots, g);
                    });
                    const std::string shape = "R " + std::to_string(rows) + ", d " + std::to_string(width) + ", d_ff " +
                                              std::to_string(hidden);
                    report.check(compareGradients(network.weights, grads, objective), shape);
                    report.check(compareGradient("input", x, dX, objective), shape);
                }
        report.print();
    }
}
