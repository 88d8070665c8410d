#pragma once
// Reads an "attention-lab/sample@1" file (shared FORMATS.md), checks every rule, fills in
// every default and generates, from the seed, each weight or vector the file leaves out.
// A file that breaks any rule is refused as a whole: InputError names the file, the field
// as a JSON path and the problem.
#include "core/attention/model.h"

#include <filesystem>
#include <string_view>

namespace al {

inline constexpr std::string_view sampleFormat = "attention-lab/sample@1";

Sample loadSample(const std::filesystem::path& file);
// The same checks on text already in memory; errors name `fileLabel` as the file.
Sample parseSample(std::string_view jsonText, const std::string& fileLabel);

} // namespace al
