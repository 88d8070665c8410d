// The transformer@1 loader reads every field as written, resolves every default of
// FORMATS.md, overwrites exactly the weights a file gives, and refuses each broken rule
// with one line naming the file, the JSON path and the problem.
#include "core/base/input_error.h"
#include "core/io/transformer_loader.h"
#include "tests/core/io/bad_transformers.h"
#include "tests/support/test_transformers.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>

using namespace al;

namespace {
const std::filesystem::path data = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "tests/data/transformer";

// Every number of `slot` in `model`, row by row.
std::vector<double> tensor(const nn::TransformerModel& model, const std::string& name) {
    const nn::NamedSlot* named = model.weights.layout().find(name);
    REQUIRE(named);
    const auto begin = model.weights.values().begin() + std::ptrdiff_t(named->slot.offset);
    return {begin, begin + std::ptrdiff_t(named->slot.size())};
}
} // namespace

TEST_CASE("the hand-written labelling model loads with every field as written", "[transformer-loader]") {
    const nn::TransformerModel model = loadTransformer(data / "i-saw-a-saw.model.json");
    CHECK(model.title == "I saw a saw");
    CHECK(model.description == "Each word gets its part of speech; \"saw\" is a verb or a noun by its neighbours.");
    CHECK(model.task == nn::Task::Labelling);
    const nn::Architecture& a = model.architecture;
    CHECK(a.dModel == 4);
    CHECK(a.heads == 2);
    CHECK(a.dFF == 8);
    CHECK(a.encoderLayers == 1);
    CHECK(a.decoderLayers == 2); // not given: the default, unused by labelling
    CHECK(a.attention);
    CHECK(a.norm == nn::NormPlacement::Pre);
    CHECK(a.finalNorm);
    CHECK(a.activation == nn::Activation::Gelu);
    CHECK(a.positional == PositionalEncoding::Learned);
    CHECK(a.maxLength == 6);
    CHECK(model.vocabulary == std::vector<std::string>{"I", "saw", "a", "the", "cat"});
    CHECK(model.outputs == std::vector<std::string>{"PRON", "VERB", "DET", "NOUN"});
    CHECK(model.seed == 7);

    const std::vector<double> embedding = tensor(model, "src_embedding.weight");
    CHECK(embedding[0] == 0.5);
    CHECK(embedding[3] == 1.0);
    CHECK(embedding[12] == 1e-3);
    CHECK(embedding[13] == -2.5e-2);
    CHECK(embedding[15] == 0.0);
    CHECK(std::signbit(embedding[15])); // -0.0 stays −0
    CHECK(embedding[16] == 1.0 / 3.0);
    CHECK(embedding[18] == std::sqrt(2.0));
    CHECK(embedding[19] == std::exp(1.0));
    CHECK(tensor(model, "encoder.layers.0.linear2.bias") == std::vector<double>{0.01, -0.02, 0.03, -0.04});
    CHECK(tensor(model, "generator.bias") == std::vector<double>{0.1, 0.2, -0.1, -0.2});

    // Every tensor the file leaves out is the seed's, bit for bit.
    const nn::TransformerModel seeded = nn::makeTransformer(model.task, a, model.vocabulary, model.outputs, 7);
    int fromSeed = 0;
    for (const nn::NamedSlot& slot : seeded.weights.layout().entries()) {
        if (slot.name == "src_embedding.weight" || slot.name == "encoder.layers.0.linear2.bias" ||
            slot.name == "generator.bias")
            continue;
        INFO(slot.name);
        CHECK(tensor(model, slot.name) == tensor(seeded, slot.name));
        ++fromSeed;
    }
    CHECK(fromSeed == int(seeded.weights.layout().entries().size()) - 3);
    CHECK(model.weights.layout().find("positional.weight")->slot.rows == 6);
    CHECK(model.weights.layout().find("encoder.norm.weight"));

    REQUIRE(model.training);
    const nn::TrainingRecord& t = *model.training;
    CHECK(t.dataset == "I saw a saw: sentences");
    CHECK(t.optimizer == nn::Optimizer::Adam);
    CHECK(t.learningRate == 0.01);
    CHECK(t.momentum == 0.0); // not given
    CHECK(t.weightDecay == 0.001);
    CHECK(t.batch == 2);
    CHECK(t.steps == 3);
    CHECK(t.seed == 11);
    CHECK(t.history == std::vector<double>{1.3862943611198906, 1.25, 1.0625});
    CHECK(t.trainAccuracy == 0.75);
    CHECK(t.testAccuracy == 0.5);
}

