// The softmax's own exponential against the C library's: within one unit in the last place
// across the whole range it serves, exact where the softmax relies on it (e^0 = 1), and the
// same as std::exp for underflow, −∞ and NaN.
#include "core/attention/exponential.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace al;

namespace {
std::vector<double> shifted(const std::vector<double>& scores, double shift) {
    std::vector<double> out(scores.size());
    shiftedExponentials(scores.data(), shift, out.data(), Eigen::Index(scores.size()));
    return out;
}

// |a − b| in units of the last place of b.
double ulps(double a, double b) {
    return std::abs(a - b) / (std::nextafter(b, std::numeric_limits<double>::infinity()) - b);
}
} // namespace

TEST_CASE("the softmax's exponentials are within one ulp of std::exp", "[exponential]") {
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> near(-40, 0), far(-708, 0);
    std::vector<double> scores(100000);
    for (std::size_t j = 0; j < scores.size(); ++j)
        scores[j] = j % 2 ? near(random) : far(random);
    const std::vector<double> out = shifted(scores, 0);
    double worst = 0;
    for (std::size_t j = 0; j < scores.size(); ++j)
        worst = std::max(worst, ulps(out[j], std::exp(scores[j])));
    CHECK(worst <= 1.0);
}

TEST_CASE("the shift is subtracted and positive differences count as 0", "[exponential]") {
    const std::vector<double> out = shifted({3.0, 2.0, 5.0, 3.0 - 1e-300}, 3.0);
    CHECK(out[0] == 1.0); // e^0, exactly: the softmax's largest term
    CHECK(ulps(out[1], std::exp(-1.0)) <= 1.0);
    CHECK(out[2] == 1.0); // a masked key above μ: min(2, 0) = 0
    CHECK(out[3] == 1.0);
}

TEST_CASE("underflow, −∞ and NaN give what std::exp gives", "[exponential]") {
    constexpr double infinity = std::numeric_limits<double>::infinity();
    const std::vector<double> scores = {
        -707.9, -708.5, -740.0, -745.2, -800.0, -1e300, -infinity, std::numeric_limits<double>::quiet_NaN(), -1.0};
    const std::vector<double> out = shifted(scores, 0);
    for (std::size_t j = 0; j + 2 < scores.size(); ++j) {
        INFO(scores[j]);
        CHECK(ulps(out[j], std::exp(scores[j])) <= 1.0);
    }
    CHECK(out[5] == 0.0);
    CHECK(out[6] == 0.0);
    CHECK(std::isnan(out[7]));
    CHECK(ulps(out[8], std::exp(-1.0)) <= 1.0); // the rest of the row is unaffected
    CHECK(out[2] > 0.0);                        // e^−740 is subnormal, as std::exp gives it
}
