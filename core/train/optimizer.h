#pragma once
// One update of every weight from its gradient, exactly as torch.optim defines it
// (MATH.md §10), on the model's flat parameter array:
//   sgd:   g ← g + λθ (weight decay λ, PyTorch's SGD), buf ← μ·buf + g (buf₀ = g), θ ← θ − η·buf
//          (plain θ ← θ − η·g when μ = 0)
//   adam:  θ ← θ(1 − ηλ) first when λ > 0 (AdamW, decoupled weight decay); then
//          m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², t ← t + 1,
//          θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
// with β₁ = 0.9, β₂ = 0.999, ε = 1e-8, in torch.optim's order of operations (so that the
// numbers agree with it to rounding).
#include "core/nn/transformer_model.h"

#include <vector>

namespace al::train {

struct OptimizerSettings {
    nn::Optimizer kind = nn::Optimizer::Adam;
    double learningRate = 1e-3; // η
    double momentum = 0;        // μ, sgd
    double weightDecay = 0;     // λ
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-8;
};

// What an optimiser remembers between steps: the momentum buffer (sgd), or the first and
// second moments and the step count (adam). Sized on the first step.
struct OptimizerState {
    std::vector<double> first;  // buf (sgd) or m (adam)
    std::vector<double> second; // v (adam)
    long long steps = 0;        // t
};

// θ ← update(θ, g). `weights` and `gradients` have the same length.
void optimizerStep(const OptimizerSettings& settings, OptimizerState& state, std::vector<double>& weights,
                   const std::vector<double>& gradients);

} // namespace al::train
