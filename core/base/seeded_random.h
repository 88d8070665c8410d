#pragma once
// Deterministic numbers for the weights and vectors a sample does not give.
// The same seed gives the same bits on every platform and compiler: only integer
// arithmetic, one exact conversion to double and one IEEE multiplication per number
// (no std::*_distribution, whose algorithms the standard leaves to the library).
// tests/tools/reference_model.py implements the same generator independently.
#include "core/base/matrix.h"

#include <cstdint>
#include <string_view>

namespace al {

class SeededRandom {
public:
    // One independent stream per (seed, name), e.g. (1, "W_q"):
    // state₀ = seed ⊕ FNV-1a-64(name); then SplitMix64.
    SeededRandom(std::uint64_t seed, std::string_view streamName);

    std::uint64_t nextBits(); // SplitMix64
    double nextUniform();     // in [0, 1): the top 53 bits · 2⁻⁵³
    double nextSymmetric();   // in [−1, 1): 2·u − 1

private:
    std::uint64_t state_;
};

// rows × cols, filled row by row with nextSymmetric() · scale.
Matrix uniformMatrix(std::uint64_t seed, std::string_view streamName, int rows, int cols, double scale);

} // namespace al
