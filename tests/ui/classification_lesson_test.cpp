// The classification lesson shows the engine's own numbers: the encoder's α′, the mean of
// its output vectors, and the logits and probabilities of the one label, on the bundled
// negation model and on every golden classification model (the baseline without attention
// too).
#include "core/io/token_ids.h"
#include "core/nn/transformer_forward.h"
#include "tests/support/transformer_golden.h"
#include "tests/ui/transformer_lesson_support.h"
#include "tests/ui/transformer_step_checks.h"
#include "ui/lessons/transformer/classification_lesson.h"

#include <catch2/catch.hpp>

using namespace al;

namespace {
const std::string sentence = "the film is not good";

StepContent describeStep(const LessonInput& input) {
    return ClassificationLesson().describe(input, neverCancelled());
}

LessonInput negation(int step, TransformerChoice choice = {}, const std::string& text = sentence) {
    return test::transformerLessonInput(test::bundledModelFile("negation.trained.json"), text, step, choice);
}

const nn::TransformerTrace& passOf(const LessonInput& input) {
    return test::stateOf(input).run->pass(neverCancelled());
}
} // namespace

TEST_CASE("every step of the classification lesson describes every classification model", "[classification]") {
    std::vector<std::pair<std::filesystem::path, std::string>> models = {
        {test::bundledModelFile("negation.trained.json"), sentence},
        {test::bundledModelFile("negation.trained.json"), "good"}};
    for (const test::TransformerGoldenCase& golden : test::transformerGoldenCases())
        if (golden.entry["task"] == "classification")
            models.emplace_back(golden.file("model"), test::joinTokens(golden.entry["trace_input"]));
    REQUIRE(models.size() == 5);
    const ClassificationLesson lesson;
    for (const auto& [file, text] : models)
        for (int step = 0; step < lesson.stepCount(); ++step)
            for (const TransformerChoice& choice :
                 {TransformerChoice{}, TransformerChoice{1, 1, 2, 0}, TransformerChoice{9, 9, 99, 9}}) {
                INFO(file.filename().string() << " \"" << text << "\" step " << step + 1);
                const StepContent content = describeStep(test::transformerLessonInput(file, text, step, choice));
                test::requireNoNan(content);
                CHECK_FALSE(content.plots.empty());
            }
}

TEST_CASE("classification step 1: the chosen head's scores and α′ of the encoder", "[classification]") {
    const LessonInput input = negation(0, {0, 1, 3, 0});
    const StepContent content = describeStep(input);
    const nn::AttentionHeadTrace& head = passOf(input).encoder->layers[0].sublayers[0].heads[1];
    const HeatmapData* weights = test::heatmapOf(content, "weights");
    test::requireEqual(weights, head.weights);
    test::requireEqual(test::heatmapOf(content, "scores"), head.scores);
    const QStringList labels = {"1 the", "2 film", "3 is", "4 not", "5 good"};
    CHECK(weights->rowLabels == labels);
    CHECK(weights->columnLabels == labels);
    CHECK(weights->rowAxisTitle == "query");
    CHECK(weights->columnAxisTitle == "key");
    Eigen::Index top = 0;
    head.weights.row(3).maxCoeff(&top);
    CHECK(content.figures["top_key"].toInt() == int(top));
    CHECK(content.plots[1].outlineRow == 3);
    const StepContent clamped = describeStep(negation(0, {9, 9, 99, 0}));
    CHECK(clamped.figures["layer"].toInt() == 0); // one encoder layer
    CHECK(clamped.figures["head"].toInt() == 1);
    CHECK(clamped.plots[1].outlineRow == 4);
    const std::vector<SourceCell> cells = content.sources(1, 3, 4);
    REQUIRE(cells.size() == 2);
    CHECK((cells[0].plot == 0 && cells[0].row == 3 && cells[0].column == 4));
}

