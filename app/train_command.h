#pragma once
#include "app/command.h"

namespace al::cli {

// attention-lab train MODEL DATASET -o TRAINED [--steps S] [--batch B] [--optimizer adam|sgd]
//   [--lr η] [--momentum μ] [--weight-decay λ] [--seed K]: trains the model on the dataset's
// training examples (MATH.md §10) and writes it with its training block (FORMATS.md).
Prepared prepareTrain(const Arguments& arguments);

// attention-lab evaluate MODEL DATASET: {"train": {"loss": L, "accuracy": A}, "test": {…}}.
Prepared prepareEvaluate(const Arguments& arguments);

} // namespace al::cli
