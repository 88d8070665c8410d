// Greedy generation (MATH.md §9): seq2seq from [<bos>], a language model from its prompt;
// the last row's argmax is the next token; <eos> ends it and is not read; reading stops at
// max_length tokens. The pass returned is forwardPass over what was read last, and its row
// j is step j of the generation (causal self-attention).
#include "core/nn/task_head.h"
#include "core/nn/transformer_forward.h"
#include "model_fixtures.h"

#include <catch2/catch.hpp>

using namespace al;
using namespace al::nn;
using namespace al::nn::testing;

namespace {
// The generated tokens are exactly the predictions of the rows that read them.
void checkSteps(const TransformerTrace& trace, std::size_t firstPredictingRow) {
    for (std::size_t step = 0; step < trace.generated.size(); ++step)
        CHECK(trace.predictions[firstPredictingRow + step] == trace.generated[step]);
}
void checkSame(const TransformerTrace& a, const TransformerTrace& b) {
    REQUIRE(a.logits.rows() == b.logits.rows());
    CHECK((a.logits - b.logits).cwiseAbs().maxCoeff() == 0.0);
    CHECK((a.probabilities - b.probabilities).cwiseAbs().maxCoeff() == 0.0);
    CHECK(a.predictions == b.predictions);
    CHECK((a.decoder->output - b.decoder->output).cwiseAbs().maxCoeff() == 0.0);
}
} // namespace

TEST_CASE("seq2seq generation equals the pass over what the decoder read, step by step", "[nn][generation]") {
    for (std::uint64_t seed : {41u, 42u, 43u, 44u}) {
        TinyModelOptions options;
        options.maxLength = 6;
        options.norm = seed % 2 ? NormPlacement::Post : NormPlacement::Pre;
        const TransformerModel model = tinyModel(Task::Seq2Seq, options, seed);
        const std::vector<int> input{0, 3, 5, 1};
        const TransformerTrace trace = generate(model, input);
        INFO("seed " << seed);
        CHECK(trace.wasGenerated);
        REQUIRE_FALSE(trace.generated.empty());
        const int eos = outputId(model, "<eos>");
        // What the decoder read: <bos>, then every generated token but <eos>.
        std::vector<int> read{outputId(model, "<bos>")};
        for (int token : trace.generated)
            if (token != eos) read.push_back(token);
        CHECK(trace.decoder->tokens == read);
        CHECK(trace.encoder->tokens == input);
        if (trace.generated.back() != eos) CHECK(int(read.size()) == 6); // stopped by max_length
        checkSame(trace, forwardPass(model, input, read));
        checkSteps(trace, 0);
    }
}

TEST_CASE("<eos> ends generation and is not read", "[nn][generation]") {
    TransformerModel model = tinyModel(Task::Seq2Seq, {}, 45);
    const int eos = outputId(model, "<eos>");
    model.weights.vector(model.layout.generator.bias)[eos] = 100; // <eos> wins at once
    const TransformerTrace trace = generate(model, {1, 2});
    CHECK(trace.generated == std::vector<int>{eos});
    CHECK(trace.decoder->tokens == std::vector<int>{outputId(model, "<bos>")});
    CHECK(trace.logits.rows() == 1);
}

TEST_CASE("generation stops when what it reads has max_length tokens", "[nn][generation]") {
    TinyModelOptions options;
    options.maxLength = 5;
    TransformerModel model = tinyModel(Task::Seq2Seq, options, 46);
    model.weights.vector(model.layout.generator.bias)[outputId(model, "<eos>")] = -100; // never <eos>
    const TransformerTrace trace = generate(model, {1, 2, 3});
    CHECK(trace.decoder->tokens.size() == 5);
    CHECK(trace.generated.size() == 4); // the fifth row's prediction would make a sixth token
    checkSteps(trace, 0);
}

