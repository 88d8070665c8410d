#pragma once
// How many query–key pairs a layer computes: the cost that makes long sequences (speech,
// images) expensive, and that truncated and causal attention reduce.
#include <cstdint>

namespace al {

std::int64_t fullAttentionPairs(std::int64_t tokens);                        // N²
std::int64_t causalAttentionPairs(std::int64_t tokens);                      // N(N+1)/2
std::int64_t windowAttentionPairs(std::int64_t tokens, std::int64_t radius); // Σᵢ |{j : |i−j| ≤ w}|

} // namespace al
