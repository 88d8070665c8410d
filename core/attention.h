#pragma once
// Self-attention, computed exactly as MATH.md defines it, keeping every intermediate.
#include "core/model.h"
#include "core/trace.h"

#include <string>

namespace al {

// The whole computation for one sample: positional encoding, projections, head split,
// scores, mask, normalisation, per-head outputs, concatenation, output projection.
Trace run(const Sample& sample);

// The scores α of one head (N × N) from its queries and keys (N × d_k): MATH.md §3,
// including the √d_k scaling and the temperature. Used by run() and by the lessons.
// The same into `scores` (resized to N × N; no allocation when it already is).
void attentionScoresInto(const ModelConfig& config, const Matrix& q, const Matrix& k, const Matrix& w_a, int head,
                         Matrix& scores);
Matrix attentionScores(const ModelConfig& config, const Matrix& q, const Matrix& k,
                       const Matrix& w_a, int head);

// The first field of the trace holding a NaN or an infinity ("heads[1].scores"), or ""
// when every number is finite. Huge inputs can overflow a double; callers must say so.
std::string firstNonFiniteField(const Trace& trace);

} // namespace al
