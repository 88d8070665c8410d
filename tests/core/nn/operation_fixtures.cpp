#include "operation_fixtures.h"

#include "core/base/seeded_random.h"

#include <catch2/catch.hpp>

#include <iostream>
#include <memory>

namespace al::nn::testing {

Matrix randomMatrix(std::uint64_t seed, std::string_view name, int rows, int cols, double scale) {
    return uniformMatrix(seed, name, rows, cols, scale);
}

void randomize(Tensors& tensors, std::uint64_t seed, double scale) {
    SeededRandom random(seed, "tensors");
    for (double& value : tensors.values())
        value = scale * random.nextSymmetric();
}

namespace {
LinearSlots addLinear(ParameterLayout& layout, const std::string& prefix, int in, int out) {
    LinearSlots slots;
    slots.weight = layout.addMatrix(prefix + "weight", out, in);
    slots.bias = layout.addVector(prefix + "bias", out);
    return slots;
}
Tensors randomTensors(std::shared_ptr<ParameterLayout> layout, std::uint64_t seed) {
    Tensors tensors(std::move(layout));
    randomize(tensors, seed, 0.5);
    return tensors;
}
} // namespace

LinearOperation makeLinear(int in, int out, std::uint64_t seed) {
    auto layout = std::make_shared<ParameterLayout>();
    const LinearSlots slots = addLinear(*layout, "", in, out);
    return {randomTensors(layout, seed), slots};
}

LayerNormOperation makeLayerNorm(int width, std::uint64_t seed) {
    auto layout = std::make_shared<ParameterLayout>();
    LayerNormSlots slots;
    slots.weight = layout->addVector("weight", width);
    slots.bias = layout->addVector("bias", width);
    LayerNormOperation operation{randomTensors(layout, seed), slots};
    operation.weights.vector(slots.weight).array() += 1.0; // γ around 1, as trained ones are
    return operation;
}

AttentionOperation makeAttention(int width, std::uint64_t seed) {
    auto layout = std::make_shared<ParameterLayout>();
    AttentionSlots slots;
    slots.inProjWeight = layout->addMatrix("in_proj_weight", 3 * width, width);
    slots.inProjBias = layout->addVector("in_proj_bias", 3 * width);
    slots.outProj = addLinear(*layout, "out_proj.", width, width);
    return {randomTensors(layout, seed), slots};
}

FeedForwardOperation makeFeedForward(int width, int hidden, std::uint64_t seed) {
    auto layout = std::make_shared<ParameterLayout>();
    FeedForwardSlots slots;
    slots.linear1 = addLinear(*layout, "linear1.", width, hidden);
    slots.linear2 = addLinear(*layout, "linear2.", hidden, width);
    return {randomTensors(layout, seed), slots};
}

EmbeddingOperation makeEmbedding(int rows, int width, std::uint64_t seed) {
    auto layout = std::make_shared<ParameterLayout>();
    const Slot table = layout->addMatrix("weight", rows, width);
    return {randomTensors(layout, seed), table};
}

namespace {
constexpr double prefill = 0.375; // any number: what the backward pass must keep and add to
}

Tensors addedGradients(const Tensors& weights, const std::function<void(Tensors&)>& backward) {
    Tensors grads(weights.sharedLayout());
    std::fill(grads.values().begin(), grads.values().end(), prefill);
    backward(grads);
    for (double& value : grads.values())
        value -= prefill;
    return grads;
}

Matrix addedInputGradient(int rows, int cols, const std::function<void(Matrix&)>& backward) {
    Matrix gradient = Matrix::Constant(rows, cols, prefill);
    backward(gradient);
    gradient.array() -= prefill;
    return gradient;
}

void GradientReport::check(const GradientDifference& difference, const std::string& shape) {
    INFO(title_ << ", " << shape << ": " << difference.summary());
    CHECK(difference.passed());
    auto [entry, inserted] = largest_.try_emplace(difference.name, difference);
    if (!inserted) {
        entry->second.count += difference.count;
        entry->second.largestAbsolute = std::max(entry->second.largestAbsolute, difference.largestAbsolute);
        entry->second.largestRelative = std::max(entry->second.largestRelative, difference.largestRelative);
    }
}

void GradientReport::check(const std::vector<GradientDifference>& differences, const std::string& shape) {
    for (const GradientDifference& difference : differences)
        check(difference, shape);
}

void GradientReport::print() const {
    std::cout << title_ << " (analytic vs central differences, tolerance " << finiteDifferenceTolerance << "):\n";
    for (const auto& [name, difference] : largest_)
        std::cout << "  " << difference.summary() << '\n';
}

} // namespace al::nn::testing
