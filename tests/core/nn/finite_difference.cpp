#include "finite_difference.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace al::nn::testing {

std::string GradientDifference::summary() const {
    char line[256];
    std::snprintf(line, sizeof line, "%-40s %6zu numbers: largest |difference| %.3e, relative %.3e", name.c_str(),
                  count, largestAbsolute, largestRelative);
    return line;
}

GradientDifference compareGradient(std::string name, double* values, const double* analytic, std::size_t count,
                                   const Objective& objective) {
    GradientDifference result{std::move(name), count};
    for (std::size_t i = 0; i < count; ++i) {
        const double original = values[i];
        values[i] = original + finiteDifferenceStep;
        const double above = objective();
        values[i] = original - finiteDifferenceStep;
        const double below = objective();
        values[i] = original;
        const double numerical = (above - below) / (2 * finiteDifferenceStep);
        const double absolute = std::abs(analytic[i] - numerical);
        const double size = std::max({1.0, std::abs(analytic[i]), std::abs(numerical)});
        // NaN anywhere must fail, so it is carried into the largest difference.
        result.largestAbsolute = std::isnan(absolute) ? absolute : std::max(result.largestAbsolute, absolute);
        result.largestRelative = std::isnan(absolute) ? absolute : std::max(result.largestRelative, absolute / size);
        if (std::isnan(result.largestAbsolute)) break;
    }
    return result;
}

GradientDifference compareGradient(std::string name, Matrix& input, const Matrix& analytic,
                                   const Objective& objective) {
    if (input.rows() != analytic.rows() || input.cols() != analytic.cols())
        throw std::invalid_argument(name + ": the analytic gradient is " + std::to_string(analytic.rows()) + " × " +
                                    std::to_string(analytic.cols()) + ", the input " + std::to_string(input.rows()) +
                                    " × " + std::to_string(input.cols()));
    return compareGradient(std::move(name), input.data(), analytic.data(), std::size_t(input.size()), objective);
}

std::vector<GradientDifference> compareGradients(Tensors& weights, const Tensors& analytic,
                                                 const Objective& objective) {
    if (weights.values().size() != analytic.values().size())
        throw std::invalid_argument("the analytic gradients do not have the weights' layout");
    std::vector<GradientDifference> result;
    for (const NamedSlot& tensor : weights.layout().entries())
        result.push_back(compareGradient(tensor.name, weights.values().data() + tensor.slot.offset,
                                         analytic.values().data() + tensor.slot.offset, tensor.slot.size(), objective));
    return result;
}

double weightedSum(const Matrix& dOut, const Matrix& out) {
    return dOut.cwiseProduct(out).sum();
}

} // namespace al::nn::testing
