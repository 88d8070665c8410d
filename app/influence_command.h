#pragma once
#include "app/command.h"

namespace al::cli {

// attention-lab influence SAMPLE [-o OUT]: the influence@1 of shared FORMATS.md (the RNN's and
// self-attention's influence of every input on every output), to a file or to standard output.
Prepared prepareInfluence(const Arguments& arguments);

} // namespace al::cli
