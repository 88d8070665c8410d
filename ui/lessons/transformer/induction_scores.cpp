#include "ui/lessons/transformer/induction_scores.h"

#include <algorithm>

namespace al {

MaskMatrix inductionCells(const std::vector<int>& tokens) {
    const Eigen::Index count = Eigen::Index(tokens.size());
    MaskMatrix expected = MaskMatrix::Zero(count, count);
    for (Eigen::Index i = 0; i < count; ++i)
        for (Eigen::Index m = 0; m < i; ++m)
            if (tokens[std::size_t(m)] == tokens[std::size_t(i)]) expected(i, m + 1) = 1; // m + 1 ≤ i
    return expected;
}

const nn::SublayerTrace* selfAttention(const nn::LayerTrace& layer) {
    for (const nn::SublayerTrace& sublayer : layer.sublayers)
        if (sublayer.kind == nn::SublayerKind::SelfAttention && !sublayer.heads.empty()) return &sublayer;
    return nullptr;
}

InductionScores inductionScores(const nn::StackTrace& stack, int heads) {
    InductionScores result;
    result.expected = inductionCells(stack.tokens);
    for (Eigen::Index i = 0; i < result.expected.rows(); ++i)
        if (result.expected.row(i).any()) result.queries.push_back(int(i));
    const int layers = int(stack.layers.size());
    result.scores = Matrix::Zero(layers, std::max(heads, 0));
    if (result.queries.empty()) return result;
    for (int l = 0; l < layers; ++l) {
        const nn::SublayerTrace* attention = selfAttention(stack.layers[std::size_t(l)]);
        if (!attention) continue;
        for (int h = 0; h < heads && h < int(attention->heads.size()); ++h) {
            const Matrix& weights = attention->heads[std::size_t(h)].weights; // N × N, α′
            double sum = 0;
            for (int i : result.queries)
                for (Eigen::Index j = 0; j < weights.cols(); ++j)
                    if (result.expected(i, j)) sum += weights(i, j);
            result.scores(l, h) = sum / double(result.queries.size());
        }
    }
    for (int l = 0; l < result.scores.rows(); ++l)
        for (int h = 0; h < result.scores.cols(); ++h)
            if (result.scores(l, h) > result.scores(result.bestLayer, result.bestHead)) {
                result.bestLayer = l;
                result.bestHead = h;
            }
    return result;
}

} // namespace al
