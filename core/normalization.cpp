#include "core/normalization.h"

#include "core/exponential.h"

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
    for (Eigen::Index j = 0; j < count; ++j) values[j] = allowed[j] ? values[j] : 0.0;
}
} // namespace

bool softmaxInto(ScoreRow scores, MaskRow allowed, RowVector& exps, double& maxScore, double& sum) {
    // "No zero byte in the row", by glibc's vectorised memchr: a byte-at-a-time all() was
    // 40% of the softmax's time at N = 1024.
    const bool allAllowed = std::memchr(allowed.data(), 0, std::size_t(allowed.size())) == nullptr;
    maxScore = allAllowed ? scores.maxCoeff() : allowedMaximum(scores.data(), allowed.data(), scores.size());
    exps.resize(scores.size());
    if (maxScore == minusInfinity) { // no allowed key: the query is fully masked
        exps.setZero();
        maxScore = sum = 0;
        return false;
    }
    // Subtracting μ keeps every exponent ≤ 0: no overflow whatever the scores' size, and
    // the largest term is exactly 1, so Z ≥ 1. A masked key may score above μ; min(·, 0)
    // keeps its exponential finite before the mask multiplies it by 0.
    shiftedExponentials(scores.data(), maxScore, exps.data(), exps.size());
    if (!allAllowed) zeroMasked(exps.data(), allowed.data(), exps.size());
    sum = exps.sum();
    return true;
}

SoftmaxTerms softmaxTerms(ScoreRow scores, MaskRow allowed) {
    SoftmaxTerms terms;
    terms.anyAllowed = softmaxInto(scores, allowed, terms.exps, terms.maxScore, terms.sum);
    return terms;
}

void normalizeRowInto(Normalization normalization, ScoreRow scores, MaskRow allowed, RowVector& scratch,
                      Eigen::Ref<RowVector> weights) {
    if (normalization == Normalization::Relu) {
        weights.array() = scores.array().max(0.0);
        zeroMasked(weights.data(), allowed.data(), weights.size());
        return;
    }
    double maxScore = 0, sum = 0;
    if (softmaxInto(scores, allowed, scratch, maxScore, sum)) weights = scratch / sum;
    else weights.setZero(); // the query is fully masked
}

RowVector normalizeRow(Normalization normalization, ScoreRow scores, MaskRow allowed) {
    RowVector weights(scores.size()), scratch;
    normalizeRowInto(normalization, scores, allowed, scratch, weights);
    return weights;
}

} // namespace al
