#include "core/attention/weight_generation.h"

#include "core/base/seeded_random.h"

#include <cmath>

namespace al {

namespace {
Matrix linearLayer(const ModelConfig& config, const char* stream, int rows, int fanIn) {
    return uniformMatrix(config.seed, stream, rows, fanIn, 1.0 / std::sqrt(double(fanIn)));
}
} // namespace

Matrix generateQueryWeights(const ModelConfig& c) {
    return linearLayer(c, "W_q", c.heads * c.dK, c.dModel);
}
Matrix generateKeyWeights(const ModelConfig& c) {
    return linearLayer(c, "W_k", c.heads * c.dK, c.dModel);
}
Matrix generateValueWeights(const ModelConfig& c) {
    return linearLayer(c, "W_v", c.heads * c.dV, c.dModel);
}
Matrix generateOutputWeights(const ModelConfig& c) {
    return linearLayer(c, "W_o", c.dModel, c.heads * c.dV);
}
Matrix generateAdditiveWeights(const ModelConfig& c) {
    return linearLayer(c, "w_a", c.heads, c.dK);
}
Matrix generateLearnedPositions(const ModelConfig& c, int tokens) {
    return uniformMatrix(c.seed, "positional", tokens, c.dModel, 1.0);
}

Weights generateWeights(const ModelConfig& config) {
    Weights weights;
    weights.W_q = generateQueryWeights(config);
    weights.W_k = generateKeyWeights(config);
    weights.W_v = generateValueWeights(config);
    if (config.outputProjection) weights.W_o = generateOutputWeights(config);
    if (config.scoring == Scoring::Additive) weights.w_a = generateAdditiveWeights(config);
    return weights;
}

} // namespace al
