#pragma once
// The explanation under each step of the b¹ walkthrough: the lecture's formula, then the
// very numbers of the trace (α₁,₂ = q¹·k² = 0.31×0.70 + … = 1.23). One function per step,
// in the lesson's order.
#include "core/attention/trace.h"
#include "core/attention/walkthrough.h"

#include <QString>

namespace al::walkthrough_text {

QString inputs(const Trace& trace, const QueryWalkthrough& walk);    // 1. the inputs aⁱ
QString query(const Trace& trace, const QueryWalkthrough& walk);     // 2. qⁱ = W^q aⁱ
QString keys(const Trace& trace, const QueryWalkthrough& walk);      // 3. kʲ = W^k aʲ
QString scores(const Trace& trace, const QueryWalkthrough& walk);    // 4. αᵢ,ⱼ = qⁱ·kʲ
QString weights(const Trace& trace, const QueryWalkthrough& walk);   // 5. α′ᵢ = softmax(αᵢ)
QString values(const Trace& trace, const QueryWalkthrough& walk);    // 6. vʲ = W^v aʲ
QString output(const Trace& trace, const QueryWalkthrough& walk);    // 7. bⁱ = Σⱼ α′ᵢ,ⱼ vʲ
QString allAtOnce(const Trace& trace, const QueryWalkthrough& walk); // 8. every bⁱ at once

} // namespace al::walkthrough_text
