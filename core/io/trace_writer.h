#pragma once
// Writes a Trace as an "attention-lab/trace@1" document (shared FORMATS.md).
#include "core/attention/trace.h"

#include <ostream>
#include <string_view>

namespace al {

inline constexpr std::string_view traceFormat = "attention-lab/trace@1";

// Throws std::domain_error if the trace holds a non-finite number (check first with
// firstNonFiniteField): JSON cannot carry one, and the format promises finite values.
void writeTrace(std::ostream& out, const Trace& trace);

} // namespace al
