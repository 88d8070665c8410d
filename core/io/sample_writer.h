#pragma once
// Writes a Sample as an "attention-lab/sample@1" document (shared FORMATS.md) with every
// setting and weight spelled out, so that reading it back gives the very same numbers;
// with a session, the "session" block of a saved session too; with an "rnn" block, that block
// as the file gave it.
#include "core/attention/model.h"

#include <ostream>

namespace al {

void writeSample(std::ostream& out, const Sample& sample);

} // namespace al
