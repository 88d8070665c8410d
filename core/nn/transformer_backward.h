#pragma once
// The exact gradient of the cross-entropy loss with respect to every weight (MATH.md §10),
// by a backward pass for each forward pass, written by hand, in reverse order:
//   logits → generator → (mean pooling) → final LayerNorm → layers, last first, each
//   sublayer's Add & Norm → attention / feed-forward → positions and embedding (scatter-add).
#include "core/nn/parameters.h"
#include "core/nn/transformer_model.h"
#include "core/nn/transformer_trace.h"

#include <vector>

namespace al::nn {

// One training example as ids (MATH.md §9 "What comes out"):
//   labelling       input N ids, target N label ids (one per input position)
//   classification  input N ids, target 1 label id
//   seq2seq         input N ids, target T output ids without <bos>/<eos>; the decoder reads
//                   [<bos>, y₁ … y_T] and row j predicts [y₁ … y_T, <eos>]ⱼ (teacher forcing)
//   language_model  input N ids, no target; row i predicts input[i + 1] (N − 1 positions)
struct Example {
    std::vector<int> input;
    std::vector<int> target;
};

// P: how many positions of the example are predicted (the loss's denominator adds them up).
int predictedPositions(const TransformerModel& model, const Example& example);

struct ExampleResult {
    double lossSum = 0;     // −Σ log p[target] over the example's predicted positions
    int positions = 0;      // P of this example
    int correct = 0;        // predicted positions whose argmax is the target (for seq2seq these are
                            // teacher-forced; its accuracy of MATH.md §10 comes from generate())
    TransformerTrace trace; // the forward pass (teacher-forced for seq2seq)
};

struct AttentionWeightGradients; // attention_weight_gradients.h

// Runs the example forward and ADDS scale · ∂lossSum/∂θ into `gradients` (the model's
// layout). A batch of P positions in all calls this with scale = 1/P for each example.
// With `attention`, it also SETS scale · ∂lossSum/∂α′ of every head there.
ExampleResult lossAndGradients(const TransformerModel& model, const Example& example, double scale, Tensors& gradients,
                               AttentionWeightGradients* attention = nullptr);

// The same forward pass and loss, without gradients (evaluation).
ExampleResult loss(const TransformerModel& model, const Example& example);

} // namespace al::nn
