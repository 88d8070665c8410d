#include "ui/lessons/transformer/transformer_run.h"

#include "core/io/token_ids.h"
#include "core/nn/transformer_forward.h"

namespace al {

namespace {

QStringList numbered(const std::vector<std::string>& tokens, const std::vector<int>& ids) {
    QStringList labels;
    for (std::size_t i = 0; i < ids.size(); ++i)
        labels << QString::number(i + 1) + ' ' + QString::fromStdString(tokens.at(std::size_t(ids[i])));
    return labels;
}

} // namespace

std::vector<int> withBos(const nn::TransformerModel& model, const std::vector<int>& target) {
    std::vector<int> reads{nn::outputId(model, "<bos>")};
    reads.insert(reads.end(), target.begin(), target.end());
    return reads;
}

TransformerRun::TransformerRun(std::shared_ptr<const nn::TransformerModel> model, std::vector<int> input,
                               std::optional<std::vector<int>> target)
    : model_(std::move(model)), input_(std::move(input)), target_(std::move(target)) {
    if (model_->task != nn::Task::Seq2Seq) target_.reset(); // only seq2seq has a target to force
}

const nn::TransformerTrace& TransformerRun::pass(Cancellation& cancellation) const {
    {
        std::lock_guard lock(mutex_);
        if (pass_) return *pass_;
    }
    std::shared_ptr<const nn::TransformerTrace> made;
    if (model_->task == nn::Task::Seq2Seq) {
        // With no target typed the decoder reads the model's own output: causal attention
        // makes that pass's rows the very rows generation computed one at a time.
        std::vector<int> target;
        if (target_) {
            target = *target_;
        } else {
            const GenerationSteps& steps = generation(cancellation);
            target = steps.generated;
            if (steps.reachedEnd) target.pop_back(); // <eos> ends the output and is not read
        }
        cancellation.check();
        made = std::make_shared<const nn::TransformerTrace>(nn::forwardPass(*model_, input_, withBos(*model_, target)));
    } else {
        made = std::make_shared<const nn::TransformerTrace>(nn::forwardPass(*model_, input_));
    }
    std::lock_guard lock(mutex_);
    if (!pass_) pass_ = made;
    return *pass_;
}

const GenerationSteps& TransformerRun::generation(Cancellation& cancellation) const {
    {
        std::lock_guard lock(mutex_);
        if (generation_) return *generation_;
    }
    auto steps = std::make_shared<GenerationSteps>();
    const bool seq2seq = model_->task == nn::Task::Seq2Seq;
    if (seq2seq || model_->task == nn::Task::LanguageModel) {
        // As nn::generate does: read, take the last row's argmax, stop at <eos> or once what
        // is read has max_length tokens.
        const int maxLength = model_->architecture.maxLength;
        const int eos = nn::outputId(*model_, "<eos>");
        std::vector<int> reads = seq2seq ? withBos(*model_, {}) : input_;
        while (!reads.empty() && int(reads.size()) < maxLength) {
            cancellation.check();
            steps->passes.push_back(seq2seq ? nn::forwardPass(*model_, input_, reads)
                                            : nn::forwardPass(*model_, reads));
            const int next = steps->passes.back().predictions.back();
            steps->generated.push_back(next);
            if (next == eos) {
                steps->reachedEnd = true;
                break;
            }
            reads.push_back(next);
        }
    }
    std::lock_guard lock(mutex_);
    if (!generation_) generation_ = steps;
    return *generation_;
}

QStringList TransformerRun::inputLabels() const {
    return numbered(model_->vocabulary, input_);
}

QStringList TransformerRun::decoderLabels(const std::vector<int>& ids) const {
    return numbered(targetTokens(*model_), ids);
}

QStringList TransformerRun::outputLabels() const {
    QStringList labels;
    for (const std::string& token : targetTokens(*model_))
        labels << QString::fromStdString(token);
    return labels;
}

QString TransformerRun::inputText() const {
    QStringList words;
    for (int id : input_)
        words << QString::fromStdString(model_->vocabulary.at(std::size_t(id)));
    return words.join(' ');
}

} // namespace al
