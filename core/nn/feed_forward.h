#pragma once
// FFN(x) = W₂ φ(W₁ x + b₁) + b₂ for each row (MATH.md §9): each position through the same
// fully-connected network, on its own.
#include "core/nn/architecture.h"
#include "core/nn/parameters.h"
#include "core/nn/transformer_layout.h"
#include "core/nn/transformer_trace.h"

namespace al::nn {

// in R × d. Fills trace.hiddenPre (R × d_ff), trace.hidden (R × d_ff) and
// trace.sublayerOutput (R × d).
void feedForwardForward(const Matrix& in, Activation activation, const Tensors& weights, const FeedForwardSlots& slots,
                        SublayerTrace& trace);
// dOut R × d, the gradient of trace.sublayerOutput. Adds into grads; returns dIn (R × d).
Matrix feedForwardBackward(const Matrix& dOut, const Matrix& in, const SublayerTrace& trace, Activation activation,
                           const Tensors& weights, const FeedForwardSlots& slots, Tensors& grads);

} // namespace al::nn
