// The dataset@1 loader: every task's form of example, read as written; each broken rule
// refused with the file, the JSON path and the problem.
#include "core/base/input_error.h"
#include "core/io/dataset_loader.h"
#include "tests/support/test_transformers.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>

using namespace al;
using nlohmann::json;

namespace {
const std::filesystem::path data = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "tests/data/transformer";

struct BadDataset {
    std::string description;
    nn::Task task;
    std::function<void(json&)> mutate;
    std::string field;
    std::string problem;
};
} // namespace

TEST_CASE("the hand-written labelling dataset loads with every example as written", "[dataset-loader]") {
    const nn::Dataset dataset = loadDataset(data / "i-saw-a-saw.dataset.json");
    CHECK(dataset.title == "I saw a saw: sentences");
    CHECK(dataset.description == "The same word, a noun or a verb by context.");
    CHECK(dataset.task == nn::Task::Labelling);
    REQUIRE(dataset.train.size() == 3);
    CHECK(dataset.train[1].input == std::vector<std::string>{"the", "cat", "saw", "a", "cat"});
    CHECK(dataset.train[1].target == std::vector<std::string>{"DET", "NOUN", "VERB", "DET", "NOUN"});
    REQUIRE(dataset.test.size() == 1);
    CHECK(dataset.test[0].input == std::vector<std::string>{"the", "saw", "saw", "a", "cat"});
}

TEST_CASE("a dataset of each task loads in that task's form", "[dataset-loader]") {
    const nn::Dataset labelling = test::datasetFrom(test::validDatasetJson(nn::Task::Labelling));
    CHECK(labelling.train[0].target == std::vector<std::string>{"PRON", "VERB", "DET", "NOUN"});
    const nn::Dataset classification = test::datasetFrom(test::validDatasetJson(nn::Task::Classification));
    CHECK(classification.train[1] == nn::TextExample{{"saw", "I", "a", "cat"}, {"question"}});
    const nn::Dataset seq2seq = test::datasetFrom(test::validDatasetJson(nn::Task::Seq2Seq));
    CHECK(seq2seq.train[1] == nn::TextExample{{"the"}, {}}); // an empty target: the output is <eos> alone
    CHECK(seq2seq.test[0].target.size() == 5);
    const nn::Dataset language = test::datasetFrom(test::validDatasetJson(nn::Task::LanguageModel));
    CHECK(language.task == nn::Task::LanguageModel);
    CHECK(language.train[0].target.empty());
    CHECK(language.test.empty()); // "test" is optional
    CHECK(language.description.empty());

    auto json = test::validDatasetJson();
    json["test"] = json::array(); // given but empty: no test examples
    CHECK(test::datasetFrom(json).test.empty());
}

TEST_CASE("each kind of bad dataset is refused, naming the file, the path and the problem", "[dataset-loader]") {
    const nn::Task labelling = nn::Task::Labelling;
    const std::vector<BadDataset> bad = {
        {"a number at the top level", labelling, [](json& d) { d = 3; }, "", "JSON object"},
        {"a model's format", labelling, [](json& d) { d["format"] = "attention-lab/transformer@1"; }, "format",
         "expected \"attention-lab/dataset@1\""},
        {"title missing", labelling, [](json& d) { d.erase("title"); }, "title", "missing"},
        {"unknown field", labelling, [](json& d) { d["validation"] = json::array(); }, "validation", "unknown field"},
        {"task missing", labelling, [](json& d) { d.erase("task"); }, "task", "missing"},
        {"unknown task", labelling, [](json& d) { d["task"] = "tagging"; }, "task", "unknown value \"tagging\""},
        {"train missing", labelling, [](json& d) { d.erase("train"); }, "train", "missing"},
        {"train empty", labelling, [](json& d) { d["train"] = json::array(); }, "train", "at least one example"},
        {"test an object", labelling, [](json& d) { d["test"] = json::object(); }, "test", "expected an array"},
        {"an example not an object", labelling, [](json& d) { d["train"][1] = "the cat"; }, "train[1]",
         "expected an object"},
        {"an unknown example field", labelling, [](json& d) { d["train"][0]["weight"] = 2; }, "train[0].weight",
         "unknown field"},
        {"input missing", labelling, [](json& d) { d["test"][0].erase("input"); }, "test[0].input", "missing"},
        {"input empty", labelling, [](json& d) { d["train"][1]["input"] = json::array(); }, "train[1].input",
         "at least one token"},
        {"input a string", labelling, [](json& d) { d["train"][0]["input"] = "I saw a saw"; }, "train[0].input",
         "expected an array"},
        {"an input token a number", labelling, [](json& d) { d["train"][0]["input"][2] = 1; }, "train[0].input[2]",
         "expected a string"},
        {"an input longer than any model reads", labelling,
         [](json& d) { d["train"][0]["input"] = std::vector<std::string>(4097, "a"); }, "train[0].input",
         "4097 tokens; the limit is 4096"},
        {"a token over the limit", labelling, [](json& d) { d["train"][0]["input"][0] = std::string(1025, 'x'); },
         "train[0].input[0]", "1025 bytes"},
        {"labelling target missing", labelling, [](json& d) { d["train"][1].erase("target"); }, "train[1].target",
         "missing"},
        {"one label short", labelling, [](json& d) { d["train"][0]["target"].erase(3); }, "train[0].target",
         "one label per input token (4), got 3"},
        {"a labelling target as one string", labelling, [](json& d) { d["test"][0]["target"] = "NOUN"; },
         "test[0].target", "expected an array"},
        {"a label a number", labelling, [](json& d) { d["train"][1]["target"][0] = 0; }, "train[1].target[0]",
         "expected a string"},
        {"a classification target as a list", nn::Task::Classification,
         [](json& d) { d["train"][0]["target"] = {"statement"}; }, "train[0].target",
         "expected one label (a string), got an array"},
        {"a classification label over the limit", nn::Task::Classification,
         [](json& d) { d["train"][0]["target"] = std::string(2000, 'L'); }, "train[0].target", "2000 bytes"},
        {"a seq2seq target as one string", nn::Task::Seq2Seq, [](json& d) { d["train"][0]["target"] = "1 3"; },
         "train[0].target", "expected an array"},
        {"a seq2seq target missing", nn::Task::Seq2Seq, [](json& d) { d["train"][0].erase("target"); },
         "train[0].target", "missing"},
        {"a language model example with a target", nn::Task::LanguageModel,
         [](json& d) { d["train"][1]["target"] = {"cat"}; }, "train[1].target", "has no target"},
    };
    for (const BadDataset& b : bad) {
        INFO(b.description);
        auto json = test::validDatasetJson(b.task);
        b.mutate(json);
        try {
            test::datasetFrom(json);
            FAIL("accepted: " << b.description);
        } catch (const InputError& error) {
            INFO(error.what());
            CHECK(error.file() == "test.json");
            CHECK(error.field() == b.field);
            CHECK(error.problem().find(b.problem) != std::string::npos);
            CHECK(std::string(error.what()).find('\n') == std::string::npos);
        }
    }
}

TEST_CASE("dataset files: missing, a folder", "[dataset-loader]") {
    CHECK_THROWS_WITH(loadDataset(data / "absent.dataset.json"), Catch::Contains("no such file"));
    CHECK_THROWS_WITH(loadDataset(data), Catch::Contains("is a directory, not a dataset file"));
}
