// The bundled models of samples/models are what the lessons open: each must be what its
// committed settings (samples/models/training.json) train, and must reach the accuracy its
// description states. Training them in full is `make models`; here the first steps of each
// run again through the real executable and must give the committed losses bit for bit.
#include "tests/app/process.h"
#include "tests/app/temporary_folder.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

using al::test::runAttentionLab;
using nlohmann::json;

namespace {

const std::filesystem::path modelsFolder = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "samples" / "models";

std::string inModels(const std::string& name) {
    return (modelsFolder / name).string();
}

json readJson(const std::string& path) {
    const std::string text = al::test::readFile(path);
    REQUIRE_FALSE(text.empty());
    return json::parse(text);
}

const json& trainingSettings() {
    static const json settings = readJson(inModels("training.json"));
    return settings;
}

// The command line of tools/make_models.py for one entry, with its own step count and output.
std::vector<std::string> trainArguments(const json& entry, int steps, const std::string& output) {
    std::vector<std::string> arguments{"train",
                                       inModels(entry["model"]),
                                       inModels(entry["dataset"]),
                                       "-o",
                                       output,
                                       "--steps",
                                       std::to_string(steps),
                                       "--batch",
                                       std::to_string(entry["batch"].get<int>()),
                                       "--optimizer",
                                       entry["optimizer"],
                                       "--lr",
                                       entry["lr"].dump()};
    if (entry.contains("momentum")) arguments.insert(arguments.end(), {"--momentum", entry["momentum"].dump()});
    if (entry.contains("weight_decay"))
        arguments.insert(arguments.end(), {"--weight-decay", entry["weight_decay"].dump()});
    return arguments;
}

} // namespace

TEST_CASE("every bundled model is listed with its dataset and trained file", "[app][models]") {
    const json& models = trainingSettings()["models"];
    CHECK(models.size() >= 6);
    for (const json& entry : models) {
        INFO(entry["model"]);
        for (const char* file : {"model", "dataset", "output"})
            CHECK(std::filesystem::exists(modelsFolder / entry[file].get<std::string>()));
        const json trained = readJson(inModels(entry["output"]));
        const json untrained = readJson(inModels(entry["model"]));
        CHECK(trained["title"] == untrained["title"]);
        for (const auto& [field, value] : untrained["architecture"].items()) // the rest: defaults, resolved
            CHECK(trained["architecture"][field] == value);
        CHECK(trained["vocabulary"] == untrained["vocabulary"]);
        CHECK(trained["training"]["steps"] == entry["steps"]);
        CHECK(trained["training"]["history"].size() == entry["steps"].get<std::size_t>());
        CHECK_FALSE(untrained.contains("weights")); // the untrained weights come from the seed
    }
}

TEST_CASE("the first steps of each bundled model reproduce its committed losses bit for bit", "[app][models]") {
    const al::test::TemporaryFolder folder("bundled-models");
    constexpr int steps = 3;
    for (const json& entry : trainingSettings()["models"]) {
        const std::string name = entry["output"];
        INFO(name);
        const std::string out = folder / name;
        const auto r = runAttentionLab(trainArguments(entry, steps, out));
        INFO(r.err);
        REQUIRE(r.status == 0);
        const json ours = readJson(out)["training"]["history"];
        const json committed = readJson(inModels(name))["training"]["history"];
        REQUIRE(ours.size() == std::size_t(steps));
        for (int s = 0; s < steps; ++s) {
            const double loss = ours[s]["loss"], expected = committed[s]["loss"];
            CHECK(ours[s]["step"] == committed[s]["step"]);
            CHECK(loss == expected); // exactly: the same program, the same seed, the same batches
        }
        std::cout << name << ": first " << steps << " losses " << ours[0]["loss"] << ", " << ours[1]["loss"] << ", "
                  << ours[2]["loss"] << " as committed\n";
    }
}

TEST_CASE("evaluate gives each bundled trained model the accuracy it states", "[app][models]") {
    for (const json& entry : trainingSettings()["models"]) {
        const std::string name = entry["output"];
        INFO(name);
        const auto r = runAttentionLab({"evaluate", inModels(name), inModels(entry["dataset"])});
        INFO(r.err);
        REQUIRE(r.status == 0);
        const json evaluation = json::parse(r.out);
        const json recorded = readJson(inModels(name))["training"]["accuracy"];
        for (const char* set : {"train", "test"}) {
            const double reached = evaluation[set]["accuracy"], stated = entry["accuracy"][set];
            INFO(set << ": reached " << reached << ", stated " << stated);
            CHECK(reached >= stated);
            CHECK(reached == recorded[set].get<double>()); // what train wrote when it finished
        }
        std::cout << name << ": train accuracy " << evaluation["train"]["accuracy"] << ", test accuracy "
                  << evaluation["test"]["accuracy"] << '\n';
    }
}

