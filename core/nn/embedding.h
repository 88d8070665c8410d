#pragma once
// Token ids to vectors: row tᵢ of a table (nn.Embedding); the backward pass scatter-adds
// each row's gradient into the row it came from.
#include "core/nn/parameters.h"

#include <vector>

namespace al::nn {

// ids N (each in [0, table.rows)) → N × d
Matrix embeddingForward(const std::vector<int>& ids, const Tensors& weights, const Slot& table);
// grads[table] row ids[i] += dOut row i
void embeddingBackward(const Matrix& dOut, const std::vector<int>& ids, const Slot& table, Tensors& grads);

} // namespace al::nn