TEST_CASE("a sequence of max_length tokens is read once, at the end, and its last row predicts nothing",
          "[nn][generation]") {
    // Find an <eos> bias at which generation ends by <eos> after a few tokens, then let
    // max_length be what it read when <eos> came: it stops reading there, before <eos>.
    TinyModelOptions options;
    options.maxLength = 7;
    TransformerModel model = tinyModel(Task::Seq2Seq, options, 47);
    const int eos = outputId(model, "<eos>");
    const std::vector<int> input{2, 0, 1};
    std::vector<int> generated;
    for (double bias = -10; bias < 10 && generated.empty(); bias += 0.01) { // <eos> the later, the lower its bias
        model.weights.vector(model.layout.generator.bias)[eos] = bias;
        const TransformerTrace trace = generate(model, input);
        if (trace.generated.back() == eos) generated = trace.generated;
    }
    INFO("generated " << generated.size() << " tokens");
    REQUIRE(generated.size() >= 3);
    model.architecture.maxLength = int(generated.size()); // [<bos>, ŷ₁ … ŷ_T]: T + 1 tokens
    const TransformerTrace trace = generate(model, input);
    CHECK(trace.generated == std::vector<int>(generated.begin(), generated.end() - 1));
    CHECK(int(trace.decoder->tokens.size()) == model.architecture.maxLength);
    CHECK(trace.predictions.back() == eos); // in the pass, not in what was generated
}

TEST_CASE("a language model generates from its prompt and stops at the vocabulary's <eos>", "[nn][generation]") {
    TinyModelOptions options;
    options.maxLength = 7;
    for (std::uint64_t seed : {51u, 52u, 53u}) {
        const TransformerModel model = tinyModel(Task::LanguageModel, options, seed);
        CHECK(outputId(model, "<eos>") == 6);
        const std::vector<int> prompt{2, 0, 4};
        const TransformerTrace trace = generate(model, prompt);
        INFO("seed " << seed);
        CHECK(trace.wasGenerated);
        CHECK_FALSE(trace.encoder);
        std::vector<int> read = prompt;
        for (int token : trace.generated)
            if (token != 6) read.push_back(token);
        CHECK(trace.decoder->tokens == read);
        if (trace.generated.empty() || trace.generated.back() != 6) CHECK(read.size() == 7);
        checkSame(trace, forwardPass(model, read));
        checkSteps(trace, prompt.size() - 1); // the prompt's last row predicts the first new token
    }
    // An <eos> that always wins: nothing is appended.
    TransformerModel model = tinyModel(Task::LanguageModel, options, 54);
    model.weights.vector(model.layout.generator.bias)[6] = 100;
    const TransformerTrace trace = generate(model, {1, 1});
    CHECK(trace.generated == std::vector<int>{6});
    CHECK(trace.decoder->tokens == std::vector<int>{1, 1});
}

TEST_CASE("a language model without <eos> generates until max_length, and a full prompt generates nothing",
          "[nn][generation]") {
    TinyModelOptions options;
    options.maxLength = 6;
    TransformerModel model = tinyModel(Task::LanguageModel, options, 55);
    model.vocabulary[6] = "end"; // no "<eos>" in the vocabulary
    CHECK(outputId(model, "<eos>") == -1);
    const TransformerTrace trace = generate(model, {3});
    CHECK(trace.decoder->tokens.size() == 6);
    CHECK(trace.generated.size() == 5);
    checkSteps(trace, 0);

    const TransformerTrace full = generate(model, {0, 1, 2, 3, 4, 5});
    CHECK(full.decoder->tokens.size() == 6);
    CHECK(full.generated.empty()); // a prompt of max_length tokens is only read
    TransformerModel ending = tinyModel(Task::LanguageModel, options, 55);
    ending.weights.vector(ending.layout.generator.bias)[6] = 100; // "<eos>" wins every row
    const TransformerTrace fullEnding = generate(ending, {0, 1, 2, 3, 4, 5});
    CHECK(fullEnding.generated.empty());
    CHECK(fullEnding.predictions.back() == 6);
}

TEST_CASE("a tie at generation gives the lowest id", "[nn][generation]") {
    TransformerModel model = tinyModel(Task::LanguageModel, {}, 56);
    model.weights.matrix(model.layout.generator.weight).setZero();
    model.weights.vector(model.layout.generator.bias).setConstant(0.5); // every token ties
    TinyModelOptions options;
    const TransformerTrace trace = generate(model, {4});
    CHECK(trace.generated == std::vector<int>(std::size_t(options.maxLength - 1), 0));
}
