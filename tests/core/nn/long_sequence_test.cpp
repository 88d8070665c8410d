// Long sequences (N ≥ 128) take other paths than the tiny models of the other tests: their
// large products run a block of 64 rows at a time and their heads run in parallel
// (core/nn/row_blocks.h, multi_head_attention.cpp). These tests check those paths against
// Eigen's plain product, against a property of the whole encoder, and for the same bits
// on one thread and on several.
#include "core/base/seeded_random.h"
#include "core/nn/row_blocks.h"
#include "core/nn/transformer_forward.h"
#include "model_fixtures.h"

#include <catch2/catch.hpp>
#include <omp.h>

#include <numeric>

using namespace al;
using namespace al::nn;
using namespace al::nn::testing;

namespace {
// The encoder's output on `threads` OpenMP threads.
Matrix encoderOutput(const TransformerModel& model, const std::vector<int>& tokens, int threads) {
    const int before = omp_get_max_threads();
    omp_set_num_threads(threads);
    const TransformerTrace trace = forwardPass(model, tokens);
    omp_set_num_threads(before);
    return trace.encoder->output;
}

TransformerModel longModel() {
    TinyModelOptions options;
    options.positional = PositionalEncoding::None; // so that the encoder is permutation-equivariant
    options.maxLength = 300;
    return tinyModel(Task::Labelling, options, 5);
}

std::vector<int> longInput(int n) {
    std::vector<int> tokens(std::size_t(n), 0);
    for (int i = 0; i < n; ++i)
        tokens[std::size_t(i)] = (i * 5 + i / 7) % 6;
    return tokens;
}
} // namespace

TEST_CASE("a product by blocks of rows equals the whole product, last partial block included", "[nn][long]") {
    const Matrix b = uniformMatrix(7, "b", 40, 24, 1.0); // 40 × 24
    for (int rows : {1, 127, 128, 129, 200, 257}) {
        const Matrix a = uniformMatrix(8, "a", rows, 40, 1.0); // rows × 40
        Matrix blocks;
        productByRowBlocks(blocks, a, b);
        const Matrix whole = a * b;
        INFO(rows << " rows: largest difference " << (blocks - whole).cwiseAbs().maxCoeff());
        REQUIRE(blocks.rows() == rows);
        CHECK((blocks - whole).cwiseAbs().maxCoeff() < 1e-12);
    }
}

TEST_CASE("a long sequence's encoder gives the same bits on one thread and on several", "[nn][long]") {
    const TransformerModel model = longModel();
    const std::vector<int> tokens = longInput(250);
    const Matrix one = encoderOutput(model, tokens, 1);
    const Matrix several = encoderOutput(model, tokens, 4);
    CHECK((one.array() == several.array()).all());
}

TEST_CASE("a long sequence's encoder without positions permutes its rows as its tokens", "[nn][long]") {
    // Row i of the output depends on token i and on the set of all tokens only, so reversing
    // the tokens reverses the rows; a block of rows stitched in the wrong place would not.
    const TransformerModel model = longModel();
    const std::vector<int> tokens = longInput(200);
    std::vector<int> reversed(tokens.rbegin(), tokens.rend());
    const Matrix out = encoderOutput(model, tokens, 2);
    const Matrix outReversed = encoderOutput(model, reversed, 2);
    const double difference = (out - outReversed.colwise().reverse()).cwiseAbs().maxCoeff();
    INFO("largest difference " << difference);
    CHECK(difference < 1e-12);
    CHECK((out.row(0) - out.row(1)).cwiseAbs().maxCoeff() > 1e-6); // the rows do differ
}
