#include "core/train/dataset_model.h"

#include <algorithm>
#include <unordered_set>

namespace al::train {
namespace {

// Appends each token not seen before.
class FirstSeen {
public:
    void add(const std::vector<std::string>& tokens) {
        for (const std::string& token : tokens)
            if (seen_.insert(token).second) order_.push_back(token);
    }
    std::vector<std::string> take() { return std::move(order_); }

private:
    std::unordered_set<std::string> seen_;
    std::vector<std::string> order_;
};

template <typename Each> void forEachExample(const nn::Dataset& dataset, Each each) {
    for (const auto* split : {&dataset.train, &dataset.test})
        for (const nn::TextExample& example : *split)
            each(example);
}

} // namespace

std::vector<std::string> inputVocabulary(const nn::Dataset& dataset) {
    FirstSeen tokens;
    forEachExample(dataset, [&](const nn::TextExample& example) { tokens.add(example.input); });
    return tokens.take();
}

std::vector<std::string> outputVocabulary(const nn::Dataset& dataset) {
    if (dataset.task == nn::Task::LanguageModel) return {};
    FirstSeen tokens;
    if (dataset.task == nn::Task::Seq2Seq) tokens.add({"<bos>", "<eos>"});
    forEachExample(dataset, [&](const nn::TextExample& example) { tokens.add(example.target); });
    return tokens.take();
}

nn::Architecture architectureFor(const nn::Dataset& dataset, nn::Architecture architecture) {
    int longest = 1;
    forEachExample(dataset, [&](const nn::TextExample& example) {
        longest = std::max(longest, int(example.input.size()));
        if (dataset.task == nn::Task::Seq2Seq) longest = std::max(longest, int(example.target.size()) + 1);
    });
    architecture.maxLength = std::max(architecture.maxLength, longest);
    if (nn::hasEncoder(dataset.task)) architecture.encoderLayers = std::max(architecture.encoderLayers, 1);
    if (nn::hasDecoder(dataset.task)) {
        architecture.decoderLayers = std::max(architecture.decoderLayers, 1);
        architecture.attention = true;
    }
    return architecture;
}

nn::TransformerModel modelForDataset(const nn::Dataset& dataset, const nn::Architecture& architecture,
                                     std::uint64_t seed) {
    nn::TransformerModel model = nn::makeTransformer(dataset.task, architectureFor(dataset, architecture),
                                                     inputVocabulary(dataset), outputVocabulary(dataset), seed);
    model.title = dataset.title;
    return model;
}

} // namespace al::train
