#pragma once
// α → α′ for one query row (MATH.md §5). Shared by run() and the walkthrough, so the
// numbers a student sees in the walkthrough are the very ones in the trace.
#include "core/attention/model.h"
#include "core/base/matrix.h"

namespace al {

using ScoreRow = Eigen::Ref<const RowVector>;                                     // 1 × N
using MaskRow = Eigen::Ref<const Eigen::Matrix<std::uint8_t, 1, Eigen::Dynamic>>; // 1 × N

// The parts of a stable softmax: μ = max over allowed keys of α, eⱼ = M·exp(αⱼ − μ),
// Z = Σ eⱼ; α′ⱼ = eⱼ / Z. With no allowed key: μ = 0, every eⱼ = 0, Z = 0 and α′ = 0.
//
// Scores that overflowed (±∞, or NaN from ∞ − ∞; firstNonFiniteField reports them) get
// softmax's limit, so that α′ stays finite and every row still sums to 1:
//   - some allowed key scores +∞: those keys share the weight equally (eⱼ = 1, μ = +∞);
//   - otherwise keys at −∞ or NaN get 0 and the finite ones the softmax among themselves;
//   - no allowed key has a finite or +∞ score: the allowed keys share the weight equally
//     (eⱼ = 1, μ = −∞).
// relu maps +∞ to the largest double and NaN to 0.
struct SoftmaxTerms {
    double maxScore = 0; // μ
    RowVector exps;      // 1 × N, eⱼ (0 for masked keys)
    double sum = 0;      // Z
    bool anyAllowed = false;
};

SoftmaxTerms softmaxTerms(ScoreRow scores, MaskRow allowed);
// The same into `exps` (1 × N, sized), μ and Z; false when no key is allowed.
bool softmaxInto(ScoreRow scores, MaskRow allowed, Eigen::Ref<RowVector> exps, double& maxScore, double& sum);

// α′ for one row: softmax over the allowed keys, or relu (M·max(0, α), unnormalised).
RowVector normalizeRow(Normalization normalization, ScoreRow scores, MaskRow allowed);
// The same written into `weights` (1 × N): run() normalises N rows per head without
// allocating, by the very same arithmetic. The exponentials are made in `weights` itself
// and multiplied by 1/Z (within one unit in the last place of eⱼ/Z, and a division less
// per entry).
void normalizeRowInto(Normalization normalization, ScoreRow scores, MaskRow allowed, Eigen::Ref<RowVector> weights);

} // namespace al
