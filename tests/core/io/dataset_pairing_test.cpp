// A dataset paired with a model: ids of the model's vocabularies, or a refusal naming the
// dataset file, the path of the token or sequence, and what is wrong; and text typed on the
// command line to ids.
#include "core/base/input_error.h"
#include "core/io/dataset_loader.h"
#include "core/io/dataset_pairing.h"
#include "core/io/token_ids.h"
#include "core/io/transformer_loader.h"
#include "tests/support/test_transformers.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace al;
using nlohmann::json;

namespace {

// The InputError that pairing the mutated dataset with the task's valid model raises.
InputError pairingRefusal(nn::Task task, const std::function<void(json&)>& mutate,
                          DatasetSplit split = DatasetSplit::Train) {
    const nn::TransformerModel model = test::transformerFrom(test::validTransformerJson(task));
    auto json = test::validDatasetJson(task);
    mutate(json);
    const nn::Dataset dataset = test::datasetFrom(json);
    try {
        pairExamples(model, dataset, split, "data.json");
    } catch (const InputError& error) {
        CHECK(error.file() == "data.json");
        return error;
    }
    FAIL("paired");
    throw; // not reached
}

} // namespace

TEST_CASE("the hand-written dataset pairs with its model", "[dataset-pairing]") {
    const auto folder = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "tests/data/transformer";
    const nn::TransformerModel model = loadTransformer(folder / "i-saw-a-saw.model.json");
    const nn::Dataset dataset = loadDataset(folder / "i-saw-a-saw.dataset.json");
    const auto train = pairExamples(model, dataset, DatasetSplit::Train, "i-saw-a-saw.dataset.json");
    REQUIRE(train.size() == 3);
    CHECK(train[0].input == std::vector<int>{0, 1, 2, 1});  // I saw a saw
    CHECK(train[0].target == std::vector<int>{0, 1, 2, 3}); // PRON VERB DET NOUN
    const auto test = pairExamples(model, dataset, DatasetSplit::Test, "i-saw-a-saw.dataset.json");
    REQUIRE(test.size() == 1);
    CHECK(test[0].input == std::vector<int>{3, 1, 1, 2, 4});

    const nn::TransformerModel reverse = loadTransformer(folder / "reverse.model.json");
    const auto reversed = pairExamples(reverse, loadDataset(folder / "reverse.dataset.json"), DatasetSplit::Train, "r");
    CHECK(reversed[0].input == std::vector<int>{0, 1, 2});
    CHECK(reversed[0].target == std::vector<int>{4, 3, 2}); // c b a among <bos> <eos> a b c
}

TEST_CASE("a dataset of each task pairs with a model of that task", "[dataset-pairing]") {
    for (nn::Task task : test::allTasks) {
        INFO(nn::name(task));
        const nn::TransformerModel model = test::transformerFrom(test::validTransformerJson(task));
        const nn::Dataset dataset = test::datasetFrom(test::validDatasetJson(task));
        const auto train = pairExamples(model, dataset, DatasetSplit::Train, "d.json");
        REQUIRE(train.size() == dataset.train.size());
        CHECK(pairExamples(model, dataset, DatasetSplit::Test, "d.json").size() == dataset.test.size());
        for (std::size_t i = 0; i < train.size(); ++i) {
            CHECK(train[i].input.size() == dataset.train[i].input.size());
            CHECK(train[i].target.size() == dataset.train[i].target.size());
            for (std::size_t j = 0; j < train[i].input.size(); ++j)
                CHECK(model.vocabulary.at(std::size_t(train[i].input[j])) == dataset.train[i].input[j]);
            for (std::size_t j = 0; j < train[i].target.size(); ++j)
                CHECK(targetTokens(model).at(std::size_t(train[i].target[j])) == dataset.train[i].target[j]);
        }
    }
}

