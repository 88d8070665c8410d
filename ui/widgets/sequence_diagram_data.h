#pragma once
// What a sequence diagram shows, by value: how a layer turns the inputs a¹ … a^N (a row of
// boxes at the bottom, labelled with the tokens) into its outputs (a row of boxes above
// them), drawn as the notes draw it. Two kinds:
//
//   Recurrent:      h¹ ──▶ h² ──▶ h³ ──▶ …        each output waits for the one before it
//                   ▲      ▲      ▲
//                   a¹     a²     a³
//
//   SelfAttention:  b¹     b²     b³    …          every output reads every input at once
//                   ▲ ╲ ╱  ▲ ╲ ╱  ▲
//                   a¹     a²     a³
//
// Which outputs are computed so far (an animation steps through them), and a path from one
// input to one output, drawn over the rest. Lessons build these off the GUI thread; the view
// only draws them.
#include "core/base/matrix.h"

#include <QString>
#include <QStringList>

namespace al {

struct SequenceDiagramData {
    enum class Kind { Recurrent, SelfAttention };
    QString id;    // file-name-safe and unique within a step, e.g. "rnn_steps"
    QString title; // e.g. "RNN: h^t = tanh(W_x a^t + W_h h^{t−1} + b)"
    Kind kind = Kind::Recurrent;
    QStringList inputLabels;  // N, bottom row: the tokens ("1 The", "2 animal", …)
    QStringList outputLabels; // N, top row: "h¹", "h²", … or "b¹", "b²", …
    // How many outputs are computed (0 … N): the first `computed` in order for a recurrent
    // layer; a self-attention layer computes all of them in its one step, so 0 or N.
    int computed = 0;
    // The output computed in the frame shown (its incoming arrows drawn strongest); −1: none.
    int current = -1;
    // Self-attention only: how strongly output t reads input s (N × N, t × s, 0 … 1 after
    // scaling by the largest), the line's opacity and width; 0 draws no line (a masked pair).
    // Empty: every pair, all alike.
    Matrix links;
    // A path from input `pathFrom` to output `pathTo` (0-based), drawn over everything in the
    // highlight colour, each hop numbered; −1: none.
    int pathFrom = -1, pathTo = -1;
    QString caption; // under the diagram: "sequential steps: 3 of 11", "path length: 6"
};

} // namespace al
