#pragma once
// Changing a model's configuration the way an editing user expects: weights whose shape
// still fits are kept (with any edits), the others are generated afresh from the seed.
#include "core/message.h"
#include "core/model.h"

#include <string>

namespace al {

// "" when `config` is acceptable for a sample of `tokens` × d_model (same limits as the
// loader), otherwise what is wrong, e.g. "d_k must be from 1 to 1024".
Message checkConfig(const ModelConfig& config, int tokens);

// Requires checkConfig(next, tokens) == "" and next.dModel == model.config.dModel.
Model reconfigure(const Model& model, const ModelConfig& next, int tokens);

} // namespace al
