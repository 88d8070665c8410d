// Which examples a model still gets wrong, and on which input words: on the bundled "I saw a
// saw" models (note 001 §3.1: a network that sees each word alone cannot tell "saw" from
// "saw"), and against evaluate()'s accuracy on a model of every task.
#include "core/io/dataset_loader.h"
#include "core/io/dataset_pairing.h"
#include "core/io/transformer_loader.h"
#include "core/nn/transformer_forward.h"
#include "core/train/evaluation.h"
#include "core/train/review.h"
#include "tests/support/transformer_golden.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

using namespace al;

namespace {

struct Paired {
    nn::TransformerModel model;
    std::vector<nn::Example> train, test;
};

Paired bundled(const std::string& modelFile) {
    const auto folder = std::filesystem::path(ATTENTION_LAB_SOURCE_DIR) / "samples/models";
    Paired p{loadTransformer(folder / modelFile), {}, {}};
    const auto datasetFile = folder / "i-saw-a-saw.dataset.json";
    const nn::Dataset dataset = loadDataset(datasetFile);
    p.train = pairExamples(p.model, dataset, DatasetSplit::Train, datasetFile.string());
    p.test = pairExamples(p.model, dataset, DatasetSplit::Test, datasetFile.string());
    return p;
}

// MATH.md §10's accuracy counted from the reviews: positions (labelling, language model) or
// examples (classification, seq2seq).
double accuracyOf(const nn::TransformerModel& model, const std::vector<nn::Example>& examples,
                  const std::vector<train::ExampleReview>& reviews) {
    const bool perPosition = model.task == nn::Task::Labelling || model.task == nn::Task::LanguageModel;
    int right = 0, total = 0;
    for (const train::ExampleReview& review : reviews) {
        if (perPosition) {
            const int positions = nn::predictedPositions(model, examples[std::size_t(review.index)]);
            right += positions - review.wrongPositions;
            total += positions;
        } else {
            right += review.correct ? 1 : 0;
            total += 1;
        }
    }
    return total > 0 ? double(right) / double(total) : 0;
}

// The input words the training set labels in more than one way ("saw": VERB and NOUN).
std::set<int> ambiguousWords(const std::vector<nn::Example>& train) {
    std::map<int, std::set<int>> labels;
    for (const nn::Example& example : train)
        for (std::size_t i = 0; i < example.input.size(); ++i)
            labels[example.input[i]].insert(example.target[i]);
    std::set<int> ambiguous;
    for (const auto& [word, seen] : labels)
        if (seen.size() > 1) ambiguous.insert(word);
    return ambiguous;
}

} // namespace

TEST_CASE("the feed-forward baseline gets wrong only the words the data labels in more than one way",
          "[train][review]") {
    const Paired saw = bundled("i-saw-a-saw-baseline.trained.json");
    REQUIRE_FALSE(saw.model.architecture.attention);
    const std::set<int> ambiguous = ambiguousWords(saw.train);
    REQUIRE_FALSE(ambiguous.empty());

    for (const auto* split : {&saw.train, &saw.test}) {
        const auto reviews = train::reviewExamples(saw.model, *split);
        REQUIRE(reviews.size() == split->size());
        const train::Evaluation evaluation = train::evaluate(saw.model, *split);
        CHECK(accuracyOf(saw.model, *split, reviews) == Approx(evaluation.accuracy).epsilon(1e-15));
        CHECK(evaluation.accuracy < 1.0); // it does get some wrong

        const auto scores = train::accuracyByInputToken(saw.model, *split, reviews);
        int wrongOnAmbiguous = 0, wrongElsewhere = 0, positions = 0;
        for (const auto& [word, score] : scores) {
            positions += score.total;
            const bool isAmbiguous = ambiguous.count(word) > 0;
            (isAmbiguous ? wrongOnAmbiguous : wrongElsewhere) += score.total - score.correct;
            if (score.correct < score.total)
                std::cout << "baseline, " << (split == &saw.train ? "train" : "test") << ": \""
                          << saw.model.vocabulary[std::size_t(word)] << "\" right " << score.correct << " of "
                          << score.total << (isAmbiguous ? " (ambiguous)" : "") << '\n';
        }
        CHECK(positions == evaluation.positions);
        CHECK(wrongOnAmbiguous > 0);
        CHECK(wrongElsewhere == 0);
        CHECK(double(positions - wrongOnAmbiguous) / positions == Approx(evaluation.accuracy).epsilon(1e-15));
        for (const train::ExampleReview& review : reviews) // an example is wrong exactly where a word is
            CHECK(review.correct == (review.wrongPositions == 0));
    }
}

