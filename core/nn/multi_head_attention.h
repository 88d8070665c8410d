#pragma once
// Multi-head attention with biases across two sequences (MATH.md §9, nn.MultiheadAttention):
//   Q = X_q W_qᵀ + b_q (R × d), K = X_kv W_kᵀ + b_k, V = X_kv W_vᵀ + b_v (C × d);
//   head h takes columns [h·d_h, (h+1)·d_h); α^h = Q^h K^hᵀ / √d_h (R × C);
//   α′^h = softmax of each row over the keys the mask allows (a row with none: all 0);
//   b^h = α′^h V^h (R × d_h); c = [b⁰ … b^{H−1}] (R × d); out = c W_oᵀ + b_o (R × d).
// Self-attention: X_q = X_kv (R = C). Cross-attention: queries from the decoder (R = T
// rows), keys and values from the encoder's output (C = N rows).
// The softmax is core/attention/normalization.h's, the very one of the single layer.
#include "core/nn/parameters.h"
#include "core/nn/transformer_layout.h"
#include "core/nn/transformer_trace.h"

#include <vector>

namespace al::nn {

// queries R × d, keysValues C × d, mask R × C. Fills trace.mask, trace.heads (H of them),
// trace.concat and trace.sublayerOutput.
void attentionForward(const Matrix& queries, const Matrix& keysValues, const MaskMatrix& mask, int heads,
                      const Tensors& weights, const AttentionSlots& slots, SublayerTrace& trace);
// dOut R × d, the gradient of trace.sublayerOutput. Adds into grads; ADDS the gradient with
// respect to keysValues into dKeysValues (C × d, sized by the caller) and returns the one
// with respect to queries (R × d). For self-attention the caller adds the two.
// dAttentionWeights, when given, receives ∂/∂α′ of every head (H matrices R × C): dOutput^h V^hᵀ,
// the gradient with α′ taken as free numbers, masked cells included (as PyTorch's retain_grad
// on the softmax's output reports it), before it goes back through the softmax.
Matrix attentionBackward(const Matrix& dOut, const Matrix& queries, const Matrix& keysValues,
                         const SublayerTrace& trace, int heads, const Tensors& weights, const AttentionSlots& slots,
                         Tensors& grads, Matrix& dKeysValues, std::vector<Matrix>* dAttentionWeights = nullptr);

// M(i, j) = [j ≤ i] (R × C): the decoder's masked self-attention.
MaskMatrix causalMask(int rows, int cols);
MaskMatrix fullMask(int rows, int cols); // every key allowed

} // namespace al::nn
