#pragma once
// Everything one run of self-attention produced, by value, in the row form of MATH.md §7:
// row i of every matrix is token i; in the N×N matrices row i is query i, column j key j.
//
//                 key j →
//   query i   α_{i,0} α_{i,1} … α_{i,N−1}     scores / weights, one row per query
//      ↓      …
#include "core/matrix.h"
#include "core/model.h"

#include <string>
#include <vector>

namespace al {

struct HeadTrace {
    Matrix q;       // N × d_k, row i = q^{i,h}
    Matrix k;       // N × d_k, row j = k^{j,h}
    Matrix v;       // N × d_v, row j = v^{j,h}
    Matrix scores;  // N × N, α after scaling and temperature, before the mask;
                    // empty for heads after the first when run() kept only the first's
                    // (read any head's with withHeadScores)
    Matrix weights; // N × N, α′ after the mask and the normalisation; empty as the scores
                    // (read any head's with recomputedHeadWeights)
    Matrix output;  // N × d_v, row i = b^{i,h} = Σ_j α′_{i,j} v^{j,h}
    // False when some α_{i,j} overflowed (±∞, or NaN from ∞ − ∞), kept or not: softmax then
    // takes its limit and relu clamps (normalization.h), so weightsFinite stays true; it is
    // checked all the same, as every other part of the trace is.
    bool scoresFinite = true;
    bool weightsFinite = true;
};

struct Trace {
    std::string title;
    std::string description; // shown by the lessons; not part of the trace file
    std::vector<std::string> tokens;
    ModelConfig config;     // every default resolved
    Weights weights;        // W_o only with the projection, w_a only for additive scoring
    Matrix inputs;          // N × d_model, row i = aⁱ
    Matrix positional;      // N × d_model, row i = eⁱ (zeros without positional encoding)
    Matrix x;               // N × d_model, xⁱ = aⁱ + eⁱ
    MaskMatrix mask;        // N × N, M
    std::vector<HeadTrace> heads;          // H entries
    Matrix concat;          // N × (H·d_v), cⁱ = [b^{i,0}; …; b^{i,H−1}]
    Matrix output;          // N × d_out, bⁱ (d_out = d_model with the projection, H·d_v without)
    std::vector<int> fullyMaskedQueries;   // queries i with no allowed key

    int tokenCount() const { return static_cast<int>(tokens.size()); }
};

} // namespace al
