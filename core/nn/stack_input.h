#pragma once
// What a stack reads (MATH.md §9 "Tokens to vectors"): xⁱ = E[tᵢ] + eⁱ, the embedding row
// of token tᵢ plus the positional vector of position i (none: 0; sinusoidal: §1's table;
// learned: row i of positional.weight, max_length × d, shared by encoder and decoder).
#include "core/nn/transformer_model.h"
#include "core/nn/transformer_trace.h"

#include <vector>

namespace al::nn {

// Fills trace.tokens, trace.embedded, trace.positional and trace.x (N × d each).
void stackInputForward(const TransformerModel& model, const Slot& embedding, const std::vector<int>& tokens,
                       StackTrace& trace);
// dX N × d, the gradient of trace.x: scatter-added into the embedding rows the tokens came
// from and, with learned positions, into rows 0 … N−1 of positional.weight.
void stackInputBackward(const TransformerModel& model, const Slot& embedding, const StackTrace& trace, const Matrix& dX,
                        Tensors& grads);

} // namespace al::nn
