#pragma once
// Reads an "attention-lab/dataset@1" file (shared FORMATS.md): examples of one task as
// token strings. The file is checked on its own here (the form of each example for its
// task); whether its tokens are a model's is checked when it is paired with one
// (core/io/dataset_pairing.h). A refusal names the file, the JSON path and the problem.
#include "core/nn/dataset.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace al {

inline constexpr std::string_view datasetFormat = "attention-lab/dataset@1";

nn::Dataset loadDataset(const std::filesystem::path& file);
nn::Dataset parseDataset(std::string_view jsonText, const std::string& fileLabel);

} // namespace al
