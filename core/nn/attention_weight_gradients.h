#pragma once
// Everything the gradient of ONE example says, for the lessons that watch a model learn:
// its mean loss L = −(1/P) Σ log p[target] over its P predicted positions (MATH.md §10),
// the forward pass, ∂L/∂θ for every weight, and ∂L/∂α′ for every attention head.
//
// ∂L/∂α′ of head h is dOutput^h V^hᵀ (R × C), where dOutput^h = ∂L/∂b^h and b^h = α′^h V^h:
// the gradient with each α′_ij taken as a free number, as PyTorch's retain_grad() on the
// softmax's output gives it. At a masked cell (a causal mask's j > i) α′ is 0 and fixed, yet
// the number is reported as computed, not zeroed: it says how the loss would move if that key
// were let in. Only its part along the row's allowed cells reaches the scores (the softmax's
// backward multiplies by α′, 0 at masked cells).
#include "core/base/matrix.h"
#include "core/nn/parameters.h"
#include "core/nn/transformer_backward.h"
#include "core/nn/transformer_model.h"
#include "core/nn/transformer_trace.h"

#include <vector>

namespace al::nn {

// ∂L/∂α′ indexed [layer][sublayer][head] exactly as the trace's
// stack.layers[l].sublayers[s].heads[h].weights (R × C each). A feed-forward sublayer has an
// empty list of heads. `encoder` is empty for a language model, `decoder` for the encoder-only
// tasks (labelling, classification).
struct AttentionWeightGradients {
    std::vector<std::vector<std::vector<Matrix>>> encoder;
    std::vector<std::vector<std::vector<Matrix>>> decoder;
};

struct ExampleGradients {
    double loss = 0;                    // mean over the example's P positions (0 when P = 0)
    TransformerTrace trace;             // the forward pass (teacher-forced for seq2seq), as loss() gives it
    Tensors weights;                    // ∂L/∂θ, in the model's layout
    AttentionWeightGradients attention; // ∂L/∂α′ (empty lists when P = 0: nothing to learn from)
};

// The same numbers as lossAndGradients(model, example, 1/P, zeroed gradients), plus ∂L/∂α′.
ExampleGradients exampleGradients(const TransformerModel& model, const Example& example);

} // namespace al::nn
