#pragma once
// LN(x) = γ ⊙ (x − μ) / √(σ² + ε) + β over the d entries of each row, σ² the biased
// variance, ε = 1e-5 (MATH.md §9; nn.LayerNorm).
#include "core/nn/parameters.h"
#include "core/nn/transformer_layout.h"
#include "core/nn/transformer_trace.h"

namespace al::nn {

inline constexpr double layerNormEpsilon = 1e-5;

// in R × d → R × d; `cache` gets each row's μ and 1/√(σ² + ε) for the backward pass.
Matrix layerNormForward(const Matrix& in, const Tensors& weights, const LayerNormSlots& slots, LayerNormCache& cache);
// dOut R × d. grads[γ] += Σ_rows dOut ⊙ x̂, grads[β] += Σ_rows dOut; returns dIn (R × d).
Matrix layerNormBackward(const Matrix& dOut, const Matrix& in, const LayerNormCache& cache, const Tensors& weights,
                         const LayerNormSlots& slots, Tensors& grads);

} // namespace al::nn
