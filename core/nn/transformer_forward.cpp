#include "core/nn/transformer_forward.h"

#include "core/nn/stack.h"
#include "core/nn/task_head.h"

namespace al::nn {

TransformerTrace forwardPass(const TransformerModel& model, const std::vector<int>& input,
                             const std::vector<int>& decoderInput) {
    TransformerTrace trace;
    trace.task = model.task;
    switch (model.task) {
    case Task::Labelling:
    case Task::Classification:
        trace.encoder = stackForward(model, encoderStack(model), input, nullptr);
        break;
    case Task::Seq2Seq: // the decoder's cross-attention reads the encoder's output
        trace.encoder = stackForward(model, encoderStack(model), input, nullptr);
        trace.decoder = stackForward(model, decoderStack(model), decoderInput, &trace.encoder->output);
        break;
    case Task::LanguageModel:
        trace.decoder = stackForward(model, decoderStack(model), input, nullptr);
        break;
    }
    taskHeadForward(model, trace);
    return trace;
}

} // namespace al::nn
