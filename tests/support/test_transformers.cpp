#include "tests/support/test_transformers.h"

#include "core/io/dataset_loader.h"
#include "core/io/transformer_loader.h"

namespace al::test {

using nlohmann::json;

json validTransformerJson(nn::Task task) {
    json model = {
        {"format", "attention-lab/transformer@1"},
        {"title", "test model"},
        {"task", std::string(nn::name(task))},
        {"architecture",
         {{"d_model", 4}, {"heads", 2}, {"d_ff", 6}, {"encoder_layers", 1}, {"decoder_layers", 1}, {"max_length", 6}}},
        {"vocabulary", {"I", "saw", "a", "the", "cat"}},
        {"seed", 5}};
    switch (task) {
    case nn::Task::Labelling:
        model["outputs"] = {"PRON", "VERB", "DET", "NOUN"};
        break;
    case nn::Task::Classification:
        model["outputs"] = {"statement", "question"};
        break;
    case nn::Task::Seq2Seq:
        model["outputs"] = {"<bos>", "<eos>", "1", "2", "3"};
        break;
    case nn::Task::LanguageModel:
        model["vocabulary"].push_back("<eos>");
        break;
    }
    return model;
}

json validDatasetJson(nn::Task task) {
    json dataset = {
        {"format", "attention-lab/dataset@1"}, {"title", "test dataset"}, {"task", std::string(nn::name(task))}};
    switch (task) {
    case nn::Task::Labelling:
        dataset["train"] = {{{"input", {"I", "saw", "a", "saw"}}, {"target", {"PRON", "VERB", "DET", "NOUN"}}},
                            {{"input", {"the", "cat"}}, {"target", {"DET", "NOUN"}}}};
        dataset["test"] = {{{"input", {"a", "saw"}}, {"target", {"DET", "NOUN"}}}};
        break;
    case nn::Task::Classification:
        dataset["train"] = {{{"input", {"I", "saw", "a", "cat"}}, {"target", "statement"}},
                            {{"input", {"saw", "I", "a", "cat"}}, {"target", "question"}}};
        dataset["test"] = {{{"input", {"the", "cat", "saw"}}, {"target", "statement"}}};
        break;
    case nn::Task::Seq2Seq:
        dataset["train"] = {{{"input", {"a", "cat"}}, {"target", {"1", "3"}}},
                            {{"input", {"the"}}, {"target", json::array()}}};
        dataset["test"] = {{{"input", {"I", "saw", "a", "cat"}}, {"target", {"2", "2", "1", "3", "1"}}}};
        break;
    case nn::Task::LanguageModel:
        dataset["train"] = {{{"input", {"I", "saw", "a", "saw", "<eos>"}}}, {{"input", {"the", "cat"}}}};
        break;
    }
    return dataset;
}

nn::TransformerModel transformerFrom(const json& json) {
    return parseTransformer(json.dump(), "test.json");
}

nn::Dataset datasetFrom(const json& json) {
    return parseDataset(json.dump(), "test.json");
}

} // namespace al::test
