#pragma once
#include "app/command.h"

namespace al::cli {

// attention-lab dump SAMPLE [-o TRACE]: the trace of shared FORMATS.md, to a file or to
// standard output.
Prepared prepareDump(const Arguments& arguments);

} // namespace al::cli
