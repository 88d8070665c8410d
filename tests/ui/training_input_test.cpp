// What the training lesson refuses: a dataset file that is not JSON or not a well-formed
// dataset@1, a dataset whose tokens the model does not know, one of another task than the
// model's, a shape the engine does not take. The message names the file and the problem, and
// the run shown before goes on training and showing.
#include "tests/app/temporary_folder.h"
#include "tests/ui/training_support.h"
#include "ui/worker.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace al;

namespace {

QString written(const test::TemporaryFolder& folder, const std::string& name, const std::string& text) {
    std::ofstream(folder / name) << text;
    return QString::fromStdString(folder / name);
}

const std::string unknownWord = R"({"format": "attention-lab/dataset@1", "title": "zebra", "task": "labelling",
    "train": [{"input": ["I", "zebra"], "target": ["PRON", "VERB"]}]})";

// The controls' message once the worker is done, with the run shown before still there and
// still training.
void requireRefusedAndGoingOn(TrainingControls& controls, quint64 run, long long steps) {
    REQUIRE(controls.files().waitUntilIdle(60'000));
    const auto progress = controls.session().progress();
    CHECK(progress->run == run);
    CHECK(progress->main.steps == steps);
    CHECK(test::stateOf(controls)->progress->run == run);
    CHECK(controls.isReady());
    CHECK(test::stepTimes(controls.session(), 1)->run == run);
}

} // namespace

TEST_CASE("a dataset that cannot be read for training is named and the run shown goes on",
          "[training][training-input]") {
    const test::TemporaryFolder folder("training-input");
    TrainingControls controls;
    controls.setRequest(test::presetRequest("negation.model.json"));
    test::waitUntilPrepared(controls);
    test::stepTimes(controls.session(), 3);
    const quint64 run = controls.session().progress()->run;
    const long long steps = 3;

    SECTION("not JSON") {
        controls.openDataset(written(folder, "notes.json", "I saw a saw, {not JSON"));
        requireRefusedAndGoingOn(controls, run, steps);
        INFO(controls.message().toStdString());
        CHECK(controls.message().contains("notes.json"));
        CHECK(controls.message().contains("JSON"));
    }
    SECTION("a labelling example whose target is shorter than its input") {
        controls.openDataset(written(folder, "short.dataset.json", R"({"format": "attention-lab/dataset@1",
            "title": "short", "task": "labelling", "train": [{"input": ["a", "b", "c"], "target": ["X", "Y"]}]})"));
        requireRefusedAndGoingOn(controls, run, steps);
        INFO(controls.message().toStdString());
        CHECK(controls.message().contains("short.dataset.json"));
        CHECK(controls.message().contains("train[0]"));
    }
    SECTION("tokens the model does not know") {
        TrainingRequest request = test::presetRequest("i-saw-a-saw.model.json");
        request.datasetFile = written(folder, "zebra.dataset.json", unknownWord);
        controls.setRequest(request);
        requireRefusedAndGoingOn(controls, run, steps);
        INFO(controls.message().toStdString());
        CHECK(controls.message().contains("zebra.dataset.json"));
        CHECK(controls.message().contains("\"zebra\""));
        CHECK(controls.message().contains("train[0].input[1]"));
    }
    // Reset then restarts the run shown, not the file refused.
    controls.resetTraining();
    REQUIRE(controls.files().waitUntilIdle(60'000));
    REQUIRE(controls.session().waitForSteps(0, 60'000));
    INFO(controls.message().toStdString());
    CHECK(controls.message().isEmpty());
    CHECK(controls.session().progress()->run == run + 1);
    CHECK(controls.session().progress()->main.steps == 0);
    CHECK(controls.session().progress()->setup.model->title == "Not good: negation");
}

TEST_CASE("a dataset of another task opened for training becomes a fresh model of that task",
          "[training][training-input]") {
    TrainingControls controls;
    controls.setRequest(test::presetRequest("i-saw-a-saw.model.json"));
    test::waitUntilPrepared(controls);
    controls.openDataset(test::trainingPreset("reverse.model.json").datasetFile);
    REQUIRE(controls.files().waitUntilIdle(60'000));
    REQUIRE(controls.session().waitForSteps(0, 60'000));
    INFO(controls.message().toStdString());
    CHECK(controls.message().isEmpty());
    const auto progress = controls.session().progress();
    CHECK(progress->setup.model->task == nn::Task::Seq2Seq);
    CHECK(progress->setup.model->title == "Reverse a sequence");
    CHECK_FALSE(progress->baseline);                       // no baseline beside a decoder
    CHECK(controls.choice().site == AttentionSite::Cross); // seq2seq opens on cross-attention
    CHECK(test::stepTimes(controls.session(), 2)->main.history->size() == 2);
}

TEST_CASE("prepareTraining names the dataset and the problem of a model and training dataset that do not pair",
          "[training][training-input]") {
    const test::TemporaryFolder folder("training-prepare");
    TrainingRequest request = test::presetRequest("i-saw-a-saw.model.json");

    request.datasetFile = test::trainingPreset("reverse.model.json").datasetFile;
    PreparedTraining prepared = prepareTraining(request);
    CHECK_FALSE(prepared.setup);
    INFO(prepared.problem.toStdString());
    CHECK(prepared.problem.contains("reverse.dataset.json"));
    CHECK(prepared.problem.contains("task"));

    request.datasetFile = written(folder, "zebra.dataset.json", unknownWord);
    prepared = prepareTraining(request);
    CHECK_FALSE(prepared.setup);
    INFO(prepared.problem.toStdString());
    CHECK(prepared.problem.contains("zebra.dataset.json"));
    CHECK(prepared.problem.contains("zebra\""));

    request.datasetFile = QString::fromStdString(folder / "not-there.json");
    prepared = prepareTraining(request);
    CHECK_FALSE(prepared.setup);
    CHECK(prepared.problem.contains("not-there.json"));

    // A shape the engine does not take: 5 heads do not divide d = 24.
    request = test::presetRequest("i-saw-a-saw.model.json");
    nn::Architecture architecture = test::preparedSetup(request).model->architecture;
    architecture.heads = 5;
    request.architecture = architecture;
    prepared = prepareTraining(request);
    CHECK_FALSE(prepared.setup);
    CHECK(prepared.problem.contains("heads (5)"));
    CHECK(prepared.problem.contains("(24)"));
}
