#include "core/nn/stack_input.h"

#include "core/attention/positional_encoding.h"
#include "core/nn/embedding.h"

namespace al::nn {

void stackInputForward(const TransformerModel& model, const Slot& embedding, const std::vector<int>& tokens,
                       StackTrace& trace) {
    const int n = int(tokens.size());
    const int d = model.architecture.dModel;
    trace.tokens = tokens;
    trace.embedded = embeddingForward(tokens, model.weights, embedding); // N × d
    switch (model.architecture.positional) {
    case PositionalEncoding::None:
        trace.positional = Matrix::Zero(n, d);
        break;
    case PositionalEncoding::Sinusoidal:
        trace.positional = sinusoidalPositions(n, d);
        break;
    case PositionalEncoding::Learned:
        trace.positional = model.weights.matrix(*model.layout.positional).topRows(n);
        break;
    }
    trace.x = trace.embedded + trace.positional; // N × d
}

void stackInputBackward(const TransformerModel& model, const Slot& embedding, const StackTrace& trace, const Matrix& dX,
                        Tensors& grads) {
    embeddingBackward(dX, trace.tokens, embedding, grads);
    if (model.architecture.positional == PositionalEncoding::Learned)
        grads.matrix(*model.layout.positional).topRows(dX.rows()) += dX;
}

} // namespace al::nn
