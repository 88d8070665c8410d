// The training session: it steps only when asked (one step, or on until paused), a reset goes
// back to step 0 as a new run, the feed-forward baseline trains step for step beside the
// model without attention and without positions, a learning rate that makes the loss blow up
// stops training with the last good weights and says why, and a session destroyed while it
// trains lets go at once.
#include "tests/ui/main_window_helpers.h"
#include "tests/ui/training_support.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <cmath>

using namespace al;

namespace {

// The progress once the session is paused and the step under way, if any, handed over.
std::shared_ptr<const TrainingProgress> pausedProgress(TrainingSession& session) {
    session.pause();
    REQUIRE(test::settleUntil([&] { return !session.progress()->running; }, 30'000));
    CHECK_FALSE(session.isRunning());
    return session.progress();
}

} // namespace

TEST_CASE("a training session steps only when asked and stops when paused", "[training][training-session]") {
    const TrainingSetup setup = test::preparedSetup(test::presetRequest("negation.model.json"));
    TrainingSession session;
    const auto start = test::resetTo(session, setup);
    CHECK(start->run == 1);
    CHECK_FALSE(start->running);
    CHECK(start->main.history->empty());
    CHECK_FALSE(start->baseline);
    // Step 0: the weights the setup starts from, evaluated once.
    CHECK(start->main.model->weights.values() == setup.model->weights.values());
    REQUIRE(start->main.moments.size() == 1);
    CHECK(start->main.moments.front().step == 0);
    CHECK(start->main.moments.front().train.examples == int(setup.data->train.size()));
    test::settle(200);
    CHECK(session.progress()->main.steps == 0); // nothing asked, nothing trained

    auto progress = test::stepTimes(session, 3);
    CHECK(progress->main.history->size() == 3);
    test::settle(150);
    CHECK(session.progress()->main.steps == 3);

    session.train();
    CHECK(session.isRunning());
    REQUIRE(session.waitForSteps(13, 60'000));
    progress = pausedProgress(session);
    const long long paused = progress->main.steps;
    CHECK(paused >= 13);
    CHECK(progress->main.history->size() == std::size_t(paused));
    test::settle(250);
    CHECK(session.progress()->main.steps == paused); // paused stays paused
    // Train again: it goes on from where it paused.
    session.train();
    REQUIRE(session.waitForSteps(paused + 4, 60'000));
    progress = pausedProgress(session);
    CHECK(progress->main.steps >= paused + 4);
    CHECK(progress->main.history->size() == std::size_t(progress->main.steps));
}

TEST_CASE("a reset goes back to step 0 as a new run, even while training", "[training][training-session]") {
    const TrainingSetup setup = test::preparedSetup(test::presetRequest("negation.model.json"));
    TrainingSession session;
    const auto first = test::resetTo(session, setup);
    test::stepTimes(session, 4);
    const auto second = test::resetTo(session, setup);
    CHECK(second->run == first->run + 1);
    CHECK(second->main.history->empty());
    CHECK(second->main.model->weights.values() == setup.model->weights.values());
    REQUIRE(second->main.snapshots.size() == 1);
    CHECK(second->main.snapshots.front().step == 0);
    // The same steps again give the same losses: the run is deterministic.
    const auto again = test::stepTimes(session, 4);
    session.reset(setup);
    REQUIRE(session.waitForSteps(0));
    REQUIRE(session.progress()->main.steps == 0);
    const auto third = test::stepTimes(session, 4);
    CHECK(*third->main.history == *again->main.history);

    session.train();
    REQUIRE(session.waitForSteps(8, 60'000));
    session.reset(setup); // while training: paused, back to step 0
    REQUIRE(session.waitForSteps(0, 60'000));
    CHECK(session.progress()->run == third->run + 1);
    CHECK_FALSE(session.isRunning());
    test::settle(200);
    CHECK(session.progress()->main.steps == 0);
    CHECK_FALSE(session.progress()->running);
}

TEST_CASE("the baseline of a training session trains step for step without attention and without positions",
          "[training][training-session]") {
    const TrainingSetup setup = test::preparedSetup(test::presetRequest("i-saw-a-saw.model.json", true));
    REQUIRE(setup.withBaseline);
    TrainingSession session;
    const auto start = test::resetTo(session, setup);
    REQUIRE(start->baseline);
    CHECK(start->baseline->steps == 0);
    REQUIRE(start->baseline->moments.size() == 1);
    const auto progress = test::stepTimes(session, 6);
    REQUIRE(progress->baseline);
    const RunProgress& baseline = *progress->baseline;
    CHECK(baseline.steps == 6);
    CHECK(baseline.history->size() == 6);
    CHECK(test::allFinite(*baseline.history));
    CHECK(*baseline.history != *progress->main.history); // another model, trained on its own
    const nn::TransformerModel& model = *baseline.model;
    CHECK_FALSE(model.architecture.attention);
    CHECK(model.architecture.positional == PositionalEncoding::None);
    CHECK_FALSE(model.layout.positional);
    for (const auto& layer : model.layout.encoder)
        CHECK_FALSE(layer.selfAttention);
    CHECK(model.vocabulary == setup.model->vocabulary);
    CHECK(model.outputs == setup.model->outputs);
    CHECK(model.architecture.dModel == setup.model->architecture.dModel);
    // The model beside it keeps its attention and positions.
    CHECK(progress->main.model->architecture.attention);
    CHECK(progress->main.model->architecture.positional == PositionalEncoding::Sinusoidal);
    // Without the baseline asked for, none trains.
    TrainingSetup alone = setup;
    alone.withBaseline = false;
    CHECK_FALSE(test::resetTo(session, alone)->baseline);
}

TEST_CASE("a learning rate that makes the loss blow up stops training and nothing shown is NaN",
          "[training][training-session]") {
    TrainingRequest request = test::presetRequest("i-saw-a-saw.model.json");
    request.settings.optimizer.kind = nn::Optimizer::Sgd;
    request.settings.optimizer.learningRate = 1e6;
    TrainingSession session;
    test::resetTo(session, test::preparedSetup(request));
    session.train();
    REQUIRE(session.waitForSteps(60, 60'000));
    REQUIRE(test::settleUntil([&] { return !session.isRunning(); }, 30'000));
    const auto progress = session.progress();
    const RunProgress& main = progress->main;
    INFO(main.failure.toStdString());
    CHECK(main.failure.contains("finite"));
    CHECK(main.failure.contains("learning rate"));
    CHECK(main.steps < 60);
    CHECK(main.history->size() == std::size_t(main.steps));
    CHECK(test::allFinite(*main.history));
    CHECK(test::allFinite(main.model->weights.values()));
    for (const train::Moment& moment : main.snapshots)
        CHECK(test::allFinite(moment.model->weights.values()));
    // Stopped for good: neither a step nor Train moves it.
    session.step();
    session.train();
    test::settle(200);
    CHECK(session.progress()->main.steps == main.steps);
    CHECK_FALSE(session.isRunning());
}

TEST_CASE("a training session destroyed while it trains or starts lets go at once", "[training][training-session]") {
    const TrainingSetup labelling = test::preparedSetup(test::presetRequest("i-saw-a-saw.model.json", true));
    auto* session = new TrainingSession;
    test::resetTo(*session, labelling);
    session->train();
    REQUIRE(session->waitForSteps(3, 60'000));
    QElapsedTimer clock;
    clock.start();
    delete session;
    CHECK(clock.elapsed() < 3000);

    // Destroyed while step 0 is evaluated (seq2seq: a greedy generation of every example).
    const TrainingSetup seq2seq = test::preparedSetup(test::presetRequest("reverse.model.json"));
    session = new TrainingSession;
    session->reset(seq2seq);
    clock.restart();
    delete session;
    CHECK(clock.elapsed() < 3000);
}
