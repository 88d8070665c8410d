#pragma once
// What the RNN-versus-self-attention lesson's steps are made from besides the trace
// (LessonInput::own), by value: the lesson's controls at the moment they were read.
#include "core/attention/rnn_block.h"

#include <optional>

namespace al {

struct RnnLessonState {
    std::optional<RnnBlock> block; // the sample's own "rnn" block, when it has one
    double memory = 1.0;           // the factor γ that W_h is scaled by: the memory's strength
    int frame = 1;                 // the animation's time step: h¹ … h^frame computed (0 … N)
    int pathFrom = -1;             // input s of the drawn path; −1: the one bᵗ depends on most
    bool logarithmic = false;      // influence on a log₁₀ scale
};

} // namespace al
