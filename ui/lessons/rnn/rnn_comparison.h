#pragma once
// The numbers the RNN-versus-self-attention lesson shows (MATH.md §11), computed from the
// sample's trace and the lesson's state, and kept per trace (TraceMemo): the RNN with W_h
// scaled by γ, its hidden states, and both layers' exact influence matrices.
#include "core/attention/trace.h"
#include "core/base/cancellation.h"
#include "core/rnn/elman_rnn.h"
#include "ui/lessons/rnn/rnn_state.h"
#include "ui/lessons/trace_memo.h"

#include <QVector>

#include <memory>

namespace al {

struct RnnComparison {
    RnnWeights weights; // the sample's RNN, W_h already scaled by γ
    double memory = 1.0;
    Matrix hidden;    // N × d_h, row t = hᵗ
    Matrix rnn;       // N × N, I_{t,s} = ‖∂hᵗ/∂aˢ‖_F (0 for s > t)
    Matrix attention; // N × N, I_{t,s} = ‖∂bᵗ/∂aˢ‖_F
    // The pairs (t, s) each layer can connect at all: s ≤ t for the RNN (it reads left to right),
    // the sample's mask M for self-attention. Elsewhere I = 0 by construction.
    MaskMatrix rnnPairs;       // N × N, lower triangle with the diagonal
    MaskMatrix attentionPairs; // N × N, M
};

// The sample's RNN for this trace: the block's matrices where it gives them (and they fit the
// trace's d_model), the seed's otherwise; W_h times `memory`.
RnnWeights rnnWeightsFor(const Trace& trace, const std::optional<RnnBlock>& block, double memory);

// Everything above for `trace` at the state's γ; the attention influence is computed once per
// trace, the RNN's once per γ. Checks `cancellation`.
std::shared_ptr<const RnnComparison> compareLayers(const std::shared_ptr<const Trace>& trace,
                                                   const RnnLessonState& state, const TraceMemo& memo,
                                                   Cancellation& cancellation);

// Influence against distance d = |t − s|: every pair `pairs` allows as a point, and the mean at
// each d over those pairs (the ones a layer cannot connect at all, where I = 0 by construction,
// would only drag the mean down). `positiveOnly` also leaves out other zeros (a log scale
// cannot show them).
struct DistanceProfile {
    QVector<double> pointDistance, pointInfluence; // one per pair
    QVector<double> distance, mean;                // one per distance present
};
DistanceProfile distanceProfile(const Matrix& influence, const MaskMatrix& pairs, bool positiveOnly);

// The input s ≠ t that output t depends on most in self-attention (t itself when N = 1).
int strongestInput(const Matrix& attentionInfluence, int t);

// The largest |eigenvalue| of W_h (its spectral radius ρ): the factor a linear recurrence would
// multiply by at each step; and the mean of tanh′ = 1 − h² over the states, what tanh keeps of it.
double spectralRadius(const Matrix& W_h);
double meanTanhSlope(const Matrix& hidden);

} // namespace al
