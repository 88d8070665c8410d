// One pass through a whole model keeps every intermediate of transformer-trace@1, wired as
// MATH.md §9 says: x = E[t] + e, each sublayer's Add & Norm (post or pre), the blocks'
// sublayers in order with their masks, the final norms, and the task heads computed here
// again by hand from the weights.
#include "core/attention/positional_encoding.h"
#include "core/nn/cross_entropy.h"
#include "core/nn/transformer_forward.h"
#include "model_fixtures.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;
using namespace al::nn;
using namespace al::nn::testing;

namespace {
double largest(const Matrix& a, const Matrix& b) {
    REQUIRE(a.rows() == b.rows());
    REQUIRE(a.cols() == b.cols());
    return a.size() == 0 ? 0.0 : (a - b).cwiseAbs().maxCoeff();
}
bool isCausal(const MaskMatrix& mask) {
    for (int i = 0; i < mask.rows(); ++i)
        for (int j = 0; j < mask.cols(); ++j)
            if (mask(i, j) != (j <= i ? 1 : 0)) return false;
    return true;
}
bool isFull(const MaskMatrix& mask) {
    return (mask.array() == 1).all();
}
// LN of each row by the formula of MATH.md §9 (biased variance, ε = 1e-5).
Matrix layerNorm(const Matrix& x, const Tensors& weights, const LayerNormSlots& slots) {
    Matrix out(x.rows(), x.cols());
    for (int r = 0; r < x.rows(); ++r) {
        const double mean = x.row(r).mean();
        const double variance = (x.row(r).array() - mean).square().mean();
        out.row(r) = ((x.row(r).array() - mean) / std::sqrt(variance + 1e-5)).matrix();
        out.row(r) = out.row(r).cwiseProduct(weights.vector(slots.weight)) + weights.vector(slots.bias);
    }
    return out;
}
Matrix generator(const Matrix& h, const TransformerModel& model) {
    Matrix logits = h * model.weights.matrix(model.layout.generator.weight).transpose();
    logits.rowwise() += model.weights.vector(model.layout.generator.bias);
    return logits;
}

// The Add & Norm around every sublayer, and what each kind fills.
void checkSublayer(const SublayerTrace& s, const TinyModelOptions& options, int rows, int cols, int heads) {
    INFO("sublayer " << name(s.kind));
    const int d = 6;
    CHECK(s.input.rows() == rows);
    CHECK(s.input.cols() == d);
    CHECK(largest(s.residual, s.input + s.sublayerOutput) == 0.0);
    if (options.norm == NormPlacement::Pre) {
        CHECK(s.normedInput.rows() == rows);
        CHECK(largest(s.output, s.residual) == 0.0);
        CHECK(s.norm.rstd.size() == rows);
    } else {
        CHECK(s.normedInput.size() == 0);
        CHECK(s.norm.rstd.size() == rows);
        // Post-norm normalises the residual: the cache holds its rows' μ.
        CHECK(std::abs(s.norm.mean[0] - s.residual.row(0).mean()) < 1e-12);
    }
    if (s.kind == SublayerKind::FeedForward) {
        CHECK(s.hiddenPre.rows() == rows);
        CHECK(s.hiddenPre.cols() == 6);
        CHECK(s.hidden.rows() == rows);
        CHECK(s.heads.empty());
        CHECK(s.mask.size() == 0);
        CHECK(s.concat.size() == 0);
    } else {
        CHECK(s.mask.rows() == rows);
        CHECK(s.mask.cols() == cols);
        CHECK(int(s.heads.size()) == heads);
        CHECK(s.concat.rows() == rows);
        CHECK(s.concat.cols() == d);
        CHECK(s.heads[0].weights.rows() == rows);
        CHECK(s.heads[0].weights.cols() == cols);
        CHECK(s.hiddenPre.size() == 0);
    }
}

void checkStackInput(const StackTrace& stack, const TransformerModel& model, const Slot& embedding) {
    const int n = int(stack.tokens.size());
    for (int i = 0; i < n; ++i)
        CHECK(largest(stack.embedded.row(i), model.weights.matrix(embedding).row(stack.tokens[std::size_t(i)])) == 0.0);
    switch (model.architecture.positional) {
    case PositionalEncoding::None:
        CHECK(stack.positional.isZero(0));
        break;
    case PositionalEncoding::Sinusoidal:
        CHECK(largest(stack.positional, sinusoidalPositions(n, 6)) == 0.0);
        break;
    case PositionalEncoding::Learned:
        CHECK(largest(stack.positional, model.weights.matrix(*model.layout.positional).topRows(n)) == 0.0);
        break;
    }
    CHECK(largest(stack.x, stack.embedded + stack.positional) == 0.0);
}

// Output of the last layer, the final LayerNorm when there is one.
void checkStackOutput(const StackTrace& stack, const TransformerModel& model,
                      const std::optional<LayerNormSlots>& finalNorm) {
    const Matrix& last = stack.layers.back().sublayers.back().output;
    if (finalNorm) {
        CHECK(largest(stack.beforeFinalNorm, last) == 0.0);
        REQUIRE(stack.finalNorm);
        CHECK(largest(stack.output, layerNorm(last, model.weights, *finalNorm)) < 1e-12);
    } else {
        CHECK_FALSE(stack.finalNorm);
        CHECK(largest(stack.output, last) == 0.0);
    }
}
} // namespace

