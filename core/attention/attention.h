#pragma once
// Self-attention, computed exactly as MATH.md defines it, keeping every intermediate.
#include "core/attention/model.h"
#include "core/attention/trace.h"

#include <string>

namespace al {

// Which heads' N × N matrices run() keeps (128 MB each at N = 4096). It changes no number:
// Trace::attention hands any head's, computing those not kept when asked for.
enum class KeptMatrices {
    EveryHead, // every head's scores α and weights α′: the tests
    FirstHead, // the first head's, which the lessons show at once (at N = 4096 with 8 heads,
               // 1.8 GB less; the multi-head lesson's others are computed when it needs them)
    None,      // none: only outputs are wanted (outputsOnly)
};

// Which heads run() computes: all of them, or, for a lesson comparing the first head's α′
// under other settings, the first head only (1/H of the work): the trace then has that one
// head, and no outputs b, c.
enum class ComputedHeads { All, FirstOnly };

// The whole computation for one sample: positional encoding, projections, head split,
// scores, mask, normalisation, per-head outputs, concatenation, output projection.
// Checks `cancellation` between passes and every few million multiply-adds within them
// (throwing Cancelled when asked to stop) and reports its progress there, up to 1.
Trace run(const Sample& sample, KeptMatrices kept = KeptMatrices::EveryHead,
          ComputedHeads computed = ComputedHeads::All, Cancellation& cancellation = neverCancelled());

// The part of the progress from 0 to 1 that one run makes when a computation is several.
struct ProgressShare {
    double from = 0.0, to = 1.0;
};

// The outputs b (N × d_out), the same numbers as run(sample).output, keeping no N × N
// matrix on the way: for comparing outputs (the permutation demo) at any N.
Matrix outputsOnly(const Sample& sample, Cancellation& cancellation = neverCancelled(), ProgressShare share = {});

// The scores α of one head (N × N) from its queries and keys (N × d_k): MATH.md §3,
// including the √d_k scaling and the temperature, into `scores` (resized; no allocation
// when it already has the size). q may be a block of queries: the rows are then those.
void attentionScoresInto(const ModelConfig& config, Eigen::Ref<const Matrix> q, Eigen::Ref<const Matrix> k,
                         const Matrix& w_a, int head, Matrix& scores);

// The first field of the trace holding a NaN or an infinity ("heads[1].scores"), or ""
// when every number is finite. Huge inputs can overflow a double; callers must say so.
std::string firstNonFiniteField(const Trace& trace);

} // namespace al
