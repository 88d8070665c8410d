// What the architecture promises, whatever the weights (MATH.md §9): a causal decoder's
// row j does not see later tokens; the feed-forward-only baseline's position i sees token
// i alone; an encoder's rows do see every token (so the first two tests could fail).
#include "core/nn/transformer_forward.h"
#include "model_fixtures.h"

#include <catch2/catch.hpp>

using namespace al;
using namespace al::nn;
using namespace al::nn::testing;

namespace {
double rowDifference(const Matrix& a, const Matrix& b, int row) {
    return (a.row(row) - b.row(row)).cwiseAbs().maxCoeff();
}
} // namespace

TEST_CASE("a language model's row j does not change when later tokens change", "[nn][properties]") {
    for (NormPlacement norm : {NormPlacement::Post, NormPlacement::Pre}) {
        TinyModelOptions options;
        options.norm = norm;
        options.finalNorm = true;
        options.positional = PositionalEncoding::Learned;
        const TransformerModel model = tinyModel(Task::LanguageModel, options, 21);
        const std::vector<int> text{0, 3, 6, 2, 5, 1};
        const TransformerTrace trace = forwardPass(model, text);
        for (int changed = 1; changed < 6; ++changed) {
            std::vector<int> other = text;
            other[std::size_t(changed)] = (other[std::size_t(changed)] + 3) % 7;
            const TransformerTrace otherTrace = forwardPass(model, other);
            INFO(name(norm) << ": token " << changed << " changed");
            for (int j = 0; j < changed; ++j)
                CHECK(rowDifference(trace.logits, otherTrace.logits, j) < 1e-13);
            CHECK(rowDifference(trace.logits, otherTrace.logits, changed) > 1e-6); // it sees its own token
        }
    }
}

TEST_CASE("a seq2seq decoder's row j does not change when later decoder tokens change", "[nn][properties]") {
    const TransformerModel model = tinyModel(Task::Seq2Seq, {}, 22);
    const std::vector<int> input{1, 2, 3};
    const std::vector<int> decoderInput{4, 0, 1, 2, 3};
    const TransformerTrace trace = forwardPass(model, input, decoderInput);
    for (int changed = 1; changed < 5; ++changed) {
        std::vector<int> other = decoderInput;
        other[std::size_t(changed)] = (other[std::size_t(changed)] + 1) % 4;
        const TransformerTrace otherTrace = forwardPass(model, input, other);
        INFO("decoder token " << changed << " changed");
        for (int j = 0; j < changed; ++j)
            CHECK(rowDifference(trace.logits, otherTrace.logits, j) < 1e-13);
        CHECK(rowDifference(trace.logits, otherTrace.logits, changed) > 1e-6);
    }
    // But every decoder row sees every input token, through cross-attention.
    const TransformerTrace otherInput = forwardPass(model, {1, 2, 0}, decoderInput);
    for (int j = 0; j < 5; ++j)
        CHECK(rowDifference(trace.logits, otherInput.logits, j) > 1e-6);
}

TEST_CASE("the feed-forward-only baseline's position i depends on token i only", "[nn][properties]") {
    for (Task task : {Task::Labelling, Task::Classification})
        for (NormPlacement norm : {NormPlacement::Post, NormPlacement::Pre}) {
            TinyModelOptions options;
            options.attention = false;
            options.norm = norm;
            options.finalNorm = true;
            const TransformerModel model = tinyModel(task, options, 23);
            const TransformerTrace trace = forwardPass(model, {0, 1, 2, 3, 4});
            const TransformerTrace other = forwardPass(model, {5, 1, 0, 3, 5}); // positions 1 and 3 keep their tokens
            INFO(describe(task, options));
            CHECK(rowDifference(trace.encoder->output, other.encoder->output, 1) < 1e-14);
            CHECK(rowDifference(trace.encoder->output, other.encoder->output, 3) < 1e-14);
            CHECK(rowDifference(trace.encoder->output, other.encoder->output, 0) > 1e-6);
            CHECK(rowDifference(trace.encoder->output, other.encoder->output, 2) > 1e-6);
        }
}

TEST_CASE("an encoder with self-attention: every position depends on every token", "[nn][properties]") {
    const TransformerModel model = tinyModel(Task::Labelling, {}, 24);
    const TransformerTrace trace = forwardPass(model, {0, 1, 2, 3, 4});
    const TransformerTrace other = forwardPass(model, {0, 1, 2, 3, 5});
    for (int i = 0; i < 5; ++i)
        CHECK(rowDifference(trace.encoder->output, other.encoder->output, i) > 1e-6);
}

TEST_CASE("without positions an encoder is permutation-equivariant, with them it is not", "[nn][properties]") {
    for (PositionalEncoding positional : {PositionalEncoding::None, PositionalEncoding::Sinusoidal}) {
        TinyModelOptions options;
        options.positional = positional;
        const TransformerModel model = tinyModel(Task::Labelling, options, 25);
        const TransformerTrace trace = forwardPass(model, {0, 1, 2, 3});
        const TransformerTrace permuted = forwardPass(model, {2, 0, 3, 1}); // position p holds token σ(p)
        const int from[4] = {2, 0, 3, 1};
        double largest = 0;
        for (int p = 0; p < 4; ++p)
            largest = std::max(
                largest, (permuted.encoder->output.row(p) - trace.encoder->output.row(from[p])).cwiseAbs().maxCoeff());
        INFO(al::name(positional) << ": largest difference " << largest);
        if (positional == PositionalEncoding::None)
            CHECK(largest < 1e-13);
        else
            CHECK(largest > 1e-6);
    }
}
