// The transformer@1 writer: every field and every weight, in state-dict order, numbers that
// read back bit for bit, and files replaced atomically.
#include "core/io/transformer_loader.h"
#include "core/io/transformer_writer.h"
#include "tests/support/test_transformers.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

using namespace al;

namespace {

std::string written(const nn::TransformerModel& model) {
    std::ostringstream out;
    writeTransformer(out, model);
    return out.str();
}

// Weights no seed gives: every sign, tiny and huge magnitudes, −0, subnormals, and 0.1-like
// numbers that have no short binary form.
void scramble(nn::TransformerModel& model, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> uniform(-1, 1);
    std::uniform_int_distribution<int> exponent(-300, 300);
    auto& values = model.weights.values();
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = std::ldexp(uniform(rng), i % 7 == 0 ? exponent(rng) : 0);
    values[0] = -0.0;
    values[1] = std::numeric_limits<double>::denorm_min();
    values[2] = -std::numeric_limits<double>::max();
    values[3] = 0.1;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

void checkSameModel(const nn::TransformerModel& read, const nn::TransformerModel& model) {
    CHECK(read.title == model.title);
    CHECK(read.description == model.description);
    CHECK(read.task == model.task);
    CHECK(read.architecture == model.architecture);
    CHECK(read.vocabulary == model.vocabulary);
    CHECK(read.outputs == model.outputs);
    CHECK(read.seed == model.seed);
    CHECK(sameBits(read.weights.values(), model.weights.values()));
    REQUIRE(read.training.has_value() == model.training.has_value());
    if (!model.training) return;
    const nn::TrainingRecord &r = *read.training, &t = *model.training;
    CHECK(r.dataset == t.dataset);
    CHECK(r.optimizer == t.optimizer);
    CHECK(r.learningRate == t.learningRate);
    CHECK(r.momentum == t.momentum);
    CHECK(r.weightDecay == t.weightDecay);
    CHECK(r.batch == t.batch);
    CHECK(r.steps == t.steps);
    CHECK(r.seed == t.seed);
    CHECK(sameBits(r.history, t.history));
    CHECK(r.trainAccuracy == t.trainAccuracy);
    CHECK(r.testAccuracy == t.testAccuracy);
}

} // namespace

TEST_CASE("a model of every task and shape reads back bit for bit, and writes the same text again",
          "[transformer-writer]") {
    int variant = 0;
    for (nn::Task task : test::allTasks) {
        for (bool preNorm : {false, true}) {
            auto json = test::validTransformerJson(task);
            json["title"] = "quote \" backslash \\ newline \n 三 百 二 十 一";
            json["description"] = variant % 2 ? "described" : "";
            auto& a = json["architecture"];
            a["norm"] = preNorm ? "pre" : "post";
            a["final_norm"] = preNorm;
            a["activation"] = preNorm ? "gelu" : "relu";
            a["positional_encoding"] = std::array{"none", "sinusoidal", "learned"}[std::size_t(variant % 3)];
            if (!nn::hasDecoder(task) && preNorm) a["attention"] = false;
            nn::TransformerModel model = test::transformerFrom(json);
            scramble(model, std::uint64_t(variant));
            if (variant % 2) {
                model.training = nn::TrainingRecord{};
                model.training->dataset = "data";
                model.training->optimizer = variant % 4 == 1 ? nn::Optimizer::Sgd : nn::Optimizer::Adam;
                model.training->learningRate = 0.1;
                model.training->momentum = 0.9;
                model.training->weightDecay = 1e-2;
                model.training->steps = 3;
                model.training->seed = 18446744073709551615ULL;
                model.training->history = {2.302585092994046, 1.0 / 3.0, 5e-324};
                model.training->testAccuracy = 2.0 / 3.0;
            }
            INFO(nn::name(task) << (preNorm ? ", pre-norm" : ", post-norm"));
            const std::string text = written(model);
            const nn::TransformerModel read = parseTransformer(text, "written.json");
            checkSameModel(read, model);
            CHECK(written(read) == text);
            ++variant;
        }
    }
}

TEST_CASE("the written model holds every field in FORMATS.md's order and every tensor in state-dict order",
          "[transformer-writer]") {
    nn::TransformerModel model = test::transformerFrom(test::validTransformerJson(nn::Task::Seq2Seq));
    const auto doc = nlohmann::ordered_json::parse(written(model));
    std::vector<std::string> keys;
    for (const auto& [key, value] : doc.items())
        keys.push_back(key);
    CHECK(keys == std::vector<std::string>{"format", "title", "task", "architecture", "vocabulary", "outputs", "seed",
                                           "weights"});
    CHECK(doc["format"] == "attention-lab/transformer@1");
    std::vector<std::string> architecture;
    for (const auto& [key, value] : doc["architecture"].items())
        architecture.push_back(key);
    CHECK(architecture == std::vector<std::string>{"d_model", "heads", "d_ff", "encoder_layers", "decoder_layers",
                                                   "attention", "norm", "final_norm", "activation",
                                                   "positional_encoding", "max_length"});
    std::vector<std::string> names;
    for (const auto& [key, value] : doc["weights"].items())
        names.push_back(key);
    std::vector<std::string> layout;
    for (const nn::NamedSlot& slot : model.weights.layout().entries())
        layout.push_back(slot.name);
    CHECK(names == layout);
    CHECK(doc["weights"]["tgt_embedding.weight"].size() == 5); // a matrix: rows
    CHECK(doc["weights"]["tgt_embedding.weight"][0].size() == 4);
    CHECK(doc["weights"]["generator.bias"].size() == 5); // a vector: numbers
    CHECK(doc["weights"]["generator.bias"][0].is_number());

    // A language model has no outputs; a trained model its training block, last.
    model = test::transformerFrom(test::validTransformerJson(nn::Task::LanguageModel));
    model.training = nn::TrainingRecord{};
    model.training->trainAccuracy = 1.0;
    const auto lm = nlohmann::ordered_json::parse(written(model));
    CHECK_FALSE(lm.contains("outputs"));
    CHECK(std::prev(lm.end()).key() == "training");
    CHECK(lm["training"]["history"] == nlohmann::ordered_json::array());
    CHECK(lm["training"]["accuracy"] == nlohmann::ordered_json{{"train", 1.0}});
}

TEST_CASE("the hand-written model file reads, writes and reads again to the same model", "[transformer-writer]") {
    const auto file = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "tests/data/transformer/i-saw-a-saw.model.json";
    const nn::TransformerModel model = loadTransformer(file);
    const std::string text = written(model);
    checkSameModel(parseTransformer(text, "again.json"), model);
}

TEST_CASE("a model file is replaced atomically, and a failed write leaves the old one", "[transformer-writer]") {
    const auto folder = std::filesystem::temp_directory_path() / "attention-lab-transformer-writer-test";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const auto file = folder / "model.json";
    nn::TransformerModel model = test::transformerFrom(test::validTransformerJson());
    saveTransformer(file, model);
    const std::string before = written(model);
    {
        std::ifstream in(file);
        CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == before);
    }
    CHECK(sameBits(loadTransformer(file).weights.values(), model.weights.values()));

    model.weights.values().back() = std::numeric_limits<double>::quiet_NaN();
    CHECK_THROWS_AS(saveTransformer(file, model), std::domain_error);
    {
        std::ifstream in(file);
        CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == before);
    }
    CHECK(std::distance(std::filesystem::directory_iterator(folder), {}) == 1); // no temporary file left
    std::filesystem::remove_all(folder);
}
