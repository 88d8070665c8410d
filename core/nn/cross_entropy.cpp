#include "core/nn/cross_entropy.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace al::nn {

namespace {
void checkTargets(const Matrix& rows, const std::vector<int>& targets) {
    if (Eigen::Index(targets.size()) != rows.rows())
        throw std::invalid_argument(std::to_string(targets.size()) + " targets for " + std::to_string(rows.rows()) +
                                    " rows of logits");
    for (int target : targets)
        if (target < 0 || target >= rows.cols())
            throw std::out_of_range("target " + std::to_string(target) + " is outside the " +
                                    std::to_string(rows.cols()) + " classes");
}
} // namespace

// ----------------------------------------------------------------------------
// forward pass: p = softmax(z) per row, shifted by the row's maximum so that every
// exponent is ≤ 0 (no overflow) and the largest term is 1 (no division by 0)

Matrix softmaxRows(const Matrix& logits) {
    Matrix probabilities(logits.rows(), logits.cols()); // R × classes
    for (Eigen::Index r = 0; r < logits.rows(); ++r) {
        const double maximum = logits.row(r).maxCoeff();
        probabilities.row(r) = (logits.row(r).array() - maximum).exp().matrix();
        probabilities.row(r) /= probabilities.row(r).sum();
    }
    return probabilities;
}

// −log pᵣ[t] = log Σ exp(zᵣ − max zᵣ) + max zᵣ − zᵣ[t]: finite for any finite logits.
double crossEntropySum(const Matrix& logits, const std::vector<int>& targets) {
    checkTargets(logits, targets);
    double loss = 0;
    for (Eigen::Index r = 0; r < logits.rows(); ++r) {
        const double maximum = logits.row(r).maxCoeff();
        const double logSum = std::log((logits.row(r).array() - maximum).exp().sum());
        loss += (maximum - logits(r, targets[std::size_t(r)])) + logSum; // the exact difference first
    }
    return loss;
}

// ----------------------------------------------------------------------------
// backward pass: ∂(−log p[t])/∂z = p − onehot(t), per row

Matrix crossEntropyBackward(const Matrix& probabilities, const std::vector<int>& targets, double scale) {
    checkTargets(probabilities, targets);
    Matrix dLogits = scale * probabilities; // R × classes
    for (Eigen::Index r = 0; r < probabilities.rows(); ++r)
        dLogits(r, targets[std::size_t(r)]) -= scale;
    return dLogits;
}

} // namespace al::nn
