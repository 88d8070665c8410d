#pragma once
// The "architecture" block of a transformer@1 file: every field optional with the defaults of
// core/nn/architecture.h, each checked against the model's task and core/nn/limits.h.
#include "core/io/json_field.h"
#include "core/nn/architecture.h"

#include <optional>

namespace al {

// `block` is absent when the file has no "architecture": every default. A stack the task
// does not have may give 0 layers (its count is kept as given and unused).
nn::Architecture parseArchitecture(const std::optional<JsonField>& block, nn::Task task);

} // namespace al
