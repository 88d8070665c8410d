#include "tests/app/process.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace al::test {

namespace {
std::string quote(const std::string& text) {
    std::string quoted = "'";
    for (char ch : text)
        quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    return quoted + "'";
}
} // namespace

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::size_t lineCount(const std::string& text) {
    return std::size_t(std::count(text.begin(), text.end(), '\n'));
}

ProcessResult runAttentionLab(const std::vector<std::string>& arguments) {
    // Standard output and error go to files named for this process, read back after.
    static int calls = 0;
    const auto base = std::filesystem::temp_directory_path() /
                      ("attention-lab-run-" + std::to_string(::getpid()) + "-" + std::to_string(++calls));
    const std::string out = base.string() + ".out", err = base.string() + ".err";
    // No display, no settings of the user's (a language chosen in the app), the C locale.
    const std::string settings = (std::filesystem::temp_directory_path() / "attention-lab-test-settings").string();
    std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C LANG=C XDG_CONFIG_HOME=" + quote(settings) + " " +
                          quote(ATTENTION_LAB_EXECUTABLE);
    for (const std::string& argument : arguments)
        command += " " + quote(argument);
    command += " >" + quote(out) + " 2>" + quote(err) + " </dev/null";
    const int raw = std::system(command.c_str());
    ProcessResult result{WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, readFile(out), readFile(err)};
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    return result;
}

} // namespace al::test
