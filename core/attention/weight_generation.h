#pragma once
// Fills in what a sample leaves out, from the seed. Weights follow PyTorch's nn.Linear
// initialisation, U(−1/√fan_in, 1/√fan_in); learned positional vectors, which stand for
// what training would learn, are U(−1, 1) like the sinusoidal encoding's range.
#include "core/attention/model.h"
#include "core/base/matrix.h"

namespace al {

// Stream names, one per matrix: "W_q", "W_k", "W_v", "W_o", "w_a", "positional".
Matrix generateQueryWeights(const ModelConfig& config);                 // (H·d_k) × d_model
Matrix generateKeyWeights(const ModelConfig& config);                   // (H·d_k) × d_model
Matrix generateValueWeights(const ModelConfig& config);                 // (H·d_v) × d_model
Matrix generateOutputWeights(const ModelConfig& config);                // d_model × (H·d_v)
Matrix generateAdditiveWeights(const ModelConfig& config);              // H × d_k
Matrix generateLearnedPositions(const ModelConfig& config, int tokens); // N × d_model

// Replaces every weight the config needs with a freshly generated one, and drops the
// ones it does not need (W_o without the projection, w_a without additive scoring).
Weights generateWeights(const ModelConfig& config);

} // namespace al
