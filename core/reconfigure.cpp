#include "core/reconfigure.h"

#include "core/limits.h"
#include "core/translatable.h"
#include "core/weight_generation.h"

#include <cmath>
#include <stdexcept>

namespace al {

namespace {
Message outOfRange(const char* what, int min, int max) {
    return message(QT_TRANSLATE_NOOP("Message", "%1 must be from %2 to %3"), what, min, max);
}

// Keeps `current` when its shape is still rows × cols, else generates.
template <typename Generate>
Matrix keepOrGenerate(const Matrix& current, Eigen::Index rows, Eigen::Index cols, Generate generate) {
    if (current.rows() == rows && current.cols() == cols) return current;
    return generate();
}
} // namespace

Message checkConfig(const ModelConfig& c, int tokens) {
    if (c.heads < 1 || c.heads > limits::maxHeads) return outOfRange("heads", 1, limits::maxHeads);
    if (c.dK < 1 || c.dK > limits::maxHeadDim) return outOfRange("d_k", 1, limits::maxHeadDim);
    if (c.dV < 1 || c.dV > limits::maxHeadDim) return outOfRange("d_v", 1, limits::maxHeadDim);
    if (std::int64_t(c.heads) * c.dK > limits::maxProjectedDim ||
        std::int64_t(c.heads) * c.dV > limits::maxProjectedDim)
        return message(QT_TRANSLATE_NOOP("Message", "heads · d_k and heads · d_v must be at most %1"), limits::maxProjectedDim);
    if (std::int64_t(c.heads) * tokens * tokens > limits::maxAttentionCells)
        return message(QT_TRANSLATE_NOOP("Message", "heads · N² must be at most %1"), limits::maxAttentionCells);
    if (!(c.temperature > 0) || !std::isfinite(c.temperature)) return message(QT_TRANSLATE_NOOP("Message", "the temperature must be greater than 0"));
    return {};
}

Model reconfigure(const Model& model, const ModelConfig& next, int tokens) {
    if (next.dModel != model.config.dModel) throw std::invalid_argument("d_model cannot change");
    const bool reseeded = next.seed != model.config.seed;
    const Model source = [&] {
        if (!reseeded) return model;
        Model fresh = model; // a new seed means new random weights: drop the old ones
        fresh.weights = Weights{};
        fresh.learnedPositions = Matrix{};
        return fresh;
    }();
    const Weights& w = source.weights;
    Model result = model;
    result.config = next;
    const int qk = next.heads * next.dK, v = next.heads * next.dV;
    result.weights.W_q = keepOrGenerate(w.W_q, qk, next.dModel, [&] { return generateQueryWeights(next); });
    result.weights.W_k = keepOrGenerate(w.W_k, qk, next.dModel, [&] { return generateKeyWeights(next); });
    result.weights.W_v = keepOrGenerate(w.W_v, v, next.dModel, [&] { return generateValueWeights(next); });
    result.weights.W_o = next.outputProjection
        ? keepOrGenerate(w.W_o, next.dModel, v, [&] { return generateOutputWeights(next); })
        : Matrix{};
    result.weights.w_a = next.scoring == Scoring::Additive
        ? keepOrGenerate(w.w_a, next.heads, next.dK, [&] { return generateAdditiveWeights(next); })
        : Matrix{};
    result.learnedPositions = next.positional == PositionalEncoding::Learned
        ? keepOrGenerate(source.learnedPositions, tokens, next.dModel,
                         [&] { return generateLearnedPositions(next, tokens); })
        : Matrix{};
    return result;
}

} // namespace al