TEST_CASE("pairing refuses what the model cannot read, naming the dataset, the path and the problem",
          "[dataset-pairing]") {
    const nn::Task labelling = nn::Task::Labelling;
    SECTION("another task") {
        const nn::TransformerModel model = test::transformerFrom(test::validTransformerJson(labelling));
        const nn::Dataset dataset = test::datasetFrom(test::validDatasetJson(nn::Task::Classification));
        CHECK_THROWS_WITH(pairExamples(model, dataset, DatasetSplit::Train, "data.json"),
                          "data.json: task: the dataset's task is classification, but the model's is labelling");
    }
    SECTION("a label that is not one of the outputs") {
        const InputError e = pairingRefusal(labelling, [](json& d) { d["train"][1]["target"][1] = "ADV"; });
        CHECK(std::string(e.what()) == "data.json: train[1].target[1]: \"ADV\" is not one of the outputs");
    }
    SECTION("an input token not in the vocabulary, in the test split") {
        const InputError e = pairingRefusal(
            labelling, [](json& d) { d["test"][0]["input"][1] = "sav"; }, DatasetSplit::Test);
        CHECK(std::string(e.what()) == "data.json: test[0].input[1]: \"sav\" is not in the model's vocabulary");
    }
    SECTION("labels are not input tokens") {
        const InputError e = pairingRefusal(labelling, [](json& d) { d["train"][0]["input"][0] = "PRON"; });
        CHECK(e.field() == "train[0].input[0]");
    }
    SECTION("a classification label that is not one of the outputs") {
        const InputError e =
            pairingRefusal(nn::Task::Classification, [](json& d) { d["train"][1]["target"] = "exclamation"; });
        CHECK(std::string(e.what()) == "data.json: train[1].target: \"exclamation\" is not one of the outputs");
    }
    SECTION("an input longer than max_length") {
        const InputError e = pairingRefusal(labelling, [](json& d) {
            d["train"][1] = {{"input", {"a", "a", "a", "a", "a", "a", "a"}},
                             {"target", {"DET", "DET", "DET", "DET", "DET", "DET", "DET"}}};
        });
        CHECK(e.field() == "train[1].input");
        CHECK(e.problem() == "7 tokens; the model reads at most max_length = 6");
    }
    SECTION("a seq2seq target whose decoder input is longer than max_length") {
        const InputError e = pairingRefusal(nn::Task::Seq2Seq,
                                            [](json& d) { d["train"][0]["target"] = {"1", "2", "3", "1", "2", "3"}; });
        CHECK(e.field() == "train[0].target");
        CHECK(e.problem().find("6 tokens; the decoder reads <bos> and them, 7 in all") != std::string::npos);
    }
    SECTION("a seq2seq target holding <eos>") {
        const InputError e = pairingRefusal(nn::Task::Seq2Seq, [](json& d) { d["train"][0]["target"][2] = "<eos>"; });
        CHECK(e.field() == "train[0].target[2]");
        CHECK(e.problem().find("added by the model") != std::string::npos);
    }
    SECTION("a seq2seq target token not among the outputs") {
        const InputError e = pairingRefusal(
            nn::Task::Seq2Seq, [](json& d) { d["test"][0]["target"][4] = "4"; }, DatasetSplit::Test);
        CHECK(e.field() == "test[0].target[4]");
    }
    SECTION("a language model's example of one token") {
        const InputError e = pairingRefusal(nn::Task::LanguageModel, [](json& d) { d["train"][1]["input"] = {"cat"}; });
        CHECK(e.field() == "train[1].input");
        CHECK(e.problem().find("at least 2") != std::string::npos);
    }
}

TEST_CASE("typed text becomes ids of the model's vocabulary", "[tokenize]") {
    const nn::TransformerModel model = test::transformerFrom(test::validTransformerJson());
    CHECK(tokenizeInput(model, "I saw a saw") == std::vector<int>{0, 1, 2, 1});
    CHECK(tokenizeInput(model, "  the\tcat \n") == std::vector<int>{3, 4});
    CHECK(splitTokens("a  b ") == std::vector<std::string>{"a", "b"});
    CHECK_THROWS_WITH(tokenizeInput(model, "I saw a sav"),
                      "--input: \"sav\" (token 3, counting from 0) is not in the model's vocabulary");
    CHECK_THROWS_WITH(tokenizeInput(model, "   "), "--input: no tokens; expected at least one");
    CHECK_THROWS_WITH(tokenizeInput(model, "a a a a a a a"),
                      "--input: 7 tokens; the model reads at most max_length = 6");
    CHECK_THROWS_WITH(tokenizeInput(model, "I Saw", "text"), Catch::StartsWith("text: \"Saw\" (token 1"));
    // Labels are outputs, not vocabulary; the target of a labelling model is labels.
    CHECK(tokenizeTarget(model, "PRON VERB") == std::vector<int>{0, 1});
    CHECK_THROWS_WITH(tokenizeTarget(model, "PRON saw"),
                      "--target: \"saw\" (token 1, counting from 0) is not one of the model's outputs");

    const nn::TransformerModel seq2seq = test::transformerFrom(test::validTransformerJson(nn::Task::Seq2Seq));
    CHECK(tokenizeTarget(seq2seq, "3 2 1") == std::vector<int>{4, 3, 2});
    CHECK(tokenizeTarget(seq2seq, "").empty()); // the decoder reads <bos> alone
    CHECK_THROWS_WITH(tokenizeTarget(seq2seq, "1 <eos>"), Catch::Contains("\"<eos>\" is added by the model"));
    CHECK_THROWS_WITH(tokenizeTarget(seq2seq, "1 1 1 1 1 1"), Catch::Contains("7 in all"));

    const nn::TransformerModel language = test::transformerFrom(test::validTransformerJson(nn::Task::LanguageModel));
    CHECK(tokenizeInput(language, "I") == std::vector<int>{0}); // a prompt of one token generates
    CHECK(tokenizeTarget(language, "saw <eos>") == std::vector<int>{1, 5});
}

TEST_CASE("an unknown token with a line break is quoted on one line", "[dataset-pairing]") {
    const InputError e = pairingRefusal(nn::Task::Labelling, [](json& d) { d["train"][0]["input"][1] = "sa\nw"; });
    CHECK(std::string(e.what()) == "data.json: train[0].input[1]: \"sa\\nw\" is not in the model's vocabulary");
    const nn::TransformerModel model = test::transformerFrom(test::validTransformerJson());
    CHECK_THROWS_WITH(tokenizeInput(model, "I \x01"),
                      "--input: \"\\u0001\" (token 1, counting from 0) is not in the model's vocabulary");
}
