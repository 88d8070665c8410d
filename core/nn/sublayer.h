#pragma once
// One sublayer F of a Transformer block wrapped in its Add & Norm (MATH.md §9):
//   post-norm (the paper, PyTorch's default):  out = LN(x + F(x))
//   pre-norm  (GPT-2, norm_first=True):        out = x + F(LN(x))
// F is self-attention (every key allowed, or causal in a decoder), cross-attention onto
// the encoder's output (every key allowed) or the feed-forward network. Forward and
// backward side by side, as llm.c keeps layernorm_forward next to layernorm_backward.
#include "core/nn/architecture.h"
#include "core/nn/parameters.h"
#include "core/nn/transformer_layout.h"
#include "core/nn/transformer_trace.h"

#include <vector>

namespace al::nn {

// Which sublayer, and the weights it reads (pointers into a model's TransformerSlots).
struct SublayerSpec {
    SublayerKind kind = SublayerKind::FeedForward;
    const AttentionSlots* attention = nullptr;     // self- and cross-attention
    const FeedForwardSlots* feedForward = nullptr; // feed-forward
    const LayerNormSlots* norm = nullptr;          // the LayerNorm of its Add & Norm
    bool causal = false;                           // self-attention of a decoder: M(i, j) = [j ≤ i]
};

// input R × d; memory C × d, the encoder's output (cross-attention only, else nullptr).
// Fills every field of `trace` that the sublayer's kind has (normedInput only with pre-norm).
void sublayerForward(const Matrix& input, const Matrix* memory, const SublayerSpec& spec,
                     const Architecture& architecture, const Tensors& weights, SublayerTrace& trace);

// dOutput R × d, the gradient of trace.output. Adds every weight's gradient into `grads`;
// cross-attention ADDS the gradient of `memory` into dMemory (C × d). Returns dInput (R × d).
// An attention sublayer puts ∂/∂α′ of its heads into dAttentionWeights when given (H matrices
// R × C, see attentionBackward); a feed-forward one leaves it as it is.
Matrix sublayerBackward(const Matrix& dOutput, const SublayerTrace& trace, const Matrix* memory, Matrix* dMemory,
                        const SublayerSpec& spec, const Architecture& architecture, const Tensors& weights,
                        Tensors& grads, std::vector<Matrix>* dAttentionWeights = nullptr);

} // namespace al::nn
