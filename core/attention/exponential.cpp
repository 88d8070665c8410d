#include "core/attention/exponential.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

namespace al {

namespace {
// Below this, e^x is subnormal or 0: left to std::exp.
constexpr double lowestNormalExponent = -708.0;

// e^x for x in [−708, 0]: x = k·ln 2 + r with k an integer and |r| ≤ ln 2 / 2, then
// e^x = 2^k · e^r with e^r from its Taylor series to r¹³ (the next term is below 1e-17).
inline double exponentialInRange(double x) {
    constexpr double log2e = 1.4426950408889634074;
    // Adding 1.5·2^52 rounds to an integer, which then sits in the low bits of the sum.
    constexpr double roundingShift = 0x1.8p52;
    // ln 2 in two parts (Cody and Waite); k·ln2High is exact for |k| < 2^11.
    constexpr double ln2High = 6.93147180369123816490e-01, ln2Low = 1.90821492927058770002e-10;
    const double shifted = x * log2e + roundingShift;
    const double k = shifted - roundingShift;
    const std::int64_t kBits = std::bit_cast<std::int64_t>(shifted) - std::bit_cast<std::int64_t>(roundingShift);
    const double r = (x - k * ln2High) - k * ln2Low;
    double p = 1.0 / 6227020800.0; // 1/13!
    p = p * r + 1.0 / 479001600.0;
    p = p * r + 1.0 / 39916800.0;
    p = p * r + 1.0 / 3628800.0;
    p = p * r + 1.0 / 362880.0;
    p = p * r + 1.0 / 40320.0;
    p = p * r + 1.0 / 5040.0;
    p = p * r + 1.0 / 720.0;
    p = p * r + 1.0 / 120.0;
    p = p * r + 1.0 / 24.0;
    p = p * r + 1.0 / 6.0;
    p = p * r + 0.5;
    p = p * r + 1.0;
    p = p * r + 1.0;
    return p * std::bit_cast<double>((kBits + 1023) << 52); // · 2^k, a normal number here
}
} // namespace

void shiftedExponentials(const double* scores, double shift, double* out, Eigen::Index count) {
    constexpr double outOfRange = -1; // never an exponential
#pragma omp simd
    for (Eigen::Index j = 0; j < count; ++j) {
        const double difference = scores[j] - shift;
        const double x = difference > 0.0 ? 0.0 : difference; // min(·, 0), NaN kept
        const double e = exponentialInRange(x >= lowestNormalExponent ? x : 0.0);
        out[j] = x >= lowestNormalExponent ? e : outOfRange; // NaN and −∞ are out of range
    }
    Eigen::Map<Eigen::RowVectorXd> row(out, count);
    if (count == 0 || row.minCoeff() > outOfRange) return;
    // Rare (keys scoring ~700 below the best, or non-finite scores): std::exp for those.
    for (Eigen::Index j = 0; j < count; ++j)
        if (out[j] == outOfRange) out[j] = std::exp(std::min(scores[j] - shift, 0.0));
}

} // namespace al
