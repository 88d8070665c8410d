#include "core/normalization.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace al {

SoftmaxTerms softmaxTerms(ScoreRow scores, MaskRow allowed) {
    SoftmaxTerms terms;
    const Eigen::Index n = scores.size();
    terms.exps = RowVector::Zero(n);
    double maxScore = -std::numeric_limits<double>::infinity();
    for (Eigen::Index j = 0; j < n; ++j)
        if (allowed(j)) maxScore = std::max(maxScore, scores(j));
    terms.anyAllowed = maxScore != -std::numeric_limits<double>::infinity();
    if (!terms.anyAllowed) return terms;
    terms.maxScore = maxScore;
    // Subtracting μ keeps every exponent ≤ 0: no overflow whatever the scores' size,
    // and the largest term is exactly 1, so Z ≥ 1.
    for (Eigen::Index j = 0; j < n; ++j)
        if (allowed(j)) terms.exps(j) = std::exp(scores(j) - maxScore);
    terms.sum = terms.exps.sum();
    return terms;
}

RowVector normalizeRow(Normalization normalization, ScoreRow scores, MaskRow allowed) {
    if (normalization == Normalization::Relu) {
        RowVector weights(scores.size());
        for (Eigen::Index j = 0; j < scores.size(); ++j)
            weights(j) = allowed(j) ? std::max(0.0, scores(j)) : 0.0;
        return weights;
    }
    SoftmaxTerms terms = softmaxTerms(scores, allowed);
    if (!terms.anyAllowed) return terms.exps; // all zeros: the query is fully masked
    return terms.exps / terms.sum;
}

} // namespace al
