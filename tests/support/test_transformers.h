#pragma once
// Valid transformer@1 and dataset@1 documents to mutate: a tiny model of each task
// (d_model 4, 2 heads, d_ff 6, one layer per stack, max_length 6) over the vocabulary
// I saw a the cat, and a dataset of that task whose tokens are the model's.
#include "core/nn/architecture.h"
#include "core/nn/dataset.h"
#include "core/nn/transformer_model.h"

#include <nlohmann/json.hpp>

#include <string>

namespace al::test {

nlohmann::json validTransformerJson(nn::Task task = nn::Task::Labelling);
nlohmann::json validDatasetJson(nn::Task task = nn::Task::Labelling);

// parseTransformer / parseDataset on the JSON's text, with "test.json" as the file name.
nn::TransformerModel transformerFrom(const nlohmann::json& json);
nn::Dataset datasetFrom(const nlohmann::json& json);

// Every task, for tests that go through all four.
inline constexpr nn::Task allTasks[] = {nn::Task::Labelling, nn::Task::Classification, nn::Task::Seq2Seq,
                                        nn::Task::LanguageModel};

} // namespace al::test
