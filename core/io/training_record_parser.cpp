#include "core/io/training_record_parser.h"

#include "core/base/translatable.h"

#include <limits>

namespace al {

namespace {

double nonNegative(const JsonField& field) {
    const double value = field.number();
    if (!(value >= 0))
        field.fail(message(QT_TRANSLATE_NOOP("Message", "expected a number ≥ 0, got %1"), field.json().dump()));
    return value;
}

double fraction(const JsonField& field) {
    const double value = field.number();
    if (!(value >= 0 && value <= 1))
        field.fail(
            message(QT_TRANSLATE_NOOP("Message", "expected an accuracy from 0 to 1, got %1"), field.json().dump()));
    return value;
}

// [{"step": 1, "loss": L₀}, {"step": 2, "loss": L₁}, …]: history[s] is the loss of step s.
std::vector<double> parseHistory(const JsonField& history, int steps) {
    const std::size_t count = history.arraySize();
    if (count != std::size_t(steps))
        history.fail(message(QT_TRANSLATE_NOOP("Message", "expected one entry per step (%1), got %2"), steps, count));
    std::vector<double> losses;
    losses.reserve(count);
    for (std::size_t s = 0; s < count; ++s) {
        const JsonField entry = history.at(s);
        entry.allowOnly({"step", "loss"});
        const int step = entry["step"].integer(1, std::numeric_limits<int>::max());
        if (std::size_t(step) != s + 1)
            entry["step"].fail(
                message(QT_TRANSLATE_NOOP("Message", "expected step %1 (steps in order from 1), got %2"), s + 1, step));
        losses.push_back(nonNegative(entry["loss"]));
    }
    return losses;
}

} // namespace

nn::TrainingRecord parseTrainingRecord(const JsonField& block) {
    block.allowOnly({"dataset", "optimizer", "learning_rate", "momentum", "weight_decay", "batch", "steps", "seed",
                     "history", "accuracy"});
    nn::TrainingRecord record;
    record.dataset = block["dataset"].string();
    record.optimizer = parseEnum<nn::Optimizer>(block["optimizer"], nn::parseOptimizer, "sgd, adam");
    record.learningRate = nonNegative(block["learning_rate"]);
    if (auto momentum = block.optional("momentum")) record.momentum = nonNegative(*momentum);
    if (auto decay = block.optional("weight_decay")) record.weightDecay = nonNegative(*decay);
    record.batch = block["batch"].integer(1, std::numeric_limits<int>::max());
    record.steps = block["steps"].integer(0, std::numeric_limits<int>::max());
    record.seed = block["seed"].unsignedInteger();
    record.history = parseHistory(block["history"], record.steps);
    if (auto accuracy = block.optional("accuracy")) {
        accuracy->allowOnly({"train", "test"});
        if (auto train = accuracy->optional("train")) record.trainAccuracy = fraction(*train);
        if (auto test = accuracy->optional("test")) record.testAccuracy = fraction(*test);
    }
    return record;
}

} // namespace al
