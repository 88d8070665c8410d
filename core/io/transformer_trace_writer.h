#pragma once
// Writes one pass through a Transformer as an "attention-lab/transformer-trace@1" document
// (shared FORMATS.md): every intermediate, row i = position i, tokens and predictions as
// the model's strings. Streamed number by number (a trace of a large model is large).
#include "core/nn/transformer_model.h"
#include "core/nn/transformer_trace.h"

#include <filesystem>
#include <ostream>
#include <string_view>

namespace al {

inline constexpr std::string_view transformerTraceFormat = "attention-lab/transformer-trace@1";

// Throws std::domain_error for a non-finite number and std::out_of_range for an id outside
// the model's vocabularies (a trace that is not of this model).
void writeTransformerTrace(std::ostream& out, const nn::TransformerModel& model, const nn::TransformerTrace& trace);
// The same into `file`, atomically: a reader sees the old file or the whole new one.
void saveTransformerTrace(const std::filesystem::path& file, const nn::TransformerModel& model,
                          const nn::TransformerTrace& trace);

} // namespace al
