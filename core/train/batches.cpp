#include "core/train/batches.h"

namespace al::train {

std::vector<int> batchOf(long long step, int batch, int examples) {
    std::vector<int> indices(batch);
    for (int b = 0; b < batch; ++b)
        indices[b] = int((step * batch + b) % examples);
    return indices;
}

} // namespace al::train
