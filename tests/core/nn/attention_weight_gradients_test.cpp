// ∂L/∂α′ of every attention head (exampleGradients) against PyTorch autograd: the golden
// files tests/data/golden/transformer/NAME.attention_gradients.json hold, for train[0] and
// train[1] of each golden model, the gradient of that example's mean loss with respect to
// every per-head softmax output of nn.MultiheadAttention (retain_grad). Post- and pre-norm,
// the feed-forward-only baseline, classification's pooling, seq2seq's cross-attention and the
// causal masks of seq2seq's decoder and of the language models are all among them.
// Tolerance: |ours − reference| ≤ 1e-9 · max(1, |reference|); the largest difference is printed.
#include "core/io/dataset_loader.h"
#include "core/io/dataset_pairing.h"
#include "core/io/transformer_loader.h"
#include "core/io/transformer_trace_writer.h"
#include "core/nn/attention_weight_gradients.h"
#include "model_fixtures.h"
#include "tests/support/json_comparison.h"
#include "tests/support/transformer_golden.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>
#include <sstream>

using namespace al;
using nlohmann::json;

namespace {

json matrixJson(const Matrix& m) {
    json rows = json::array();
    for (Eigen::Index r = 0; r < m.rows(); ++r) {
        std::vector<double> row(std::size_t(m.cols()));
        for (Eigen::Index c = 0; c < m.cols(); ++c)
            row[std::size_t(c)] = m(r, c);
        rows.push_back(row);
    }
    return rows;
}

// [layer][sublayer][head] → nested arrays, as the golden files write them.
json stackJson(const std::vector<std::vector<std::vector<Matrix>>>& layers) {
    json result = json::array();
    for (const auto& layer : layers) {
        json sublayers = json::array();
        for (const auto& heads : layer) {
            json list = json::array();
            for (const Matrix& head : heads)
                list.push_back(matrixJson(head));
            sublayers.push_back(list);
        }
        result.push_back(sublayers);
    }
    return result;
}

json traceText(const nn::TransformerModel& model, const nn::TransformerTrace& trace) {
    std::ostringstream text;
    writeTransformerTrace(text, model, trace);
    return json::parse(text.str());
}

// The gradient lists have the trace's shape: a list per layer and sublayer, H matrices R × C
// for attention (the very shape of α′), none for feed-forward.
void checkMirrorsTrace(const std::vector<std::vector<std::vector<Matrix>>>& gradients,
                       const std::optional<nn::StackTrace>& stack, int heads) {
    if (!stack) {
        CHECK(gradients.empty());
        return;
    }
    REQUIRE(gradients.size() == stack->layers.size());
    for (std::size_t l = 0; l < gradients.size(); ++l) {
        REQUIRE(gradients[l].size() == stack->layers[l].sublayers.size());
        for (std::size_t s = 0; s < gradients[l].size(); ++s) {
            const nn::SublayerTrace& sublayer = stack->layers[l].sublayers[s];
            if (sublayer.kind == nn::SublayerKind::FeedForward) {
                CHECK(gradients[l][s].empty());
                continue;
            }
            REQUIRE(gradients[l][s].size() == std::size_t(heads));
            for (std::size_t h = 0; h < gradients[l][s].size(); ++h) {
                CHECK(gradients[l][s][h].rows() == sublayer.heads[h].weights.rows());
                CHECK(gradients[l][s][h].cols() == sublayer.heads[h].weights.cols());
            }
        }
    }
}

} // namespace

