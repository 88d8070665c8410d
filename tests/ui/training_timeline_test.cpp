// The timeline of a run: the weights kept from step 0 on, in order, on a regular grid of steps,
// each exactly the trainer's weights after that many steps; bounded however long training
// runs; and a moment chosen on the slider makes the lesson show α′ with that moment's weights.
#include "core/nn/transformer_backward.h"
#include "core/train/evaluation.h"
#include "core/train/timeline.h"
#include "core/train/trainer.h"
#include "tests/app/temporary_folder.h"
#include "tests/ui/main_window_helpers.h"
#include "tests/ui/training_support.h"
#include "tests/ui/transformer_step_checks.h"
#include "ui/lessons/training/training_lesson.h"

#include <catch2/catch.hpp>

#include <QSlider>

#include <algorithm>
#include <fstream>

using namespace al;

namespace {

// α′ of head `head` of the encoder's self-attention in layer `layer`, for `example` under `model`.
Matrix encoderWeights(const nn::TransformerModel& model, const nn::Example& example, int layer, int head) {
    const nn::ExampleResult pass = nn::loss(model, example);
    REQUIRE(pass.trace.encoder);
    const std::vector<nn::SublayerTrace>& sublayers = pass.trace.encoder->layers.at(std::size_t(layer)).sublayers;
    const auto attention = std::find_if(sublayers.begin(), sublayers.end(), [](const nn::SublayerTrace& sublayer) {
        return sublayer.kind == nn::SublayerKind::SelfAttention;
    });
    REQUIRE(attention != sublayers.end());
    return attention->heads.at(std::size_t(head)).weights;
}

// Steps in increasing order from 0, each a multiple of the spacing of the first two.
void requireOrderedGrid(const std::vector<train::Moment>& moments, long long lastStep) {
    REQUIRE_FALSE(moments.empty());
    CHECK(moments.front().step == 0);
    const long long spacing = moments.size() > 1 ? moments[1].step : 1;
    CHECK(spacing >= 1);
    for (std::size_t m = 1; m < moments.size(); ++m) {
        INFO("moment " << m << " at step " << moments[m].step);
        CHECK(moments[m].step > moments[m - 1].step);
        CHECK(moments[m].step % spacing == 0);
        CHECK(moments[m].step <= lastStep);
        CHECK(moments[m].model);
    }
}

} // namespace

TEST_CASE("the training timeline keeps the trainer's own weights from step 0 on, in order",
          "[training][training-timeline]") {
    const TrainingSetup setup = test::preparedSetup(test::presetRequest("i-saw-a-saw.model.json"));
    TrainingSession session;
    test::resetTo(session, setup);
    const auto progress = test::stepTimes(session, 40);
    const RunProgress& run = progress->main;
    requireOrderedGrid(run.snapshots, 40);
    requireOrderedGrid(run.moments, 40);
    CHECK(run.snapshots.size() > 1); // kept more often than evaluated
    CHECK(run.snapshots.size() >= run.moments.size());
    CHECK(run.snapshots.size() <= train::timelineCapacity(*setup.model));
    // The evaluated moments hold both sets' evaluation of their weights.
    const train::Moment& evaluated = run.moments.back();
    const train::Evaluation again = train::evaluate(*evaluated.model, setup.data->train);
    CHECK(evaluated.train.accuracy == again.accuracy);
    CHECK(evaluated.train.loss == again.loss);
    REQUIRE(evaluated.test);
    CHECK(evaluated.test->examples == int(setup.data->test.size()));

    // Each moment's weights are those of the trainer after that many steps, bit for bit.
    train::Trainer trainer(*setup.model, setup.data->train, setup.settings);
    std::size_t next = 0;
    for (long long step = 0; step <= 40 && next < run.snapshots.size(); ++step) {
        if (run.snapshots[next].step == step) {
            INFO("snapshot at step " << step);
            CHECK(run.snapshots[next].model->weights.values() == trainer.model().weights.values());
            ++next;
        }
        if (step < 40) trainer.step();
    }
    CHECK(next == run.snapshots.size());
    CHECK(run.model->weights.values() == trainer.model().weights.values());
    CHECK(*run.history == trainer.history());
}

