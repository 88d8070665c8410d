#pragma once
// A dataset paired with a model: its examples as the model's ids (nn::Example), checked
// against the model. Refused, naming the dataset file, the path and the problem: a task
// other than the model's; a token not in the vocabulary ("train[3].input[1]: \"sav\" is not
// in the model's vocabulary"); a label not among the outputs ("train[12].target[3]: \"ADV\"
// is not one of the outputs"); a sequence the model cannot read (longer than max_length, a
// seq2seq target whose <bos> + T tokens are, a language model's single token).
#include "core/nn/dataset.h"
#include "core/nn/transformer_backward.h"
#include "core/nn/transformer_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace al {

enum class DatasetSplit { Train, Test };
std::string_view name(DatasetSplit split); // "train", "test"

std::vector<nn::Example> pairExamples(const nn::TransformerModel& model, const nn::Dataset& dataset, DatasetSplit split,
                                      const std::string& datasetFile);

// A dataset@1 file read and paired with `model`: both splits as its ids.
struct PairedDataset {
    nn::Dataset dataset;
    std::vector<nn::Example> train;
    std::vector<nn::Example> test; // empty when the file has no test set
};
PairedDataset loadPairedDataset(const nn::TransformerModel& model, const std::string& datasetFile);

} // namespace al
