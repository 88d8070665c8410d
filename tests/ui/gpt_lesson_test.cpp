// The GPT lesson shows the engine's own numbers: the decoder's causal mask and α′, the
// next-token probabilities of every position, generation pass by pass, and the head that
// copies, on the bundled copying model and on every golden language model.
#include "core/io/token_ids.h"
#include "tests/support/transformer_golden.h"
#include "tests/ui/transformer_lesson_support.h"
#include "tests/ui/transformer_step_checks.h"
#include "ui/lessons/transformer/gpt_lesson.h"
#include "ui/lessons/transformer/induction_scores.h"

#include <catch2/catch.hpp>

using namespace al;

namespace {
const std::string prompt = "b d g k e | b d";

StepContent describeStep(const LessonInput& input) {
    return GptLesson().describe(input, neverCancelled());
}

LessonInput copying(int step, TransformerChoice choice = {}) {
    return test::transformerLessonInput(test::bundledModelFile("induction.trained.json"), prompt, step, choice);
}

const nn::TransformerTrace& passOf(const LessonInput& input) {
    return test::stateOf(input).run->pass(neverCancelled());
}

const std::vector<TransformerChoice> choices = {{}, {1, 1, 3, 2}, {9, 9, 99, 99}, {-1, -1, -1, -1}};
} // namespace

TEST_CASE("every step of the GPT lesson describes every language model, bundled and golden", "[gpt]") {
    std::vector<std::pair<std::filesystem::path, std::string>> models = {
        {test::bundledModelFile("induction.trained.json"), prompt},
        {test::bundledModelFile("induction.trained.json"), "a"},
        {test::bundledModelFile("induction.trained.json"), "a b c d e f g h i j k l"}}; // max_length: nothing to add
    for (const test::TransformerGoldenCase& golden : test::transformerGoldenCases())
        if (golden.entry["task"] == "language_model")
            models.emplace_back(golden.file("model"), test::joinTokens(golden.entry["trace_input"]));
    REQUIRE(models.size() >= 7);
    const GptLesson lesson;
    for (const auto& [file, text] : models)
        for (int step = 0; step < lesson.stepCount(); ++step)
            for (const TransformerChoice& choice : choices) {
                INFO(file.filename().string() << " \"" << text << "\" step " << step + 1);
                test::requireNoNan(describeStep(test::transformerLessonInput(file, text, step, choice)));
            }
}

TEST_CASE("GPT step 1: the causal mask and the chosen head's α′ of the trace", "[gpt]") {
    const LessonInput input = copying(0, {1, 1, 6, 0});
    const StepContent content = describeStep(input);
    const nn::TransformerTrace& trace = passOf(input);
    const nn::SublayerTrace& attention = trace.decoder->layers[1].sublayers[0];
    const QStringList labels = test::stateOf(input).run->inputLabels();
    const HeatmapData* weights = test::heatmapOf(content, "weights");
    test::requireEqual(weights, attention.heads[1].weights);
    CHECK(weights->rowLabels == labels);
    CHECK(weights->columnLabels == labels);
    CHECK(weights->rowAxisTitle == "query");
    CHECK(weights->columnAxisTitle == "key");
    const HeatmapData* mask = test::heatmapOf(content, "causal_mask");
    REQUIRE(mask != nullptr);
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 8; ++j)
            CHECK(mask->values(i, j) == (j <= i ? 1 : 0));
    const HeatmapData* scores = test::heatmapOf(content, "masked_scores");
    CHECK(std::isnan(scores->values(2, 5)));
    CHECK(scores->values.isMasked(2, 5));
    CHECK(scores->values(5, 2) == attention.heads[1].scores(5, 2));
    CHECK(content.figures["allowed_pairs"].toInt() == 8 * 9 / 2);
    CHECK(content.figures["above_diagonal_max"].toDouble() == 0);
    Eigen::Index top = 0;
    attention.heads[1].weights.row(6).maxCoeff(&top);
    CHECK(content.figures["top_key"].toInt() == int(top));
    CHECK(content.plots[2].outlineRow == 6);
    CHECK(content.explanation.contains("36 of the 64 pairs"));
    const StepContent clamped = describeStep(copying(0, {9, 9, 99, 0}));
    CHECK(clamped.figures["layer"].toInt() == 1);
    CHECK(clamped.figures["head"].toInt() == 1);
    CHECK(clamped.figures["position"].toInt() == 7);
    test::requireEqual(test::heatmapOf(clamped, "weights"), trace.decoder->layers[1].sublayers[0].heads[1].weights);
    const std::vector<SourceCell> cells = content.sources(2, 4, 1);
    REQUIRE(cells.size() == 3);
    CHECK((cells[0].plot == 0 && cells[0].row == 4 && cells[0].column == 1));
    CHECK((cells[1].plot == 1 && cells[1].row == 4 && cells[1].column == 1));
}

