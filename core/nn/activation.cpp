#include "core/nn/activation.h"

#include <cmath>
#include <numbers>

namespace al::nn {

namespace {
// Φ(x) = ½(1 + erf(x/√2)), the standard normal CDF; φ(x) = e^{−x²/2}/√(2π), its density.
double normalCdf(double x) {
    return 0.5 * (1.0 + std::erf(x * (1.0 / std::numbers::sqrt2)));
}
double normalDensity(double x) {
    constexpr double inverseSqrtTwoPi = 0.5 * std::numbers::inv_sqrtpi * std::numbers::sqrt2; // 1/√(2π)
    return inverseSqrtTwoPi * std::exp(-0.5 * x * x);
}
} // namespace

// ----------------------------------------------------------------------------
// forward pass: φ(pre), entry by entry (R × n → R × n)

Matrix activationForward(Activation activation, const Matrix& pre) {
    if (activation == Activation::Relu) return pre.cwiseMax(0.0);
    return pre.unaryExpr([](double x) { return x * normalCdf(x); }); // GELU, exact
}

// ----------------------------------------------------------------------------
// backward pass: dIn = dOut ⊙ φ′(pre), with ReLU′(x) = [x > 0] and GELU′(x) = Φ(x) + x·φ(x)

Matrix activationBackward(Activation activation, const Matrix& dOut, const Matrix& pre) {
    if (activation == Activation::Relu) { // a plain loop: Eigen's select() does not vectorise here
        Matrix dIn(dOut.rows(), dOut.cols());
        const double *d = dOut.data(), *x = pre.data();
        double* out = dIn.data();
#pragma omp simd
        for (Eigen::Index i = 0; i < dIn.size(); ++i)
            out[i] = x[i] > 0.0 ? d[i] : 0.0;
        return dIn;
    }
    return dOut.binaryExpr(pre, [](double d, double x) { return d * (normalCdf(x) + x * normalDensity(x)); });
}

} // namespace al::nn
