#pragma once
// What comes out of the model, per task (MATH.md §9): the generator Linear on the last
// stack's output rows h (the decoder's when there is one, else the encoder's):
//   labelling        logitsᵢ = W_g hᵢ + b_g            (N × C: one label per position)
//   classification   logits = W_g mean_i(hᵢ) + b_g     (1 × C: mean pooling)
//   seq2seq, language model: as labelling, on the decoder's rows
// then probabilities = softmax of each row, predictions = each row's argmax.
#include "core/nn/transformer_model.h"
#include "core/nn/transformer_trace.h"

#include <vector>

namespace al::nn {

// The row's largest entry; the lowest index on a tie.
int argmaxLowest(const Eigen::Ref<const RowVector>& row);

// The rows the generator reads: the decoder's output, or the encoder's (N × d).
const Matrix& headInput(const TransformerTrace& trace);

// Fills trace.pooled (classification), trace.logits, trace.probabilities and
// trace.predictions from the stacks already in `trace`.
void taskHeadForward(const TransformerModel& model, TransformerTrace& trace);

// dLogits R × C, the gradient of trace.logits. Adds the generator's gradients into `grads`
// and returns the gradient of headInput(trace) (N × d); mean pooling spreads the pooled
// row's gradient over the N rows, 1/N each.
Matrix taskHeadBackward(const TransformerModel& model, const TransformerTrace& trace, const Matrix& dLogits,
                        Tensors& grads);

} // namespace al::nn
