#pragma once
// Tiny whole models for the tests (d_model 6, 2 heads, d_ff 6, a handful of tokens) with
// every weight random (biases and LayerNorm β non-zero, γ around 1), so that no term of a
// gradient can hide behind an initial zero or one; and one training example per task.
#include "core/nn/transformer_backward.h"
#include "core/nn/transformer_model.h"

#include <cstdint>
#include <string>

namespace al::nn::testing {

struct TinyModelOptions {
    NormPlacement norm = NormPlacement::Post;
    Activation activation = Activation::Relu;
    PositionalEncoding positional = PositionalEncoding::Sinusoidal;
    bool finalNorm = false;
    bool attention = true; // false: the feed-forward-only baseline
    int layers = 2;        // encoder and decoder layers each
    int maxLength = 7;
};

// Vocabulary w0 … w5 (a language model's also holds "<eos>" as id 6); outputs L0 … L2
// (labelling, classification) or y0 … y3, "<bos>", "<eos>" (seq2seq: <bos> 4, <eos> 5).
TransformerModel tinyModel(Task task, const TinyModelOptions& options, std::uint64_t seed);

// One example per task: 4 input tokens (a language model reads 5); seq2seq has 3 targets.
Example tinyExample(Task task, std::uint64_t seed);

// "labelling post relu sinusoidal final-norm", for messages.
std::string describe(Task task, const TinyModelOptions& options);

} // namespace al::nn::testing
