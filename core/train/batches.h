#pragma once
// Which examples a training step uses (MATH.md §10): the training examples in file order,
// M of them; step s (0-based) uses examples (s·B + b) mod M for b = 0 … B−1. No shuffling,
// so a run is the same on every machine; no padding, each example at its own length.
#include <vector>

namespace al::train {

std::vector<int> batchOf(long long step, int batch, int examples);

} // namespace al::train
