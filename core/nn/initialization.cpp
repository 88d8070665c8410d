#include "core/nn/initialization.h"

#include "core/base/seeded_random.h"

#include <cmath>
#include <string_view>

namespace al::nn {
namespace {
bool endsWith(std::string_view text, std::string_view end) {
    return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}
bool isTable(std::string_view name) {
    return name == "src_embedding.weight" || name == "tgt_embedding.weight" || name == "positional.weight";
}
} // namespace

void initializeWeights(Tensors& weights, std::uint64_t seed) {
    for (const NamedSlot& named : weights.layout().entries()) {
        const Slot& slot = named.slot;
        if (slot.isVector) {
            weights.vector(slot).setConstant(endsWith(named.name, ".weight") ? 1.0 : 0.0);
            continue;
        }
        double bound = 1.0 / std::sqrt(double(slot.cols));
        if (isTable(named.name))
            bound = std::sqrt(3.0);
        else if (endsWith(named.name, ".in_proj_weight"))
            bound = std::sqrt(6.0 / double(slot.rows + slot.cols));
        weights.matrix(slot) = uniformMatrix(seed, named.name, slot.rows, slot.cols, bound);
    }
}

} // namespace al::nn
