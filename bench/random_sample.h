#pragma once
// The sample every benchmark runs on: N tokens with random inputs (seed 1), d_model wide,
// `heads` heads of d_model / heads, the output projection on, weights from the seed.
#include "core/attention/model.h"

namespace al::bench {

Sample randomSample(int tokens, int dModel, int heads, bool causal = false);

} // namespace al::bench
