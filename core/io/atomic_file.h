#pragma once
// Writes a file so that a reader sees either the old file or the complete new one, never
// half of it: the content goes to a temporary file in the same folder, is flushed to
// disk, then renamed over the target in one step.
#include <filesystem>
#include <functional>
#include <ostream>

namespace al {

// Calls write(stream); on success the result replaces `target`. If write throws or the
// disk fails, the temporary file is removed, `target` is untouched and the error rethrown
// (std::system_error for I/O failures).
void writeFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

} // namespace al
