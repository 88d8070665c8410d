#pragma once
// Self-attention, computed exactly as MATH.md defines it, keeping every intermediate.
#include "core/model.h"
#include "core/trace.h"

#include <functional>
#include <string>

namespace al {

// Which of the N × N matrices run() keeps (128 MB each at N = 4096). Those not kept are
// recomputed exactly when asked for (withHeadScores, recomputedHead, recomputedHeadWeights).
enum class KeptMatrices {
    EveryHead,        // every head's scores α and weights α′: the trace file, the tests
    FirstHead,        // the first head's α and α′: the lessons show other heads' α′ only
                      // in the multi-head lesson (at N = 4096 with 8 heads, 1.8 GB less)
    FirstHeadWeights, // the first head's α′ alone: a variant compared by its α′
    None,             // none: only outputs are wanted (outputsOnly)
};

// Which heads run() computes: all of them, or, for a lesson comparing the first head's α′
// under other settings, the first head only (the other heads and the outputs b, c are
// then left empty: 1/H of the work).
enum class ComputedHeads { All, FirstOnly };

// The whole computation for one sample: positional encoding, projections, head split,
// scores, mask, normalisation, per-head outputs, concatenation, output projection.
Trace run(const Sample& sample, KeptMatrices kept = KeptMatrices::EveryHead, ComputedHeads computed = ComputedHeads::All);

// The outputs b (N × d_out), the same numbers as run(sample).output, keeping no N × N
// matrix on the way: for comparing outputs (the permutation demo) at any N.
Matrix outputsOnly(const Sample& sample);

// Head `head` computed anew from its q, k and v and the mask, by the very same arithmetic as
// run(), with its scores and weights kept: equal to a run() that kept them, bit for bit.
HeadTrace recomputedHead(const Trace& trace, int head);
// The same head's weights α′ (N × N) alone (its scores are not kept on the way).
Matrix recomputedHeadWeights(const Trace& trace, int head);

// Calls `use` with head `head`'s scores (N × N): the kept ones, or computed anew from its
// q and k by the very same arithmetic as run().
void withHeadScores(const Trace& trace, int head, const std::function<void(const Matrix&)>& use);

// The scores α of one head (N × N) from its queries and keys (N × d_k): MATH.md §3,
// including the √d_k scaling and the temperature, into `scores` (resized; no allocation
// when it already has the size). q may be a block of queries: the rows are then those.
void attentionScoresInto(const ModelConfig& config, Eigen::Ref<const Matrix> q, Eigen::Ref<const Matrix> k,
                         const Matrix& w_a, int head, Matrix& scores);

// The first field of the trace holding a NaN or an infinity ("heads[1].scores"), or ""
// when every number is finite. Huge inputs can overflow a double; callers must say so.
std::string firstNonFiniteField(const Trace& trace);

} // namespace al
