#pragma once
// Writes a model as an "attention-lab/transformer@1" document (shared FORMATS.md): every
// field with its default resolved, every weight in the layout's (state-dict) order, and the
// training record when there is one. Numbers read back bit for bit.
#include "core/io/json_writer.h"
#include "core/nn/transformer_model.h"

#include <filesystem>
#include <ostream>

namespace al {

// Throws std::domain_error for a non-finite weight or loss (JSON cannot carry one).
void writeTransformer(std::ostream& out, const nn::TransformerModel& model);
// The same into `file`, atomically: a reader sees the old file or the whole new one.
void saveTransformer(const std::filesystem::path& file, const nn::TransformerModel& model);

// The "architecture" object, every field (shared with the transformer-trace@1 writer).
void writeArchitecture(JsonWriter& json, const nn::Architecture& architecture);

} // namespace al