TEST_CASE("GPT step 1 and 2 on a golden language model equal the PyTorch-made trace within 1e-9", "[gpt]") {
    for (const test::TransformerGoldenCase& golden : test::transformerGoldenCases()) {
        if (golden.entry["task"] != "language_model") continue;
        INFO(golden.name);
        const nlohmann::json file = test::readJson(golden.file("trace"));
        const std::string text = test::joinTokens(golden.entry["trace_input"]);
        const StepContent attention =
            describeStep(test::transformerLessonInput(golden.file("model"), text, 0, {0, 1, 0, 0}));
        test::requireEqual(test::heatmapOf(attention, "weights"),
                           test::matrixOf(file["decoder"]["layers"][0]["sublayers"][0]["heads"][1]["weights"]), 1e-9);
        const StepContent next = describeStep(test::transformerLessonInput(golden.file("model"), text, 1));
        test::requireEqual(test::heatmapOf(next, "probabilities"), test::matrixOf(file["probabilities"]), 1e-9);
    }
}

TEST_CASE("GPT step 2: every position's next-token probabilities, right against the prompt", "[gpt]") {
    const LessonInput input = copying(1, {0, 0, 6, 0});
    const StepContent content = describeStep(input);
    const nn::TransformerTrace& trace = passOf(input);
    const HeatmapData* map = test::heatmapOf(content, "probabilities");
    test::requireEqual(map, trace.probabilities);
    CHECK(map->rowLabels.front() == "1 b → d ✗"); // before the bar it can only guess
    CHECK(map->rowLabels.at(6) == "7 b → d ✓");
    CHECK(map->rowLabels.back() == "8 d → ?");
    CHECK(map->columnLabels.size() == 13);
    CHECK(map->columnLabels.back() == "|");
    CHECK(content.plots[0].region == QRect(3, 6, 1, 1)); // "d" (id 3) follows position 7
    const ChartData* bars = test::chartOf(content, "next_token_bars");
    REQUIRE(bars != nullptr);
    REQUIRE(bars->series.at(0).y.size() == 13);
    for (int c = 0; c < 13; ++c)
        CHECK(bars->series[0].y[c] == trace.probabilities(6, c));
    int right = 0;
    const std::vector<int>& ids = trace.decoder->tokens;
    for (std::size_t i = 0; i + 1 < ids.size(); ++i)
        right += trace.predictions[i] == ids[i + 1];
    CHECK(content.figures["right"].toInt() == right);
    CHECK(content.figures["predicted"].toString() == "d"); // after "b" it copies "d"
    CHECK(content.figures["top_probability"].toDouble() > 0.5);
    CHECK(content.explanation.contains("The prompt's next token is “d”: right."));
}

