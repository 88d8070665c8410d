#include "core/train/optimizer.h"

#include <cassert>
#include <cmath>
#include <cstddef>

namespace al::train {
namespace {

// torch.optim.SGD (foreach=False): d_p = g + λθ; buf = d_p on the first step, else
// μ·buf + d_p; θ −= η·buf.
void sgdStep(const OptimizerSettings& s, OptimizerState& state, std::vector<double>& theta,
             const std::vector<double>& g) {
    const bool momentum = s.momentum != 0;
    const bool first = state.first.empty();
    if (momentum && first) state.first.assign(theta.size(), 0.0);
    for (std::size_t i = 0; i < theta.size(); ++i) {
        double step = g[i];
        if (s.weightDecay != 0) step += s.weightDecay * theta[i];
        if (momentum) {
            state.first[i] = first ? step : s.momentum * state.first[i] + step;
            step = state.first[i];
        }
        theta[i] -= s.learningRate * step;
    }
}

// torch.optim.Adam / AdamW (single-tensor path): m.mul_(β₁).add_(g, 1 − β₁);
// v.mul_(β₂).addcmul_(g, g, 1 − β₂); denom = √v / √(1 − β₂ᵗ) + ε;
// θ.addcdiv_(m, denom, −η / (1 − β₁ᵗ)).
void adamStep(const OptimizerSettings& s, OptimizerState& state, std::vector<double>& theta,
              const std::vector<double>& g) {
    if (state.first.empty()) {
        state.first.assign(theta.size(), 0.0);
        state.second.assign(theta.size(), 0.0);
    }
    const long long t = ++state.steps;
    const double biasCorrection1 = 1 - std::pow(s.beta1, double(t));
    const double biasCorrection2Sqrt = std::sqrt(1 - std::pow(s.beta2, double(t)));
    const double stepSize = s.learningRate / biasCorrection1;
    const double decay = s.weightDecay != 0 ? 1 - s.learningRate * s.weightDecay : 1.0; // θ·1 is θ
    const double beta1 = s.beta1, beta2 = s.beta2, epsilon = s.epsilon;
    double* weight = theta.data();
    double* first = state.first.data();
    double* second = state.second.data();
    const double* gradient = g.data();
    const std::size_t size = theta.size();
    // Entry by entry, the same operations on each: one SIMD lane per weight (a square root
    // and a division per weight are most of a training step's optimiser time otherwise).
#pragma omp simd
    for (std::size_t i = 0; i < size; ++i) {
        weight[i] *= decay;
        first[i] = first[i] * beta1 + gradient[i] * (1 - beta1);
        second[i] = second[i] * beta2 + gradient[i] * gradient[i] * (1 - beta2);
        const double denominator = std::sqrt(second[i]) / biasCorrection2Sqrt + epsilon;
        weight[i] += -stepSize * (first[i] / denominator);
    }
}

} // namespace

void optimizerStep(const OptimizerSettings& settings, OptimizerState& state, std::vector<double>& weights,
                   const std::vector<double>& gradients) {
    assert(weights.size() == gradients.size());
    if (settings.kind == nn::Optimizer::Sgd) {
        ++state.steps;
        sgdStep(settings, state, weights, gradients);
    } else {
        adamStep(settings, state, weights, gradients);
    }
}

} // namespace al::train
