#pragma once
// Why √d_k: for random q and k with independent entries of mean 0 and variance 1, q·k has
// variance d_k, so its spread grows as √d_k and softmax of unscaled scores tends to one-hot;
// q·k/√d_k has variance 1 whatever d_k. These numbers draw that.
#include "core/base/matrix.h"

#include <cstdint>

namespace al {

// `count` dot products q·k of random vectors of size dK (entries uniform on [−√3, √3]:
// mean 0, variance 1), from the seeded generator: the same numbers everywhere.
RowVector randomDotProducts(int dK, int count, std::uint64_t seed);

// Softmax of one row of scores (all allowed).
RowVector softmax(const RowVector& scores);

} // namespace al