TEST_CASE("an encoder's trace: embeddings and positions, [self-attention, feed-forward] layers, the final norm",
          "[nn][forward]") {
    for (NormPlacement norm : {NormPlacement::Post, NormPlacement::Pre})
        for (PositionalEncoding positional :
             {PositionalEncoding::None, PositionalEncoding::Sinusoidal, PositionalEncoding::Learned}) {
            TinyModelOptions options;
            options.norm = norm;
            options.positional = positional;
            options.finalNorm = norm == NormPlacement::Pre;
            INFO(describe(Task::Labelling, options));
            const TransformerModel model = tinyModel(Task::Labelling, options, 11);
            const std::vector<int> input{3, 1, 4, 1};
            const TransformerTrace trace = forwardPass(model, input);
            CHECK(trace.task == Task::Labelling);
            REQUIRE(trace.encoder);
            CHECK_FALSE(trace.decoder);
            CHECK(trace.encoder->tokens == input);
            checkStackInput(*trace.encoder, model, model.layout.srcEmbedding);
            REQUIRE(trace.encoder->layers.size() == 2);
            for (const LayerTrace& layer : trace.encoder->layers) {
                REQUIRE(layer.sublayers.size() == 2);
                CHECK(layer.sublayers[0].kind == SublayerKind::SelfAttention);
                CHECK(layer.sublayers[1].kind == SublayerKind::FeedForward);
                CHECK(isFull(layer.sublayers[0].mask)); // every key allowed
                for (const SublayerTrace& s : layer.sublayers)
                    checkSublayer(s, options, 4, 4, 2);
            }
            // Each sublayer reads what the one before it wrote.
            CHECK(largest(trace.encoder->layers[0].sublayers[0].input, trace.encoder->x) == 0.0);
            CHECK(largest(trace.encoder->layers[1].sublayers[0].input, trace.encoder->layers[0].sublayers[1].output) ==
                  0.0);
            checkStackOutput(*trace.encoder, model, model.layout.encoderNorm);
            // Labelling: the generator on every row.
            CHECK(largest(trace.logits, generator(trace.encoder->output, model)) < 1e-12);
            CHECK(trace.pooled.size() == 0);
        }
}

