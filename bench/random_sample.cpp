#include "bench/random_sample.h"

#include "core/attention/weight_generation.h"
#include "core/base/seeded_random.h"

#include <string>

namespace al::bench {

Sample randomSample(int tokens, int dModel, int heads, bool causal) {
    Sample sample;
    sample.title = "benchmark, " + std::to_string(tokens) + " tokens";
    for (int i = 0; i < tokens; ++i)
        sample.tokens.push_back("t" + std::to_string(i + 1));
    sample.embeddings = uniformMatrix(1, "embeddings", tokens, dModel, 1.0);
    ModelConfig& c = sample.model.config;
    c.dModel = dModel;
    c.heads = heads;
    c.dK = c.dV = dModel / heads;
    c.outputProjection = true;
    if (causal) sample.model.masks.emplace_back(std::in_place_type<CausalMask>);
    sample.model.weights = generateWeights(c);
    return sample;
}

} // namespace al::bench
