#pragma once
// The lecture's computation of one output bⁱ, term by term (MATH.md §3–§6), for the
// step-by-step lesson: every αᵢ,ⱼ as its sum of products, every α′ᵢ,ⱼ with its softmax
// parts, every α′ᵢ,ⱼ vʲ, and bⁱ. Read from a Trace, so it shows the trace's very numbers.
#include "core/attention/trace.h"

#include <vector>

namespace al {

struct KeyTerm {
    int key = 0;             // j
    bool allowed = true;     // M(i, j)
    RowVector products;      // 1 × d_k: dot scoring q_d·k_d; additive w_a,d·tanh(q_d + k_d)
    double sum = 0;          // Σ_d products — q·k itself for dot scoring
    double score = 0;        // α_{i,j} = sum · scale (the trace's score)
    double exponential = 0;  // softmax only: e^{α_{i,j} − μ}, 0 for a masked key
    double weight = 0;       // α′_{i,j}
    RowVector weightedValue; // 1 × d_v: α′_{i,j} v^j
};

struct QueryWalkthrough {
    int query = 0;       // i
    int head = 0;        // h
    double scale = 1;    // α = sum · scale: 1/(√d_k·τ) for scaled dot, 1/τ otherwise
    double maxScore = 0; // softmax: μ, the largest allowed score
    double expSum = 0;   // softmax: Z = Σ_j e^{α_{i,j} − μ}
    bool fullyMasked = false;
    std::vector<KeyTerm> keys; // N entries, key 0 … N−1
    RowVector output;          // 1 × d_v: b^{i,h} = Σ_j α′_{i,j} v^j (the trace's row)
};

// Throws std::out_of_range for a query or head outside the trace.
QueryWalkthrough walkthrough(const Trace& trace, int query, int head = 0);

} // namespace al
