#include "core/io/dataset_pairing.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/dataset_loader.h"
#include "core/io/json_writer.h"
#include "core/io/token_ids.h"

namespace al {

std::string_view name(DatasetSplit split) {
    return split == DatasetSplit::Train ? "train" : "test";
}

namespace {

class Pairing {
public:
    Pairing(const nn::TransformerModel& model, std::string file)
        : model_(model), file_(std::move(file)), vocabulary_(model.vocabulary), targets_(targetTokens(model)) {}

    nn::Example pair(const nn::TextExample& text, const std::string& path) const {
        nn::Example example;
        if (auto problem = inputLengthProblem(model_, text.input.size(), true)) refuse(path + ".input", *problem);
        example.input = ids(text.input, vocabulary_, path + ".input",
                            QT_TRANSLATE_NOOP("Message", "\"%1\" is not in the model's vocabulary"));
        if (model_.task == nn::Task::LanguageModel) return example;
        if (model_.task == nn::Task::Seq2Seq) checkSeq2SeqTarget(text.target, path + ".target");
        const char* notAnOutput = QT_TRANSLATE_NOOP("Message", "\"%1\" is not one of the outputs");
        if (model_.task == nn::Task::Classification) {
            const auto id = targets_.find(text.target.at(0));
            if (!id) refuse(path + ".target", message(notAnOutput, escapedText(text.target.at(0))));
            example.target = {*id};
        } else {
            example.target = ids(text.target, targets_, path + ".target", notAnOutput);
        }
        return example;
    }

private:
    [[noreturn]] void refuse(const std::string& path, const Message& problem) const {
        throw InputError(file_, path, problem);
    }

    std::vector<int> ids(const std::vector<std::string>& tokens, const TokenIndex& index, const std::string& path,
                         const char* unknown) const {
        std::vector<int> result;
        result.reserve(tokens.size());
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const auto id = index.find(tokens[i]);
            if (!id) refuse(path + "[" + std::to_string(i) + "]", message(unknown, escapedText(tokens[i])));
            result.push_back(*id);
        }
        return result;
    }

    void checkSeq2SeqTarget(const std::vector<std::string>& target, const std::string& path) const {
        if (auto problem = seq2seqTargetLengthProblem(model_, target.size())) refuse(path, *problem);
        for (std::size_t i = 0; i < target.size(); ++i)
            if (auto problem = seq2seqMarkerProblem(target[i])) refuse(path + "[" + std::to_string(i) + "]", *problem);
    }

    const nn::TransformerModel& model_;
    std::string file_;
    TokenIndex vocabulary_;
    TokenIndex targets_;
};

} // namespace

std::vector<nn::Example> pairExamples(const nn::TransformerModel& model, const nn::Dataset& dataset, DatasetSplit split,
                                      const std::string& datasetFile) {
    if (dataset.task != model.task)
        throw InputError(datasetFile, "task",
                         message(QT_TRANSLATE_NOOP("Message", "the dataset's task is %1, but the model's is %2"),
                                 nn::name(dataset.task), nn::name(model.task)));
    const std::vector<nn::TextExample>& texts = split == DatasetSplit::Train ? dataset.train : dataset.test;
    const Pairing pairing(model, datasetFile);
    std::vector<nn::Example> examples;
    examples.reserve(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i)
        examples.push_back(pairing.pair(texts[i], std::string(name(split)) + "[" + std::to_string(i) + "]"));
    return examples;
}

PairedDataset loadPairedDataset(const nn::TransformerModel& model, const std::string& datasetFile) {
    PairedDataset paired;
    paired.dataset = loadDataset(datasetFile);
    paired.train = pairExamples(model, paired.dataset, DatasetSplit::Train, datasetFile);
    paired.test = pairExamples(model, paired.dataset, DatasetSplit::Test, datasetFile);
    return paired;
}

} // namespace al
