#include "core/attention/token_vectors.h"

#include "core/base/seeded_random.h"

#include <cmath>
#include <string>

namespace al {

RowVector tokenVector(std::uint64_t seed, std::string_view text, int dModel) {
    // The prefix keeps a word's stream apart from the weights' ("W_q", "positional", …).
    const std::string stream = "token:" + std::string(text);
    return uniformMatrix(seed, stream, 1, dModel, 1.0 / std::sqrt(double(dModel))).row(0);
}

} // namespace al
