#pragma once
// A dataset@1 file (FORMATS.md) as it reads: examples as token strings, not yet paired with
// a model. Pairing (core/io/dataset_pairing.h) turns them into a model's ids (Example).
#include "core/nn/architecture.h"

#include <string>
#include <vector>

namespace al::nn {

struct TextExample {
    std::vector<std::string> input; // N ≥ 1 tokens
    // labelling: N labels, one per input token; classification: 1 label; seq2seq: T ≥ 0
    // output tokens without <bos>/<eos>; language_model: empty (the input is the text)
    std::vector<std::string> target;
    bool operator==(const TextExample&) const = default;
};

struct Dataset {
    std::string title;
    std::string description;
    Task task = Task::Labelling;
    std::vector<TextExample> train; // at least one
    std::vector<TextExample> test;  // may be empty
};

} // namespace al::nn
