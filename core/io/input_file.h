#pragma once
#include <cstdint>
#include <filesystem>
#include <string>

namespace al {

// The whole content of an input file. Refuses, with an InputError naming the file, what
// is not there, a folder or other non-file, a file over `limit` bytes, and a read failure.
// `what` names the kind of file for messages: "sample", "image", "kernel".
std::string readInputFile(const std::filesystem::path& file, std::uintmax_t limit, const char* what);

} // namespace al
