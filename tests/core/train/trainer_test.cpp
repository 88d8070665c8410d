// The trainer as the window will drive it: a step is whole or not at all (a cancel, an
// overflowing loss), the bits do not depend on the number of threads, and a snapshot is a
// value that later steps leave alone.
#include "core/base/cancellation.h"
#include "core/io/dataset_loader.h"
#include "core/io/dataset_pairing.h"
#include "core/io/transformer_loader.h"
#include "core/train/batches.h"
#include "core/train/trainer.h"
#include "tests/support/transformer_golden.h"

#include <catch2/catch.hpp>

#include <omp.h>

using namespace al;

namespace {

struct Fixture {
    nn::TransformerModel model;
    std::vector<nn::Example> examples;
};

Fixture labelling() {
    const auto folder = test::transformerGoldenFolder();
    Fixture f{loadTransformer(folder / "labelling-post-relu-sinusoidal.model.json"), {}};
    const std::string dataset = (folder / "labelling-post-relu-sinusoidal.dataset.json").string();
    f.examples = pairExamples(f.model, loadDataset(dataset), DatasetSplit::Train, dataset);
    return f;
}

train::TrainingSettings adam(double learningRate, int batch) {
    train::TrainingSettings settings;
    settings.optimizer.kind = nn::Optimizer::Adam;
    settings.optimizer.learningRate = learningRate;
    settings.batch = batch;
    return settings;
}

} // namespace

TEST_CASE("step s takes the examples (s·B + b) mod M in file order", "[train]") {
    CHECK(train::batchOf(0, 4, 6) == std::vector<int>{0, 1, 2, 3});
    CHECK(train::batchOf(1, 4, 6) == std::vector<int>{4, 5, 0, 1});
    CHECK(train::batchOf(2, 4, 6) == std::vector<int>{2, 3, 4, 5});
    CHECK(train::batchOf(5, 3, 2) == std::vector<int>{1, 0, 1});
}

TEST_CASE("the same run gives the same bits on one thread and on several", "[train]") {
    const Fixture f = labelling();
    auto run = [&](int threads) {
        omp_set_num_threads(threads);
        train::Trainer trainer(f.model, f.examples, adam(0.01, 5));
        for (int s = 0; s < 6; ++s)
            trainer.step();
        return std::pair{trainer.history(), trainer.model().weights.values()};
    };
    const int threads = omp_get_max_threads();
    const auto one = run(1);
    const auto several = run(std::max(2, threads));
    omp_set_num_threads(threads);
    CHECK(one.first == several.first);
    CHECK(one.second == several.second);
    CHECK(one.first.back() < one.first.front()); // and it learns
}

TEST_CASE("a step asked to stop leaves the weights, the optimiser and the history as they were", "[train]") {
    const Fixture f = labelling();
    train::Trainer trainer(f.model, f.examples, adam(0.01, 4));
    trainer.step();
    const auto weights = trainer.model().weights.values();
    Cancellation stop;
    stop.requestStop();
    CHECK_THROWS_AS(trainer.step(stop), Cancelled);
    CHECK(trainer.stepsTaken() == 1);
    CHECK(trainer.history().size() == 1);
    CHECK(trainer.model().weights.values() == weights);
    // The run goes on exactly as one that was never interrupted.
    train::Trainer straight(f.model, f.examples, adam(0.01, 4));
    straight.step();
    CHECK(trainer.step().loss == straight.step().loss);
    CHECK(trainer.model().weights.values() == straight.model().weights.values());
}

TEST_CASE("a loss that overflows stops training with the last good weights and a message", "[train]") {
    const Fixture f = labelling();
    train::TrainingSettings settings;
    settings.optimizer.kind = nn::Optimizer::Sgd;
    settings.optimizer.learningRate = 1e300;
    settings.batch = 4;
    train::Trainer trainer(f.model, f.examples, settings);
    std::vector<double> lastGood;
    bool stopped = false;
    for (int s = 0; s < 20 && !stopped; ++s) {
        lastGood = trainer.model().weights.values();
        try {
            trainer.step();
        } catch (const train::TrainingDiverged& diverged) {
            stopped = true;
            CHECK(std::string(diverged.what()).find("finite") != std::string::npos);
            CHECK(trainer.model().weights.values() == lastGood);
        }
    }
    REQUIRE(stopped);
    for (double loss : trainer.history())
        CHECK(std::isfinite(loss));
    for (double w : trainer.model().weights.values())
        CHECK(std::isfinite(w));
}

TEST_CASE("a snapshot is a value: later steps leave it as it was", "[train]") {
    const Fixture f = labelling();
    train::Trainer trainer(f.model, f.examples, adam(0.01, 4));
    trainer.step();
    trainer.step();
    const train::TrainingSnapshot snapshot = trainer.snapshot(3);
    const auto weights = snapshot.model.weights.values();
    REQUIRE(snapshot.trace);
    CHECK(snapshot.steps == 2);
    CHECK(snapshot.history == trainer.history());
    CHECK(snapshot.trace->logits.rows() == int(f.examples[3].input.size()));
    trainer.step();
    CHECK(snapshot.model.weights.values() == weights);
    CHECK(trainer.model().weights.values() != weights);
    CHECK(snapshot.history.size() == 2);
    CHECK_FALSE(trainer.snapshot().trace);
}
