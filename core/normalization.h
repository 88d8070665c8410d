#pragma once
// α → α′ for one query row (MATH.md §5). Shared by run() and the walkthrough, so the
// numbers a student sees in the walkthrough are the very ones in the trace.
#include "core/matrix.h"
#include "core/model.h"

namespace al {

using ScoreRow = Eigen::Ref<const RowVector>;                                     // 1 × N
using MaskRow = Eigen::Ref<const Eigen::Matrix<std::uint8_t, 1, Eigen::Dynamic>>; // 1 × N

// The parts of a stable softmax: μ = max over allowed keys of α, eⱼ = M·exp(αⱼ − μ),
// Z = Σ eⱼ; α′ⱼ = eⱼ / Z. With no allowed key: μ = 0, every eⱼ = 0, Z = 0 and α′ = 0.
struct SoftmaxTerms {
    double maxScore = 0;   // μ
    RowVector exps;        // 1 × N, eⱼ (0 for masked keys)
    double sum = 0;        // Z
    bool anyAllowed = false;
};

SoftmaxTerms softmaxTerms(ScoreRow scores, MaskRow allowed);

// Writes α′ for one row: softmax over the allowed keys, or relu (M·max(0, α), unnormalised).
RowVector normalizeRow(Normalization normalization, ScoreRow scores, MaskRow allowed);

} // namespace al
