#pragma once
// Everything one run of self-attention produced, by value, in the row form of MATH.md §7:
// row i of every matrix is token i; in the N×N matrices row i is query i, column j key j.
//
//                 key j →
//   query i   α_{i,0} α_{i,1} … α_{i,N−1}     scores / weights, one row per query
//      ↓      …
#include "core/attention/head_attention.h"
#include "core/attention/model.h"
#include "core/base/cancellation.h"
#include "core/base/matrix.h"

#include <memory>

#include <string>
#include <vector>

namespace al {

struct HeadTrace {
    Matrix q;      // N × d_k, row i = q^{i,h}
    Matrix k;      // N × d_k, row j = k^{j,h}
    Matrix v;      // N × d_v, row j = v^{j,h}
    Matrix output; // N × d_v, row i = b^{i,h} = Σ_j α′_{i,j} v^{j,h}
    // Whether the head's scores α and weights α′ (Trace::attention) are free of ±∞ and NaN,
    // as run() found them: known without the N × N matrices at hand.
    bool scoresFinite = true;
    bool weightsFinite = true;
};

struct Trace {
    std::string title;
    std::string description; // shown by the lessons; not part of the trace file
    std::vector<std::string> tokens;
    ModelConfig config;                  // every default resolved
    Weights weights;                     // W_o only with the projection, w_a only for additive scoring
    Matrix inputs;                       // N × d_model, row i = aⁱ
    Matrix positional;                   // N × d_model, row i = eⁱ (zeros without positional encoding)
    Matrix x;                            // N × d_model, xⁱ = aⁱ + eⁱ
    MaskMatrix mask;                     // N × N, M
    std::vector<HeadTrace> heads;        // H entries (1 when run() computed the first head only)
    Matrix concat;                       // N × (H·d_v), cⁱ = [b^{i,0}; …; b^{i,H−1}]
    Matrix output;                       // N × d_out, bⁱ (d_out = d_model with the projection, H·d_v without)
    std::vector<int> fullyMaskedQueries; // queries i with no allowed key

    int tokenCount() const { return static_cast<int>(tokens.size()); }

    // Head `head`'s scores α and weights α′ (N × N each): those run() kept, or else computed
    // anew from the head's q, k, v and the mask by the very same arithmetic, bit for bit,
    // and shared with every other caller while anyone holds them. Safe from any thread; at
    // large N a computation (check()s `cancellation`, so call it off the GUI thread).
    // Throws std::out_of_range for a head the trace does not have.
    std::shared_ptr<const HeadAttention> attention(int head, Cancellation& cancellation = neverCancelled()) const;

    HeadAttentionCache attentionCache; // set by run(); read through attention()
};

} // namespace al
