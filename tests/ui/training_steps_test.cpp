// Every step of the training lesson describes every bundled preset, before training and after
// a few steps, for each attention the model has, a moment of the past and counters beyond the
// model: nothing throws, nothing shown is NaN, the attention maps' rows are the queries and
// their columns the keys with the tokens of each side (cross-attention: the decoder's tokens
// down, the input's across), and the figures the text quotes are there.
#include "core/nn/transformer_backward.h"
#include "tests/ui/training_support.h"
#include "tests/ui/transformer_step_checks.h"
#include "ui/lessons/training/training_lesson.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

#include <algorithm>

using namespace al;

namespace {

QStringList spelled(const std::vector<int>& ids, const std::vector<std::string>& names) {
    QStringList tokens;
    for (int id : ids)
        tokens << QString::fromStdString(names.at(std::size_t(id)));
    return tokens;
}

// "1 I", "2 saw", … as the heatmaps label positions.
QStringList numbered(const QStringList& tokens) {
    QStringList labels;
    for (int i = 0; i < tokens.size(); ++i)
        labels << QString("%1 %2").arg(i + 1).arg(tokens[i]);
    return labels;
}

// The tokens down (queries) and across (keys) of an attention map of `site` for `example`,
// from the example itself: seq2seq's decoder reads <bos> and the target (teacher forcing).
std::pair<QStringList, QStringList> attentionAxes(const nn::TransformerModel& model, const nn::Example& example,
                                                  AttentionSite site) {
    const QStringList input = spelled(example.input, model.vocabulary);
    const QStringList decoder = model.task == nn::Task::Seq2Seq
                                    ? QStringList{"<bos>"} + spelled(example.target, model.outputs)
                                    : input; // a language model's decoder reads the input
    switch (site) {
    case AttentionSite::EncoderSelf:
        return {input, input};
    case AttentionSite::DecoderSelf:
        return {decoder, decoder};
    case AttentionSite::Cross:
        return {decoder, input};
    }
    return {};
}

std::vector<AttentionSite> sitesOf(nn::Task task) {
    switch (task) {
    case nn::Task::Labelling:
    case nn::Task::Classification:
        return {AttentionSite::EncoderSelf};
    case nn::Task::Seq2Seq:
        return {AttentionSite::EncoderSelf, AttentionSite::DecoderSelf, AttentionSite::Cross};
    case nn::Task::LanguageModel:
        return {AttentionSite::DecoderSelf};
    }
    return {};
}

bool isAttentionMap(const QString& id) {
    return id == "attention" || id == "before" || id == "after" || id.startsWith("attention_") || id == "grad_weights";
}

int attentionMaps(const StepContent& content) {
    int maps = 0;
    for (const PlotContent& plot : content.plots)
        maps += std::holds_alternative<HeatmapData>(plot.data) && isAttentionMap(plot.id()) ? 1 : 0;
    return maps;
}

void checkStep(const std::shared_ptr<const TrainingProgress>& shown, const TrainingChoice& choice, int step) {
    const TrainingProgress& progress = *shown;
    const StepContent content = TrainingLesson().describe(test::trainingInput(shown, choice, step), neverCancelled());
    test::requireNoNan(content);
    const nn::TransformerModel& model = *progress.setup.model;
    const auto& examples = progress.setup.data->train;
    const nn::Example& example = examples[std::size_t(std::clamp(choice.example, 0, int(examples.size()) - 1))];
    const bool attention = model.architecture.attention;
    for (const PlotContent& plot : content.plots) {
        const auto* map = std::get_if<HeatmapData>(&plot.data);
        if (!map || !isAttentionMap(map->id)) continue;
        INFO("heatmap " << map->id.toStdString());
        const auto [queries, keys] = attentionAxes(model, example, choice.site);
        CHECK(map->rowAxisTitle == "query");
        CHECK(map->columnAxisTitle == "key");
        CHECK(map->rowLabels == numbered(queries));
        CHECK(map->columnLabels == numbered(keys));
        if (map->id != "grad_weights") // α′: each row a distribution over the keys
            for (Eigen::Index r = 0; r < map->values.rows(); ++r) {
                double sum = 0;
                for (Eigen::Index c = 0; c < map->values.cols(); ++c)
                    sum += map->values(r, c);
                CHECK(sum == Approx(1).margin(1e-12));
            }
    }
    const auto& figures = content.figures;
    switch (step) {
    case 0:
        CHECK(test::chartOf(content, "loss"));
        CHECK(test::chartOf(content, "accuracy"));
        CHECK(attentionMaps(content) == (attention ? 1 : 0));
        CHECK(figures.contains("step"));
        CHECK(figures.contains("last loss") == (progress.main.steps > 0));
        CHECK(figures.contains("largest weight of the first query") == attention);
        break;
    case 1:
        CHECK(figures.contains("example loss") == attention);
        CHECK(content.explanation.contains("L = "));
        CHECK(attentionMaps(content) == (attention ? 1 : 0));
        CHECK(bool(test::heatmapOf(content, "grad_wq")) == attention);
        CHECK(figures.contains("norm dL/dWq") == attention);
        break;
    case 2:
        CHECK(test::chartOf(content, "loss"));
        CHECK(attentionMaps(content) == (attention ? 2 : 0));
        CHECK(figures.contains("largest change") == attention);
        break;
    case 3:
        CHECK(test::chartOf(content, "accuracy"));
        CHECK(figures.contains("context-free ceiling") == (model.task == nn::Task::Labelling));
        CHECK(figures.contains("baseline accuracy") == progress.baseline.has_value());
        break;
    case 4:
        CHECK(test::chartOf(content, "loss"));
        CHECK((attentionMaps(content) >= 1) == attention);
        break;
    }
}

} // namespace

TEST_CASE("every step of the training lesson describes every bundled preset before and after training",
          "[training][training-steps]") {
    const auto& presets = bundledTrainingPresets();
    REQUIRE(presets.size() == 6);
    const TrainingLesson lesson;
    REQUIRE(lesson.stepCount() == 5);
    for (const TrainingPreset& preset : presets) {
        const QString file = QFileInfo(preset.modelFile).fileName();
        TrainingSession session;
        const TrainingSetup setup = test::preparedSetup(test::presetRequest(file, true));
        std::vector<std::shared_ptr<const TrainingProgress>> progresses{test::resetTo(session, setup)};
        progresses.push_back(test::stepTimes(session, 10));
        for (const auto& progress : progresses)
            for (AttentionSite site : sitesOf(setup.model->task))
                for (const TrainingChoice& choice :
                     {TrainingChoice{1, 0, 0, site, -1}, TrainingChoice{9999, 9, 9, site, 0}})
                    for (int step = 0; step < lesson.stepCount(); ++step) {
                        INFO(preset.title.toStdString()
                             << ", step " << step + 1 << " after " << progress->main.steps << " training steps, site "
                             << int(site) << ", example " << choice.example << ", moment " << choice.moment);
                        checkStep(progress, choice, step);
                    }
    }
}

TEST_CASE("the training lesson without a run says what to do", "[training][training-steps]") {
    LessonInput input;
    input.step = 0;
    const StepContent content = TrainingLesson().describe(input, neverCancelled());
    CHECK(content.plots.empty());
    CHECK(content.explanation.contains("choose a bundled dataset"));
}