TEST_CASE("a post-norm sublayer's output is LN(x + F(x)) and a pre-norm one's x + F(LN(x))", "[nn][forward]") {
    for (NormPlacement norm : {NormPlacement::Post, NormPlacement::Pre}) {
        TinyModelOptions options;
        options.norm = norm;
        const TransformerModel model = tinyModel(Task::Labelling, options, 12);
        const TransformerTrace trace = forwardPass(model, {0, 5, 2});
        const EncoderLayerSlots& slots = model.layout.encoder[0];
        const SublayerTrace& attention = trace.encoder->layers[0].sublayers[0];
        const SublayerTrace& feedForward = trace.encoder->layers[0].sublayers[1];
        if (norm == NormPlacement::Post) {
            CHECK(largest(attention.output, layerNorm(attention.residual, model.weights, *slots.norm1)) < 1e-12);
            CHECK(largest(feedForward.output, layerNorm(feedForward.residual, model.weights, slots.norm2)) < 1e-12);
        } else {
            CHECK(largest(attention.normedInput, layerNorm(attention.input, model.weights, *slots.norm1)) < 1e-12);
            CHECK(largest(feedForward.normedInput, layerNorm(feedForward.input, model.weights, slots.norm2)) < 1e-12);
        }
        // The feed-forward network reads LN(x) (pre) or x (post): W₁ · that + b₁.
        const Matrix& read = norm == NormPlacement::Pre ? feedForward.normedInput : feedForward.input;
        Matrix hiddenPre = read * model.weights.matrix(slots.feedForward.linear1.weight).transpose();
        hiddenPre.rowwise() += model.weights.vector(slots.feedForward.linear1.bias);
        CHECK(largest(feedForward.hiddenPre, hiddenPre) < 1e-12);
    }
}

TEST_CASE("the feed-forward-only baseline's layers are [feed-forward] alone, wrapped by norm2", "[nn][forward]") {
    TinyModelOptions options;
    options.attention = false;
    options.finalNorm = true;
    const TransformerModel model = tinyModel(Task::Labelling, options, 13);
    const TransformerTrace trace = forwardPass(model, {1, 2, 3});
    REQUIRE(trace.encoder->layers.size() == 2);
    for (std::size_t l = 0; l < 2; ++l) {
        const LayerTrace& layer = trace.encoder->layers[l];
        REQUIRE(layer.sublayers.size() == 1);
        CHECK(layer.sublayers[0].kind == SublayerKind::FeedForward);
        checkSublayer(layer.sublayers[0], options, 3, 3, 2);
        CHECK(largest(layer.sublayers[0].output,
                      layerNorm(layer.sublayers[0].residual, model.weights, model.layout.encoder[l].norm2)) < 1e-12);
    }
    checkStackOutput(*trace.encoder, model, model.layout.encoderNorm);
}

TEST_CASE("classification logits are the generator applied to the mean of the encoder's rows", "[nn][forward]") {
    for (bool finalNorm : {false, true}) {
        TinyModelOptions options;
        options.finalNorm = finalNorm;
        const TransformerModel model = tinyModel(Task::Classification, options, 14);
        const TransformerTrace trace = forwardPass(model, {5, 0, 0, 3, 2});
        const Matrix mean = trace.encoder->output.colwise().mean();
        CHECK(largest(trace.pooled, mean) < 1e-15);
        CHECK(trace.logits.rows() == 1);
        CHECK(largest(trace.logits, generator(mean, model)) < 1e-12);
        CHECK(largest(trace.probabilities, softmaxRows(trace.logits)) == 0.0);
        CHECK(trace.predictions.size() == 1);
    }
}

