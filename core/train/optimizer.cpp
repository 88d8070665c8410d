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
    const double decay = 1 - s.learningRate * s.weightDecay;
    for (std::size_t i = 0; i < theta.size(); ++i) {
        if (s.weightDecay != 0) theta[i] *= decay;
        double& m = state.first[i];
        double& v = state.second[i];
        m = m * s.beta1 + g[i] * (1 - s.beta1);
        v = v * s.beta2 + g[i] * g[i] * (1 - s.beta2);
        const double denominator = std::sqrt(v) / biasCorrection2Sqrt + s.epsilon;
        theta[i] += -stepSize * (m / denominator);
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
