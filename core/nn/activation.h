#pragma once
// φ of the feed-forward network, entry by entry: ReLU max(0, x), or exact GELU x·Φ(x) with
// Φ the normal CDF, ½(1 + erf(x/√2)) (PyTorch's "gelu", approximate="none").
#include "core/base/matrix.h"
#include "core/nn/architecture.h"

namespace al::nn {

Matrix activationForward(Activation activation, const Matrix& pre);
// dIn = dOut ⊙ φ′(pre); ReLU′(0) = 0 as in PyTorch.
Matrix activationBackward(Activation activation, const Matrix& dOut, const Matrix& pre);

} // namespace al::nn
