#include "core/attention/additive_scores.h"

#include <cmath>
#include <limits>

namespace al {

namespace {
// Below this, 1 + tanh a · tanh b has lost more than three of its digits to cancellation
// (tanh a and tanh b carry errors of 1e-16): the pair is then computed directly.
constexpr double smallestDenominator = 1e-3;
} // namespace

Matrix tanhOf(Eigen::Ref<const Matrix> values) {
    return values.array().tanh().matrix();
}

void additiveScoresInto(Eigen::Ref<const Matrix> q, Eigen::Ref<const Matrix> k, Eigen::Ref<const Matrix> tanhK,
                        const RowVector& w, Eigen::Ref<Matrix> scores) {
    const Matrix tanhQ = tanhOf(q); // rows × d_k
    const Eigen::Index d = w.size();
    const double* weight = w.data();
    for (Eigen::Index i = 0; i < q.rows(); ++i) {
        const double* a = tanhQ.row(i).data();
        for (Eigen::Index j = 0; j < k.rows(); ++j) {
            const double* b = tanhK.row(j).data();
            double sum = 0, smallest = std::numeric_limits<double>::infinity();
#pragma omp simd reduction(+ : sum) reduction(min : smallest)
            for (Eigen::Index m = 0; m < d; ++m) {
                const double denominator = 1 + a[m] * b[m];
                sum += weight[m] * ((a[m] + b[m]) / denominator);
                smallest = denominator < smallest ? denominator : smallest;
            }
            if (!(smallest >= smallestDenominator)) // also NaN: tanh(a + b) directly
                sum = w.dot((q.row(i) + k.row(j)).array().tanh().matrix());
            scores(i, j) = sum;
        }
    }
}

} // namespace al
