#pragma once
// Saying which masks are on, wherever they change what is shown: the model panel's line,
// a note on the page of every lesson whose pictures they change, and the Masks lesson's
// answer when a click on M cannot change a pair another mask forbids.
#include "core/attention/model.h"
#include "core/attention/trace.h"

#include <QString>

#include <vector>

namespace al {

// One mask in words: "causal", "padding (valid length 3)", "window (radius 2)",
// "graph (7 edges)", "2 cells switched off".
QString maskName(const MaskSpec& mask);
// Every mask, comma-separated; "" without masks.
QString maskSummary(const std::vector<MaskSpec>& masks);

// An HTML paragraph for the top of a lesson page while masks are on and the step's
// pictures go through them: the walkthrough, the matrix form and multi-head (every step
// leads to or shows α′), positional encoding's α′ without and with positions (not its
// reversal, which leaves masks out) and scoring's α′ side by side (not its random-vector
// statistics); "" otherwise. `step` counts from 0; the trace gives the allowed pairs.
QString activeMaskNotice(const std::vector<MaskSpec>& masks, const Trace& trace, const QString& lessonId, int step);

// The masks other than single toggled cells that forbid query → key, in words
// ("causal and window"); "" when none does (a click on M can then change the pair).
QString forbiddingMasks(const std::vector<MaskSpec>& masks, int query, int key, int tokens);

} // namespace al
