#pragma once
// Softmax and cross-entropy on the output layer's logits (MATH.md §10), computed stably:
// log pᵣ[t] = zᵣ[t] − max zᵣ − log Σ exp(zᵣ − max zᵣ).
#include "core/base/matrix.h"

#include <vector>

namespace al::nn {

// logits R × classes → probabilities R × classes (each row sums to 1).
Matrix softmaxRows(const Matrix& logits);
// −Σᵣ log pᵣ[targets[r]]: a SUM over the R rows; the caller divides by the batch's P.
double crossEntropySum(const Matrix& logits, const std::vector<int>& targets);
// The gradient of scale · crossEntropySum: scale · (p − onehot(target)) (R × classes).
Matrix crossEntropyBackward(const Matrix& probabilities, const std::vector<int>& targets, double scale);

} // namespace al::nn
