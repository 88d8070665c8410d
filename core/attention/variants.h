#pragma once
// The same computation with one thing changed, for the lessons that compare: another
// scoring, no positional encoding, shuffled tokens. Everything is rebuilt from a Trace, so
// a variant differs from the original in exactly the one thing asked for.
#include "core/attention/attention.h"
#include "core/attention/model.h"
#include "core/attention/trace.h"

#include <vector>

namespace al {

// A sample that runs to the same trace: the trace's inputs, configuration and weights,
// its mask as one custom mask, and its positional vectors when they were learned.
Sample sampleFromTrace(const Trace& trace);

// The trace again under another configuration (weights that still fit are kept, the
// others generated from the seed, as in reconfigure()). Requires checkConfig() == "".
// The first head's α and α′ are kept (a variant is compared by them, Trace::attention(0));
// the other heads' are computed when asked for.
Trace runVariant(const Trace& trace, const ModelConfig& config, ComputedHeads computed = ComputedHeads::All,
                 Cancellation& cancellation = neverCancelled());

// Self-attention on the tokens in another order: input i of the variant is input
// order[i] of the original. Positions stay where they are (position i keeps eⁱ), and the
// masks are dropped: only the order of the inputs changes.
struct PermutationDemo {
    std::vector<int> order;   // a permutation of 0 … N−1
    Matrix original;          // N × d_out, b of the original order (no mask)
    Matrix permuted;          // N × d_out, b of the shuffled inputs
    Matrix difference;        // N × d_out, permuted(i) − original(order[i])
    double largestDifference; // max |difference|: 0 (to rounding) exactly when equivariant
};
PermutationDemo permutationDemo(const Trace& trace, const std::vector<int>& order, PositionalEncoding positional,
                                Cancellation& cancellation = neverCancelled());

// A fixed, visible shuffle for the demo: the tokens in reverse order.
std::vector<int> reversedOrder(int tokens);

} // namespace al
