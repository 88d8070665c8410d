#pragma once
// The commands that need Qt: the window itself, and the headless `export` and
// `screenshot`, which render what the window would show. Exit status as FORMATS.md says.
#include <string>
#include <vector>

namespace al::cli {

// attention-lab [SAMPLE]
int runWindow(int argc, char** argv, const std::vector<std::string>& args);
// attention-lab export SAMPLE -d DIR [--format png] [--scale S]
int runExport(int argc, char** argv, const std::vector<std::string>& args);
// attention-lab screenshot SAMPLE -o PNG [--lesson NAME] [--step K] [--query I] [--lang CODE]
int runScreenshot(int argc, char** argv, const std::vector<std::string>& args);

} // namespace al::cli
