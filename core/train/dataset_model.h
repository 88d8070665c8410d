#pragma once
// A fresh model for a dataset@1 file that came without one: its vocabularies are the
// dataset's own tokens, in the order they first appear (training set, then test set), so that
// every example pairs; its weights come from the seed (MATH.md §10).
#include "core/nn/architecture.h"
#include "core/nn/dataset.h"
#include "core/nn/transformer_model.h"

#include <cstdint>
#include <string>
#include <vector>

namespace al::train {

// The input tokens of every example.
std::vector<std::string> inputVocabulary(const nn::Dataset& dataset);
// Labelling and classification: every label. Seq2seq: "<bos>", "<eos>", then every output
// token. A language model has none (it predicts its own vocabulary).
std::vector<std::string> outputVocabulary(const nn::Dataset& dataset);

// `architecture` with max_length raised to the longest sequence the dataset asks a stack to
// read (a seq2seq target with its <bos>), the layers the task needs made at least one, and
// attention on for the tasks that have a decoder.
nn::Architecture architectureFor(const nn::Dataset& dataset, nn::Architecture architecture);

nn::TransformerModel modelForDataset(const nn::Dataset& dataset, const nn::Architecture& architecture,
                                     std::uint64_t seed);

} // namespace al::train
