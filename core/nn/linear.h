#pragma once
// y = x Wᵀ + b for every row x: nn.Linear. The backward pass, as in llm.c's
// matmul_backward, ADDS into the gradients (a weight used twice gets both contributions).
#include "core/nn/parameters.h"
#include "core/nn/transformer_layout.h"

namespace al::nn {

// in R × I, weight O × I, bias O → R × O
Matrix linearForward(const Matrix& in, const Tensors& weights, const LinearSlots& slots);
// dOut R × O. grads[weight] += dOutᵀ in (O × I), grads[bias] += Σ_rows dOut; returns dIn = dOut W (R × I).
Matrix linearBackward(const Matrix& dOut, const Matrix& in, const Tensors& weights, const LinearSlots& slots,
                      Tensors& grads);

} // namespace al::nn