TEST_CASE("a model without architecture, seed or weights takes every default of FORMATS.md", "[transformer-loader]") {
    const nlohmann::json json = {{"format", "attention-lab/transformer@1"},
                                 {"title", "defaults"},
                                 {"task", "labelling"},
                                 {"vocabulary", {"a", "b"}},
                                 {"outputs", {"X", "Y", "Z"}}};
    const nn::TransformerModel model = test::transformerFrom(json);
    const nn::Architecture& a = model.architecture;
    CHECK(a == nn::Architecture{});
    CHECK(a.dModel == 32);
    CHECK(a.heads == 4);
    CHECK(a.dFF == 64);
    CHECK(a.encoderLayers == 2);
    CHECK(a.decoderLayers == 2);
    CHECK(a.attention);
    CHECK(a.norm == nn::NormPlacement::Post);
    CHECK_FALSE(a.finalNorm);
    CHECK(a.activation == nn::Activation::Relu);
    CHECK(a.positional == PositionalEncoding::Sinusoidal);
    CHECK(a.maxLength == 32);
    CHECK(model.seed == 1);
    CHECK(model.description.empty());
    CHECK_FALSE(model.training);
    CHECK(model.weights.values() ==
          nn::makeTransformer(nn::Task::Labelling, a, {"a", "b"}, {"X", "Y", "Z"}, 1).weights.values());
}

TEST_CASE("a model of each task loads, with the tensors of that task", "[transformer-loader]") {
    for (nn::Task task : test::allTasks) {
        INFO(nn::name(task));
        const nn::TransformerModel model = test::transformerFrom(test::validTransformerJson(task));
        CHECK(model.task == task);
        CHECK(model.seed == 5);
        CHECK(model.architecture.dModel == 4);
        CHECK(model.layout.tgtEmbedding.has_value() == (task == nn::Task::Seq2Seq));
        CHECK(model.layout.encoder.size() == (task == nn::Task::LanguageModel ? 0u : 1u));
        CHECK(model.layout.decoder.size() == (nn::hasDecoder(task) ? 1u : 0u));
        CHECK(model.outputs.empty() == (task == nn::Task::LanguageModel));
        CHECK(model.layout.generator.weight.rows == model.classes());
    }
    // A stack the task does not have may be given 0 layers.
    auto json = test::validTransformerJson(nn::Task::LanguageModel);
    json["architecture"]["encoder_layers"] = 0;
    CHECK(test::transformerFrom(json).architecture.encoderLayers == 0);
    json = test::validTransformerJson(nn::Task::Classification);
    json["architecture"]["decoder_layers"] = 0;
    json["architecture"]["attention"] = false;
    json["architecture"]["heads"] = 3; // unused without attention, so it need not divide d_model
    const nn::TransformerModel baseline = test::transformerFrom(json);
    CHECK_FALSE(baseline.architecture.attention);
    CHECK_FALSE(baseline.layout.encoder.at(0).selfAttention);
}

TEST_CASE("whole numbers written as 2.0 and the largest seed are read", "[transformer-loader]") {
    auto json = test::validTransformerJson();
    json["architecture"]["heads"] = 2.0;
    json["architecture"]["max_length"] = 4096.0;
    json["seed"] = 18446744073709551615ULL;
    const nn::TransformerModel model = test::transformerFrom(json);
    CHECK(model.architecture.heads == 2);
    CHECK(model.architecture.maxLength == 4096);
    CHECK(model.seed == 18446744073709551615ULL);
}

TEST_CASE("each kind of bad model is refused, naming the file, the path and the problem", "[transformer-loader]") {
    for (const test::BadTransformer& bad : test::badTransformers()) {
        INFO(bad.description);
        auto json = test::validTransformerJson(bad.task);
        bad.mutate(json);
        try {
            test::transformerFrom(json);
            FAIL("accepted: " << bad.description);
        } catch (const InputError& error) {
            INFO(error.what());
            CHECK(error.file() == "test.json");
            CHECK(error.field() == bad.field);
            CHECK(error.problem().find(bad.problem) != std::string::npos);
            CHECK(std::string(error.what()).find('\n') == std::string::npos);
        }
    }
}

TEST_CASE("a tensor of the wrong shape is refused naming both shapes", "[transformer-loader]") {
    auto json = test::validTransformerJson();
    json.erase("architecture"); // d_model 32, d_ff 64
    json["weights"]["encoder.layers.0.linear1.weight"] =
        std::vector<std::vector<double>>(64, std::vector<double>(31, 0.0));
    CHECK_THROWS_WITH(test::transformerFrom(json),
                      "test.json: weights[\"encoder.layers.0.linear1.weight\"]: expected 64 × 32, got 64 × 31");
}

TEST_CASE("model files: missing, a folder", "[transformer-loader]") {
    CHECK_THROWS_WITH(loadTransformer(data / "absent.model.json"), Catch::Contains("no such file"));
    CHECK_THROWS_WITH(loadTransformer(data), Catch::Contains("is a directory, not a transformer model file"));
}
