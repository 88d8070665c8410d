#pragma once
// One model read on one input, for every step of a Transformer lesson: the model, the
// user's tokens, and the passes through the model, each computed the first time a step asks
// for it (on the page's worker thread) and shared by every step after. Immutable apart from
// what it keeps, which is guarded: several workers may read one run.
//
// Which pass is "the" pass (pass()):
//   labelling, classification: the encoder over the input;
//   seq2seq: the encoder over the input and the decoder over [<bos>, y₁ … y_T] — the typed
//            target (teacher forcing) or, with none typed, the model's own greedy output;
//   language model: the decoder over the prompt.
// generation() is greedy generation one token at a time: pass t reads what was read before
// plus ŷ₁ … ŷ_t; its last row's argmax is the next token.
#include "core/base/cancellation.h"
#include "core/nn/transformer_model.h"
#include "core/nn/transformer_trace.h"

#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace al {

struct GenerationSteps {
    // passes[t] reads the first t generated tokens after what generation starts from
    // ([<bos>] for seq2seq, the prompt for a language model); its last row predicts token t+1.
    std::vector<nn::TransformerTrace> passes;
    std::vector<int> generated; // the tokens chosen, ids of the targets, with <eos> when reached
    bool reachedEnd = false;    // <eos> was chosen (else it stopped at max_length)
};

class TransformerRun {
public:
    // `input`: ids of the vocabulary; `target`: seq2seq only, ids of the outputs without
    // <bos>/<eos> (teacher forcing), or nullopt to read the model's own output. The caller
    // has checked the lengths (core/io/token_ids.h).
    TransformerRun(std::shared_ptr<const nn::TransformerModel> model, std::vector<int> input,
                   std::optional<std::vector<int>> target = std::nullopt);

    const nn::TransformerModel& model() const { return *model_; }
    const std::shared_ptr<const nn::TransformerModel>& sharedModel() const { return model_; }
    const std::vector<int>& input() const { return input_; }
    const std::optional<std::vector<int>>& target() const { return target_; }
    bool teacherForcing() const { return target_.has_value(); }

    // Both computed once, on the calling thread; a cancelled computation keeps nothing and
    // throws Cancelled.
    const nn::TransformerTrace& pass(Cancellation& cancellation) const;
    const GenerationSteps& generation(Cancellation& cancellation) const;

    // Labels for heatmap axes and bars, from 1: "1 I", "2 saw", …
    QStringList inputLabels() const;                              // the input's tokens
    QStringList decoderLabels(const std::vector<int>& ids) const; // ids of targetTokens(model)
    QStringList outputLabels() const;                             // every output class or token, in id order
    QString inputText() const;                                    // "I saw a saw"

private:
    std::shared_ptr<const nn::TransformerModel> model_;
    std::vector<int> input_;
    std::optional<std::vector<int>> target_;
    mutable std::mutex mutex_;
    mutable std::shared_ptr<const nn::TransformerTrace> pass_;  // guarded by mutex_
    mutable std::shared_ptr<const GenerationSteps> generation_; // guarded by mutex_
};

// The decoder input of seq2seq for `target` (ids of the outputs): [<bos>, y₁ … y_T].
std::vector<int> withBos(const nn::TransformerModel& model, const std::vector<int>& target);

} // namespace al
