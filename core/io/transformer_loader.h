#pragma once
// Reads an "attention-lab/transformer@1" file (shared FORMATS.md) into a model: the
// architecture with every default resolved, the vocabularies, every weight (those the file
// gives as written, the rest from the seed) and the training record. A file that breaks any
// rule is refused as a whole: InputError names the file, the field as a JSON path and the
// problem.
#include "core/nn/transformer_model.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace al {

inline constexpr std::string_view transformerFormat = "attention-lab/transformer@1";

// `seed`, when given, initialises the weights the file does not give instead of its "seed"
// (train --seed K); the model then records that seed.
nn::TransformerModel loadTransformer(const std::filesystem::path& file, std::optional<std::uint64_t> seed = {});
// The same checks on text already in memory; errors name `fileLabel` as the file.
nn::TransformerModel parseTransformer(std::string_view jsonText, const std::string& fileLabel,
                                      std::optional<std::uint64_t> seed = {});

// Whether a JSON text declares itself a transformer@1 model ("format" names it), so that a
// command or the window takes either a sample or a model. Not a check of the document.
bool declaresTransformer(std::string_view jsonText);
// Whether the text says "format": "<format>" (e.g. "attention-lab/dataset@1").
bool declaresFormat(std::string_view jsonText, std::string_view format);

} // namespace al
