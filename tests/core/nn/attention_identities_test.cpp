// Multi-head attention's forward pass by its identities: the weights are a distribution
// over the allowed keys, the trace holds what its header says, a plain-loop computation of
// the formulas gives the same numbers, and a causal row depends on no later row, neither
// forward nor backward.
#include "core/nn/multi_head_attention.h"
#include "operation_fixtures.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <iostream>

using namespace al;
using namespace al::nn;
using namespace al::nn::testing;

namespace {

// MATH.md §9 written out number by number, independently of the Eigen code: per head h,
// query i, key j, α = Σ_t q_it k_jt / √d_h; softmax over the allowed keys; then out_proj.
Matrix directAttention(const Matrix& queries, const Matrix& keysValues, const MaskMatrix& mask, int heads,
                       const Tensors& weights, const AttentionSlots& slots) {
    const int rows = int(queries.rows()), cols = int(keysValues.rows()), width = int(queries.cols());
    const int headSize = width / heads;
    const auto w = weights.matrix(slots.inProjWeight);
    const auto b = weights.vector(slots.inProjBias);
    auto project = [&](const Matrix& x, int part) { // part 0: Q, 1: K, 2: V
        Matrix y(x.rows(), width);
        for (int r = 0; r < x.rows(); ++r)
            for (int o = 0; o < width; ++o) {
                double sum = b(part * width + o);
                for (int t = 0; t < width; ++t)
                    sum += x(r, t) * w(part * width + o, t);
                y(r, o) = sum;
            }
        return y;
    };
    const Matrix q = project(queries, 0), k = project(keysValues, 1), v = project(keysValues, 2);
    Matrix concat = Matrix::Zero(rows, width);
    for (int h = 0; h < heads; ++h)
        for (int i = 0; i < rows; ++i) {
            std::vector<double> e(std::size_t(cols), 0.0);
            double largest = -INFINITY, total = 0;
            for (int j = 0; j < cols; ++j) {
                double score = 0;
                for (int t = h * headSize; t < (h + 1) * headSize; ++t)
                    score += q(i, t) * k(j, t);
                e[std::size_t(j)] = score / std::sqrt(double(headSize));
                if (mask(i, j)) largest = std::max(largest, e[std::size_t(j)]);
            }
            for (int j = 0; j < cols; ++j) {
                e[std::size_t(j)] = mask(i, j) ? std::exp(e[std::size_t(j)] - largest) : 0.0;
                total += e[std::size_t(j)];
            }
            for (int j = 0; j < cols; ++j)
                for (int t = h * headSize; t < (h + 1) * headSize; ++t)
                    concat(i, t) += total > 0 ? e[std::size_t(j)] / total * v(j, t) : 0.0;
        }
    const auto wo = weights.matrix(slots.outProj.weight);
    Matrix out(rows, width);
    for (int i = 0; i < rows; ++i)
        for (int o = 0; o < width; ++o) {
            double sum = weights.vector(slots.outProj.bias)(o);
            for (int t = 0; t < width; ++t)
                sum += concat(i, t) * wo(o, t);
            out(i, o) = sum;
        }
    return out;
}

double largestDifference(const Matrix& a, const Matrix& b) {
    return (a - b).cwiseAbs().maxCoeff();
}

} // namespace

TEST_CASE("attention: a plain-loop computation of the formulas gives the same output, one head or several", "[nn]") {
    double largest = 0;
    std::uint64_t seed = 50;
    for (int heads : {1, 2, 4})
        for (int rows : {1, 3, 6})
            for (int cols : {1, 4, 7}) {
                ++seed;
                const int width = 8;
                const AttentionOperation attention = makeAttention(width, seed);
                const Matrix queries = randomMatrix(seed, "queries", rows, width, 2.0);
                const Matrix keysValues = randomMatrix(seed, "keysValues", cols, width, 2.0);
                MaskMatrix mask = causalMask(rows, cols);
                mask(0, 0) = 0; // query 0 has no allowed key
                SublayerTrace trace;
                attentionForward(queries, keysValues, mask, heads, attention.weights, attention.slots, trace);
                const double difference =
                    largestDifference(trace.sublayerOutput, directAttention(queries, keysValues, mask, heads,
                                                                            attention.weights, attention.slots));
                largest = std::max(largest, difference);
                INFO("H " << heads << ", R " << rows << ", C " << cols);
                CHECK(difference < 1e-13);
            }
    std::cout << "attention against plain loops: largest |difference| " << largest << '\n';
}

