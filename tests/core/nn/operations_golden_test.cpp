// The operations' forward and backward passes against PyTorch: tests/data/golden/nn/operations.json,
// made by tests/tools/make_nn_golden.py with PyTorch's own modules in float64 and autograd's
// gradients of Σ dOut ⊙ out. Every output and every gradient of every case is compared;
// tolerance |ours − PyTorch| ≤ 1e-9 · max(1, |PyTorch|). The largest difference per
// operation and tensor is printed.
#include "core/nn/activation.h"
#include "core/nn/cross_entropy.h"
#include "core/nn/embedding.h"
#include "core/nn/feed_forward.h"
#include "core/nn/layer_norm.h"
#include "core/nn/linear.h"
#include "core/nn/multi_head_attention.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <utility>

using namespace al;
using namespace al::nn;
using nlohmann::json;

namespace {

constexpr double tolerance = 1e-9;
const std::filesystem::path goldenFile =
    std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "tests/data/golden/nn/operations.json";

json loadGolden() {
    std::ifstream file(goldenFile);
    if (!file) FAIL(goldenFile.string() << ": cannot be read (make golden writes it)");
    json document = json::parse(file);
    REQUIRE(document.at("format") == "nn-operations-golden@1");
    return document;
}

// A JSON array of rows → rows × cols; a flat array → 1 × n.
Matrix toMatrix(const json& value) {
    if (value.empty() || !value[0].is_array()) {
        Matrix row(1, Eigen::Index(value.size()));
        for (std::size_t j = 0; j < value.size(); ++j)
            row(0, Eigen::Index(j)) = value[j].get<double>();
        return row;
    }
    Matrix matrix(Eigen::Index(value.size()), Eigen::Index(value[0].size()));
    for (std::size_t i = 0; i < value.size(); ++i) {
        REQUIRE(value[i].size() == std::size_t(matrix.cols()));
        for (std::size_t j = 0; j < value[i].size(); ++j)
            matrix(Eigen::Index(i), Eigen::Index(j)) = value[i][j].get<double>();
    }
    return matrix;
}

// The case's parameters under PyTorch's names, in a layout of their own: the same names our
// Slots carry (in_proj_weight, out_proj.weight, linear1.bias, …).
Tensors loadParameters(const json& parameters) {
    auto layout = std::make_shared<ParameterLayout>();
    std::vector<Matrix> values;
    for (const auto& [name, value] : parameters.items()) {
        values.push_back(toMatrix(value));
        if (value[0].is_array())
            layout->addMatrix(name, int(values.back().rows()), int(values.back().cols()));
        else
            layout->addVector(name, int(values.back().cols()));
    }
    Tensors tensors(layout);
    for (std::size_t t = 0; t < values.size(); ++t)
        tensors.matrix(layout->entries()[t].slot) =
            values[t].reshaped<Eigen::RowMajor>(layout->entries()[t].slot.rows, layout->entries()[t].slot.cols);
    return tensors;
}

Slot slot(const Tensors& tensors, const std::string& name) {
    const NamedSlot* found = tensors.layout().find(name);
    if (!found) FAIL("no parameter " << name << " in the golden case");
    return found->slot;
}

LinearSlots linearSlots(const Tensors& tensors, const std::string& prefix) {
    return {slot(tensors, prefix + "weight"), slot(tensors, prefix + "bias")};
}

// Compares tensors, remembers the largest difference per operation and tensor, and counts
// the comparisons of the current case (so that none of the reference's tensors is skipped).
class Comparison {
public:
    void compare(const std::string& operation, const std::string& tensor, const Matrix& ours, const Matrix& reference) {
        ++compared_;
        INFO(operation << ", " << tensor);
        REQUIRE(ours.rows() == reference.rows());
        REQUIRE(ours.cols() == reference.cols());
        double largest = 0;
        for (Eigen::Index i = 0; i < ours.size(); ++i) {
            const double difference =
                std::abs(ours.data()[i] - reference.data()[i]) / std::max(1.0, std::abs(reference.data()[i]));
            largest = std::isnan(difference) ? difference : std::max(largest, difference);
        }
        CHECK(largest <= tolerance);
        double& kept = largest_[operation + ": " + tensor];
        kept = std::max(kept, largest);
    }
    int takeCount() { return std::exchange(compared_, 0); }
    void print() const {
        std::cout << "operations against PyTorch (largest |difference| / max(1, |PyTorch|), tolerance " << tolerance
                  << "):\n";
        for (const auto& [name, largest] : largest_)
            std::cout << "  " << name << ": " << largest << '\n';
    }

private:
    std::map<std::string, double> largest_;
    int compared_ = 0;
};

// Every parameter's gradient in the reference against ours.
void compareParameterGradients(Comparison& comparison, const std::string& operation, const json& golden,
                               const Tensors& grads) {
    for (const auto& [name, value] : golden.at("parameters").items())
        comparison.compare(operation, "d " + name, grads.matrix(slot(grads, name)),
                           toMatrix(golden.at("gradients").at(name))
                               .reshaped<Eigen::RowMajor>(slot(grads, name).rows, slot(grads, name).cols));
}

// allowed(i, j) = not attn_mask(i, j) and not key_padding_mask(j) (PyTorch marks what is NOT allowed).
MaskMatrix allowedKeys(const json& config, int rows, int cols) {
    MaskMatrix mask = fullMask(rows, cols);
    if (!config.at("attn_mask").is_null())
        for (int i = 0; i < rows; ++i)
            for (int j = 0; j < cols; ++j)
                if (config["attn_mask"][std::size_t(i)][std::size_t(j)] != 0) mask(i, j) = 0;
    if (!config.at("key_padding_mask").is_null())
        for (int j = 0; j < cols; ++j)
            if (config["key_padding_mask"][std::size_t(j)] != 0) mask.col(j).setZero();
    return mask;
}

Activation activationOf(const json& config) {
    return parseActivation(config.at("activation").get<std::string>()).value();
}

// Runs one case through our operation and compares everything the reference holds.
void checkCase(Comparison& comparison, const json& golden) {
    const std::string operation = golden.at("operation");
    const json& config = golden.at("config");
    const json& inputs = golden.at("inputs");
    const json& outputs = golden.at("outputs");
    const json& gradients = golden.at("gradients");
    const Tensors weights = loadParameters(golden.at("parameters"));
    Tensors grads(weights.sharedLayout());
    const Matrix dOut = golden.at("dOut").is_null() ? Matrix() : toMatrix(golden["dOut"]);

    if (operation == "linear") {
        const Matrix in = toMatrix(inputs.at("in"));
        const LinearSlots slots = linearSlots(weights, "");
        comparison.compare(operation, "out", linearForward(in, weights, slots), toMatrix(outputs.at("out")));
        comparison.compare(operation, "d in", linearBackward(dOut, in, weights, slots, grads),
                           toMatrix(gradients.at("in")));
    } else if (operation == "layer_norm") {
        const Matrix in = toMatrix(inputs.at("in"));
        const LayerNormSlots slots{slot(weights, "weight"), slot(weights, "bias")};
        LayerNormCache cache;
        comparison.compare(operation, "out", layerNormForward(in, weights, slots, cache), toMatrix(outputs.at("out")));
        comparison.compare(operation, "d in", layerNormBackward(dOut, in, cache, weights, slots, grads),
                           toMatrix(gradients.at("in")));
    } else if (operation == "activation") {
        const Matrix pre = toMatrix(inputs.at("pre"));
        const Activation activation = activationOf(config);
        const std::string label = operation + " " + std::string(name(activation));
        comparison.compare(label, "out", activationForward(activation, pre), toMatrix(outputs.at("out")));
        comparison.compare(label, "d pre", activationBackward(activation, dOut, pre), toMatrix(gradients.at("pre")));
    } else if (operation == "feed_forward") {
        const Matrix in = toMatrix(inputs.at("in"));
        const Activation activation = activationOf(config);
        const FeedForwardSlots slots{linearSlots(weights, "linear1."), linearSlots(weights, "linear2.")};
        SublayerTrace trace;
        feedForwardForward(in, activation, weights, slots, trace);
        comparison.compare(operation, "hidden_pre", trace.hiddenPre, toMatrix(outputs.at("hidden_pre")));
        comparison.compare(operation, "hidden", trace.hidden, toMatrix(outputs.at("hidden")));
        comparison.compare(operation, "out", trace.sublayerOutput, toMatrix(outputs.at("out")));
        comparison.compare(operation, "d in", feedForwardBackward(dOut, in, trace, activation, weights, slots, grads),
                           toMatrix(gradients.at("in")));
    } else if (operation == "attention") {
        const bool selfAttention = config.at("self_attention");
        const int heads = config.at("heads");
        const Matrix queries = toMatrix(inputs.at(selfAttention ? "x" : "queries"));
        const Matrix keysValues = selfAttention ? queries : toMatrix(inputs.at("keys_values"));
        const int rows = int(queries.rows()), cols = int(keysValues.rows());
        const AttentionSlots slots{slot(weights, "in_proj_weight"), slot(weights, "in_proj_bias"),
                                   linearSlots(weights, "out_proj.")};
        SublayerTrace trace;
        attentionForward(queries, keysValues, allowedKeys(config, rows, cols), heads, weights, slots, trace);
        comparison.compare(operation, "out", trace.sublayerOutput, toMatrix(outputs.at("out")));
        // α′ of every head, stacked: H·R × C (PyTorch's H × R × C with average_attn_weights=False).
        REQUIRE(outputs.at("weights").size() == std::size_t(heads));
        Matrix ourWeights(heads * rows, cols), referenceWeights(heads * rows, cols);
        for (int h = 0; h < heads; ++h) {
            ourWeights.middleRows(h * rows, rows) = trace.heads[std::size_t(h)].weights;
            referenceWeights.middleRows(h * rows, rows) = toMatrix(outputs["weights"][std::size_t(h)]);
        }
        comparison.compare(operation, "weights", ourWeights, referenceWeights);
        Matrix dKeysValues = Matrix::Zero(cols, queries.cols());
        const Matrix dQueries =
            attentionBackward(dOut, queries, keysValues, trace, heads, weights, slots, grads, dKeysValues);
        if (selfAttention) {
            comparison.compare(operation, "d x (queries + keys/values)", dQueries + dKeysValues,
                               toMatrix(gradients.at("x")));
        } else {
            comparison.compare(operation, "d queries", dQueries, toMatrix(gradients.at("queries")));
            comparison.compare(operation, "d keys/values", dKeysValues, toMatrix(gradients.at("keys_values")));
        }
    } else if (operation == "embedding") {
        const std::vector<int> ids = config.at("ids").get<std::vector<int>>();
        const Slot table = slot(weights, "weight");
        comparison.compare(operation, "out", embeddingForward(ids, weights, table), toMatrix(outputs.at("out")));
        embeddingBackward(dOut, ids, table, grads);
    } else if (operation == "cross_entropy") {
        const Matrix logits = toMatrix(inputs.at("logits"));
        const std::vector<int> targets = config.at("targets").get<std::vector<int>>();
        const Matrix probabilities = softmaxRows(logits);
        comparison.compare(operation, "loss", Matrix::Constant(1, 1, crossEntropySum(logits, targets)),
                           Matrix::Constant(1, 1, outputs.at("loss").get<double>()));
        comparison.compare(operation, "probabilities", probabilities, toMatrix(outputs.at("probabilities")));
        comparison.compare(operation, "d logits", crossEntropyBackward(probabilities, targets, config.at("scale")),
                           toMatrix(gradients.at("logits")));
    } else {
        FAIL("unknown operation " << operation << " in " << goldenFile.string());
    }
    compareParameterGradients(comparison, operation, golden, grads);
}

} // namespace

TEST_CASE("every operation's outputs and gradients are PyTorch's within 1e-9", "[nn][golden]") {
    const json document = loadGolden();
    const json& cases = document.at("cases");
    REQUIRE(cases.size() >= 17);
    Comparison comparison;
    std::set<std::string> operations;
    for (const json& golden : cases) {
        INFO("golden case " << golden.at("name").get<std::string>());
        operations.insert(golden.at("operation").get<std::string>());
        checkCase(comparison, golden);
        // Every output and every gradient of the reference was compared, none skipped.
        CHECK(comparison.takeCount() == int(golden.at("outputs").size() + golden.at("gradients").size()));
    }
    CHECK(operations == std::set<std::string>{"activation", "attention", "cross_entropy", "embedding", "feed_forward",
                                              "layer_norm", "linear"});
    comparison.print();
}
