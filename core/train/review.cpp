#include "core/train/review.h"

#include "core/nn/transformer_forward.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace al::train {
namespace {

// What each predicted position should give (the same targets as the loss's): labelling and
// classification their target; a language model the next input token.
std::vector<int> expectedPerPosition(const nn::TransformerModel& model, const nn::Example& example) {
    if (model.task == nn::Task::LanguageModel)
        return example.input.size() > 1 ? std::vector<int>(example.input.begin() + 1, example.input.end())
                                        : std::vector<int>{};
    return example.target;
}

// The places of `expected` where `got` differs, a missing or extra token counting as one each.
int differences(const std::vector<int>& got, const std::vector<int>& expected) {
    const std::size_t length = std::max(got.size(), expected.size());
    int wrong = 0;
    for (std::size_t i = 0; i < length; ++i)
        if (i >= got.size() || i >= expected.size() || got[i] != expected[i]) ++wrong;
    return wrong;
}

ExampleReview review(const nn::TransformerModel& model, const nn::Example& example, int index) {
    ExampleReview result;
    result.index = index;
    if (model.task == nn::Task::Seq2Seq) {
        std::vector<int> expected = example.target;
        const int eos = nn::outputId(model, "<eos>");
        expected.push_back(eos);
        const std::vector<int> generated = nn::generate(model, example.input).generated;
        result.wrongPositions = differences(generated, expected);
        result.predicted = generated;
        if (!result.predicted.empty() && result.predicted.back() == eos) result.predicted.pop_back();
    } else {
        const std::vector<int> expected = expectedPerPosition(model, example);
        const nn::TransformerTrace trace = nn::loss(model, example).trace;
        // The predicted rows are the first P (a language model's last row predicts nothing).
        result.predicted.assign(trace.predictions.begin(),
                                trace.predictions.begin() +
                                    std::ptrdiff_t(std::min(expected.size(), trace.predictions.size())));
        result.wrongPositions = differences(result.predicted, expected);
    }
    result.correct = result.wrongPositions == 0;
    return result;
}

} // namespace

std::vector<ExampleReview> reviewExamples(const nn::TransformerModel& model, const std::vector<nn::Example>& examples,
                                          Cancellation& cancellation) {
    std::vector<ExampleReview> reviews;
    reviews.reserve(examples.size());
    for (std::size_t e = 0; e < examples.size(); ++e) {
        cancellation.check();
        reviews.push_back(review(model, examples[e], int(e)));
        cancellation.report(double(e + 1) / double(examples.size()));
    }
    return reviews;
}

std::map<int, TokenScore> accuracyByInputToken(const nn::TransformerModel& model,
                                               const std::vector<nn::Example>& examples,
                                               const std::vector<ExampleReview>& reviews) {
    std::map<int, TokenScore> scores;
    if (model.task != nn::Task::Labelling && model.task != nn::Task::LanguageModel) return scores;
    if (reviews.size() != examples.size())
        throw std::invalid_argument("the reviews are not of these examples: " + std::to_string(reviews.size()) +
                                    " reviews for " + std::to_string(examples.size()) + " examples");
    for (const ExampleReview& reviewed : reviews) {
        const nn::Example& example = examples.at(std::size_t(reviewed.index));
        const std::vector<int> expected = expectedPerPosition(model, example);
        // Position i reads input[i]: a labelling position its own token, a language model's
        // row i the last token it has seen before guessing input[i + 1].
        for (std::size_t i = 0; i < expected.size() && i < reviewed.predicted.size(); ++i) {
            TokenScore& score = scores[example.input[i]];
            ++score.total;
            if (reviewed.predicted[i] == expected[i]) ++score.correct;
        }
    }
    return scores;
}

std::map<int, TokenScore> accuracyByInputToken(const nn::TransformerModel& model,
                                               const std::vector<nn::Example>& examples, Cancellation& cancellation) {
    return accuracyByInputToken(model, examples, reviewExamples(model, examples, cancellation));
}

} // namespace al::train
