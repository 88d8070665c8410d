// Training in the window is the trainer of `attention-lab train`: with the same model, dataset
// and settings, the window's loss curve equals the history the command writes, value for value
// (the file holds the shortest text that reads back as the same double), and so do the weights.
#include "core/io/transformer_loader.h"
#include "tests/app/process.h"
#include "tests/app/temporary_folder.h"
#include "tests/ui/training_support.h"
#include "ui/lessons/training/training_lesson.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace al;

namespace {

const std::string models = std::string(ATTENTION_LAB_SOURCE_DIR) + "/samples/models/";

// `attention-lab train` of a bundled model on its dataset: the file it wrote.
std::string trainedByCommand(const test::TemporaryFolder& folder, const std::string& name, int steps, int batch,
                             const std::string& learningRate) {
    const std::string output = folder / (name + ".trained.json");
    const auto result = test::runAttentionLab({"train", models + name + ".model.json", models + name + ".dataset.json",
                                               "-o", output, "--steps", std::to_string(steps), "--batch",
                                               std::to_string(batch), "--lr", learningRate, "--optimizer", "adam"});
    INFO(result.err);
    REQUIRE(result.status == 0);
    return output;
}

// Every value equal, not merely close.
void requireSameHistory(const std::vector<double>& window, const std::vector<double>& command) {
    REQUIRE(window.size() == command.size());
    for (std::size_t s = 0; s < command.size(); ++s) {
        INFO("step " << s + 1);
        CHECK(window[s] == command[s]);
    }
}

} // namespace

TEST_CASE("the training window's loss curve on I saw a saw is attention-lab train's history value for value",
          "[training][training-history]") {
    const test::TemporaryFolder folder("training-history-labelling");
    const std::string written = trainedByCommand(folder, "i-saw-a-saw", 40, 16, "0.01");
    const std::vector<double> command = test::historyOfFile(QString::fromStdString(written));
    REQUIRE(command.size() == 40);

    // The controls as the user has them: the bundled preset (the baseline trains beside it),
    // with the command's settings, stepped forty times.
    TrainingControls controls;
    TrainingRequest request = test::presetRequest("i-saw-a-saw.model.json", true);
    request.settings.batch = 16;
    request.settings.optimizer.kind = nn::Optimizer::Adam;
    request.settings.optimizer.learningRate = 0.01;
    controls.setRequest(request);
    test::waitUntilPrepared(controls);
    REQUIRE(controls.session().progress()->baseline);
    const auto progress = test::stepTimes(controls.session(), 40);
    requireSameHistory(*progress->main.history, command);
    // The curve drawn is that history: step s + 1 at loss history[s].
    const StepContent content = TrainingLesson().describe(test::trainingInput(progress, {}, 0), neverCancelled());
    const ChartData* loss = nullptr;
    for (const PlotContent& plot : content.plots)
        if (plot.id() == "loss") loss = &std::get<ChartData>(plot.data);
    REQUIRE(loss);
    // The batch curve: the one series with a point per step (the sets' have one per evaluation).
    const ChartSeries* batch = nullptr;
    for (const ChartSeries& series : loss->series)
        if (series.y.size() == 40) batch = &series;
    REQUIRE(batch);
    for (int s = 0; s < 40; ++s) {
        CHECK(batch->x[s] == s + 1);
        CHECK(batch->y[s] == command[std::size_t(s)]);
    }
    // And the weights the command wrote are the window's, bit for bit.
    const nn::TransformerModel file = loadTransformer(written);
    CHECK(file.weights.values() == progress->main.model->weights.values());
}

TEST_CASE("the training window's loss curve on Reverse a sequence is attention-lab train's history value for value",
          "[training][training-history]") {
    const test::TemporaryFolder folder("training-history-seq2seq");
    const std::string written = trainedByCommand(folder, "reverse", 12, 8, "0.008");
    const std::vector<double> command = test::historyOfFile(QString::fromStdString(written));
    REQUIRE(command.size() == 12);

    TrainingRequest request;
    request.modelFile = QString::fromStdString(models + "reverse.model.json");
    request.datasetFile = QString::fromStdString(models + "reverse.dataset.json");
    request.settings.batch = 8;
    request.settings.optimizer.kind = nn::Optimizer::Adam;
    request.settings.optimizer.learningRate = 0.008;
    TrainingSession session;
    test::resetTo(session, test::preparedSetup(request));
    const auto progress = test::stepTimes(session, 12);
    requireSameHistory(*progress->main.history, command);
    CHECK(loadTransformer(written).weights.values() == progress->main.model->weights.values());
}
