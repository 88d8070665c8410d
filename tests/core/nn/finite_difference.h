#pragma once
// Checks a hand-written backward pass against central finite differences, number by number:
//   ∂f/∂θᵢ ≈ (f(θ + h eᵢ) − f(θ − h eᵢ)) / 2h,   h = 1e-6,
// where f is a scalar objective, for an operation typically Σ dOut ⊙ op(x, θ) with a random
// dOut, so that its gradient is exactly what the backward pass is given dOut.
//
// The differences' own error: the truncation is O(h²·f‴) ≈ 1e-12, the rounding about
// ε_machine·|f|/h ≈ 1e-10·|f|. Hence the tolerance below, relative to the gradient's size
// (absolute for gradients smaller than 1).
#include "core/nn/parameters.h"

#include <functional>
#include <string>
#include <vector>

namespace al::nn::testing {

inline constexpr double finiteDifferenceStep = 1e-6;
inline constexpr double finiteDifferenceTolerance = 1e-6;

// The largest difference between the analytic and the numerical gradient over one tensor.
struct GradientDifference {
    std::string name;
    std::size_t count = 0;      // numbers compared
    double largestAbsolute = 0; // max |analytic − numerical|
    double largestRelative = 0; // max |analytic − numerical| / max(1, |analytic|, |numerical|)
    bool passed(double tolerance = finiteDifferenceTolerance) const { return largestRelative <= tolerance; }
    std::string summary() const; // one line: name, count, both differences
};

// The objective at the current values of whatever it reads (the checker changes those
// values in place, one at a time, and puts each back exactly).
using Objective = std::function<double()>;

// `values` (count numbers, changed in place and restored) against their analytic gradient.
GradientDifference compareGradient(std::string name, double* values, const double* analytic, std::size_t count,
                                   const Objective& objective);
// A matrix input (changed in place and restored).
GradientDifference compareGradient(std::string name, Matrix& input, const Matrix& analytic, const Objective& objective);
// Every tensor of `weights`, by its layout's names, against `analytic` (the same layout).
std::vector<GradientDifference> compareGradients(Tensors& weights, const Tensors& analytic, const Objective& objective);

// Σ dOut ⊙ out: the objective whose gradient with respect to out is dOut.
double weightedSum(const Matrix& dOut, const Matrix& out);

} // namespace al::nn::testing
