#pragma once
// The "model" block of a sample: configuration, masks and weights, with defaults resolved.
#include "core/attention/model.h"
#include "core/io/json_field.h"

#include <optional>

namespace al {

// `model` is absent when the sample has no "model" block. N and d_model come from the
// sample's tokens and embeddings.
Model parseModel(const std::optional<JsonField>& model, int tokens, int dModel);

// One entry of "model.masks"; throws InputError naming the entry's path.
MaskSpec parseMask(const JsonField& mask, int tokens);

} // namespace al
