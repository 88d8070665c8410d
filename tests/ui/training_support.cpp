#include "tests/ui/training_support.h"

#include "ui/worker.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace al::test {

const TrainingPreset& trainingPreset(const QString& modelFileName) {
    for (const TrainingPreset& preset : bundledTrainingPresets())
        if (QFileInfo(preset.modelFile).fileName() == modelFileName) return preset;
    FAIL("no bundled training preset with the model " << modelFileName.toStdString());
    throw std::logic_error("unreachable");
}

TrainingRequest presetRequest(const QString& modelFileName, bool withBaseline) {
    const TrainingPreset& preset = trainingPreset(modelFileName);
    TrainingRequest request;
    request.modelFile = preset.modelFile;
    request.datasetFile = preset.datasetFile;
    request.settings = preset.settings;
    request.withBaseline = withBaseline;
    return request;
}

TrainingSetup preparedSetup(const TrainingRequest& request) {
    PreparedTraining prepared = prepareTraining(request);
    INFO(prepared.problem.toStdString());
    REQUIRE(prepared.setup);
    REQUIRE(prepared.problem.isEmpty());
    return *prepared.setup;
}

std::shared_ptr<const TrainingProgress> resetTo(TrainingSession& session, const TrainingSetup& setup) {
    session.reset(setup);
    REQUIRE(session.waitForSteps(0, 60'000));
    const auto progress = session.progress();
    REQUIRE(progress);
    REQUIRE(progress->main.steps == 0);
    return progress;
}

std::shared_ptr<const TrainingProgress> stepTimes(TrainingSession& session, int steps) {
    REQUIRE(session.progress());
    const long long before = session.progress()->main.steps;
    for (int s = 0; s < steps; ++s)
        session.step();
    REQUIRE(session.waitForSteps(before + steps, 60'000));
    const auto progress = session.progress();
    INFO(progress->main.failure.toStdString());
    REQUIRE(progress->main.failure.isEmpty());
    REQUIRE(progress->main.steps == before + steps);
    return progress;
}

void waitUntilPrepared(TrainingControls& controls) {
    REQUIRE(controls.files().waitUntilIdle(60'000));
    INFO(controls.message().toStdString());
    REQUIRE(controls.session().waitForSteps(0, 60'000));
    REQUIRE(controls.isReady());
}

std::shared_ptr<const TrainingLessonState> stateOf(const TrainingControls& controls) {
    auto state = std::static_pointer_cast<const TrainingLessonState>(controls.state());
    REQUIRE(state);
    REQUIRE(state->progress);
    return state;
}

LessonInput trainingInput(std::shared_ptr<const TrainingProgress> progress, const TrainingChoice& choice, int step) {
    LessonInput input;
    input.step = step;
    input.own = std::make_shared<const TrainingLessonState>(TrainingLessonState{std::move(progress), choice});
    return input;
}

std::vector<double> historyOfFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const nlohmann::json json = nlohmann::json::parse(text.constData(), text.constData() + text.size());
    REQUIRE(json.contains("training"));
    const nlohmann::json& steps = json["training"]["history"];
    std::vector<double> history;
    for (std::size_t s = 0; s < steps.size(); ++s) {
        REQUIRE(steps[s]["step"].get<long long>() == static_cast<long long>(s) + 1);
        history.push_back(steps[s]["loss"].get<double>());
    }
    return history;
}

bool allFinite(const std::vector<double>& values) {
    for (double value : values)
        if (!std::isfinite(value)) return false;
    return true;
}

} // namespace al::test
