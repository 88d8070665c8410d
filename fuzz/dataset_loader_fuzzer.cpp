// libFuzzer target: any bytes as a dataset@1 file. Either parseDataset refuses them with an
// InputError, or the dataset is valid and pairs with a small model of its task into ids in
// range and sequences the model can read, or the pairing refuses it with an InputError.
// Anything else (a crash, another exception, an id out of range, a sanitizer report) is a
// finding.
#include "core/base/input_error.h"
#include "core/io/dataset_loader.h"
#include "core/io/dataset_pairing.h"
#include "core/io/token_ids.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

// A model per task over the tokens of the seeds (tests/data/transformer).
const al::nn::TransformerModel& modelFor(al::nn::Task task) {
    static const auto make = [](al::nn::Task t) {
        al::nn::Architecture a;
        a.dModel = 4;
        a.heads = 1;
        a.dFF = 4;
        a.encoderLayers = 1;
        a.decoderLayers = 1;
        a.maxLength = 8;
        std::vector<std::string> outputs;
        if (t == al::nn::Task::Labelling) outputs = {"PRON", "VERB", "DET", "NOUN"};
        if (t == al::nn::Task::Classification) outputs = {"statement", "question"};
        if (t == al::nn::Task::Seq2Seq) outputs = {"<bos>", "<eos>", "a", "b", "c", "1", "2", "3"};
        return al::nn::makeTransformer(t, a, {"I", "saw", "a", "the", "cat", "b", "c", "<eos>"}, outputs, 1);
    };
    static const al::nn::TransformerModel models[] = {make(al::nn::Task::Labelling), make(al::nn::Task::Classification),
                                                      make(al::nn::Task::Seq2Seq), make(al::nn::Task::LanguageModel)};
    return models[int(task)];
}

void checkPairing(const al::nn::TransformerModel& model, const al::nn::Dataset& dataset, al::DatasetSplit split) {
    const std::size_t vocabulary = model.vocabulary.size(), targets = al::targetTokens(model).size();
    const std::size_t maxLength = std::size_t(model.architecture.maxLength);
    for (const al::nn::Example& example : al::pairExamples(model, dataset, split, "fuzz.json")) {
        if (example.input.empty() || example.input.size() > maxLength) std::abort();
        for (int id : example.input)
            if (id < 0 || std::size_t(id) >= vocabulary) std::abort();
        for (int id : example.target)
            if (id < 0 || std::size_t(id) >= targets) std::abort();
        if (model.task == al::nn::Task::Labelling && example.target.size() != example.input.size()) std::abort();
        if (model.task == al::nn::Task::Seq2Seq && example.target.size() + 1 > maxLength) std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const al::nn::Dataset dataset = al::parseDataset(text, "fuzz.json");
        if (dataset.train.empty()) std::abort(); // the format requires at least one
        for (al::DatasetSplit split : {al::DatasetSplit::Train, al::DatasetSplit::Test}) {
            try {
                checkPairing(modelFor(dataset.task), dataset, split);
            } catch (const al::InputError&) {
                // refused with a message: a dataset this model cannot read
            }
        }
    } catch (const al::InputError&) {
        // refused with a message: what a bad file should get
    }
    return 0;
}
