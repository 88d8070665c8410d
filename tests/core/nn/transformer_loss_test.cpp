// The loss of one example (MATH.md §10): which positions each task predicts, the loss as
// −Σ log p[target] read off the trace's probabilities, the count of correct predictions,
// ties in the argmax, and gradients that are scaled and added, never overwritten.
#include "core/nn/task_head.h"
#include "core/nn/transformer_backward.h"
#include "core/nn/transformer_forward.h"
#include "model_fixtures.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;
using namespace al::nn;
using namespace al::nn::testing;

TEST_CASE("predicted positions: every label, one per sequence, the targets and <eos>, every token but the first",
          "[nn][loss]") {
    const Example example{{0, 1, 2, 3}, {1, 2, 0, 1}};
    CHECK(predictedPositions(tinyModel(Task::Labelling, {}, 1), example) == 4);
    CHECK(predictedPositions(tinyModel(Task::Classification, {}, 1), Example{{0, 1, 2, 3}, {2}}) == 1);
    CHECK(predictedPositions(tinyModel(Task::Seq2Seq, {}, 1), Example{{0, 1, 2, 3}, {3, 3, 0}}) == 4);
    CHECK(predictedPositions(tinyModel(Task::Seq2Seq, {}, 1), Example{{0, 1}, {}}) == 1); // <eos> alone
    CHECK(predictedPositions(tinyModel(Task::LanguageModel, {}, 1), Example{{0, 1, 2, 3}, {}}) == 3);
    CHECK(predictedPositions(tinyModel(Task::LanguageModel, {}, 1), Example{{5}, {}}) == 0);
}

TEST_CASE("the loss is −Σ log p[target] over the predicted rows, each task's targets in place", "[nn][loss]") {
    SECTION("labelling: row i predicts label i") {
        const TransformerModel model = tinyModel(Task::Labelling, {}, 31);
        const Example example{{0, 4, 2, 2}, {2, 0, 1, 1}};
        const ExampleResult result = loss(model, example);
        const Matrix& p = result.trace.probabilities;
        double expected = 0;
        int correct = 0;
        for (int i = 0; i < 4; ++i) {
            expected -= std::log(p(i, example.target[std::size_t(i)]));
            correct += result.trace.predictions[std::size_t(i)] == example.target[std::size_t(i)];
        }
        CHECK(result.lossSum == Approx(expected).epsilon(1e-13));
        CHECK(result.positions == 4);
        CHECK(result.correct == correct);
    }
    SECTION("classification: the one row predicts the label") {
        const TransformerModel model = tinyModel(Task::Classification, {}, 32);
        const ExampleResult result = loss(model, Example{{0, 4, 2}, {1}});
        CHECK(result.lossSum == Approx(-std::log(result.trace.probabilities(0, 1))).epsilon(1e-13));
        CHECK(result.positions == 1);
        CHECK(result.correct == (result.trace.predictions[0] == 1 ? 1 : 0));
    }
    SECTION("seq2seq: the decoder reads [<bos>, y…] and predicts [y…, <eos>]") {
        const TransformerModel model = tinyModel(Task::Seq2Seq, {}, 33);
        const int bos = outputId(model, "<bos>");
        const int eos = outputId(model, "<eos>");
        CHECK(bos == 4);
        CHECK(eos == 5);
        const ExampleResult result = loss(model, Example{{0, 4, 2}, {3, 1}});
        CHECK(result.trace.decoder->tokens == std::vector<int>{bos, 3, 1});
        const Matrix& p = result.trace.probabilities;
        CHECK(result.lossSum == Approx(-std::log(p(0, 3)) - std::log(p(1, 1)) - std::log(p(2, eos))).epsilon(1e-13));
        CHECK(result.positions == 3);
    }
    SECTION("language model: row i predicts token i + 1; the last row predicts nothing") {
        const TransformerModel model = tinyModel(Task::LanguageModel, {}, 34);
        const ExampleResult result = loss(model, Example{{2, 6, 0, 3}, {}});
        const Matrix& p = result.trace.probabilities;
        CHECK(p.rows() == 4);
        CHECK(result.lossSum == Approx(-std::log(p(0, 6)) - std::log(p(1, 0)) - std::log(p(2, 3))).epsilon(1e-13));
        CHECK(result.positions == 3);
    }
}

TEST_CASE("the loss's gradient is added, scaled, into gradients that already hold numbers", "[nn][loss]") {
    const TransformerModel model = tinyModel(Task::Seq2Seq, {}, 35);
    const Example example = tinyExample(Task::Seq2Seq, 35);
    Tensors once(model.weights.sharedLayout());
    const ExampleResult result = lossAndGradients(model, example, 1.0, once);
    CHECK(result.lossSum == loss(model, example).lossSum);
    // Twice at scale ½ is once at scale 1, and 0.25 then 0.75 add up to the same.
    Tensors halves(model.weights.sharedLayout());
    lossAndGradients(model, example, 0.5, halves);
    lossAndGradients(model, example, 0.5, halves);
    Tensors quarters(model.weights.sharedLayout());
    lossAndGradients(model, example, 0.25, quarters);
    lossAndGradients(model, example, 0.75, quarters);
    double largest = 0;
    double size = 0;
    for (std::size_t i = 0; i < once.values().size(); ++i) {
        largest = std::max({largest, std::abs(once.values()[i] - halves.values()[i]),
                            std::abs(once.values()[i] - quarters.values()[i])});
        size = std::max(size, std::abs(once.values()[i]));
    }
    CHECK(size > 1e-3);
    CHECK(largest < 1e-14 * std::max(1.0, size));
}

TEST_CASE("ties in an argmax give the lowest id", "[nn][loss]") {
    CHECK(argmaxLowest((RowVector(4) << 1, 3, 3, 2).finished()) == 1);
    CHECK(argmaxLowest((RowVector(3) << 0.5, 0.5, 0.5).finished()) == 0);
    CHECK(argmaxLowest((RowVector(3) << -1, -2, -1).finished()) == 0);
    CHECK(argmaxLowest((RowVector(3) << -2, -2, 7).finished()) == 2);
    // A model whose generator ignores its input and gives every class the same logit.
    TransformerModel model = tinyModel(Task::Labelling, {}, 36);
    model.weights.matrix(model.layout.generator.weight).setZero();
    model.weights.vector(model.layout.generator.bias).setConstant(0.25);
    const ExampleResult result = loss(model, Example{{1, 2, 3}, {0, 1, 2}});
    CHECK(result.trace.predictions == std::vector<int>{0, 0, 0});
    CHECK(result.correct == 1);
    CHECK(result.lossSum == Approx(3 * std::log(3.0)).epsilon(1e-14));
}
