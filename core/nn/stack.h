#pragma once
// A stack of Transformer layers (MATH.md §9 "Blocks"), from tokens to its output rows:
//   tokens → x = E[t] + e → layer 0 → … → layer L−1 → final LayerNorm (optional) → output
// Each layer is a list of sublayers, each wrapped in its Add & Norm (sublayer.h):
//   encoder                 [self-attention, feed-forward]
//   feed-forward baseline   [feed-forward]                        (architecture.attention false)
//   seq2seq decoder         [causal self-attention, cross-attention, feed-forward]
//   language model          [causal self-attention, feed-forward]
#include "core/nn/sublayer.h"
#include "core/nn/transformer_model.h"
#include "core/nn/transformer_trace.h"

#include <vector>

namespace al::nn {

// Which stack, as pointers into the model's slots (valid while the model lives).
struct StackSpec {
    Slot embedding; // src_embedding, or tgt_embedding for seq2seq's decoder
    std::vector<std::vector<SublayerSpec>> layers;
    const LayerNormSlots* finalNorm = nullptr; // encoder.norm / decoder.norm with final_norm
};

StackSpec encoderStack(const TransformerModel& model); // labelling, classification, seq2seq
StackSpec decoderStack(const TransformerModel& model); // seq2seq, language model

// tokens N ids; memory the encoder's output (seq2seq's decoder only, else nullptr).
StackTrace stackForward(const TransformerModel& model, const StackSpec& spec, const std::vector<int>& tokens,
                        const Matrix* memory);

// dOutput N × d, the gradient of trace.output. Adds every weight's gradient of the stack
// (embedding and learned positions included) into `grads`; the decoder ADDS the gradient of
// `memory` into dMemory (the encoder's N × d), which the encoder's backward then takes.
// dAttentionWeights, when given, receives ∂/∂α′ of every head, [layer][sublayer][head] as
// trace.layers[l].sublayers[s].heads[h] (R × C each); a feed-forward sublayer's list is empty.
void stackBackward(const TransformerModel& model, const StackSpec& spec, const StackTrace& trace, Matrix dOutput,
                   const Matrix* memory, Matrix* dMemory, Tensors& grads,
                   std::vector<std::vector<std::vector<Matrix>>>* dAttentionWeights = nullptr);

} // namespace al::nn