TEST_CASE("the timeline stays bounded however long training runs", "[training][training-timeline]") {
    // A tiny model on two sentences trains hundreds of steps in a moment: enough to fill the
    // timeline and thin it.
    const test::TemporaryFolder folder("training-timeline-bounded");
    const std::string dataset = folder / "tiny.dataset.json";
    std::ofstream(dataset) << R"({"format": "attention-lab/dataset@1", "title": "tiny", "task": "labelling",
        "train": [{"input": ["a", "b"], "target": ["X", "Y"]}, {"input": ["b", "a"], "target": ["Y", "X"]}]})";
    TrainingRequest request;
    request.datasetFile = QString::fromStdString(dataset);
    nn::Architecture architecture;
    architecture.dModel = 4;
    architecture.heads = 1;
    architecture.dFF = 4;
    architecture.encoderLayers = 1;
    request.architecture = architecture;
    request.settings.batch = 2;
    const TrainingSetup setup = test::preparedSetup(request);
    const std::size_t capacity = train::timelineCapacity(*setup.model);
    TrainingSession session;
    test::resetTo(session, setup);
    session.train();
    const long long wanted = 4 * static_cast<long long>(capacity) + 10;
    REQUIRE(session.waitForSteps(wanted, 60'000));
    session.pause();
    REQUIRE(test::settleUntil([&] { return !session.progress()->running; }, 30'000));
    const RunProgress& run = session.progress()->main;
    INFO("capacity " << capacity << ", steps " << run.steps);
    CHECK(run.snapshots.size() <= capacity);
    CHECK(run.moments.size() <= capacity);
    CHECK(run.snapshots.size() >= capacity / 2); // thinned, not emptied
    requireOrderedGrid(run.snapshots, run.steps);
    requireOrderedGrid(run.moments, run.steps);
    CHECK(run.snapshots.back().step > run.steps / 2); // the grid reaches where training is
}

TEST_CASE("a moment chosen on the training timeline shows α′ with that moment's weights",
          "[training][training-timeline]") {
    TrainingControls controls;
    controls.setRequest(test::presetRequest("i-saw-a-saw.model.json"));
    test::waitUntilPrepared(controls);
    test::stepTimes(controls.session(), 50);
    REQUIRE(test::settleUntil([&] { return test::stateOf(controls)->progress->main.steps == 50; }));
    const auto progress = test::stateOf(controls)->progress;
    const auto& snapshots = progress->main.snapshots;
    REQUIRE(snapshots.size() >= 3);
    const int chosen = int(snapshots.size()) / 2;
    const train::Moment& moment = snapshots[std::size_t(chosen)];
    REQUIRE(moment.step > 0);
    REQUIRE(moment.step < 50);

    // The slider: one notch per moment and "now" at the right end; dragged to the moment.
    auto* slider = controls.findChild<QSlider*>("timeline");
    REQUIRE(slider);
    CHECK(slider->maximum() == int(snapshots.size()));
    CHECK(slider->value() == slider->maximum());
    slider->setValue(chosen);
    CHECK(controls.choice().moment == chosen);
    TrainingChoice choice = controls.choice();
    choice.example = 3;
    choice.layer = 1;
    choice.head = 1;
    controls.setChoice(choice);
    const auto state = test::stateOf(controls);
    CHECK(state->choice.moment == chosen);

    const TrainingLesson lesson;
    const nn::Example& example = progress->setup.data->train[3];
    const StepContent train = lesson.describe(test::trainingInput(progress, state->choice, 0), neverCancelled());
    test::requireEqual(test::heatmapOf(train, "attention"), encoderWeights(*moment.model, example, 1, 1));
    CHECK(train.figures["step"].toLongLong() == moment.step);
    const ChartData* loss = test::chartOf(train, "loss");
    REQUIRE(loss);
    CHECK(loss->series.back().x == QVector<double>{double(moment.step), double(moment.step)}); // the mark

    // Step 3: before (step 0) beside the moment chosen.
    const StepContent timeline = lesson.describe(test::trainingInput(progress, state->choice, 2), neverCancelled());
    test::requireEqual(test::heatmapOf(timeline, "before"), encoderWeights(*snapshots.front().model, example, 1, 1));
    test::requireEqual(test::heatmapOf(timeline, "after"), encoderWeights(*moment.model, example, 1, 1));
    CHECK(timeline.figures["largest change"].toDouble() > 0);

    // Back at the right end: the weights of now; beyond the moments kept: now too.
    for (int now : {-1, int(snapshots.size()) + 5}) {
        choice.moment = now;
        const StepContent shown = lesson.describe(test::trainingInput(progress, choice, 0), neverCancelled());
        test::requireEqual(test::heatmapOf(shown, "attention"), encoderWeights(*progress->main.model, example, 1, 1));
        CHECK(shown.figures["step"].toLongLong() == 50);
    }
    slider->setValue(slider->maximum());
    CHECK(controls.choice().moment == -1);
}