TEST_CASE("attention: the trace holds every head's q, k, v, scores before the mask, weights and output", "[nn]") {
    const int rows = 4, cols = 5, width = 12, heads = 3, headSize = 4;
    const AttentionOperation attention = makeAttention(width, 8);
    const Matrix queries = randomMatrix(8, "queries", rows, width);
    const Matrix keysValues = randomMatrix(8, "keysValues", cols, width);
    MaskMatrix mask = causalMask(rows, cols);
    mask.row(0).setZero(); // a query with no allowed key
    mask(2, 4) = 1;
    SublayerTrace trace;
    attentionForward(queries, keysValues, mask, heads, attention.weights, attention.slots, trace);

    CHECK(trace.mask == mask);
    REQUIRE(trace.heads.size() == std::size_t(heads));
    const auto w = attention.weights.matrix(attention.slots.inProjWeight);
    const auto b = attention.weights.vector(attention.slots.inProjBias);
    for (int h = 0; h < heads; ++h) {
        const AttentionHeadTrace& head = trace.heads[std::size_t(h)];
        INFO("head " << h);
        const int first = h * headSize;
        const Matrix q = (queries * w.middleRows(first, headSize).transpose()).rowwise() + b.segment(first, headSize);
        const Matrix k = (keysValues * w.middleRows(width + first, headSize).transpose()).rowwise() +
                         b.segment(width + first, headSize);
        const Matrix v = (keysValues * w.middleRows(2 * width + first, headSize).transpose()).rowwise() +
                         b.segment(2 * width + first, headSize);
        CHECK(largestDifference(head.q, q) < 1e-14);
        CHECK(largestDifference(head.k, k) < 1e-14);
        CHECK(largestDifference(head.v, v) < 1e-14);
        // Scores are kept before the mask: finite and q·k/√d_h on masked keys too.
        REQUIRE(head.scores.rows() == rows);
        REQUIRE(head.scores.cols() == cols);
        CHECK(head.scores.allFinite());
        CHECK(largestDifference(head.scores, q * k.transpose() / 2.0) < 1e-14);
        for (int i = 0; i < rows; ++i) {
            double allowedSum = 0;
            for (int j = 0; j < cols; ++j) {
                if (mask(i, j))
                    allowedSum += head.weights(i, j);
                else
                    CHECK(head.weights(i, j) == 0.0);
                CHECK(head.weights(i, j) >= 0.0);
            }
            if (mask.row(i).any())
                CHECK(allowedSum == Approx(1.0).epsilon(1e-15));
            else
                CHECK(allowedSum == 0.0);
        }
        CHECK(largestDifference(head.output, head.weights * head.v) < 1e-14);
        CHECK(trace.concat.middleCols(first, headSize) == head.output);
    }
    // The query with no allowed key reads nothing: its output is out_proj's bias alone.
    CHECK(trace.heads[0].output.row(0).isZero(0.0));
    CHECK(largestDifference(trace.sublayerOutput.row(0), attention.weights.vector(attention.slots.outProj.bias)) ==
          0.0);
}

TEST_CASE("causal self-attention: row i does not depend on later rows, forward or backward", "[nn]") {
    const int rows = 6, width = 8, heads = 2;
    const AttentionOperation attention = makeAttention(width, 21);
    const Matrix x = randomMatrix(21, "x", rows, width);
    const MaskMatrix mask = causalMask(rows, rows);
    SublayerTrace trace;
    attentionForward(x, x, mask, heads, attention.weights, attention.slots, trace);
    for (int i = 0; i + 1 < rows; ++i) {
        INFO("row " << i);
        // Change every row after i: rows 0 … i of the output stay as they were.
        Matrix changed = x;
        changed.bottomRows(rows - i - 1) = randomMatrix(22 + std::uint64_t(i), "later", rows - i - 1, width, 3.0);
        SublayerTrace changedTrace;
        attentionForward(changed, changed, mask, heads, attention.weights, attention.slots, changedTrace);
        CHECK(largestDifference(changedTrace.sublayerOutput.topRows(i + 1), trace.sublayerOutput.topRows(i + 1)) <
              1e-15);
        CHECK(largestDifference(changedTrace.sublayerOutput.bottomRows(rows - i - 1),
                                trace.sublayerOutput.bottomRows(rows - i - 1)) > 1e-3);
        // A gradient on rows 0 … i alone reaches no later row: masked keys pass exactly 0.
        Matrix dOut = Matrix::Zero(rows, width);
        dOut.topRows(i + 1) = randomMatrix(40 + std::uint64_t(i), "dOut", i + 1, width);
        Tensors grads(attention.weights.sharedLayout());
        Matrix dX = Matrix::Zero(rows, width);
        dX += attentionBackward(dOut, x, x, trace, heads, attention.weights, attention.slots, grads, dX);
        CHECK(dX.bottomRows(rows - i - 1).isZero(0.0));
        CHECK(!dX.topRows(i + 1).isZero(0.0));
    }
}

TEST_CASE("masks: causal allows j ≤ i, full allows every key, also when queries and keys differ in number", "[nn]") {
    MaskMatrix expected(3, 4);
    expected << 1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0;
    CHECK(causalMask(3, 4) == expected);
    CHECK(fullMask(2, 5) == MaskMatrix::Ones(2, 5));
}

TEST_CASE("attention: shapes that do not fit are refused with a message", "[nn]") {
    const AttentionOperation attention = makeAttention(8, 3);
    SublayerTrace trace;
    const Matrix x = Matrix::Ones(2, 8);
    CHECK_THROWS_WITH(attentionForward(x, x, fullMask(2, 2), 3, attention.weights, attention.slots, trace),
                      Catch::Contains("3 heads"));
    CHECK_THROWS_WITH(attentionForward(x, x, fullMask(2, 3), 2, attention.weights, attention.slots, trace),
                      Catch::Contains("mask is 2 × 3"));
    CHECK_THROWS_WITH(
        attentionForward(Matrix::Ones(2, 4), x, fullMask(2, 2), 2, attention.weights, attention.slots, trace),
        Catch::Contains("rows of 8 numbers"));
    attentionForward(x, x, fullMask(2, 2), 2, attention.weights, attention.slots, trace);
    Tensors grads(attention.weights.sharedLayout());
    Matrix unsized; // the caller sizes dKeysValues (C × d)
    CHECK_THROWS_WITH(attentionBackward(x, x, x, trace, 2, attention.weights, attention.slots, grads, unsized),
                      Catch::Contains("shape"));
}
