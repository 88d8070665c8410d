// dump MODEL, train and evaluate run as a user runs them: the real executable, its exit
// status, what it prints, and the files it writes, against the golden data of
// tests/data/golden/transformer (NumPy reference, PyTorch autograd and torch.optim).
#include "tests/app/process.h"
#include "tests/app/temporary_folder.h"
#include "tests/support/json_comparison.h"
#include "tests/support/transformer_golden.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

using al::test::runAttentionLab;
using nlohmann::json;

namespace {

const al::test::TransformerGoldenCase& goldenCase(const std::string& name) {
    static const auto cases = al::test::transformerGoldenCases();
    for (const auto& c : cases)
        if (c.name == name) return c;
    FAIL("no golden case " << name);
    return cases.front();
}

void checkSame(const json& ours, const json& reference, const std::string& what, double tolerance = 1e-9) {
    al::test::JsonComparison comparison{tolerance};
    comparison.compare(ours, reference, what);
    std::cout << what << ": largest difference " << comparison.largest << '\n';
    for (const std::string& mismatch : comparison.mismatches)
        UNSCOPED_INFO(mismatch);
    CHECK(comparison.mismatches.empty());
}

// The golden runs name torch's class: "adamw" is Adam with a weight decay here (MATH.md §10).
std::string optimizerOption(const json& reference) {
    const std::string name = reference["optimizer"];
    return name == "adamw" ? "adam" : name;
}

} // namespace

TEST_CASE("dump MODEL writes the transformer-trace of one pass, as the reference does", "[app][transformer]") {
    const al::test::TemporaryFolder folder("transformer");
    for (const std::string name : {"labelling-pre-gelu-learned-final", "seq2seq-post-relu-sinusoidal-final",
                                   "language_model-pre-gelu-none", "classification-baseline-pre-gelu-learned"}) {
        INFO(name);
        const auto& golden = goldenCase(name);
        const std::string out = folder / (name + ".json");
        // A language model reads --input then --target in one pass (without --target it generates).
        json input = golden.entry["trace_input"], target = golden.entry.value("trace_target", json());
        if (golden.entry["task"] == "language_model") {
            target = json(input.begin() + 1, input.end());
            input = json::array({input.front()});
        }
        std::vector<std::string> arguments{
            "dump", golden.file("model").string(), "--input", al::test::joinTokens(input), "-o", out};
        if (!target.is_null()) arguments.insert(arguments.end(), {"--target", al::test::joinTokens(target)});
        const auto r = runAttentionLab(arguments);
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK(r.out.empty());
        checkSame(json::parse(al::test::readFile(out)), al::test::readJson(golden.file("trace")), "dump " + name);
        if (golden.has("generated_trace")) { // without --target: greedy generation, to standard output
            const auto g = runAttentionLab({"dump", golden.file("model").string(), "--input",
                                            al::test::joinTokens(golden.entry["generation_input"])});
            REQUIRE(g.status == 0);
            checkSame(json::parse(g.out), al::test::readJson(golden.file("generated_trace")), "dump generated " + name);
        }
    }
}

TEST_CASE("dump refuses a model without --input, an unknown token and a sample with --input", "[app][transformer]") {
    const std::string model = goldenCase("labelling-post-relu-sinusoidal").file("model").string();
    auto r = runAttentionLab({"dump", model});
    CHECK(r.status == 2);
    CHECK(r.err.find("--input") != std::string::npos);
    r = runAttentionLab({"dump", model, "--input", "saw the zebra"});
    CHECK(r.status == 2);
    CHECK(r.err.find(model) != std::string::npos);
    CHECK(r.err.find("zebra") != std::string::npos);
    CHECK(r.out.empty());
    r = runAttentionLab({"dump", model, "--input", "saw the", "--target", "NOUN"});
    CHECK(r.status == 2);
    CHECK(r.err.find("--target") != std::string::npos);
    const std::string sample = std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/lecture-four-vectors.json";
    r = runAttentionLab({"dump", sample, "--input", "a b"});
    CHECK(r.status == 2);
    CHECK(r.err.find("transformer@1") != std::string::npos);
}

