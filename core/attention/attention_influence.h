#pragma once
// How much each input of self-attention moves each output (MATH.md §11):
// I_{t,s} = ‖∂bᵗ/∂aˢ‖_F, the Frobenius norm of a d_out × d_model block of the Jacobian of the
// sample's whole layer (positions, projections, every head's scores, masks, normalisation,
// concatenation, output projection), exact: by the reverse pass of the layer, one output row
// at a time. Positions are added to the inputs (x = a + e), so ∂/∂a = ∂/∂x.
#include "core/attention/trace.h"
#include "core/base/cancellation.h"
#include "core/base/matrix.h"

namespace al {

// The largest N the influence is computed for: N reverse passes of d_out rows each, about
// N² · d_out · d_model · H multiply-adds.
inline constexpr int maxInfluenceTokens = 512;

// N × N: row t = output bᵗ, column s = input aˢ; 0 where the mask keeps s from t entirely.
// `trace` is a run() of every head (ComputedHeads::All) with at most maxInfluenceTokens tokens:
// the command and the lesson refuse longer samples with a message before they ask.
Matrix attentionInfluence(const Trace& trace, Cancellation& cancellation = neverCancelled());

} // namespace al
