// The additive scores through tanh(a + b) = (tanh a + tanh b) / (1 + tanh a · tanh b) agree
// with w · tanh(q + k) taken directly, for ordinary values and where tanh saturates.
#include "core/attention/additive_scores.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>

using namespace al;

namespace {
// w · tanh(q^i + k^j), entry by entry with std::tanh: the definition of MATH.md §3.
Matrix directScores(const Matrix& q, const Matrix& k, const RowVector& w) {
    Matrix scores(q.rows(), k.rows());
    for (Eigen::Index i = 0; i < q.rows(); ++i)
        for (Eigen::Index j = 0; j < k.rows(); ++j) {
            double sum = 0;
            for (Eigen::Index m = 0; m < w.size(); ++m)
                sum += w(m) * std::tanh(q(i, m) + k(j, m));
            scores(i, j) = sum;
        }
    return scores;
}

Matrix throughIdentity(const Matrix& q, const Matrix& k, const RowVector& w) {
    Matrix scores(q.rows(), k.rows());
    additiveScoresInto(q, k, tanhOf(k), w, scores);
    return scores;
}

Matrix randomMatrix(std::mt19937_64& generator, int rows, int cols, double scale) {
    std::uniform_real_distribution<double> uniform(-scale, scale);
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = uniform(generator);
    return m;
}
} // namespace

TEST_CASE("additive scores through the tanh identity are the direct ones to 1e-13", "[scores]") {
    std::mt19937_64 generator(7);
    for (double scale : {0.01, 1.0, 4.0, 30.0}) { // 30: most entries saturate to ±1
        const Matrix q = randomMatrix(generator, 37, 16, scale), k = randomMatrix(generator, 53, 16, scale);
        const RowVector w = randomMatrix(generator, 1, 16, 1.0);
        INFO("scale " << scale);
        const Matrix difference = throughIdentity(q, k, w) - directScores(q, k, w);
        CHECK(difference.cwiseAbs().maxCoeff() < 1e-13);
    }
}

TEST_CASE("additive scores where q and k are huge and of opposite signs stay exact and finite", "[scores]") {
    // tanh q = 1 and tanh k = −1 exactly: the identity would give 0 / 0; tanh(q + k) does not.
    Matrix q(3, 2), k(3, 2);
    q << 20, -1e150, 1e300, -1e300, 0.5, 25;
    k << -22, 1e150, -1e300, 1e300, -0.5, -25;
    const RowVector w = RowVector::Constant(2, 0.5);
    const Matrix scores = throughIdentity(q, k, w);
    CHECK(scores.allFinite());
    CHECK((scores - directScores(q, k, w)).cwiseAbs().maxCoeff() < 1e-13);
    CHECK(scores(0, 0) == Approx(0.5 * std::tanh(-2.0) + 0.5 * std::tanh(-1e150 + 1e150)));
}
