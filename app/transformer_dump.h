#pragma once
// attention-lab dump MODEL [--input TEXT] [--target TEXT] [-o TRACE]: the
// transformer-trace@1 of one pass through a transformer@1 model (shared FORMATS.md).
#include "core/nn/transformer_model.h"

#include <optional>
#include <string>

namespace al::cli {

struct TransformerDumpRequest {
    std::string modelFile;
    std::optional<std::string> input;  // tokens separated by spaces
    std::optional<std::string> target; // seq2seq: teacher forcing; language model: the text after the input
    std::optional<std::string> output; // the trace file; standard output without it
};

// Exit status; the model is already loaded.
int dumpTransformer(const nn::TransformerModel& model, const TransformerDumpRequest& request);

} // namespace al::cli
