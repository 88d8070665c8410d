#pragma once
// One head's N × N matrices, and where a trace keeps them. They are the largest part of a
// trace (128 MB each at N = 4096), so run() keeps only those asked for (the first head's,
// for the lessons) and the others are computed again when someone asks (Trace::attention),
// then shared for as long as anyone holds them.
#include "core/base/matrix.h"

#include <memory>
#include <mutex>
#include <vector>

namespace al {

struct HeadAttention {
    Matrix scores;  // N × N, α after scaling and temperature, before the mask (row i = query i)
    Matrix weights; // N × N, α′ after the mask and the normalisation (row i = query i)
    // False when some α_{i,j} overflowed (±∞, or NaN from ∞ − ∞); softmax then takes its
    // limit and relu clamps (normalization.h), so weightsFinite stays true, checked all the same.
    bool scoresFinite = true;
    bool weightsFinite = true;
};

// The heads' HeadAttention of one trace: those its run kept, and those computed since,
// remembered weakly (the memory goes when no one holds them). Safe to use from several
// threads at once. A copy shares the kept ones and starts with nothing remembered.
class HeadAttentionCache {
public:
    HeadAttentionCache() = default;
    HeadAttentionCache(const HeadAttentionCache& other) : kept_(other.kept_) {}
    HeadAttentionCache& operator=(const HeadAttentionCache& other);

    // Set by run() while the trace is still its own, before anyone shares it.
    void keep(int head, std::shared_ptr<const HeadAttention> attention);
    // The kept matrices of `head`, or those computed earlier and still held somewhere; null
    // when neither.
    std::shared_ptr<const HeadAttention> find(int head) const;
    // Remembers matrices just computed for `head`, unless another thread was first: returns
    // the ones to use (the other thread's then, so that everyone shares one copy).
    std::shared_ptr<const HeadAttention> remember(int head, std::shared_ptr<const HeadAttention> attention) const;

private:
    std::vector<std::shared_ptr<const HeadAttention>> kept_;           // by head; null where not kept
    mutable std::mutex mutex_;                                         // guards computed_
    mutable std::vector<std::weak_ptr<const HeadAttention>> computed_; // by head
};

} // namespace al
