// The optimisers of MATH.md §10 against torch.optim (golden data from
// tests/tools/make_optimizer_golden.py): five steps each, every weight after every step.
#include "core/train/optimizer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>

using namespace al;
using nlohmann::json;

TEST_CASE("sgd, sgd with momentum and weight decay, adam and adamw step as torch.optim does", "[train]") {
    std::ifstream file(std::string(ATTENTION_LAB_SOURCE_DIR) + "/tests/data/golden/train/optimizers.json");
    REQUIRE(file.good());
    const json golden = json::parse(file);
    REQUIRE(golden["cases"].size() == 4);
    for (const json& c : golden["cases"]) {
        train::OptimizerSettings settings;
        settings.kind = *nn::parseOptimizer(c["optimizer"].get<std::string>());
        settings.learningRate = c["learning_rate"];
        settings.momentum = c["momentum"];
        settings.weightDecay = c["weight_decay"];
        train::OptimizerState state;
        std::vector<double> weights = c["initial"];
        double largest = 0;
        for (std::size_t step = 0; step < c["gradients"].size(); ++step) {
            train::optimizerStep(settings, state, weights, c["gradients"][step].get<std::vector<double>>());
            const std::vector<double> expected = c["after"][step];
            for (std::size_t i = 0; i < weights.size(); ++i)
                largest = std::max(largest, std::abs(weights[i] - expected[i]));
        }
        INFO(c["torch"].get<std::string>() << ": largest difference from torch.optim " << largest);
        CHECK(largest < 1e-13);
        CHECK(state.steps == 5);
    }
}

TEST_CASE("an optimiser with a zero gradient changes nothing but weight decay", "[train]") {
    std::vector<double> weights{1.0, -2.0, 0.5};
    const std::vector<double> zero(3, 0.0);
    for (const auto kind : {nn::Optimizer::Sgd, nn::Optimizer::Adam}) {
        train::OptimizerSettings settings;
        settings.kind = kind;
        settings.momentum = 0.9;
        train::OptimizerState state;
        std::vector<double> w = weights;
        train::optimizerStep(settings, state, w, zero);
        CHECK(w == weights);
        settings.weightDecay = 0.5;
        settings.learningRate = 0.1;
        train::optimizerStep(settings, state, w, zero);
        // sgd: θ − η·λθ; adamw: θ(1 − ηλ) and a zero moment: both 0.95 θ.
        for (std::size_t i = 0; i < w.size(); ++i)
            CHECK(w[i] == Approx(0.95 * weights[i]).epsilon(1e-15));
    }
}
