#pragma once
// Reading the files the Transformer commands take: a transformer@1 model and a dataset@1,
// paired. Every refusal is an InputError naming the file, the JSON path and the problem.
#include "core/io/dataset_pairing.h"
#include "core/nn/dataset.h"
#include "core/nn/transformer_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace al::cli {

struct PairedDataset {
    nn::Dataset dataset;
    std::vector<nn::Example> train;
    std::vector<nn::Example> test;
};

PairedDataset loadPairedDataset(const nn::TransformerModel& model, const std::string& datasetFile);

} // namespace al::cli
