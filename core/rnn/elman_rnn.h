#pragma once
// The Elman RNN of MATH.md §11, the recurrent network the lecture sets beside self-attention:
//
//   h_t = tanh(W_x a_t + W_h h_{t−1} + b),  h_{−1} = 0        (t = 0 … N−1)
//
//   a₀      a₁      a₂            inputs (N × d_model)
//   │       │       │
//   ▼       ▼       ▼
//   h₀ ───▶ h₁ ───▶ h₂ ───▶ …     hidden states (N × d_h): h_t waits for h_{t−1}
//
// Its weights come from the sample's "rnn" block, or from the sample's seed for whatever the
// block does not give.
#include "core/attention/model.h"
#include "core/base/cancellation.h"
#include "core/base/matrix.h"

namespace al {

struct RnnWeights {
    Matrix W_x;  // d_h × d_model
    Matrix W_h;  // d_h × d_h
    RowVector b; // 1 × d_h
    int hiddenSize() const { return int(W_h.rows()); }
};

// The sample's RNN: its "rnn" block where it gives a matrix, else U(−1/√d_h, 1/√d_h) from the
// seed (PyTorch's nn.RNN initialisation), streams "rnn.W_x", "rnn.W_h", "rnn.b".
RnnWeights rnnWeightsOf(const Sample& sample);

// The hidden states, N × d_h: row t = h_t.
Matrix rnnHidden(const RnnWeights& weights, const Matrix& inputs);

// I_{t,s} = ‖∂h_t/∂a_s‖_F for every output t and input s (N × N; 0 for s > t), exact: the
// Jacobian blocks by the chain rule through the states, ∂h_t/∂a_s = D_t W_h … D_{s+1} W_h D_s W_x
// with D_t = diag(1 − h_t²). `hidden` is rnnHidden(weights, inputs).
Matrix rnnInfluence(const RnnWeights& weights, const Matrix& hidden, Cancellation& cancellation = neverCancelled());

} // namespace al
