#include "core/nn/feed_forward.h"

#include "core/nn/activation.h"
#include "core/nn/linear.h"

namespace al::nn {

// ----------------------------------------------------------------------------
// forward pass: in → linear1 → φ → linear2, each row on its own

void feedForwardForward(const Matrix& in, Activation activation, const Tensors& weights, const FeedForwardSlots& slots,
                        SublayerTrace& trace) {
    trace.hiddenPre = linearForward(in, weights, slots.linear1);                // R × d_ff
    trace.hidden = activationForward(activation, trace.hiddenPre);              // R × d_ff
    trace.sublayerOutput = linearForward(trace.hidden, weights, slots.linear2); // R × d
}

// ----------------------------------------------------------------------------
// backward pass: the same three steps in reverse

Matrix feedForwardBackward(const Matrix& dOut, const Matrix& in, const SublayerTrace& trace, Activation activation,
                           const Tensors& weights, const FeedForwardSlots& slots, Tensors& grads) {
    const Matrix dHidden = linearBackward(dOut, trace.hidden, weights, slots.linear2, grads); // R × d_ff
    const Matrix dHiddenPre = activationBackward(activation, dHidden, trace.hiddenPre);       // R × d_ff
    return linearBackward(dHiddenPre, in, weights, slots.linear1, grads);                     // R × d
}

} // namespace al::nn
