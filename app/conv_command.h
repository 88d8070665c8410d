#pragma once
#include "app/command.h"

namespace al::cli {

// attention-lab conv IMAGE --kernel KERNEL.json [--gamma G] [-o OUT.json]: the convolution
// and the K² attention heads that equal it, as attention-lab/conv@1.
Prepared prepareConv(const Arguments& arguments);

} // namespace al::cli
