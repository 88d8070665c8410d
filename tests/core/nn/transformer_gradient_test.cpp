// The whole model's hand-written backward pass (lossAndGradients) against central finite
// differences of its loss, on EVERY parameter of tiny random models: each task, post- and
// pre-norm, ReLU and GELU, no / sinusoidal / learned positions, with and without the final
// LayerNorms, and the feed-forward-only baseline. The objective is scale · lossSum, the
// very quantity whose gradient lossAndGradients adds; the gradients are added into an
// array that already holds numbers, so a pass that overwrites fails too. Tolerance:
// finiteDifferenceTolerance (1e-6, relative to max(1, |gradient|); finite_difference.h).
#include "core/nn/transformer_backward.h"
#include "model_fixtures.h"
#include "operation_fixtures.h"

#include <catch2/catch.hpp>

using namespace al;
using namespace al::nn;
using namespace al::nn::testing;

namespace {
constexpr double scale = 0.37; // as a batch's 1/P would be: the gradient must be scaled by it

void checkModel(Task task, const TinyModelOptions& options, std::uint64_t seed, GradientReport& report) {
    TransformerModel model = tinyModel(task, options, seed);
    const Example example = tinyExample(task, seed);
    const Objective objective = [&] { return scale * loss(model, example).lossSum; };
    const Tensors grads =
        addedGradients(model.weights, [&](Tensors& g) { lossAndGradients(model, example, scale, g); });
    report.check(compareGradients(model.weights, grads, objective), describe(task, options));
}

// Every combination of norm placement, activation, positions and final norm for one task.
void checkEveryVariant(Task task) {
    GradientReport report(std::string(name(task)) + ": whole model");
    std::uint64_t seed = 1000 + 100 * std::uint64_t(task);
    for (NormPlacement norm : {NormPlacement::Post, NormPlacement::Pre})
        for (Activation activation : {Activation::Relu, Activation::Gelu})
            for (PositionalEncoding positional :
                 {PositionalEncoding::None, PositionalEncoding::Sinusoidal, PositionalEncoding::Learned})
                for (bool finalNorm : {false, true}) {
                    TinyModelOptions options;
                    options.norm = norm;
                    options.activation = activation;
                    options.positional = positional;
                    options.finalNorm = finalNorm;
                    checkModel(task, options, ++seed, report);
                }
    report.print();
}
} // namespace

TEST_CASE("labelling: the whole model's gradient is the gradient of its loss", "[nn][gradient][model]") {
    checkEveryVariant(Task::Labelling);
}

TEST_CASE("classification: the whole model's gradient, through mean pooling, is the gradient of its loss",
          "[nn][gradient][model]") {
    checkEveryVariant(Task::Classification);
}

TEST_CASE("seq2seq: the whole model's gradient, through cross-attention into the encoder, is the gradient of its loss",
          "[nn][gradient][model]") {
    checkEveryVariant(Task::Seq2Seq);
}

TEST_CASE("language model: the whole model's gradient is the gradient of its loss", "[nn][gradient][model]") {
    checkEveryVariant(Task::LanguageModel);
}

TEST_CASE("the feed-forward-only baseline: the whole model's gradient is the gradient of its loss",
          "[nn][gradient][model]") {
    GradientReport report("feed-forward-only baseline: whole model");
    std::uint64_t seed = 2000;
    for (Task task : {Task::Labelling, Task::Classification})
        for (NormPlacement norm : {NormPlacement::Post, NormPlacement::Pre})
            for (Activation activation : {Activation::Relu, Activation::Gelu})
                for (bool finalNorm : {false, true}) {
                    TinyModelOptions options;
                    options.attention = false;
                    options.norm = norm;
                    options.activation = activation;
                    options.positional = PositionalEncoding::Learned;
                    options.finalNorm = finalNorm;
                    checkModel(task, options, ++seed, report);
                }
    report.print();
}

TEST_CASE("one-layer and three-layer models: the gradient is the gradient of the loss", "[nn][gradient][model]") {
    GradientReport report("one and three layers: whole model");
    std::uint64_t seed = 3000;
    for (Task task : {Task::Labelling, Task::Classification, Task::Seq2Seq, Task::LanguageModel})
        for (int layers : {1, 3}) {
            TinyModelOptions options;
            options.layers = layers;
            options.norm = layers == 1 ? NormPlacement::Pre : NormPlacement::Post;
            options.positional = PositionalEncoding::Learned;
            options.finalNorm = true;
            checkModel(task, options, ++seed, report);
        }
    report.print();
}
