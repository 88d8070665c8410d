#pragma once
// The optional "rnn" block of a sample@1 file (FORMATS.md): the weights of the Elman RNN that
// the RNN-versus-self-attention lesson sets beside the sample's self-attention, MATH.md §11.
// Every part may be missing; what is missing comes from the sample's seed (core/rnn). The
// core keeps the block as given, so that a saved sample writes back what it read.
#include "core/base/matrix.h"

#include <optional>

namespace al {

struct RnnBlock {
    std::optional<int> hiddenSize; // d_h ≥ 1; default: the size W_x or W_h gives, else d_model
    Matrix W_x;                    // d_h × d_model; empty when not given
    Matrix W_h;                    // d_h × d_h; empty when not given
    RowVector b;                   // 1 × d_h; empty when not given

    bool operator==(const RnnBlock&) const = default;
};

} // namespace al
