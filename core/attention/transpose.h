#pragma once
// Transposes in cache-sized tiles. The lecture's column form shows every matrix of the
// trace transposed (A = Sᵀ, N × N); a plain transpose of a row-major 1024 × 1024 matrix
// touches a new cache line for nearly every entry it writes, four times as slow.
#include "core/base/matrix.h"

namespace al {

Matrix transposed(const Matrix& matrix); // rows × cols → cols × rows, exactly

} // namespace al
