#pragma once
// How much each head of a decoder does what an "induction head" does: at a token seen
// before, look at the token that came right after its earlier occurrence (the one to copy).
// From a pass's own α′, nothing recomputed.
//
//   expected(i, j) = 1 when j = m + 1 for some m < i with t_m = t_i   (N × N, j ≤ i)
//   score(l, h)    = mean over the queries i that have an earlier occurrence of
//                    Σ_j expected(i, j) · α′^{l,h}(i, j)
// A score near 1: the head puts all its weight on the tokens to copy; near 0: elsewhere.
#include "core/base/matrix.h"
#include "core/nn/transformer_trace.h"

#include <vector>

namespace al {

struct InductionScores {
    MaskMatrix expected;      // N × N, the cells an induction head would attend to
    std::vector<int> queries; // the positions i whose token occurred earlier, ascending
    Matrix scores;            // L × H; all 0 when no token repeats (queries empty)
    int bestLayer = 0;        // the highest score (the first on a tie)
    int bestHead = 0;
};

// The expected cells of `tokens` alone.
MaskMatrix inductionCells(const std::vector<int>& tokens);

// For a decoder's stack (a language model's pass). A layer without self-attention heads
// scores 0 in every column.
InductionScores inductionScores(const nn::StackTrace& stack, int heads);

// The self-attention sublayer of a layer, or nullptr when it has none (no attention).
const nn::SublayerTrace* selfAttention(const nn::LayerTrace& layer);

} // namespace al
