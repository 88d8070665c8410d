#pragma once
// Runs the real attention-lab executable as a user would: arguments in, exit status and
// the text of standard output and standard error out.
#include <cstddef>
#include <string>
#include <vector>

namespace al::test {

struct ProcessResult {
    int status = -1; // exit status; -1 when it did not exit normally
    std::string out, err;
};

ProcessResult runAttentionLab(const std::vector<std::string>& arguments);

std::string readFile(const std::string& path); // "" when missing
void writeFile(const std::string& path, const std::string& text);
std::size_t lineCount(const std::string& text); // the newlines in it

} // namespace al::test
