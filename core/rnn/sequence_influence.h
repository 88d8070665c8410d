#pragma once
// Both sides of MATH.md §11 for one sample: the Elman RNN's influence and its self-attention's
// (the lesson sets them side by side; `attention-lab influence` writes them as influence@1).
#include "core/attention/model.h"
#include "core/base/cancellation.h"
#include "core/base/matrix.h"
#include "core/rnn/elman_rnn.h"

#include <string>
#include <vector>

namespace al {

struct SequenceInfluence {
    std::vector<std::string> tokens; // N labels
    RnnWeights rnn;                  // the weights used, from the sample's "rnn" block or its seed
    Matrix hidden;                   // N × d_h, rnnHidden of the inputs a (the RNN has no positions)
    Matrix rnnInfluence;             // N × N, ‖∂h_t/∂a_s‖_F: row t = output, column s = input
    Matrix attentionInfluence;       // N × N, ‖∂bᵗ/∂aˢ‖_F, the sample's whole self-attention layer
};

// Throws std::invalid_argument for a sample of more than maxInfluenceTokens tokens (callers
// refuse it first, with a message), and std::overflow_error naming the trace's field
// (firstNonFiniteField) when self-attention overflows a double.
SequenceInfluence sequenceInfluence(const Sample& sample, Cancellation& cancellation = neverCancelled());

// The first field holding a NaN or an infinity, as influence@1 names it ("rnn.influence"), or
// "" when every number is finite: huge weights can overflow a double.
std::string firstNonFiniteField(const SequenceInfluence& influence);

} // namespace al
