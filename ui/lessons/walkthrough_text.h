#pragma once
// The explanation under each step of the b¹ walkthrough: the lecture's formula, then the
// very numbers of the trace (α₁,₂ = q¹·k² = 0.31×0.70 + … = 1.23).
#include "core/trace.h"
#include "core/walkthrough.h"

#include <QString>

namespace al {

inline constexpr int walkthroughSteps = 8;

QString walkthroughStepTitle(int step, int query);
QString walkthroughExplanation(const Trace& trace, const QueryWalkthrough& walk, int step);

} // namespace al
