#pragma once
// How well a model does on a list of examples (MATH.md §10): the token-weighted mean
// cross-entropy, and the accuracy of its task — labelling: the fraction of positions;
// classification: of examples; seq2seq: of examples whose greedy generation is exactly the
// target followed by <eos>; language_model: of next-token predictions.
#include "core/base/cancellation.h"
#include "core/nn/transformer_backward.h"
#include "core/nn/transformer_model.h"

#include <vector>

namespace al::train {

struct Evaluation {
    double loss = 0;     // −(1/P) Σ log p[target]; 0 with no example
    double accuracy = 0; // in [0, 1]; 0 with no example
    int positions = 0;   // P
    int examples = 0;
};

Evaluation evaluate(const nn::TransformerModel& model, const std::vector<nn::Example>& examples,
                    Cancellation& cancellation = neverCancelled());

// Whether greedy generation gives exactly the target followed by <eos> (seq2seq).
bool generatesTarget(const nn::TransformerModel& model, const nn::Example& example);

} // namespace al::train
