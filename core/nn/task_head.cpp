#include "core/nn/task_head.h"

#include "core/nn/cross_entropy.h"
#include "core/nn/linear.h"

namespace al::nn {

int argmaxLowest(const Eigen::Ref<const RowVector>& row) {
    int best = 0;
    for (int c = 1; c < int(row.size()); ++c)
        if (row[c] > row[best]) best = c; // strictly greater: an equal later entry never wins
    return best;
}

const Matrix& headInput(const TransformerTrace& trace) {
    return trace.decoder ? trace.decoder->output : trace.encoder->output;
}

void taskHeadForward(const TransformerModel& model, TransformerTrace& trace) {
    const Matrix& h = headInput(trace); // N × d
    if (model.task == Task::Classification) {
        trace.pooled = h.colwise().mean(); // 1 × d
        trace.logits = linearForward(trace.pooled, model.weights, model.layout.generator);
    } else {
        trace.logits = linearForward(h, model.weights, model.layout.generator); // N × C
    }
    trace.probabilities = softmaxRows(trace.logits);
    trace.predictions.resize(std::size_t(trace.logits.rows()));
    for (int r = 0; r < int(trace.logits.rows()); ++r)
        trace.predictions[std::size_t(r)] = argmaxLowest(trace.logits.row(r));
}

Matrix taskHeadBackward(const TransformerModel& model, const TransformerTrace& trace, const Matrix& dLogits,
                        Tensors& grads) {
    const Matrix& h = headInput(trace); // N × d
    if (model.task != Task::Classification)
        return linearBackward(dLogits, h, model.weights, model.layout.generator, grads);

    const Matrix dPooled = linearBackward(dLogits, trace.pooled, model.weights, model.layout.generator, grads); // 1 × d
    // pooled = (1/N) Σᵢ hᵢ: every row gets dPooled / N.
    return (dPooled / double(h.rows())).replicate(h.rows(), 1);
}

} // namespace al::nn