TEST_CASE("self-attention gets every word of I saw a saw right", "[train][review]") {
    const Paired saw = bundled("i-saw-a-saw.trained.json");
    for (const auto* split : {&saw.train, &saw.test}) {
        const auto reviews = train::reviewExamples(saw.model, *split);
        int wrong = 0;
        for (const train::ExampleReview& review : reviews) {
            wrong += review.correct ? 0 : 1;
            CHECK(review.predicted == (*split)[std::size_t(review.index)].target);
        }
        CHECK(wrong == 0);
        CHECK(train::evaluate(saw.model, *split).accuracy == 1.0);
        for (const auto& [word, score] : train::accuracyByInputToken(saw.model, *split))
            CHECK(score.correct == score.total);
    }
}

TEST_CASE("the reviews count correct as evaluate's accuracy does, for every task", "[train][review]") {
    int seq2seqRight = 0;
    for (const auto& golden : test::transformerGoldenCases()) {
        INFO("golden case " << golden.name);
        const nn::TransformerModel model = loadTransformer(golden.file("model"));
        const nn::Dataset dataset = loadDataset(golden.file("dataset"));
        for (DatasetSplit split : {DatasetSplit::Train, DatasetSplit::Test}) {
            const auto examples = pairExamples(model, dataset, split, golden.file("dataset").string());
            const auto reviews = train::reviewExamples(model, examples);
            CHECK(accuracyOf(model, examples, reviews) == Approx(train::evaluate(model, examples).accuracy));
            for (const train::ExampleReview& review : reviews) {
                const nn::Example& example = examples[std::size_t(review.index)];
                CHECK(review.correct == (review.wrongPositions == 0));
                switch (model.task) {
                case nn::Task::Labelling:
                    CHECK(review.predicted.size() == example.input.size());
                    break;
                case nn::Task::Classification:
                    CHECK(review.predicted.size() == 1);
                    CHECK(review.correct == (review.predicted == example.target));
                    break;
                case nn::Task::Seq2Seq: // the generation without <eos>
                    CHECK(review.correct == train::generatesTarget(model, example));
                    if (review.correct) CHECK(review.predicted == example.target);
                    seq2seqRight += review.correct ? 1 : 0;
                    break;
                case nn::Task::LanguageModel:
                    CHECK(review.predicted.size() == example.input.size() - 1);
                    break;
                }
            }
            // Keyed by the token each predicted position reads; classification and seq2seq have none.
            const auto scores = train::accuracyByInputToken(model, examples, reviews);
            int total = 0;
            for (const auto& [word, score] : scores)
                total += score.total;
            const bool perPosition = model.task == nn::Task::Labelling || model.task == nn::Task::LanguageModel;
            CHECK(total == (perPosition ? train::evaluate(model, examples).positions : 0));
        }
    }
    CHECK(seq2seqRight > 0); // seq2seq-post-gelu-none's targets are its own generations
}

TEST_CASE("a language model's positions are keyed by the token read, before the one guessed", "[train][review]") {
    const auto golden = test::transformerGoldenCases();
    const auto found = std::find_if(golden.begin(), golden.end(),
                                    [](const auto& c) { return c.name == "language_model-post-gelu-learned"; });
    REQUIRE(found != golden.end());
    const nn::TransformerModel model = loadTransformer(found->file("model"));
    const nn::Example text{{0, 1, 0, 2}, {}}; // row i reads input[i] and guesses input[i + 1]
    const auto reviews = train::reviewExamples(model, {text});
    REQUIRE(reviews.front().predicted.size() == 3);
    const auto scores = train::accuracyByInputToken(model, {text}, reviews);
    CHECK(scores.size() == 2); // tokens 0 (read twice) and 1; token 2 is only ever guessed
    CHECK(scores.at(0).total == 2);
    CHECK(scores.at(1).total == 1);
    const nn::TransformerTrace pass = nn::forwardPass(model, text.input);
    CHECK(scores.at(1).correct == (pass.predictions[1] == 0 ? 1 : 0));
}

TEST_CASE("a review can be cancelled between examples", "[train][review]") {
    const Paired saw = bundled("i-saw-a-saw.trained.json");
    Cancellation cancellation;
    cancellation.requestStop();
    CHECK_THROWS_AS(train::reviewExamples(saw.model, saw.train, cancellation), Cancelled);
    Cancellation progress;
    train::reviewExamples(saw.model, saw.test, progress);
    CHECK(progress.progress() == 1.0);
}
