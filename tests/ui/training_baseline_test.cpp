// Step 4 of the training lesson, the notes' comparison on "I saw a saw": the context-free
// ceiling is what giving each word its most frequent label reaches, the ambiguous words are
// exactly those the training set gives more than one label, the accuracies quoted are
// evaluate()'s, and the baseline — which looks at each word alone — never beats the ceiling.
#include "core/train/evaluation.h"
#include "tests/ui/training_support.h"
#include "tests/ui/transformer_step_checks.h"
#include "ui/lessons/training/training_lesson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>

#include <map>
#include <set>

using namespace al;

namespace {

// The words of the dataset file's training set that carry more than one label, read from
// its text, and what labelling each word (alone) with its most frequent label reaches.
struct ContextFree {
    std::set<std::string> ambiguous;
    double ceiling = 0;
};
ContextFree contextFreeOf(const QString& datasetFile) {
    QFile file(datasetFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const nlohmann::json dataset = nlohmann::json::parse(text.constData(), text.constData() + text.size());
    std::map<std::string, std::map<std::string, int>> labels; // word → label → count
    int positions = 0;
    for (const nlohmann::json& example : dataset["train"])
        for (std::size_t i = 0; i < example["input"].size(); ++i) {
            ++labels[example["input"][i].get<std::string>()][example["target"][i].get<std::string>()];
            ++positions;
        }
    ContextFree found;
    int best = 0;
    for (const auto& [word, counts] : labels) {
        if (counts.size() > 1) found.ambiguous.insert(word);
        int most = 0;
        for (const auto& [label, count] : counts)
            most = std::max(most, count);
        best += most;
    }
    found.ceiling = double(best) / positions;
    return found;
}

const train::Moment& latestAt(const std::vector<train::Moment>& moments, long long step) {
    const train::Moment* latest = &moments.front();
    for (const train::Moment& moment : moments)
        if (moment.step <= step) latest = &moment;
    return *latest;
}

} // namespace

TEST_CASE("training step 4 on I saw a saw: the ceiling, the ambiguous words and both accuracies are the data's",
          "[training][training-baseline]") {
    const TrainingSetup setup = test::preparedSetup(test::presetRequest("i-saw-a-saw.model.json", true));
    const ContextFree expected = contextFreeOf(test::trainingPreset("i-saw-a-saw.model.json").datasetFile);
    CHECK(expected.ambiguous == std::set<std::string>{"felt", "ground", "her", "saw"});
    TrainingSession session;
    test::resetTo(session, setup);
    const auto progress = test::stepTimes(session, 30);
    REQUIRE(progress->baseline);
    const auto& examples = setup.data->train;

    for (int moment : {-1, 0}) {
        INFO("moment " << moment);
        const StepContent content = TrainingLesson().describe(
            test::trainingInput(progress, {0, 0, 0, AttentionSite::EncoderSelf, moment}, 3), neverCancelled());
        test::requireNoNan(content);
        const long long shown = moment < 0 ? progress->main.steps : 0;
        // The baseline has no positions: the ceiling is that of each word alone.
        CHECK(content.figures["context-free ceiling"].toDouble() == expected.ceiling);
        const train::Moment& baseline = latestAt(progress->baseline->moments, shown);
        const train::Moment& attention = latestAt(progress->main.moments, shown);
        REQUIRE(content.figures.contains("baseline accuracy"));
        REQUIRE(content.figures.contains("attention accuracy"));
        CHECK(content.figures["baseline accuracy"].toDouble() == train::evaluate(*baseline.model, examples).accuracy);
        CHECK(content.figures["attention accuracy"].toDouble() == train::evaluate(*attention.model, examples).accuracy);

        // The bars: each ambiguous word, then every other word together.
        const ChartData* bars = test::chartOf(content, "accuracy_by_word");
        REQUIRE(bars);
        std::set<std::string> listed;
        for (int i = 0; i + 1 < bars->xTickLabels.size(); ++i)
            listed.insert(bars->xTickLabels[i].toStdString());
        CHECK(listed == expected.ambiguous);
        CHECK(bars->xTickLabels.size() == int(expected.ambiguous.size()) + 1);
        REQUIRE(bars->series.size() == 2); // self-attention and the baseline
        for (const std::string& word : expected.ambiguous)
            CHECK(content.explanation.contains(QString("“%1”").arg(QString::fromStdString(word))));
    }

    // Looking at each word alone, the baseline never beats the ceiling, at any moment kept.
    for (const train::Moment& moment : progress->baseline->moments)
        CHECK(moment.train.accuracy <= expected.ceiling + 1e-12);
    const auto& snapshots = progress->baseline->snapshots;
    for (std::size_t m = 0; m < snapshots.size(); m += std::max<std::size_t>(1, snapshots.size() / 4)) {
        INFO("baseline at step " << snapshots[m].step);
        CHECK(train::evaluate(*snapshots[m].model, examples).accuracy <= expected.ceiling + 1e-12);
    }
    CHECK(train::evaluate(*progress->baseline->model, examples).accuracy <= expected.ceiling + 1e-12);
}

TEST_CASE("training step 4 on the bundled baseline alone: its own accuracy stays under the ceiling it is told",
          "[training][training-baseline]") {
    const TrainingSetup setup = test::preparedSetup(test::presetRequest("i-saw-a-saw-baseline.model.json"));
    REQUIRE_FALSE(setup.model->architecture.attention);
    REQUIRE_FALSE(setup.withBaseline);
    const ContextFree expected = contextFreeOf(test::trainingPreset("i-saw-a-saw-baseline.model.json").datasetFile);
    TrainingSession session;
    test::resetTo(session, setup);
    const auto progress = test::stepTimes(session, 20);
    const StepContent content = TrainingLesson().describe(test::trainingInput(progress, {}, 3), neverCancelled());
    test::requireNoNan(content);
    CHECK(content.figures["context-free ceiling"].toDouble() == expected.ceiling);
    CHECK_FALSE(content.figures.contains("baseline accuracy"));
    CHECK(content.explanation.contains("I saw a saw: self-attention")); // how to get the comparison
    CHECK(train::evaluate(*progress->main.model, setup.data->train).accuracy <= expected.ceiling + 1e-12);
}

TEST_CASE("training step 4 on a classification: both accuracies quoted are evaluate()'s",
          "[training][training-baseline]") {
    const TrainingSetup setup = test::preparedSetup(test::presetRequest("negation.model.json", true));
    REQUIRE(setup.withBaseline);
    TrainingSession session;
    test::resetTo(session, setup);
    const auto progress = test::stepTimes(session, 5);
    const StepContent content = TrainingLesson().describe(test::trainingInput(progress, {}, 3), neverCancelled());
    test::requireNoNan(content);
    CHECK_FALSE(content.figures.contains("context-free ceiling"));
    const auto& examples = setup.data->train;
    CHECK(content.figures["baseline accuracy"].toDouble() ==
          train::evaluate(*latestAt(progress->baseline->moments, 5).model, examples).accuracy);
    CHECK(content.figures["attention accuracy"].toDouble() ==
          train::evaluate(*latestAt(progress->main.moments, 5).model, examples).accuracy);
}
