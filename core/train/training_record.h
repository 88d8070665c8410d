#pragma once
// The training block a trained transformer@1 file carries (FORMATS.md): the settings a run
// used, its loss history and the accuracy it reached — written alike by `attention-lab
// train` and by the window's training lesson.
#include "core/nn/transformer_model.h"
#include "core/train/evaluation.h"
#include "core/train/trainer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace al::train {

// `history` holds one loss per step taken (its size is the record's step count).
nn::TrainingRecord trainingRecord(std::string datasetTitle, const TrainingSettings& settings,
                                  std::vector<double> history, std::uint64_t seed, const Evaluation& trainSet,
                                  const std::optional<Evaluation>& testSet);

} // namespace al::train
