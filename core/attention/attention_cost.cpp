#include "core/attention/attention_cost.h"

#include <algorithm>

namespace al {

std::int64_t fullAttentionPairs(std::int64_t n) {
    return n * n;
}

std::int64_t causalAttentionPairs(std::int64_t n) {
    return n * (n + 1) / 2;
}

std::int64_t windowAttentionPairs(std::int64_t n, std::int64_t w) {
    // Row i sees keys max(0, i−w) … min(N−1, i+w).
    std::int64_t pairs = 0;
    for (std::int64_t i = 0; i < n; ++i)
        pairs += std::min(n - 1, i + w) - std::max<std::int64_t>(0, i - w) + 1;
    return pairs;
}

} // namespace al
