#pragma once
// Saying which masks are on, wherever they change what is shown: the model panel's line,
// a note on the page of every lesson whose pictures they change, and the Masks lesson's
// answer when a click on M cannot change a pair another mask forbids.
#include "core/model.h"
#include "core/trace.h"

#include <QString>

#include <vector>

namespace al {

// One mask in words: "causal", "padding (valid length 3)", "window (radius 2)",
// "graph (7 edges)", "2 cells switched off".
QString maskName(const MaskSpec& mask);
// Every mask, comma-separated; "" without masks.
QString maskSummary(const std::vector<MaskSpec>& masks);

// An HTML paragraph for the top of a lesson page while masks are on and the lesson's
// pictures go through them (walkthrough, matrix form, multi-head, positional, scoring);
// "" otherwise. The trace gives the number of allowed pairs.
QString activeMaskNotice(const std::vector<MaskSpec>& masks, const Trace& trace, const QString& lessonId);

// The masks other than single toggled cells that forbid query → key, in words
// ("causal and window"); "" when none does (a click on M can then change the pair).
QString forbiddingMasks(const std::vector<MaskSpec>& masks, int query, int key, int tokens);

} // namespace al
