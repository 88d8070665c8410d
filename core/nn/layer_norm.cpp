#include "core/nn/layer_norm.h"

#include <cmath>

namespace al::nn {

// ----------------------------------------------------------------------------
// forward pass: per row, x̂ = (x − μ)·rstd with rstd = 1/√(σ² + ε); out = γ ⊙ x̂ + β

Matrix layerNormForward(const Matrix& in, const Tensors& weights, const LayerNormSlots& slots, LayerNormCache& cache) {
    const Eigen::Index rows = in.rows();
    const double width = double(in.cols());
    const ConstRowVectorMap gamma = weights.vector(slots.weight); // 1 × d
    const ConstRowVectorMap beta = weights.vector(slots.bias);    // 1 × d
    cache.mean.resize(rows);
    cache.rstd.resize(rows);
    Matrix out(rows, in.cols()); // R × d
    for (Eigen::Index r = 0; r < rows; ++r) {
        const double mean = in.row(r).sum() / width;
        // The biased variance (divided by d, not d − 1), as nn.LayerNorm; from the centred
        // values, which stay accurate where E[x²] − μ² would cancel.
        const double variance = (in.row(r).array() - mean).square().sum() / width;
        const double rstd = 1.0 / std::sqrt(variance + layerNormEpsilon);
        out.row(r) = ((in.row(r).array() - mean) * rstd * gamma.array() + beta.array()).matrix();
        cache.mean(r) = mean;
        cache.rstd(r) = rstd;
    }
    return out;
}

// ----------------------------------------------------------------------------
// backward pass (as llm.c's layernorm_backward): with g = dOut ⊙ γ per row,
//   dx = rstd · (g − mean(g) − x̂ · mean(g ⊙ x̂))
// since x̂ depends on x directly, through μ (the mean(g) term) and through σ² (the x̂ term).

Matrix layerNormBackward(const Matrix& dOut, const Matrix& in, const LayerNormCache& cache, const Tensors& weights,
                         const LayerNormSlots& slots, Tensors& grads) {
    const Eigen::Index rows = in.rows();
    const double width = double(in.cols());
    const ConstRowVectorMap gamma = weights.vector(slots.weight); // 1 × d
    RowVectorMap dGamma = grads.vector(slots.weight);             // 1 × d
    RowVectorMap dBeta = grads.vector(slots.bias);                // 1 × d
    Matrix dIn(rows, in.cols());                                  // R × d
    RowVector normed(in.cols()), dNormed(in.cols());              // 1 × d, reused row after row
    for (Eigen::Index r = 0; r < rows; ++r) {
        const double rstd = cache.rstd(r);
        normed = ((in.row(r).array() - cache.mean(r)) * rstd).matrix(); // x̂
        dNormed = dOut.row(r).cwiseProduct(gamma);                      // g
        dGamma += dOut.row(r).cwiseProduct(normed);
        dBeta += dOut.row(r);
        const double dNormedMean = dNormed.sum() / width;
        const double dNormedNormedMean = dNormed.dot(normed) / width;
        dIn.row(r) = ((dNormed.array() - dNormedMean - normed.array() * dNormedNormedMean) * rstd).matrix();
    }
    return dIn;
}

} // namespace al::nn
