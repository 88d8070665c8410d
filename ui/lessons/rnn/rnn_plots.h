#pragma once
// The RNN-versus-self-attention lesson's pictures, built off the GUI thread: the two layers
// as sequence diagrams, their influence matrices, and influence against distance.
#include "ui/lessons/rnn/rnn_comparison.h"
#include "ui/lessons/step_content.h"

#include <QStringList>

namespace al {

enum class Layer { Recurrent, SelfAttention };

// The layer drawn as the notes draw it, inputs labelled `tokens` ("1 The", …), with the first
// `computed` outputs done, output `current` emphasised, and the path from input `from` to
// output `to` drawn (−1: none). Self-attention's lines are as strong as its influence.
SequenceDiagramData layerDiagram(Layer layer, const RnnComparison& comparison, const QStringList& tokens, int computed,
                                 int current, int from, int to, const QString& caption);

// I_{t,s} of one layer as a heatmap, output t × input s: plain, or log₁₀ with the zeros (an
// RNN's future inputs, masked pairs) shown as gaps. A click on a row follows that output.
PlotContent influenceMap(Layer layer, const Matrix& influence, const QStringList& tokens, bool logarithmic,
                         const QString& title);

// Influence against |t − s| for both layers: every pair as a point, and the mean at each
// distance as a line, in the two layers' colours.
ChartData distanceChart(const RnnComparison& comparison, bool logarithmic);

// The RNN's mean influence against distance at the γ shown, at γ = 1 when `original` is given
// (what the memory's slider changed), and self-attention's, on a log scale.
ChartData memoryChart(const RnnComparison& shown, const RnnComparison* original);

// What the plots call each layer, in the UI's language: "RNN", "self-attention".
QString layerName(Layer layer);
// "h" or "b": the layer's output vectors.
QString outputSymbol(Layer layer);

} // namespace al
