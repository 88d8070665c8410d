#pragma once
// The RNN-versus-self-attention lesson's words: captions under the diagrams and each step's
// explanation, in the notes' notation with the numbers of the sentence shown. The figures the
// explanations quote are computed here too, so that tests read the same numbers.
#include "core/attention/trace.h"
#include "ui/lessons/rnn/rnn_comparison.h"
#include "ui/lessons/rnn/rnn_plots.h"

#include <QString>

namespace al {

// Mean influence at distance 0 and at the farthest distance N − 1, for both layers.
struct ReachFigures {
    double rnnNearest = 0, rnnFarthest = 0;
    double attentionNearest = 0, attentionFarthest = 0;
    int farthest = 0; // N − 1
    // Self-attention's largest mean beyond distance 0, where it is, and the RNN's mean there.
    int attentionPeak = 0;
    double attentionPeakMean = 0, rnnAtAttentionPeak = 0;
};
ReachFigures reachFigures(const RnnComparison& comparison);

struct MemoryFigures {
    double spectralRadius = 0;        // ρ(γ W_h)
    double tanhSlope = 0;             // the mean of 1 − h² over the states
    double nearest = 0, farthest = 0; // the RNN's mean influence at distance 0 and N − 1
    double perStep = 0;               // (farthest / nearest)^(1/(N−1)): the factor per step, on average
};
MemoryFigures memoryFigures(const RnnComparison& comparison);

QString tooLong(int tokens, int limit);
QString recurrentCaption(int frame, int count);
QString attentionCaption(int frame, int count);
// "path length: 6", or that there is no path (`reaches` false).
QString pathCaption(Layer layer, bool reaches, int length);

QString sequenceText(int frame, int count);
// `output`: the query t; the text names the input s ≠ t that bᵗ depends on most.
QString reachText(const Trace& trace, const RnnComparison& comparison, const ReachFigures& figures, int output);
QString memoryText(const RnnComparison& comparison, const MemoryFigures& figures);
QString pathText(const Trace& trace, const RnnComparison& comparison, int output, int input);

} // namespace al
