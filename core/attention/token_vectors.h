#pragma once
// A vector for a word the user types into the sentence. It depends on the seed and the
// word's text only, so the same word always starts with the same vector: "saw" and "saw"
// are equal inputs, and only self-attention, through their neighbours, tells them apart.
//
// The numbers: SeededRandom(seed, "token:" + text), i.e. state₀ = seed ⊕ FNV-1a-64 of the
// UTF-8 bytes of "token:" + text, then SplitMix64 (core/base/seeded_random.h); d_model entries
// U(−1/√d_model, 1/√d_model), the range nn.Linear gives a layer of d_model inputs. Whatever
// d_model, such a vector's length is about 1/√3 ≈ 0.58, near that of the samples' own.
#include "core/base/matrix.h"

#include <cstdint>
#include <string_view>

namespace al {

RowVector tokenVector(std::uint64_t seed, std::string_view text, int dModel); // 1 × d_model

} // namespace al
