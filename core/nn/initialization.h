#pragma once
// The weights of an untrained model (MATH.md §10): deterministic from the seed, the same
// bits on every platform, in the spirit of PyTorch's defaults. Each tensor draws from its
// own stream SeededRandom(seed, its state-dict name) (core/base/seeded_random.h), filled
// row by row:
//   - embeddings and learned positions (….weight of src_embedding, tgt_embedding,
//     positional): U(−√3, √3), variance 1 like nn.Embedding's N(0, 1);
//   - in_proj_weight (3d × d): Xavier-uniform, U(−a, a) with a = √(6 / (d + 3d)), as
//     nn.MultiheadAttention;
//   - every other matrix (out_proj, linear1, linear2, generator; out × in): U(−1/√in, 1/√in),
//     nn.Linear's bound;
//   - every bias 0; every LayerNorm γ (a vector named ….weight) 1.
#include "core/nn/parameters.h"

#include <cstdint>

namespace al::nn {

void initializeWeights(Tensors& weights, std::uint64_t seed);

} // namespace al::nn
