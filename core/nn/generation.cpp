// Greedy generation (MATH.md §9 "Generation" and "One pass holds every step of generation").
#include "core/nn/stack.h"
#include "core/nn/task_head.h"
#include "core/nn/transformer_forward.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace al::nn {

int outputId(const TransformerModel& model, std::string_view token) {
    const std::vector<std::string>& tokens = model.task == Task::LanguageModel ? model.vocabulary : model.outputs;
    const auto found = std::find(tokens.begin(), tokens.end(), token);
    return found == tokens.end() ? -1 : int(found - tokens.begin());
}

TransformerTrace generate(const TransformerModel& model, const std::vector<int>& input) {
    if (!hasDecoder(model.task))
        return forwardPass(model, input); // one label per position or sequence: nothing to generate

    const int maxLength = model.architecture.maxLength;
    const int eos = outputId(model, "<eos>"); // −1: a language model without <eos> stops at max_length only
    std::vector<int> reads;                   // what the decoder reads
    TransformerTrace trace;
    trace.task = model.task;
    trace.wasGenerated = true;
    if (model.task == Task::Seq2Seq) {
        const int bos = outputId(model, "<bos>");
        if (bos < 0) throw std::invalid_argument("a seq2seq model's outputs have no \"<bos>\" to begin generating");
        trace.encoder = stackForward(model, encoderStack(model), input, nullptr); // the same for every step
        reads = {bos};
    } else {
        reads = input; // the prompt
    }
    // Each step reads the whole sequence again and takes the last row's argmax, while what
    // it reads is shorter than max_length (a sequence of max_length tokens is read once
    // more, at the end, and its last row predicts nothing). The pass returned is over what
    // it read last: causal self-attention makes its row j the very numbers of step j.
    const StackSpec decoder = decoderStack(model);
    const Matrix* memory = trace.encoder ? &trace.encoder->output : nullptr;
    bool passIsOverReads = false;                             // trace holds the pass over `reads` as it now is
    while (!reads.empty() && int(reads.size()) < maxLength) { // an empty prompt has no row to predict from
        trace.decoder = stackForward(model, decoder, reads, memory);
        taskHeadForward(model, trace);
        const int next = trace.predictions.back();
        trace.generated.push_back(next);
        if (next == eos) { // it ends here, and is not read
            passIsOverReads = true;
            break;
        }
        reads.push_back(next);
    }
    if (!passIsOverReads) {
        trace.decoder = stackForward(model, decoder, reads, memory);
        taskHeadForward(model, trace);
    }
    return trace;
}

} // namespace al::nn
