#include "ui/lessons/rnn/rnn_comparison.h"

#include "core/attention/attention_influence.h"

#include <Eigen/Eigenvalues>

#include <cstdio>
#include <map>

namespace al {

RnnWeights rnnWeightsFor(const Trace& trace, const std::optional<RnnBlock>& block, double memory) {
    Sample sample;
    sample.tokens = trace.tokens;
    sample.embeddings = trace.inputs;
    sample.model.config = trace.config;
    // A block read with another sample (the window between an edit and its trace) does not fit:
    // the seed's RNN stands in until the trace catches up.
    const bool fits = block && (block->W_x.size() == 0 || block->W_x.cols() == trace.inputs.cols());
    if (fits) sample.rnn = block;
    RnnWeights weights = rnnWeightsOf(sample);
    weights.W_h *= memory;
    return weights;
}

std::shared_ptr<const RnnComparison> compareLayers(const std::shared_ptr<const Trace>& trace,
                                                   const RnnLessonState& state, const TraceMemo& memo,
                                                   Cancellation& cancellation) {
    auto attention =
        memo.get<Matrix>(trace, "attention influence", [&] { return attentionInfluence(*trace, cancellation); });
    char key[64];
    std::snprintf(key, sizeof key, "rnn %.17g %d", state.memory, state.block ? 1 : 0);
    return memo.get<RnnComparison>(trace, key, [&] {
        RnnComparison comparison;
        comparison.memory = state.memory;
        comparison.weights = rnnWeightsFor(*trace, state.block, state.memory);
        comparison.hidden = rnnHidden(comparison.weights, trace->inputs);
        comparison.rnn = rnnInfluence(comparison.weights, comparison.hidden, cancellation);
        comparison.attention = *attention;
        const int n = trace->tokenCount();
        comparison.rnnPairs = MaskMatrix::Ones(n, n).triangularView<Eigen::Lower>();
        comparison.attentionPairs = trace->mask;
        return comparison;
    });
}

DistanceProfile distanceProfile(const Matrix& influence, const MaskMatrix& pairs, bool positiveOnly) {
    DistanceProfile profile;
    const int n = int(influence.rows());
    std::map<int, std::pair<double, int>> sums; // d → (Σ I, pairs)
    for (int t = 0; t < n; ++t)
        for (int s = 0; s < n; ++s) {
            if (!pairs(t, s)) continue;
            const double value = influence(t, s);
            if (positiveOnly && !(value > 0)) continue;
            const int d = std::abs(t - s);
            profile.pointDistance << d;
            profile.pointInfluence << value;
            sums[d].first += value;
            sums[d].second += 1;
        }
    for (const auto& [d, sum] : sums) {
        profile.distance << d;
        profile.mean << sum.first / sum.second;
    }
    return profile;
}

int strongestInput(const Matrix& attentionInfluence, int t) {
    int best = t;
    double largest = -1;
    for (int s = 0; s < attentionInfluence.cols(); ++s)
        if (s != t && attentionInfluence(t, s) > largest) {
            largest = attentionInfluence(t, s);
            best = s;
        }
    return best;
}

double spectralRadius(const Matrix& W_h) {
    if (W_h.size() == 0) return 0;
    return Eigen::EigenSolver<Eigen::MatrixXd>(Eigen::MatrixXd(W_h), false).eigenvalues().cwiseAbs().maxCoeff();
}

double meanTanhSlope(const Matrix& hidden) {
    if (hidden.size() == 0) return 0;
    return (1.0 - hidden.array().square()).mean();
}

} // namespace al
