#include "core/nn/transformer_backward.h"

#include "core/nn/attention_weight_gradients.h"
#include "core/nn/cross_entropy.h"
#include "core/nn/stack.h"
#include "core/nn/task_head.h"
#include "core/nn/transformer_forward.h"

#include <stdexcept>
#include <string>

namespace al::nn {
namespace {

// What the decoder reads and which id each predicted row should give (MATH.md §9).
struct Teaching {
    std::vector<int> decoderInput; // seq2seq: [<bos>, y₁ … y_T]
    std::vector<int> targets;      // one per predicted row, rows 0 … P−1 of the logits
};

Teaching teaching(const TransformerModel& model, const Example& example) {
    const int n = int(example.input.size());
    Teaching result;
    switch (model.task) {
    case Task::Labelling:
        if (int(example.target.size()) != n)
            throw std::invalid_argument("a labelling example needs one target per input token (" +
                                        std::to_string(example.target.size()) + " targets for " + std::to_string(n) +
                                        " tokens)");
        result.targets = example.target;
        break;
    case Task::Classification:
        if (example.target.size() != 1)
            throw std::invalid_argument("a classification example needs exactly one target, not " +
                                        std::to_string(example.target.size()));
        result.targets = example.target;
        break;
    case Task::Seq2Seq: {
        const int bos = outputId(model, "<bos>");
        const int eos = outputId(model, "<eos>");
        if (bos < 0 || eos < 0)
            throw std::invalid_argument("a seq2seq model's outputs need both \"<bos>\" and \"<eos>\"");
        // Teacher forcing: read [<bos>, y₁ … y_T], predict [y₁ … y_T, <eos>].
        result.decoderInput.reserve(example.target.size() + 1);
        result.decoderInput.push_back(bos);
        result.decoderInput.insert(result.decoderInput.end(), example.target.begin(), example.target.end());
        result.targets = example.target;
        result.targets.push_back(eos);
        break;
    }
    case Task::LanguageModel: // row i predicts input[i + 1]
        if (n > 1) result.targets.assign(example.input.begin() + 1, example.input.end());
        break;
    }
    return result;
}

ExampleResult run(const TransformerModel& model, const Example& example, double scale, Tensors* gradients,
                  AttentionWeightGradients* attention) {
    const Teaching teach = teaching(model, example);
    if (attention) *attention = {};
    ExampleResult result;
    result.trace = forwardPass(model, example.input, teach.decoderInput);
    const TransformerTrace& trace = result.trace;

    // Cross-entropy over the predicted rows 0 … P−1 (every row but a language model's last).
    const int p = int(teach.targets.size());
    result.positions = p;
    if (p == 0) return result;
    result.lossSum = crossEntropySum(trace.logits.topRows(p), teach.targets);
    for (int r = 0; r < p; ++r)
        if (trace.predictions[std::size_t(r)] == teach.targets[std::size_t(r)]) ++result.correct;
    if (!gradients) return result;

    // The backward passes, in reverse order of the forward ones.
    auto* dEncoderWeights = attention ? &attention->encoder : nullptr;
    auto* dDecoderWeights = attention ? &attention->decoder : nullptr;
    Matrix dLogits = Matrix::Zero(trace.logits.rows(), trace.logits.cols()); // R × C; a row with no target gets 0
    dLogits.topRows(p) = crossEntropyBackward(trace.probabilities.topRows(p), teach.targets, scale);
    Matrix dTop = taskHeadBackward(model, trace, dLogits, *gradients); // N × d, of the last stack's output
    switch (model.task) {
    case Task::Labelling:
    case Task::Classification:
        stackBackward(model, encoderStack(model), *trace.encoder, std::move(dTop), nullptr, nullptr, *gradients,
                      dEncoderWeights);
        break;
    case Task::Seq2Seq: {
        // The decoder's cross-attention hands the gradient of the encoder's output back.
        Matrix dMemory = Matrix::Zero(trace.encoder->output.rows(), trace.encoder->output.cols()); // N × d
        stackBackward(model, decoderStack(model), *trace.decoder, std::move(dTop), &trace.encoder->output, &dMemory,
                      *gradients, dDecoderWeights);
        stackBackward(model, encoderStack(model), *trace.encoder, std::move(dMemory), nullptr, nullptr, *gradients,
                      dEncoderWeights);
        break;
    }
    case Task::LanguageModel:
        stackBackward(model, decoderStack(model), *trace.decoder, std::move(dTop), nullptr, nullptr, *gradients,
                      dDecoderWeights);
        break;
    }
    return result;
}

} // namespace

int predictedPositions(const TransformerModel& model, const Example& example) {
    switch (model.task) {
    case Task::Labelling:
        return int(example.input.size());
    case Task::Classification:
        return 1;
    case Task::Seq2Seq:
        return int(example.target.size()) + 1; // y₁ … y_T and <eos>
    case Task::LanguageModel:
        return example.input.empty() ? 0 : int(example.input.size()) - 1;
    }
    return 0;
}

ExampleResult lossAndGradients(const TransformerModel& model, const Example& example, double scale, Tensors& gradients,
                               AttentionWeightGradients* attention) {
    return run(model, example, scale, &gradients, attention);
}

ExampleResult loss(const TransformerModel& model, const Example& example) {
    return run(model, example, 1.0, nullptr, nullptr);
}

} // namespace al::nn
