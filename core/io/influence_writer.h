#pragma once
// Writes an "attention-lab/influence@1" document (FORMATS.md): for every output t and input
// s, how much a_s moves the RNN's h_t and self-attention's bᵗ (MATH.md §11), with the RNN's
// weights and hidden states so that a notebook can check the numbers.
#include "core/rnn/sequence_influence.h"

#include <ostream>
#include <string_view>

namespace al {

inline constexpr std::string_view influenceFormat = "attention-lab/influence@1";

// Throws std::domain_error if a number is not finite (JSON cannot carry one): check first
// with firstNonFiniteField.
void writeInfluence(std::ostream& out, const SequenceInfluence& influence);

} // namespace al