TEST_CASE("every golden dL by d alpha-prime from PyTorch autograd is reproduced within 1e-9, every head",
          "[nn][golden][attention-gradients]") {
    const auto cases = test::transformerGoldenCases();
    REQUIRE(cases.size() >= 12);
    double overall = 0;
    int examples = 0, heads = 0;
    for (const auto& golden : cases) {
        INFO("golden case " << golden.name);
        const nn::TransformerModel model = loadTransformer(golden.file("model"));
        const auto train = pairExamples(model, loadDataset(golden.file("dataset")), DatasetSplit::Train,
                                        golden.file("dataset").string());
        const json reference =
            test::readJson(test::transformerGoldenFolder() / (golden.name + ".attention_gradients.json"));
        REQUIRE(reference["examples"].size() == 2);
        for (const json& entry : reference["examples"]) {
            const int index = entry["example"].get<int>();
            INFO("train[" << index << "]");
            const nn::ExampleGradients ours = nn::exampleGradients(model, train.at(std::size_t(index)));
            CHECK(ours.loss == Approx(entry["loss"].get<double>()).epsilon(1e-12));

            test::JsonComparison comparison;
            comparison.compare(stackJson(ours.attention.encoder), entry["encoder"], "encoder");
            comparison.compare(stackJson(ours.attention.decoder), entry["decoder"], "decoder");
            for (const std::string& mismatch : comparison.mismatches)
                UNSCOPED_INFO(mismatch);
            CHECK(comparison.mismatches.empty());
            overall = std::max(overall, comparison.largest);
            ++examples;
            for (const auto* stack : {&ours.attention.encoder, &ours.attention.decoder})
                for (const auto& layer : *stack)
                    for (const auto& sublayer : layer)
                        heads += int(sublayer.size());
        }
    }
    // Attention models of every kind are among the cases: the comparison covered real heads.
    CHECK(heads >= 40);
    std::cout << "dL/dalpha' against PyTorch autograd: " << examples << " examples, " << heads
              << " heads, largest difference " << overall << '\n';
}

TEST_CASE("exampleGradients gives lossAndGradients' weight gradients at scale 1 over P and loss()'s trace",
          "[nn][attention-gradients]") {
    double largest = 0;
    for (const auto& golden : test::transformerGoldenCases()) {
        INFO("golden case " << golden.name);
        const nn::TransformerModel model = loadTransformer(golden.file("model"));
        const auto train = pairExamples(model, loadDataset(golden.file("dataset")), DatasetSplit::Train,
                                        golden.file("dataset").string());
        for (const nn::Example& example : train) {
            const nn::ExampleGradients ours = nn::exampleGradients(model, example);
            const int positions = nn::predictedPositions(model, example);
            nn::Tensors expected(model.weights.sharedLayout());
            const nn::ExampleResult reference = nn::lossAndGradients(model, example, 1.0 / positions, expected);
            REQUIRE(ours.weights.values().size() == expected.values().size());
            for (std::size_t i = 0; i < expected.values().size(); ++i)
                largest = std::max(largest, std::abs(ours.weights.values()[i] - expected.values()[i]));
            CHECK(ours.loss == Approx(reference.lossSum / positions).epsilon(1e-15));
            CHECK(traceText(model, ours.trace) == traceText(model, nn::loss(model, example).trace));

            checkMirrorsTrace(ours.attention.encoder, ours.trace.encoder, model.architecture.heads);
            checkMirrorsTrace(ours.attention.decoder, ours.trace.decoder, model.architecture.heads);
        }
    }
    std::cout << "exampleGradients' weights against lossAndGradients: largest difference " << largest << '\n';
    CHECK(largest <= 1e-12);
}

TEST_CASE("dL by d alpha-prime scales with the loss and is replaced, not added, on a second call",
          "[nn][attention-gradients]") {
    using namespace al::nn::testing;
    const nn::TransformerModel model = tinyModel(nn::Task::Seq2Seq, {}, 7);
    const nn::Example example = tinyExample(nn::Task::Seq2Seq, 7);
    nn::Tensors gradients(model.weights.sharedLayout());
    nn::AttentionWeightGradients whole, half;
    nn::lossAndGradients(model, example, 1.0, gradients, &whole);
    nn::lossAndGradients(model, example, 0.5, gradients, &half);
    nn::lossAndGradients(model, example, 0.5, gradients, &half); // set again, not summed
    REQUIRE(whole.decoder.size() == 2);
    REQUIRE(whole.decoder[1].size() == 3); // self-attention, cross-attention, feed-forward
    REQUIRE(half.decoder[1][1].size() == 2);
    const Matrix& cross = whole.decoder[1][1][0]; // T+1 decoder rows × N encoder rows
    CHECK(cross.rows() == int(example.target.size()) + 1);
    CHECK(cross.cols() == int(example.input.size()));
    CHECK(cross.cwiseAbs().maxCoeff() > 0);
    CHECK((half.decoder[1][1][0] * 2.0 - cross).cwiseAbs().maxCoeff() <= 1e-15 * cross.cwiseAbs().maxCoeff());
}
