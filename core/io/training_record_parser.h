#pragma once
// The "training" block of a transformer@1 file (FORMATS.md), as `train` writes it.
#include "core/io/json_field.h"
#include "core/nn/transformer_model.h"

namespace al {

// Required: dataset, optimizer, learning_rate, batch, steps, seed, history (one entry per
// step, {"step": s + 1, "loss": L} in step order). Optional: momentum, weight_decay (0),
// accuracy {"train", "test"} (each in [0, 1]).
nn::TrainingRecord parseTrainingRecord(const JsonField& block);

} // namespace al
