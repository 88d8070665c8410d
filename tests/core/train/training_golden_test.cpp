// Training against PyTorch (tests/data/golden/transformer/*.training.json, made with autograd
// and torch.optim): every step's loss, the final weights and the accuracies of MATH.md §10.
// Weights agree to 1e-9 and not tighter: under Adam, the key biases' gradient (exactly zero
// in exact arithmetic) is rounding noise of ~1e-17 in both, which Adam turns into steps.
#include "core/io/dataset_loader.h"
#include "core/io/dataset_pairing.h"
#include "core/io/transformer_loader.h"
#include "core/train/evaluation.h"
#include "core/train/trainer.h"
#include "tests/support/transformer_golden.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <iostream>

using namespace al;
using nlohmann::json;

TEST_CASE("training runs reproduce torch.optim's losses, weights and accuracies", "[train][golden]") {
    int runs = 0;
    for (const auto& golden : test::transformerGoldenCases()) {
        if (!golden.has("training")) continue;
        INFO("golden case " << golden.name);
        ++runs;
        const json reference = test::readJson(golden.file("training"));
        const nn::TransformerModel model = loadTransformer(golden.file("model"));
        const nn::Dataset dataset = loadDataset(golden.file("dataset"));
        const std::string datasetFile = golden.file("dataset").string();
        const auto trainSet = pairExamples(model, dataset, DatasetSplit::Train, datasetFile);
        const auto testSet = pairExamples(model, dataset, DatasetSplit::Test, datasetFile);

        train::TrainingSettings settings;
        // The golden runs name torch's class: AdamW is Adam with a weight decay (MATH.md §10).
        const std::string optimizer = reference["optimizer"];
        settings.optimizer.kind = optimizer == "sgd" ? nn::Optimizer::Sgd : nn::Optimizer::Adam;
        CHECK((optimizer == "sgd" || optimizer == "adam" || optimizer == "adamw"));
        settings.optimizer.learningRate = reference["learning_rate"];
        settings.optimizer.momentum = reference["momentum"];
        settings.optimizer.weightDecay = reference["weight_decay"];
        settings.batch = reference["batch"];
        train::Trainer trainer(model, trainSet, settings);
        const int steps = reference["steps"];
        double lossDifference = 0;
        for (int s = 0; s < steps; ++s) {
            const double loss = trainer.step().loss;
            lossDifference = std::max(lossDifference, std::abs(loss - reference["history"][s].get<double>()));
        }
        double weightDifference = 0;
        for (const nn::NamedSlot& slot : trainer.model().weights.layout().entries()) {
            const json& expected = reference["weights"][slot.name];
            const auto ours = trainer.model().weights.matrix(slot.slot);
            for (int r = 0; r < slot.slot.rows; ++r)
                for (int c = 0; c < slot.slot.cols; ++c) {
                    const double e = slot.slot.isVector ? expected[r].get<double>() : expected[r][c].get<double>();
                    weightDifference = std::max(weightDifference, std::abs(ours(r, c) - e));
                }
        }
        const auto trained = train::evaluate(trainer.model(), trainSet);
        const auto tested = train::evaluate(trainer.model(), testSet);
        std::cout << "training golden " << golden.name << " (" << reference["optimizer"].get<std::string>()
                  << "): largest loss difference " << lossDifference << ", weight difference " << weightDifference
                  << '\n';
        CHECK(lossDifference < 1e-10);
        CHECK(weightDifference < 1e-9);
        CHECK(trained.accuracy == Approx(reference["accuracy"]["train"].get<double>()).margin(1e-12));
        CHECK(tested.accuracy == Approx(reference["accuracy"]["test"].get<double>()).margin(1e-12));
    }
    CHECK(runs >= 4);
}