TEST_CASE("classification step 2: the pooled vector is the mean of the encoder's rows", "[classification]") {
    const LessonInput input = negation(1, {0, 0, 1, 0});
    const StepContent content = describeStep(input);
    const nn::TransformerTrace& trace = passOf(input);
    test::requireEqual(test::heatmapOf(content, "encoder_output"), trace.encoder->output);
    const HeatmapData* pooled = test::heatmapOf(content, "pooled");
    test::requireEqual(pooled, trace.pooled);
    test::requireEqual(pooled, trace.encoder->output.colwise().mean(), 1e-12);
    CHECK(pooled->rowLabels.size() == 1);
    CHECK(pooled->columnAxisTitle == "dimension");
    CHECK(content.figures["mean_difference"].toDouble() < 1e-12);
    CHECK(content.figures["rows"].toInt() == 5);
    const int shown = content.figures["dimension"].toInt();
    CHECK(content.explanation.contains(QString("Dimension %1").arg(shown + 1)));
    const std::vector<SourceCell> toColumn = content.sources(1, 0, 7);
    REQUIRE(toColumn.size() == 1);
    CHECK((toColumn[0].plot == 0 && toColumn[0].row == -1 && toColumn[0].column == 7));
    const std::vector<SourceCell> toPooled = content.sources(0, 2, 7);
    REQUIRE(toPooled.size() == 1);
    CHECK((toPooled[0].plot == 1 && toPooled[0].row == 0 && toPooled[0].column == 7));
}

TEST_CASE("classification steps on golden models equal the PyTorch-made trace within 1e-9", "[classification]") {
    for (const test::TransformerGoldenCase& golden : test::transformerGoldenCases()) {
        if (golden.entry["task"] != "classification") continue;
        INFO(golden.name);
        const nlohmann::json file = test::readJson(golden.file("trace"));
        const std::string text = test::joinTokens(golden.entry["trace_input"]);
        const StepContent pooling = describeStep(test::transformerLessonInput(golden.file("model"), text, 1));
        test::requireEqual(test::heatmapOf(pooling, "pooled"), test::matrixOf(file["pooled"]), 1e-9);
        const StepContent label = describeStep(test::transformerLessonInput(golden.file("model"), text, 2));
        const ChartData* probabilities = test::chartOf(label, "probabilities");
        REQUIRE(probabilities != nullptr);
        const Matrix expected = test::matrixOf(file["probabilities"]);
        for (Eigen::Index c = 0; c < expected.cols(); ++c)
            CHECK(std::abs(probabilities->series.at(0).y.at(c) - expected(0, c)) < 1e-9);
        if (golden.entry["architecture"]["attention"] == true) {
            const StepContent attention = describeStep(test::transformerLessonInput(golden.file("model"), text, 0));
            test::requireEqual(test::heatmapOf(attention, "weights"),
                               test::matrixOf(file["encoder"]["layers"][0]["sublayers"][0]["heads"][0]["weights"]),
                               1e-9);
        }
    }
}

TEST_CASE("classification step 3: one label for the sentence, and the sentence with and without not",
          "[classification]") {
    const LessonInput input = negation(2);
    const StepContent content = describeStep(input);
    const nn::TransformerTrace& trace = passOf(input);
    const ChartData* logits = test::chartOf(content, "logits");
    REQUIRE(logits != nullptr);
    CHECK(logits->xTickLabels == QStringList{"positive", "negative"});
    CHECK(logits->series.at(0).y == QVector<double>{trace.logits(0, 0), trace.logits(0, 1)});
    const ChartData* probabilities = test::chartOf(content, "probabilities");
    REQUIRE(probabilities->series.size() == 2);
    CHECK(probabilities->series[0].y == QVector<double>{trace.probabilities(0, 0), trace.probabilities(0, 1)});
    CHECK(content.figures["predicted"].toString() == "negative");
    CHECK(content.figures["contrast"].toString() == "the film is good");
    CHECK(content.figures["contrast_predicted"].toString() == "positive");
    const nn::TransformerModel& model = test::stateOf(input).run->model();
    const nn::TransformerTrace other = nn::forwardPass(model, tokenizeInput(model, "the film is good"));
    CHECK(probabilities->series[1].y == QVector<double>{other.probabilities(0, 0), other.probabilities(0, 1)});
    CHECK(content.explanation.contains("<b>“negative”</b>"));

    const StepContent without = describeStep(negation(2, {}, "the film is good"));
    CHECK(without.figures["predicted"].toString() == "positive");
    CHECK(without.figures["contrast"].toString() == "the film is not good");
    CHECK(ClassificationLesson::contrastingInput(model, tokenizeInput(model, "not")).empty());
    CHECK(ClassificationLesson::contrastingInput(model, tokenizeInput(model, "good")).empty());
}
