// A Transformer lesson's run: its passes are the engine's own (nn::forwardPass, nn::generate),
// generation one token at a time is greedy generation, and the one-pass decoder over the
// model's own output has the very rows of the step-by-step passes.
#include "core/io/token_ids.h"
#include "core/io/transformer_loader.h"
#include "core/nn/transformer_forward.h"
#include "tests/ui/transformer_lesson_support.h"
#include "ui/lessons/transformer/transformer_run.h"

#include <catch2/catch.hpp>

using namespace al;

namespace {
std::shared_ptr<const nn::TransformerModel> bundled(const std::string& name) {
    return std::make_shared<const nn::TransformerModel>(loadTransformer(test::bundledModelFile(name)));
}
} // namespace

TEST_CASE("generation one token at a time chooses what nn::generate chooses", "[transformer-run]") {
    for (const auto& [file, text] :
         {std::pair{"number-words.trained.json", "three hundred twenty one"},
          std::pair{"reverse.trained.json", "a b c d"}, std::pair{"induction.trained.json", "c a b | c"}}) {
        const auto model = bundled(file);
        std::vector<int> input;
        try {
            input = tokenizeInput(*model, text);
        } catch (const std::exception&) { // a vocabulary without these tokens: its first four
            input = {0, 1, 2, 3};
        }
        const TransformerRun run(model, input);
        const GenerationSteps& steps = run.generation(neverCancelled());
        const nn::TransformerTrace whole = nn::generate(*model, input);
        INFO(file << ": " << steps.generated.size() << " tokens generated");
        CHECK(steps.generated == whole.generated);
        REQUIRE(steps.passes.size() == steps.generated.size());
        for (std::size_t t = 0; t < steps.passes.size(); ++t)
            CHECK(steps.passes[t].predictions.back() == steps.generated[t]);
        CHECK(&run.generation(neverCancelled()) == &steps); // computed once
    }
}

TEST_CASE("the seq2seq pass over the model's own output has the rows generation computed one at a time",
          "[transformer-run]") {
    const auto model = bundled("number-words.trained.json");
    const TransformerRun run(model, tokenizeInput(*model, "three hundred twenty one"));
    REQUIRE_FALSE(run.teacherForcing());
    const nn::TransformerTrace& pass = run.pass(neverCancelled());
    const GenerationSteps& steps = run.generation(neverCancelled());
    REQUIRE(steps.reachedEnd);
    REQUIRE(pass.probabilities.rows() == Eigen::Index(steps.generated.size())); // <bos> + all but <eos>
    double largest = 0;
    for (std::size_t t = 0; t < steps.passes.size(); ++t) {
        const Matrix& stepRows = steps.passes[t].probabilities;
        largest = std::max(
            largest,
            (pass.probabilities.row(Eigen::Index(t)) - stepRows.row(stepRows.rows() - 1)).cwiseAbs().maxCoeff());
    }
    WARN("largest difference between the one-pass rows and the step-by-step rows: " << largest);
    CHECK(largest < 1e-12);
    CHECK(run.decoderLabels(withBos(*model, {})).front() == "1 <bos>");
    CHECK(run.inputLabels() == QStringList{"1 three", "2 hundred", "3 twenty", "4 one"});
}

TEST_CASE("a typed target is what the decoder reads: teacher forcing", "[transformer-run]") {
    const auto model = bundled("number-words.trained.json");
    const std::vector<int> input = tokenizeInput(*model, "three hundred twenty one");
    const std::vector<int> target = tokenizeTarget(*model, "三 百 二 十 一");
    const TransformerRun run(model, input, target);
    REQUIRE(run.teacherForcing());
    const nn::TransformerTrace& pass = run.pass(neverCancelled());
    const nn::TransformerTrace direct = nn::forwardPass(*model, input, withBos(*model, target));
    CHECK(pass.decoder->tokens == direct.decoder->tokens);
    CHECK(pass.probabilities == direct.probabilities); // the same computation, bit for bit
    // A labelling model has no target: the run forgets one given.
    const auto labelling = bundled("i-saw-a-saw.trained.json");
    const TransformerRun encoderRun(labelling, tokenizeInput(*labelling, "I saw a saw"), std::vector<int>{0});
    CHECK_FALSE(encoderRun.teacherForcing());
    CHECK(encoderRun.pass(neverCancelled()).predictions.size() == 4);
    CHECK(encoderRun.generation(neverCancelled()).passes.empty());
    CHECK(encoderRun.inputText() == "I saw a saw");
}

TEST_CASE("a cancelled generation keeps nothing and is computed again when asked", "[transformer-run]") {
    const auto model = bundled("reverse.trained.json");
    const TransformerRun run(model, {0, 1, 2});
    Cancellation stopped;
    stopped.requestStop();
    CHECK_THROWS_AS(run.generation(stopped), Cancelled);
    CHECK_FALSE(run.generation(neverCancelled()).generated.empty());
}