TEST_CASE("GPT step 3: generation pass by pass, the continuation copied", "[gpt]") {
    const LessonInput input = copying(2, {0, 0, 0, 1});
    const GenerationSteps& generation = test::stateOf(input).run->generation(neverCancelled());
    REQUIRE(generation.passes.size() == 4); // 8 tokens read, max_length 12
    const StepContent content = describeStep(input);
    test::requireEqual(test::heatmapOf(content, "step_probabilities"), generation.passes[1].probabilities);
    CHECK(content.figures["continuation"].toString().startsWith("g k e")); // b d g k e | b d → g k e
    CHECK(content.figures["next"].toString() == "k");
    CHECK(content.figures["next_probability"].toDouble() == generation.passes[1].probabilities(8, 10));
    CHECK(content.plots[0].outlineRow == 8);
    CHECK(test::heatmapOf(content, "step_weights")->rowLabels.back() == "9 g");
    CHECK(content.explanation.contains("<b>k</b>"));
    CHECK(content.explanation.contains("max_length = 12"));
    // The rows the prompt had are the same in every pass: the causal mask.
    CHECK((generation.passes[3].probabilities.topRows(8) - passOf(input).probabilities).cwiseAbs().maxCoeff() < 1e-12);
    const StepContent clamped = describeStep(copying(2, {0, 0, 0, 99}));
    CHECK(clamped.figures["step"].toInt() == 3);
    const StepContent full = describeStep(
        test::transformerLessonInput(test::bundledModelFile("induction.trained.json"), "a b c d e f g h i j k l", 2));
    CHECK(full.plots.empty());
    CHECK(full.explanation.contains("max_length = 12"));
}

TEST_CASE("GPT step 4: the induction scores from α′, the best head and what it copies", "[gpt]") {
    const LessonInput input = copying(3, {0, 0, 7, 0});
    const StepContent content = describeStep(input);
    const nn::TransformerTrace& trace = passOf(input);
    const MaskMatrix expected = inductionCells(trace.decoder->tokens);
    CHECK(expected.cast<int>().sum() == 2);
    CHECK(expected(6, 1) == 1); // "b" again at 7: "d" came after the first "b"
    CHECK(expected(7, 2) == 1); // "d" again at 8: "g" came after the first "d"
    Matrix scores(2, 2);
    for (int l = 0; l < 2; ++l)
        for (int h = 0; h < 2; ++h) {
            const Matrix& w = trace.decoder->layers[std::size_t(l)].sublayers[0].heads[std::size_t(h)].weights;
            scores(l, h) = (w(6, 1) + w(7, 2)) / 2;
        }
    test::requireEqual(test::heatmapOf(content, "induction_scores"), scores, 1e-15);
    Eigen::Index bestLayer = 0, bestHead = 0;
    scores.maxCoeff(&bestLayer, &bestHead);
    CHECK(content.figures["best_layer"].toInt() == int(bestLayer));
    CHECK(content.figures["best_head"].toInt() == int(bestHead));
    CHECK(content.figures["best_score"].toDouble() > 0.5); // the bundled model learned to look it up
    CHECK(content.figures["copies"].toInt() == 2);
    test::requireEqual(test::heatmapOf(content, "induction_weights"),
                       trace.decoder->layers[std::size_t(bestLayer)].sublayers[0].heads[std::size_t(bestHead)].weights);
    CHECK(content.plots[0].region == QRect(int(bestHead), int(bestLayer), 1, 1));
    CHECK(content.plots[2].region == QRect(2, 7, 1, 1));
    const std::vector<SourceCell> cells = content.sources(2, 7, 2);
    REQUIRE(cells.size() == 1);
    CHECK((cells[0].plot == 1 && cells[0].row == 7 && cells[0].column == 2));

    const StepContent none =
        describeStep(test::transformerLessonInput(test::bundledModelFile("induction.trained.json"), "a b c |", 3));
    CHECK(none.figures["copying_queries"].toInt() == 0);
    CHECK(test::heatmapOf(none, "induction_scores")->values.toMatrix().isZero());
    CHECK(none.explanation.contains("No token of this prompt occurs twice"));
}
