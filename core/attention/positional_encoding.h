#pragma once
// The positional vectors eⁱ of MATH.md §1, one row per position (N × d_model).
#include "core/attention/model.h"
#include "core/base/matrix.h"

namespace al {

// eⁱ[2m] = sin(i / 10000^{2m/d_model}), eⁱ[2m+1] = cos(i / 10000^{2m/d_model});
// i is the 0-based position; with an odd d_model the last column is a sine.
Matrix sinusoidalPositions(int tokens, int dModel);

// None: zeros; sinusoidal: the table above; learned: the model's vectors.
Matrix positionalVectors(const Model& model, int tokens);

} // namespace al