TEST_CASE("a seq2seq decoder's trace: [causal self-attention, cross-attention onto the encoder, feed-forward]",
          "[nn][forward]") {
    for (NormPlacement norm : {NormPlacement::Post, NormPlacement::Pre}) {
        TinyModelOptions options;
        options.norm = norm;
        options.finalNorm = true;
        options.positional = PositionalEncoding::Learned;
        const TransformerModel model = tinyModel(Task::Seq2Seq, options, 15);
        const std::vector<int> input{0, 1, 2, 3, 4};
        const std::vector<int> decoderInput{4, 2, 0}; // <bos> y2 y0
        const TransformerTrace trace = forwardPass(model, input, decoderInput);
        REQUIRE(trace.encoder);
        REQUIRE(trace.decoder);
        CHECK(trace.decoder->tokens == decoderInput);
        checkStackInput(*trace.encoder, model, model.layout.srcEmbedding);
        checkStackInput(*trace.decoder, model, *model.layout.tgtEmbedding);
        for (const LayerTrace& layer : trace.decoder->layers) {
            REQUIRE(layer.sublayers.size() == 3);
            CHECK(layer.sublayers[0].kind == SublayerKind::SelfAttention);
            CHECK(layer.sublayers[1].kind == SublayerKind::CrossAttention);
            CHECK(layer.sublayers[2].kind == SublayerKind::FeedForward);
            CHECK(isCausal(layer.sublayers[0].mask));
            CHECK(isFull(layer.sublayers[1].mask)); // T × N, every input position allowed
            checkSublayer(layer.sublayers[0], options, 3, 3, 2);
            checkSublayer(layer.sublayers[1], options, 3, 5, 2);
            checkSublayer(layer.sublayers[2], options, 3, 3, 2);
            // Cross-attention's keys come from the encoder's output (after its final norm): K = out W_kᵀ + b_k.
            const AttentionSlots& cross = *model.layout.decoder[0].crossAttention;
            Matrix keys = trace.encoder->output * model.weights.matrix(cross.inProjWeight).middleRows(6, 6).transpose();
            keys.rowwise() += model.weights.vector(cross.inProjBias).segment(6, 6);
            CHECK(largest(trace.decoder->layers[0].sublayers[1].heads[1].k, keys.rightCols(3)) < 1e-12);
        }
        checkStackOutput(*trace.encoder, model, model.layout.encoderNorm);
        checkStackOutput(*trace.decoder, model, model.layout.decoderNorm);
        CHECK(largest(trace.logits, generator(trace.decoder->output, model)) < 1e-12);
        CHECK(trace.logits.rows() == 3);
        CHECK(trace.logits.cols() == 6);
    }
}

TEST_CASE("a language model's trace: the vocabulary's embedding, [causal self-attention, feed-forward] layers",
          "[nn][forward]") {
    TinyModelOptions options;
    options.norm = NormPlacement::Pre;
    options.finalNorm = true;
    const TransformerModel model = tinyModel(Task::LanguageModel, options, 16);
    const std::vector<int> input{6, 1, 1, 5};
    const TransformerTrace trace = forwardPass(model, input, {2, 2}); // a decoder input is ignored
    CHECK_FALSE(trace.encoder);
    REQUIRE(trace.decoder);
    CHECK(trace.decoder->tokens == input);
    checkStackInput(*trace.decoder, model, model.layout.srcEmbedding);
    for (const LayerTrace& layer : trace.decoder->layers) {
        REQUIRE(layer.sublayers.size() == 2);
        CHECK(layer.sublayers[0].kind == SublayerKind::SelfAttention);
        CHECK(layer.sublayers[1].kind == SublayerKind::FeedForward);
        CHECK(isCausal(layer.sublayers[0].mask));
    }
    checkStackOutput(*trace.decoder, model, model.layout.decoderNorm);
    CHECK(trace.logits.rows() == 4);
    CHECK(trace.logits.cols() == 7); // the vocabulary
    CHECK(largest(trace.logits, generator(trace.decoder->output, model)) < 1e-12);
    CHECK_FALSE(trace.wasGenerated);
    CHECK(trace.generated.empty());
}

TEST_CASE("probabilities are each row's softmax and predictions each row's argmax", "[nn][forward]") {
    const TransformerModel model = tinyModel(Task::Labelling, {}, 17);
    const TransformerTrace trace = forwardPass(model, {0, 1, 2, 3, 4, 5});
    CHECK(largest(trace.probabilities, softmaxRows(trace.logits)) == 0.0);
    REQUIRE(trace.predictions.size() == 6);
    for (int r = 0; r < 6; ++r) {
        Eigen::Index best;
        trace.logits.row(r).maxCoeff(&best);
        CHECK(trace.predictions[std::size_t(r)] == int(best));
        CHECK(std::abs(trace.probabilities.row(r).sum() - 1.0) < 1e-15);
    }
}
