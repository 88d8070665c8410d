#include "core/attention/normalization.h"

#include "core/attention/exponential.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace al {

namespace {
constexpr double minusInfinity = -std::numeric_limits<double>::infinity();

// The largest score among the allowed keys (−∞ if none), and the zeroing of masked
// exponentials: written as plain SIMD loops, since Eigen's select() on a byte mask runs
// one entry at a time (it was 15% of a causal trace at N = 1024).
double allowedMaximum(const double* scores, const std::uint8_t* allowed, Eigen::Index count) {
    double maximum = minusInfinity;
#pragma omp simd reduction(max : maximum)
    for (Eigen::Index j = 0; j < count; ++j) {
        const double score = allowed[j] != 0 ? scores[j] : minusInfinity;
        maximum = maximum > score ? maximum : score; // not std::max, which GCC does not vectorise here
    }
    return maximum;
}

void zeroMasked(double* values, const std::uint8_t* allowed, Eigen::Index count) {
#pragma omp simd
    for (Eigen::Index j = 0; j < count; ++j)
        values[j] = allowed[j] ? values[j] : 0.0;
}

// zeroMasked and the sum of what is left, in one pass over the row.
double zeroMaskedAndSum(double* values, const std::uint8_t* allowed, Eigen::Index count) {
    double sum = 0;
#pragma omp simd reduction(+ : sum)
    for (Eigen::Index j = 0; j < count; ++j) {
        const double value = allowed[j] != 0 ? values[j] : 0.0;
        values[j] = value;
        sum += value;
    }
    return sum;
}

// The terms of a row whose allowed scores are not all finite: softmax's limit, as the
// header lists. Rare (only after an overflow), so plain loops.
void overflowedSoftmaxInto(ScoreRow scores, MaskRow allowed, Eigen::Ref<RowVector> exps, double& maxScore,
                           double& sum) {
    constexpr double infinity = std::numeric_limits<double>::infinity();
    int infinite = 0;
    double finiteMaximum = minusInfinity;
    for (Eigen::Index j = 0; j < scores.size(); ++j) {
        if (!allowed(j)) continue;
        if (scores(j) == infinity)
            ++infinite;
        else if (std::isfinite(scores(j)))
            finiteMaximum = std::max(finiteMaximum, scores(j));
    }
    for (Eigen::Index j = 0; j < scores.size(); ++j) {
        const double score = scores(j);
        if (!allowed(j))
            exps(j) = 0;
        else if (infinite > 0)
            exps(j) = score == infinity ? 1 : 0;
        else if (finiteMaximum > minusInfinity)
            exps(j) = std::isfinite(score) ? std::exp(score - finiteMaximum) : 0;
        else
            exps(j) = 1;
    }
    maxScore = infinite > 0 ? infinity : finiteMaximum;
    sum = exps.sum();
}
} // namespace

bool softmaxInto(ScoreRow scores, MaskRow allowed, Eigen::Ref<RowVector> exps, double& maxScore, double& sum) {
    // "No zero byte in the row", by glibc's vectorised memchr: a byte-at-a-time all() was
    // 40% of the softmax's time at N = 1024.
    const bool allAllowed = std::memchr(allowed.data(), 0, std::size_t(allowed.size())) == nullptr;
    if (!allAllowed &&
        std::none_of(allowed.data(), allowed.data() + allowed.size(), [](std::uint8_t m) { return m != 0; })) {
        exps.setZero(); // no allowed key: the query is fully masked
        maxScore = sum = 0;
        return false;
    }
    maxScore = allAllowed ? scores.maxCoeff() : allowedMaximum(scores.data(), allowed.data(), scores.size());
    if (!std::isfinite(maxScore)) {
        overflowedSoftmaxInto(scores, allowed, exps, maxScore, sum);
        return true;
    }
    // Subtracting μ keeps every exponent ≤ 0: no overflow whatever the scores' size, and
    // the largest term is exactly 1, so Z ≥ 1. A masked key may score above μ; min(·, 0)
    // keeps its exponential finite before the mask multiplies it by 0.
    shiftedExponentials(scores.data(), maxScore, exps.data(), exps.size());
    sum = allAllowed ? exps.sum() : zeroMaskedAndSum(exps.data(), allowed.data(), exps.size());
    if (!std::isfinite(sum)) overflowedSoftmaxInto(scores, allowed, exps, maxScore, sum); // a NaN score
    return true;
}

SoftmaxTerms softmaxTerms(ScoreRow scores, MaskRow allowed) {
    SoftmaxTerms terms;
    terms.exps.resize(scores.size());
    terms.anyAllowed = softmaxInto(scores, allowed, terms.exps, terms.maxScore, terms.sum);
    return terms;
}

void normalizeRowInto(Normalization normalization, ScoreRow scores, MaskRow allowed, Eigen::Ref<RowVector> weights) {
    if (normalization == Normalization::Relu) {
        constexpr double largest = std::numeric_limits<double>::max();
        const double* score = scores.data();
        double* weight = weights.data();
#pragma omp simd
        for (Eigen::Index j = 0; j < weights.size(); ++j) // NaN > 0 is false: NaN gives 0
            weight[j] = score[j] > 0 ? (score[j] < largest ? score[j] : largest) : 0.0;
        zeroMasked(weights.data(), allowed.data(), weights.size());
        return;
    }
    double maxScore = 0, sum = 0;
    if (softmaxInto(scores, allowed, weights, maxScore, sum))
        weights *= 1.0 / sum; // Z ≥ 1: 1/Z is normal
    else
        weights.setZero(); // the query is fully masked
}

RowVector normalizeRow(Normalization normalization, ScoreRow scores, MaskRow allowed) {
    RowVector weights(scores.size());
    normalizeRowInto(normalization, scores, allowed, weights);
    return weights;
}

} // namespace al
