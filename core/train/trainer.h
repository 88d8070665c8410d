#pragma once
// Training a Transformer one step at a time (MATH.md §10), built to be driven from outside:
// the command line calls step() in a loop and prints progress; the window calls it on a
// worker thread and is handed snapshots by value. A step either completes or leaves the
// model as it was: a request to stop is honoured between examples (Cancelled), and a loss
// or gradient that is not a finite number stops training (TrainingDiverged) with the
// weights of the last good step, so nothing non-finite is ever written or shown.
#include "core/base/cancellation.h"
#include "core/base/message.h"
#include "core/nn/transformer_backward.h"
#include "core/nn/transformer_model.h"
#include "core/train/optimizer.h"

#include <optional>
#include <stdexcept>
#include <vector>

namespace al::train {

struct TrainingSettings {
    OptimizerSettings optimizer;
    int batch = 16; // B examples per step
};

class TrainingDiverged : public std::runtime_error {
public:
    explicit TrainingDiverged(Message message);
    const Message& problem() const { return problem_; }

private:
    Message problem_;
};

// The state of a run handed out by value (to the window's worker, say): it stays as it was
// however far training goes on.
struct TrainingSnapshot {
    long long steps = 0;                       // steps taken
    std::vector<double> history;               // each step's loss
    nn::TransformerModel model;                // the weights after `steps` steps
    std::optional<nn::TransformerTrace> trace; // a forward pass of the chosen example, when asked
};

// What one step did: the batch's loss before the update (history[s] of FORMATS.md).
struct StepReport {
    long long step = 0; // 0-based index of the step just taken
    double loss = 0;
    int positions = 0; // P of the batch
};

class Trainer {
public:
    // `examples`: the training examples (ids), M ≥ 1 of them. The optimiser starts afresh.
    Trainer(nn::TransformerModel model, std::vector<nn::Example> examples, TrainingSettings settings);

    // One step on batch s = stepsTaken(): the forward and backward passes of its B examples
    // (on every core, in chunks summed in a fixed order, so that the bits never depend on
    // timing or on the number of threads), then the optimiser's update.
    StepReport step(Cancellation& cancellation = neverCancelled());

    long long stepsTaken() const { return steps_; }
    const std::vector<double>& history() const { return history_; } // each step's loss
    const nn::TransformerModel& model() const { return model_; }
    const TrainingSettings& settings() const { return settings_; }

    // A copy of where training stands; with `example` (an index into the training
    // examples), the forward pass of that example with these weights (teacher-forced).
    TrainingSnapshot snapshot(std::optional<int> example = std::nullopt) const;

    // The gradient of the loss of the given examples with respect to every weight, and that
    // loss (token-weighted mean), without a step: what step() computes before its update.
    double lossAndGradients(const std::vector<int>& batch, nn::Tensors& gradients,
                            Cancellation& cancellation = neverCancelled());

private:
    // lossAndGradients with the batch's P: the report of step stepsTaken() before its update.
    StepReport batchLossAndGradients(const std::vector<int>& batch, nn::Tensors& gradients, Cancellation& cancellation);

    nn::TransformerModel model_;
    std::vector<nn::Example> examples_;
    TrainingSettings settings_;
    OptimizerState optimizerState_;
    long long steps_ = 0;
    std::vector<double> history_;
    std::vector<nn::Tensors> chunkGradients_; // one buffer per chunk of a batch
    nn::Tensors gradients_;
};

} // namespace al::train