TEST_CASE("train reproduces torch.optim step by step and writes the training record", "[app][transformer]") {
    const al::test::TemporaryFolder folder("transformer");
    for (const auto& golden : al::test::transformerGoldenCases()) {
        if (!golden.has("training")) continue;
        INFO(golden.name);
        const json reference = al::test::readJson(golden.file("training"));
        const std::string out = folder / (golden.name + ".json");
        std::vector<std::string> arguments{"train",
                                           golden.file("model").string(),
                                           golden.file("dataset").string(),
                                           "-o",
                                           out,
                                           "--steps",
                                           std::to_string(reference["steps"].get<int>()),
                                           "--batch",
                                           std::to_string(reference["batch"].get<int>()),
                                           "--optimizer",
                                           optimizerOption(reference),
                                           "--lr",
                                           reference["learning_rate"].dump(),
                                           "--weight-decay",
                                           reference["weight_decay"].dump()};
        if (reference["optimizer"] == "sgd")
            arguments.insert(arguments.end(), {"--momentum", reference["momentum"].dump()});
        const auto r = runAttentionLab(arguments);
        INFO(r.err);
        REQUIRE(r.status == 0);
        const json trained = json::parse(al::test::readFile(out));
        const json& training = trained["training"];
        json losses = json::array();
        for (const json& entry : training["history"])
            losses.push_back(entry["loss"]);
        checkSame(losses, reference["history"], "train " + golden.name + " history", 1e-10);
        checkSame(trained["weights"], reference["weights"], "train " + golden.name + " weights");
        CHECK(training["accuracy"]["train"].get<double>() == Approx(reference["accuracy"]["train"].get<double>()));
        CHECK(training["accuracy"]["test"].get<double>() == Approx(reference["accuracy"]["test"].get<double>()));
        CHECK(training["optimizer"] == optimizerOption(reference));
        CHECK(training["batch"] == reference["batch"]);
        CHECK(training["steps"] == reference["steps"]);

        // evaluate on what train wrote gives the same accuracies.
        const auto e = runAttentionLab({"evaluate", out, golden.file("dataset").string()});
        REQUIRE(e.status == 0);
        const json evaluation = json::parse(e.out);
        CHECK(evaluation["train"]["accuracy"].get<double>() == Approx(reference["accuracy"]["train"].get<double>()));
        CHECK(evaluation["test"]["accuracy"].get<double>() == Approx(reference["accuracy"]["test"].get<double>()));
        CHECK(evaluation["train"]["loss"].get<double>() > 0);
    }
}

TEST_CASE("train --steps 0 writes the model's own weights, and train refuses bad arguments", "[app][transformer]") {
    const al::test::TemporaryFolder folder("transformer");
    const auto& golden = goldenCase("classification-pre-relu-sinusoidal");
    const std::string model = golden.file("model").string(), dataset = golden.file("dataset").string();
    const std::string out = folder / "zero.json";
    auto r = runAttentionLab({"train", model, dataset, "-o", out, "--steps", "0"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    checkSame(json::parse(al::test::readFile(out))["weights"], al::test::readJson(model)["weights"], "steps 0", 0);

    const std::string refused = folder / "refused.json";
    for (const std::vector<std::string>& arguments :
         {std::vector<std::string>{"train", model, dataset},
          {"train", model, "-o", refused},
          {"train", model, dataset, "-o", refused, "--lr", "-1"},
          {"train", model, dataset, "-o", refused, "--steps", "many"},
          {"train", model, dataset, "-o", refused, "--optimizer", "rmsprop"},
          {"train", model, dataset, "-o", refused, "--momentum", "0.9"},
          {"train", dataset, dataset, "-o", refused},
          {"train", model, model, "-o", refused},
          {"evaluate", model}}) {
        r = runAttentionLab(arguments);
        INFO(r.err);
        CHECK(r.status == 2);
        CHECK(r.err.rfind("attention-lab: ", 0) == 0);
        CHECK(!std::filesystem::exists(refused));
    }
}

TEST_CASE("a training run whose loss overflows stops with a message and writes nothing", "[app][transformer]") {
    const al::test::TemporaryFolder folder("transformer");
    const auto& golden = goldenCase("labelling-post-relu-sinusoidal");
    const std::string out = folder / "diverged.json";
    const auto r = runAttentionLab({"train", golden.file("model").string(), golden.file("dataset").string(), "-o", out,
                                    "--optimizer", "sgd", "--lr", "1e300", "--steps", "20"});
    CHECK(r.status == 1);
    CHECK(r.err.find("finite") != std::string::npos);
    CHECK(!std::filesystem::exists(out));
}
