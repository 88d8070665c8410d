// The Transformer block lesson shows the run's own numbers: x = E[t] + e, the chosen head's α′,
// the residual as a sum, LayerNorm's μ and σ² from the pass's own fields, the feed-forward
// network's hidden layer, the stack, post-norm beside pre-norm, and the labels; on "I saw a
// saw" the two "saw"s attend differently and get different labels.
#include "core/nn/layer_norm.h"
#include "core/nn/transformer_forward.h"
#include "tests/support/transformer_golden.h"
#include "tests/ui/transformer_lesson_support.h"
#include "ui/lessons/transformer/stack_plots.h"
#include "ui/lessons/transformer/transformer_block_lesson.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace al;

namespace {
const TransformerBlockLesson lesson;

StepContent describeStep(const LessonInput& input) {
    return lesson.describe(input, neverCancelled());
}

const HeatmapData& heatmap(const StepContent& content, const QString& id) {
    for (const PlotContent& plot : content.plots)
        if (plot.id() == id) return std::get<HeatmapData>(plot.data);
    FAIL("no heatmap " << id.toStdString());
    throw std::logic_error("unreachable");
}

void requireEqual(const HeatmapData& data, const Matrix& expected, double tolerance = 0) {
    REQUIRE(data.values.rows() == expected.rows());
    REQUIRE(data.values.cols() == expected.cols());
    for (Eigen::Index r = 0; r < expected.rows(); ++r)
        for (Eigen::Index c = 0; c < expected.cols(); ++c)
            REQUIRE(std::abs(data.values(r, c) - expected(r, c)) <= tolerance);
}

Matrix fromJson(const nlohmann::json& rows) {
    Matrix m(Eigen::Index(rows.size()), rows.empty() ? 0 : Eigen::Index(rows[0].size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            m(Eigen::Index(r), Eigen::Index(c)) = rows[r][c].get<double>();
    return m;
}

// Every step of the lesson on one model and input: no throw, no NaN in any heatmap, labels
// as many as rows and columns, every source cell inside its plot.
void checkEveryStep(const std::filesystem::path& model, const std::string& text, TransformerChoice choice = {}) {
    for (int step = 0; step < lesson.stepCount(); ++step) {
        INFO(model.filename().string() << " step " << step + 1);
        const StepContent content = describeStep(test::transformerLessonInput(model, text, step, choice));
        CHECK_FALSE(content.explanation.isEmpty());
        CHECK_FALSE(content.explanation.contains("nan", Qt::CaseInsensitive));
        for (std::size_t p = 0; p < content.plots.size(); ++p) {
            const auto* data = std::get_if<HeatmapData>(&content.plots[p].data);
            REQUIRE(data != nullptr);
            REQUIRE(data->rowLabels.size() == data->values.rows());
            REQUIRE(data->columnLabels.size() == data->values.cols());
            CHECK_FALSE(data->rowAxisTitle.isEmpty());
            CHECK_FALSE(data->columnAxisTitle.isEmpty());
            CHECK(content.plots[p].outlineRow < data->values.rows());
            for (Eigen::Index r = 0; r < data->values.rows(); ++r)
                for (Eigen::Index c = 0; c < data->values.cols(); ++c) {
                    REQUIRE(std::isfinite(data->values(r, c)));
                    if (!content.sources) continue;
                    for (const SourceCell& cell : content.sources(int(p), int(r), int(c))) {
                        REQUIRE(cell.plot >= 0);
                        REQUIRE(cell.plot < int(content.plots.size()));
                        const auto& source = std::get<HeatmapData>(content.plots[std::size_t(cell.plot)].data);
                        REQUIRE(cell.row < source.values.rows());
                        REQUIRE(cell.column < source.values.cols());
                    }
                }
        }
    }
}

const std::filesystem::path saw = test::bundledModelFile("i-saw-a-saw.trained.json");
} // namespace

TEST_CASE("the block lesson describes every step of every bundled model of its tasks", "[transformer-block]") {
    checkEveryStep(saw, "I saw a saw");
    checkEveryStep(test::bundledModelFile("i-saw-a-saw-baseline.trained.json"), "I saw a saw");
    checkEveryStep(test::bundledModelFile("negation.trained.json"), "that show was very bad");
    checkEveryStep(test::bundledModelFile("number-words.trained.json"), "three hundred twenty one");
    checkEveryStep(test::bundledModelFile("reverse.trained.json"), "h g d e g");
    CHECK(lesson.defaultModel() == "i-saw-a-saw.trained.json");
    CHECK(lesson.primaryTask() == nn::Task::Labelling);
    CHECK(lesson.accepts(nn::Task::Seq2Seq));
    CHECK_FALSE(lesson.accepts(nn::Task::LanguageModel));
}

TEST_CASE("the block lesson describes every golden model of its tasks and clamps the choice", "[transformer-block]") {
    int cases = 0;
    for (const test::TransformerGoldenCase& golden : test::transformerGoldenCases()) {
        const std::string task = golden.entry.value("task", "");
        if (task == "language_model" || !golden.entry.contains("trace_input")) continue;
        const std::string text = test::joinTokens(golden.entry["trace_input"]);
        checkEveryStep(golden.file("model"), text);
        checkEveryStep(golden.file("model"), text, TransformerChoice{99, 99, 99, 99}); // beyond every range
        ++cases;
    }
    CHECK(cases >= 6);
}

TEST_CASE("the block lesson's plots are the pass's own numbers", "[transformer-block]") {
    const TransformerChoice choice{1, 1, 3, 0}; // layer 2, head 2, the second "saw"
    const LessonInput first = test::transformerLessonInput(saw, "I saw a saw", 0, choice);
    const nn::TransformerTrace& trace = test::stateOf(first).run->pass(neverCancelled());
    const nn::StackTrace& encoder = *trace.encoder;
    const nn::LayerTrace& layer = encoder.layers.at(1);

    const StepContent input = describeStep(first);
    requireEqual(heatmap(input, "embedding"), encoder.embedded);
    requireEqual(heatmap(input, "positional"), encoder.positional);
    requireEqual(heatmap(input, "x"), encoder.x);
    CHECK(heatmap(input, "x").rowLabels == QStringList({"1 I", "2 saw", "3 a", "4 saw"}));
    CHECK(heatmap(input, "x").rowAxisTitle == "position");
    CHECK(heatmap(input, "x").columnAxisTitle == "dimension");
    const auto xSources = input.sources(2, 3, 5);
    REQUIRE(xSources.size() == 2);
    CHECK((xSources[0].plot == 0 && xSources[0].row == 3 && xSources[0].column == 5));
    CHECK((xSources[1].plot == 1 && xSources[1].row == 3 && xSources[1].column == 5));

    const StepContent attention = describeStep(test::transformerLessonInput(saw, "I saw a saw", 1, choice));
    const nn::AttentionHeadTrace& head = layer.sublayers.at(0).heads.at(1);
    requireEqual(heatmap(attention, "weights"), head.weights);
    requireEqual(heatmap(attention, "q"), head.q);
    requireEqual(heatmap(attention, "head_output"), head.output);
    CHECK(heatmap(attention, "weights").rowAxisTitle == "query");
    CHECK(heatmap(attention, "weights").columnAxisTitle == "key");
    CHECK(heatmap(attention, "weights").columnLabels == QStringList({"1 I", "2 saw", "3 a", "4 saw"}));
    const auto weightSources = attention.sources(2, 1, 3); // α′₂,₄ ← q row 2 and k row 4
    REQUIRE(weightSources.size() == 2);
    CHECK((weightSources[0].plot == 0 && weightSources[0].row == 1 && weightSources[0].column == -1));
    CHECK((weightSources[1].plot == 1 && weightSources[1].row == 3 && weightSources[1].column == -1));

    const StepContent add = describeStep(test::transformerLessonInput(saw, "I saw a saw", 2, choice));
    requireEqual(heatmap(add, "sublayer_input"), layer.sublayers.at(0).input);
    requireEqual(heatmap(add, "sublayer_output"), layer.sublayers.at(0).sublayerOutput);
    requireEqual(heatmap(add, "residual"), layer.sublayers.at(0).residual);
    const auto residualSources = add.sources(2, 0, 7);
    REQUIRE(residualSources.size() == 2);
    CHECK((residualSources[0].plot == 0 && residualSources[0].row == 0 && residualSources[0].column == 7));
    CHECK((residualSources[1].plot == 1 && residualSources[1].row == 0 && residualSources[1].column == 7));

    const StepContent ffn = describeStep(test::transformerLessonInput(saw, "I saw a saw", 4, choice));
    requireEqual(heatmap(ffn, "hidden_pre"), layer.sublayers.at(1).hiddenPre);
    requireEqual(heatmap(ffn, "hidden"), layer.sublayers.at(1).hidden);
    requireEqual(heatmap(ffn, "ffn_output"), layer.sublayers.at(1).sublayerOutput);
    CHECK(heatmap(ffn, "hidden").columnAxisTitle == "hidden unit");
    CHECK(ffn.figures["activation"].toString() == "ReLU");

    const StepContent addNorm = describeStep(test::transformerLessonInput(saw, "I saw a saw", 5, choice));
    requireEqual(heatmap(addNorm, "output"), layer.sublayers.at(1).output);

    const StepContent stack = describeStep(test::transformerLessonInput(saw, "I saw a saw", 6, choice));
    requireEqual(heatmap(stack, "layer1_weights"), encoder.layers.at(0).sublayers.at(0).heads.at(1).weights);
    requireEqual(heatmap(stack, "layer2_weights"), head.weights);
    requireEqual(heatmap(stack, "layer2_output"), layer.sublayers.back().output);

    const StepContent output = describeStep(test::transformerLessonInput(saw, "I saw a saw", 8, choice));
    requireEqual(heatmap(output, "probabilities"), trace.probabilities);
    requireEqual(heatmap(output, "encoder_output"), encoder.output);
    CHECK(heatmap(output, "probabilities").columnLabels == QStringList({"PRON", "VERB", "DET", "NOUN", "ADJ"}));
}

TEST_CASE("a layer, head or position beyond the model's is clamped to its last", "[transformer-block]") {
    const TransformerChoice beyond{7, 5, 12, 0};
    const StepContent attention = describeStep(test::transformerLessonInput(saw, "I saw a saw", 1, beyond));
    const LessonInput kept = test::transformerLessonInput(saw, "I saw a saw", 1);
    const nn::StackTrace& encoder = *test::stateOf(kept).run->pass(neverCancelled()).encoder;
    requireEqual(heatmap(attention, "weights"), encoder.layers.at(1).sublayers.at(0).heads.at(1).weights);
    CHECK(attention.plots.at(2).outlineRow == 3);
    CHECK(attention.explanation.contains("layer 2 of 2, head 2 of 2"));
    const StepContent norm = describeStep(test::transformerLessonInput(saw, "I saw a saw", 3, beyond));
    CHECK(norm.figures["norm_name"].toString() == "encoder.layers.1.norm1");
    CHECK(norm.figures["mean"].toDouble() == encoder.layers.at(1).sublayers.at(0).norm.mean(3));
}

TEST_CASE("LayerNorm's mean, variance, gamma and beta are the pass's and the model's", "[transformer-block]") {
    for (int position = 0; position < 4; ++position) {
        const LessonInput input = test::transformerLessonInput(saw, "I saw a saw", 3, {0, 0, position, 0});
        const TransformerLessonState& state = test::stateOf(input);
        const nn::SublayerTrace& s = state.run->pass(neverCancelled()).encoder->layers.at(0).sublayers.at(0);
        const StepContent content = describeStep(input);
        const RowVector row = s.residual.row(position); // post-norm: LayerNorm reads the residual
        const double mean = row.mean();
        const double variance = (row.array() - mean).square().mean(); // biased, as nn.LayerNorm
        CHECK(content.figures["mean"].toDouble() == Approx(mean).margin(1e-12));
        CHECK(content.figures["variance"].toDouble() == Approx(variance).epsilon(1e-9));
        CHECK(content.figures["norm_name"].toString() == "encoder.layers.0.norm1");
        const RowVector gamma = stack_plots::namedVector(state.run->model(), "encoder.layers.0.norm1.weight");
        const RowVector beta = stack_plots::namedVector(state.run->model(), "encoder.layers.0.norm1.bias");
        REQUIRE(gamma.size() == 24);
        CHECK(content.figures["gamma_0"].toDouble() == gamma(0));
        CHECK(content.figures["beta_0"].toDouble() == beta(0));
        requireEqual(heatmap(content, "before"), s.residual);
        requireEqual(heatmap(content, "after"), s.output);
        // γ ⊙ x̂ + β, from the step's own x̂, is the pass's LayerNorm output.
        const HeatmapData& hat = heatmap(content, "normalised");
        for (Eigen::Index j = 0; j < row.size(); ++j)
            CHECK(gamma(j) * hat.values(position, j) + beta(j) == Approx(s.output(position, j)).margin(1e-12));
        CHECK(content.explanation.contains("post-norm"));
        const auto sources = content.sources(3, position, 2);
        REQUIRE(sources.size() == 3);
        CHECK((sources[1].plot == 2 && sources[1].row == 0 && sources[1].column == 2));
    }
}

TEST_CASE("on I saw a saw the two saws attend differently and get VERB and NOUN", "[transformer-block]") {
    const StepContent attention = describeStep(test::transformerLessonInput(saw, "I saw a saw", 1, {0, 0, 1, 0}));
    const LessonInput kept = test::transformerLessonInput(saw, "I saw a saw", 1); // keeps the run alive
    const nn::TransformerTrace& trace = test::stateOf(kept).run->pass(neverCancelled());
    const Matrix& weights = trace.encoder->layers.at(0).sublayers.at(0).heads.at(0).weights;
    const QVariantList topKeys = attention.figures["top_keys"].toList();
    REQUIRE(topKeys.size() == 4);
    for (int i = 0; i < 4; ++i) {
        Eigen::Index key = 0;
        weights.row(i).maxCoeff(&key);
        CHECK(topKeys.at(i).toInt() == int(key));
    }
    CHECK(attention.explanation.contains("The same token at different places"));
    const QStringList words{"I", "saw", "a", "saw"};
    for (int i : {1, 3}) { // each "saw", and the token it attends to most, named from the numbers
        const int key = topKeys.at(i).toInt();
        CHECK(attention.explanation.contains(
            QString("“saw” (%1) attends most to “%2” (%3)").arg(i + 1).arg(words.at(key)).arg(key + 1)));
    }

    const StepContent output = describeStep(test::transformerLessonInput(saw, "I saw a saw", 8));
    CHECK(output.figures["labels"].toStringList() == QStringList({"PRON", "VERB", "DET", "NOUN"}));
    CHECK(output.figures["repeated_labels_differ"].toBool());
    CHECK(output.explanation.contains("different labels"));
}

TEST_CASE("the baseline has no attention and gives both saws one label", "[transformer-block]") {
    const auto baseline = test::bundledModelFile("i-saw-a-saw-baseline.trained.json");
    const StepContent attention = describeStep(test::transformerLessonInput(baseline, "I saw a saw", 1));
    CHECK(attention.explanation.contains("There is no attention in this model"));
    CHECK(attention.figures["repeated_output_difference"].toDouble() == 0.0);
    const StepContent norm = describeStep(test::transformerLessonInput(baseline, "I saw a saw", 3));
    CHECK(norm.figures["norm_name"].toString() == "encoder.layers.0.norm2");
    const StepContent output = describeStep(test::transformerLessonInput(baseline, "I saw a saw", 8));
    CHECK_FALSE(output.figures["repeated_labels_differ"].toBool());
}

TEST_CASE("post-norm beside pre-norm runs the same weights in the other order", "[transformer-block]") {
    const LessonInput input = test::transformerLessonInput(saw, "I saw a saw", 7, {1, 0, 2, 0});
    const TransformerLessonState& state = test::stateOf(input);
    const StepContent content = describeStep(input);
    nn::TransformerModel switched = state.run->model();
    switched.architecture.norm = nn::NormPlacement::Pre;
    const nn::TransformerTrace other = nn::forwardPass(switched, state.run->input());
    requireEqual(heatmap(content, "other_output"), other.encoder->layers.at(1).sublayers.back().output);
    requireEqual(heatmap(content, "own_output"),
                 state.run->pass(neverCancelled()).encoder->layers.at(1).sublayers.back().output);
    QStringList otherLabels;
    for (int id : other.predictions)
        otherLabels << QString::fromStdString(switched.outputs.at(std::size_t(id)));
    CHECK(content.figures["other_labels"].toString() == otherLabels.join(' '));
    CHECK(content.figures["own_placement"].toString() == "post");
    CHECK(content.explanation.contains("This model was trained post-norm"));
}

TEST_CASE("the block lesson's numbers match the PyTorch-made golden trace", "[transformer-block]") {
    for (const std::string name : {"labelling-pre-gelu-learned-final", "labelling-post-relu-sinusoidal"}) {
        const auto cases = test::transformerGoldenCases();
        const auto golden = std::find_if(cases.begin(), cases.end(), [&](const auto& c) { return c.name == name; });
        REQUIRE(golden != cases.end());
        const nlohmann::json expected = test::readJson(golden->file("trace"));
        const std::string text = test::joinTokens(golden->entry["trace_input"]);
        const nlohmann::json& layer0 = expected["encoder"]["layers"][0]["sublayers"];
        const StepContent input = describeStep(test::transformerLessonInput(golden->file("model"), text, 0));
        requireEqual(heatmap(input, "x"), fromJson(expected["encoder"]["x"]), 1e-9);
        const StepContent attention =
            describeStep(test::transformerLessonInput(golden->file("model"), text, 1, {0, 1, 0, 0}));
        requireEqual(heatmap(attention, "weights"), fromJson(layer0[0]["heads"][1]["weights"]), 1e-9);
        const StepContent ffn = describeStep(test::transformerLessonInput(golden->file("model"), text, 4));
        if (layer0[1].contains("hidden")) requireEqual(heatmap(ffn, "hidden"), fromJson(layer0[1]["hidden"]), 1e-9);
        const StepContent addNorm = describeStep(test::transformerLessonInput(golden->file("model"), text, 5));
        requireEqual(heatmap(addNorm, "residual"), fromJson(layer0[1]["residual"]), 1e-9);
        const StepContent output = describeStep(test::transformerLessonInput(golden->file("model"), text, 8));
        requireEqual(heatmap(output, "probabilities"), fromJson(expected["probabilities"]), 1e-9);
    }
}

TEST_CASE("the output step shows the pooled vector of a classifier and the memory of seq2seq", "[transformer-block]") {
    const LessonInput negation =
        test::transformerLessonInput(test::bundledModelFile("negation.trained.json"), "that show was not bad", 8);
    const nn::TransformerTrace& classified = test::stateOf(negation).run->pass(neverCancelled());
    const StepContent pooled = describeStep(negation);
    requireEqual(heatmap(pooled, "pooled"), classified.pooled);
    requireEqual(heatmap(pooled, "probabilities"), classified.probabilities);
    const auto& model = test::stateOf(negation).run->model();
    CHECK(pooled.figures["label"].toString().toStdString() == model.outputs.at(std::size_t(classified.predictions[0])));
    const auto poolSources = pooled.sources(1, 0, 4); // the mean of column 5 of h
    REQUIRE(poolSources.size() == 1);
    CHECK((poolSources[0].plot == 0 && poolSources[0].row == -1 && poolSources[0].column == 4));

    const LessonInput numbers = test::transformerLessonInput(test::bundledModelFile("number-words.trained.json"),
                                                             "three hundred twenty one", 8);
    const StepContent memory = describeStep(numbers);
    requireEqual(heatmap(memory, "encoder_output"), test::stateOf(numbers).run->pass(neverCancelled()).encoder->output);
    CHECK(memory.figures["memory_rows"].toInt() == 4);
    CHECK(memory.explanation.contains("三 百 二 十 一"));
}
