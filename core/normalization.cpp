#include "core/normalization.h"

#include "core/exponential.h"

#include <cstring>
#include <limits>

namespace al {

namespace {
constexpr double minusInfinity = -std::numeric_limits<double>::infinity();
}

bool softmaxInto(ScoreRow scores, MaskRow allowed, RowVector& exps, double& maxScore, double& sum) {
    const auto isAllowed = allowed.array() != 0;
    // "No zero byte in the row", by glibc's vectorised memchr: a byte-at-a-time all() was
    // 40% of the softmax's time at N = 1024.
    const bool allAllowed = std::memchr(allowed.data(), 0, std::size_t(allowed.size())) == nullptr;
    maxScore = allAllowed ? scores.maxCoeff() : isAllowed.select(scores.array(), minusInfinity).maxCoeff();
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
    if (!allAllowed)
        for (Eigen::Index j = 0; j < exps.size(); ++j)
            if (!allowed(j)) exps(j) = 0;
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
        for (Eigen::Index j = 0; j < weights.size(); ++j)
            if (!allowed(j)) weights(j) = 0;
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
