#pragma once
#include <string>
#include <vector>

namespace al::cli {

// attention-lab conv IMAGE --kernel KERNEL.json [--gamma G] [-o OUT.json]
int runConv(const std::vector<std::string>& args);

} // namespace al::cli
