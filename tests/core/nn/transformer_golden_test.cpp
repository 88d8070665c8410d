// The whole Transformer against the golden data of tests/data/golden/transformer: a NumPy
// reference that agrees with PyTorch's nn.TransformerEncoderLayer / DecoderLayer to 1e-14,
// and PyTorch autograd for the gradients. Each case goes the way `dump` goes: load the
// model file, run the pass, write the transformer-trace@1 text, read it back and compare
// every field. Tolerance: |ours − reference| ≤ 1e-9 · max(1, |reference|).
#include "core/io/dataset_loader.h"
#include "core/io/dataset_pairing.h"
#include "core/io/token_ids.h"
#include "core/io/transformer_loader.h"
#include "core/io/transformer_trace_writer.h"
#include "core/nn/transformer_backward.h"
#include "core/nn/transformer_forward.h"
#include "tests/support/json_comparison.h"
#include "tests/support/transformer_golden.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>
#include <sstream>

using namespace al;
using nlohmann::json;

namespace {

json traceText(const nn::TransformerModel& model, const nn::TransformerTrace& trace) {
    std::ostringstream text;
    writeTransformerTrace(text, model, trace);
    return json::parse(text.str());
}

double compareAndReport(const std::string& what, const json& ours, const json& reference) {
    test::JsonComparison comparison;
    comparison.compare(ours, reference, what);
    std::cout << "transformer golden " << what << ": largest difference " << comparison.largest << '\n';
    for (const std::string& mismatch : comparison.mismatches)
        UNSCOPED_INFO(mismatch);
    CHECK(comparison.mismatches.empty());
    return comparison.largest;
}

} // namespace

TEST_CASE("every golden transformer trace is reproduced within 1e-9, every field", "[nn][golden]") {
    const auto cases = test::transformerGoldenCases();
    REQUIRE(cases.size() >= 12);
    double overall = 0;
    for (const auto& golden : cases) {
        INFO("golden case " << golden.name);
        const nn::TransformerModel model = loadTransformer(golden.file("model"));
        const std::vector<int> input = tokenizeInput(model, test::joinTokens(golden.entry["trace_input"]));
        nn::TransformerTrace trace;
        if (model.task == nn::Task::Seq2Seq) {
            std::vector<int> decoder{nn::outputId(model, "<bos>")};
            for (int id : tokenizeTarget(model, test::joinTokens(golden.entry["trace_target"])))
                decoder.push_back(id);
            trace = nn::forwardPass(model, input, decoder);
        } else {
            trace = nn::forwardPass(model, input);
        }
        overall = std::max(
            overall, compareAndReport(golden.name, traceText(model, trace), test::readJson(golden.file("trace"))));
        if (golden.has("generated_trace")) {
            const auto prompt = tokenizeInput(model, test::joinTokens(golden.entry["generation_input"]));
            overall = std::max(overall, compareAndReport(golden.name + " generated",
                                                         traceText(model, nn::generate(model, prompt)),
                                                         test::readJson(golden.file("generated_trace"))));
        }
    }
    std::cout << "transformer golden traces: " << cases.size() << " cases, largest difference " << overall << '\n';
}

TEST_CASE("every golden gradient from PyTorch autograd is reproduced within 1e-9, every tensor", "[nn][golden]") {
    double overall = 0;
    for (const auto& golden : test::transformerGoldenCases()) {
        INFO("golden case " << golden.name);
        const nn::TransformerModel model = loadTransformer(golden.file("model"));
        const auto examples = pairExamples(model, loadDataset(golden.file("dataset")), DatasetSplit::Train,
                                           golden.file("dataset").string());
        const json reference = test::readJson(golden.file("gradients"));
        std::vector<nn::Example> batch;
        int positions = 0;
        for (int index : reference["batch"]) {
            batch.push_back(examples.at(index));
            positions += nn::predictedPositions(model, batch.back());
        }
        nn::Tensors gradients(model.weights.sharedLayout());
        double lossSum = 0;
        for (const nn::Example& example : batch)
            lossSum += nn::lossAndGradients(model, example, 1.0 / positions, gradients).lossSum;
        CHECK(lossSum / positions == Approx(reference["loss"].get<double>()).epsilon(1e-12));

        json ours = json::object();
        for (const nn::NamedSlot& slot : model.weights.layout().entries()) {
            const nn::Slot& s = slot.slot;
            if (s.isVector) {
                const auto v = gradients.vector(s);
                ours[slot.name] = std::vector<double>(v.data(), v.data() + v.size());
            } else {
                json rows = json::array();
                const auto m = gradients.matrix(s);
                for (int r = 0; r < s.rows; ++r)
                    rows.push_back(std::vector<double>(m.row(r).data(), m.row(r).data() + s.cols));
                ours[slot.name] = rows;
            }
        }
        overall = std::max(overall, compareAndReport(golden.name + " gradients", ours, reference["gradients"]));
    }
    std::cout << "transformer golden gradients: largest difference " << overall << '\n';
}

TEST_CASE("a model converted from PyTorch gives the PyTorch model's logits", "[nn][golden]") {
    const auto folder = test::transformerGoldenFolder();
    const nn::TransformerModel model = loadTransformer(folder / "pytorch_import.model.json");
    const json expected = test::readJson(folder / "pytorch_import.expected.json");
    const std::vector<int> input = tokenizeInput(model, test::joinTokens(expected["input"]));
    std::vector<int> decoder{nn::outputId(model, "<bos>")};
    for (int id : tokenizeTarget(model, test::joinTokens(expected["target"])))
        decoder.push_back(id);
    const nn::TransformerTrace trace = nn::forwardPass(model, input, decoder);
    json logits = json::array();
    for (int r = 0; r < trace.logits.rows(); ++r)
        logits.push_back(
            std::vector<double>(trace.logits.row(r).data(), trace.logits.row(r).data() + trace.logits.cols()));
    compareAndReport("pytorch import logits", logits, expected["logits"]);
}
