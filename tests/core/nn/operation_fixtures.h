#pragma once
// Random operations for the tests: a small ParameterLayout holding one operation's tensors
// under PyTorch's names, filled with deterministic numbers, and what the gradient checks
// share (gradients added into a pre-filled array, and a report of the largest differences).
#include "core/nn/architecture.h"
#include "core/nn/parameters.h"
#include "core/nn/transformer_layout.h"
#include "finite_difference.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace al::nn::testing {

// rows × cols, uniform in [−scale, scale), from the stream (seed, name).
Matrix randomMatrix(std::uint64_t seed, std::string_view name, int rows, int cols, double scale = 1.0);
// Every number of `tensors` uniform in [−scale, scale).
void randomize(Tensors& tensors, std::uint64_t seed, double scale = 1.0);

struct LinearOperation {
    Tensors weights;
    LinearSlots slots;
};
struct LayerNormOperation {
    Tensors weights;
    LayerNormSlots slots;
};
struct AttentionOperation {
    Tensors weights;
    AttentionSlots slots;
};
struct FeedForwardOperation {
    Tensors weights;
    FeedForwardSlots slots;
};
struct EmbeddingOperation {
    Tensors weights;
    Slot table;
};

// Named as nn.Linear ("weight", "bias"), nn.LayerNorm, nn.MultiheadAttention ("in_proj_weight",
// "in_proj_bias", "out_proj.weight", "out_proj.bias"), the feed-forward part of
// nn.TransformerEncoderLayer ("linear1.*", "linear2.*") and nn.Embedding ("weight").
LinearOperation makeLinear(int in, int out, std::uint64_t seed);
LayerNormOperation makeLayerNorm(int width, std::uint64_t seed);
AttentionOperation makeAttention(int width, std::uint64_t seed);
FeedForwardOperation makeFeedForward(int width, int hidden, std::uint64_t seed);
EmbeddingOperation makeEmbedding(int rows, int width, std::uint64_t seed);

// Runs `backward` on gradients that already hold numbers and returns what it added, so
// that a backward pass which overwrites instead of adding fails the check.
Tensors addedGradients(const Tensors& weights, const std::function<void(Tensors&)>& backward);
// The same for an input gradient the caller sizes (C × d): starts from a non-zero matrix.
Matrix addedInputGradient(int rows, int cols, const std::function<void(Matrix&)>& backward);

// Collects the gradient differences of one test over all its shapes, CHECKs each, and
// prints the largest per tensor name, one line each (as llm.c's test_gpt2 does).
class GradientReport {
public:
    explicit GradientReport(std::string title) : title_(std::move(title)) {}
    void check(const GradientDifference& difference, const std::string& shape);
    void check(const std::vector<GradientDifference>& differences, const std::string& shape);
    void print() const;

private:
    std::string title_;
    std::map<std::string, GradientDifference> largest_;
};

} // namespace al::nn::testing
