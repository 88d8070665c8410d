#pragma once
// The "weights" block of a transformer@1 file: tensors by PyTorch's state-dict name, each
// overwriting that tensor of a model already initialised from its seed.
#include "core/io/json_field.h"
#include "core/nn/parameters.h"

namespace al {

// Refuses a name the model's layout does not have, a tensor of another shape (naming both
// shapes, "expected 64 × 32, got 64 × 31") and any entry that is not a finite number.
void parseWeights(const JsonField& block, nn::Tensors& weights);

} // namespace al