TEST_CASE("the bundled models do what their descriptions promise", "[app][models]") {
    auto generated = [](const std::string& model, const std::string& input) {
        const auto r = runAttentionLab({"dump", inModels(model), "--input", input});
        INFO(r.err);
        REQUIRE(r.status == 0);
        const json trace = json::parse(r.out); // kept: a loop over a temporary's member would dangle
        std::string text;
        for (const json& token : trace["generated"])
            text += (text.empty() ? "" : " ") + token.get<std::string>();
        return text;
    };
    auto predictions = [](const std::string& model, const std::string& input) {
        const auto r = runAttentionLab({"dump", inModels(model), "--input", input});
        INFO(r.err);
        REQUIRE(r.status == 0);
        const json trace = json::parse(r.out); // kept: a loop over a temporary's member would dangle
        std::string text;
        for (const json& token : trace["predictions"])
            text += (text.empty() ? "" : " ") + token.get<std::string>();
        return text;
    };
    // "I saw a saw": self-attention tells the two "saw" apart; the baseline cannot.
    CHECK(predictions("i-saw-a-saw.trained.json", "I saw a saw") == "PRON VERB DET NOUN");
    CHECK(predictions("i-saw-a-saw.trained.json", "I saw her saw") == "PRON VERB DET NOUN");
    CHECK(predictions("i-saw-a-saw.trained.json", "I saw her") == "PRON VERB PRON");
    // Each word alone: both "saw" get one label, so one of them is wrong.
    std::istringstream alone(predictions("i-saw-a-saw-baseline.trained.json", "I saw a saw"));
    std::vector<std::string> labels{std::istream_iterator<std::string>(alone), std::istream_iterator<std::string>()};
    REQUIRE(labels.size() == 4);
    CHECK(labels[1] == labels[3]);
    CHECK(predictions("negation.trained.json", "the film was not good") == "negative");
    CHECK(predictions("negation.trained.json", "the film was not bad") == "positive");
    CHECK(generated("number-words.trained.json", "three hundred twenty one") == "三 百 二 十 一 <eos>");
    CHECK(generated("reverse.trained.json", "a b c d e") == "e d c b a <eos>");
    // The cross-attention the descriptions point at: the input position each decoder row
    // looks at most, with the weights averaged over the heads.
    auto lookedAt = [](const std::string& model, const std::string& input) {
        const auto r = runAttentionLab({"dump", inModels(model), "--input", input});
        REQUIRE(r.status == 0);
        const json trace = json::parse(r.out);
        std::vector<int> positions;
        for (const json& sublayer : trace["decoder"]["layers"][0]["sublayers"]) {
            if (sublayer["kind"] != "cross_attention") continue;
            const json& heads = sublayer["heads"];
            for (std::size_t row = 0; row < heads[0]["weights"].size(); ++row) {
                std::vector<double> mean(heads[0]["weights"][row].size(), 0.0);
                for (const json& head : heads)
                    for (std::size_t key = 0; key < mean.size(); ++key)
                        mean[key] += head["weights"][row][key].get<double>() / double(heads.size());
                positions.push_back(int(std::max_element(mean.begin(), mean.end()) - mean.begin()));
            }
        }
        return positions;
    };
    std::vector<int> antiDiagonal = lookedAt("reverse.trained.json", "a b c d e f");
    REQUIRE(antiDiagonal.size() == 7);
    antiDiagonal.pop_back(); // the row that writes <eos> reads all of it
    CHECK(antiDiagonal == std::vector<int>{5, 4, 3, 2, 1, 0});
    // Rows reading <bos>, 百 and 十 write 三, 二 and 一: they look at "three", "twenty" and "one".
    const std::vector<int> alignment = lookedAt("number-words.trained.json", "three hundred twenty one");
    REQUIRE(alignment.size() == 6);
    CHECK(alignment[0] == 0);
    CHECK(alignment[2] == 2);
    CHECK(alignment[4] == 3);
    CHECK(generated("induction.trained.json", "c a f e |").rfind("c a f e", 0) == 0);
}
