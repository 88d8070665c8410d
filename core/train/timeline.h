#pragma once
// Moments of a training run kept for scrubbing back through it: the weights and both sets'
// evaluations at step 0 and every `interval` steps. Memory stays bounded however long
// training runs: when more than `capacity` moments would be held, the interval doubles and
// only step 0 and the multiples of the new interval stay.
// Which steps are held depends only on how many steps were taken (and the two numbers the
// timeline was made with), never on timing:
//
//   capacity 4, first interval 10:   0 10 20 30  →  step 40 is due: 0 20 40  (interval 20)
//                                     → 60 → 0 20 40 60 → step 80 is due: 0 40 80 (interval 40) …
#include "core/nn/transformer_backward.h"
#include "core/nn/transformer_model.h"
#include "core/train/evaluation.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace al::train {

struct Moment {
    long long step = 0;                                // steps taken when it was recorded
    std::shared_ptr<const nn::TransformerModel> model; // the weights then (shared, never changed)
    Evaluation train;
    std::optional<Evaluation> test; // absent when the dataset has no test examples
};

class Timeline {
public:
    // firstInterval ≥ 1 steps between moments at first; capacity ≥ 2 moments held at most.
    Timeline(long long firstInterval, std::size_t capacity);

    // Whether add() would keep a moment taken after `stepsTaken` steps: a step after the last
    // one held, on the grid of `interval` steps, or of 2·interval when the timeline is full
    // (adding it then thins the others to that grid). The caller evaluates only when due.
    bool isDue(long long stepsTaken) const;

    // Keeps the moment when isDue(moment.step), thinning the others first when full; ignores
    // it otherwise. Returns whether it was kept.
    bool add(Moment moment);

    const std::vector<Moment>& moments() const { return moments_; } // by step, step 0 first
    long long interval() const { return interval_; }
    std::size_t capacity() const { return capacity_; }

private:
    long long interval_;
    std::size_t capacity_;
    std::vector<Moment> moments_;
};

// How many moments of this model fit in the timeline's memory budget (64 MB of weights),
// at least 16 and at most 256.
std::size_t timelineCapacity(const nn::TransformerModel& model);

// How many steps apart to evaluate both sets so that evaluating costs about a tenth of the
// training time, estimated from the rows the passes compute, never from a clock: a step is B
// examples forward and backward (≈ 3 forward passes); an evaluation is every train and test
// example forward once, and for seq2seq also its greedy generation (one decoder pass per
// token, evaluation.h). At least 1.
long long evaluationInterval(const nn::TransformerModel& model, const std::vector<nn::Example>& train,
                             const std::vector<nn::Example>& test, int batch);

} // namespace al::train
