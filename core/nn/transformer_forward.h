#pragma once
// One pass through a whole Transformer (MATH.md §9), keeping every intermediate:
//   tokens → E[t] + e (embedding, positions) → layers of sublayers, each wrapped in
//   Add & Norm (post: LN(x + F(x)); pre: x + F(LN(x))) → final LayerNorm (optional) →
//   task head (labelling: every row; classification: the mean of the rows; seq2seq and
//   language model: the decoder's rows) → logits → probabilities → predictions.
#include "core/nn/transformer_model.h"
#include "core/nn/transformer_trace.h"

#include <vector>

namespace al::nn {

// Ids of the model's vocabularies. Encoder tasks read `input`. seq2seq: the encoder reads
// `input` and the decoder `decoderInput` ([<bos>, y₁ … y_T], ids of the outputs). A
// language model reads `input` (ids of the vocabulary) and ignores decoderInput.
// Every sequence is at most architecture.maxLength long (the caller checks).
TransformerTrace forwardPass(const TransformerModel& model, const std::vector<int>& input,
                             const std::vector<int>& decoderInput = {});

// Greedy generation (MATH.md §9): seq2seq from [<bos>], a language model from the prompt
// `input`; the last row's argmax (lowest id on a tie) is the next token; <eos> ends it and
// is not appended; otherwise it is appended and the model reads again, until what it reads
// has max_length tokens. Returns the single pass over what it read last, with `generated`
// (the new tokens, with <eos> when reached) and wasGenerated set.
TransformerTrace generate(const TransformerModel& model, const std::vector<int>& input);

// The id of a token in the outputs (seq2seq's "<bos>", "<eos>") or the vocabulary (a
// language model's "<eos>"); −1 when there is none.
int outputId(const TransformerModel& model, std::string_view token);

} // namespace al::nn
